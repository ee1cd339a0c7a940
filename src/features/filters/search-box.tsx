import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';

const SEARCH_DELAY_MS = 200;

export function SearchBox() {
  const { t } = useTranslation();
  const text = useAppStore((s) => s.filters.text);
  const [value, setValue] = useState(text);
  // Follow the store when the text changes elsewhere (a chip, Clear all, a link), but not when it is this box's own
  // text arriving: by then the reader may have typed on, and their newer text must not be put back.
  const [seen, setSeen] = useState(text);
  if (text !== seen) {
    setSeen(text);
    setValue(text);
  }
  useEffect(() => {
    if (value === appStore.getState().filters.text) return;
    const timer = window.setTimeout(() => {
      setSeen(value);
      appStore.getState().setFilters({ text: value });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return (
    <div className="field">
      <label htmlFor="filter-search">{t('filters.search')}</label>
      <input
        id="filter-search"
        type="search"
        value={value}
        maxLength={200}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setValue(e.target.value)}
      />
    </div>
  );
}
