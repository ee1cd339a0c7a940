import './ui.css';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../data/schema';
import { useAppStore } from '../store';
import { isFallback, pick } from '../data/localized';

/**
 * Renders dataset text in the reader's language. Where no translation exists
 * the English text is shown, marked as English for readers and for screen
 * readers (lang="en"), so it is never mistaken for a translation.
 * Each text is a bidi isolate: direction overrides inside dataset text must
 * not reorder the interface text around it.
 */
export function LocalizedText({ value }: { value: Localized | undefined }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!value) return null;
  if (!isFallback(value, lang)) return <bdi>{pick(value, lang)}</bdi>;
  return (
    <>
      <bdi lang="en">{value.en}</bdi>{' '}
      <span className="fallback-marker" title={t('app.untranslated')}>
        EN
      </span>
    </>
  );
}
