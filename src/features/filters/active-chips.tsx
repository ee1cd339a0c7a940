import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { pick, placeName } from '../../data/localized';

/** Every active filter as a removable chip. */
export function ActiveChips() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const f = useAppStore((s) => s.filters);
  const lang = useAppStore((s) => s.lang);
  const chips: { key: string; label: string; remove: () => void }[] = [];
  const s = () => appStore.getState();
  for (const y of f.years) chips.push({ key: `y${y}`, label: String(y), remove: () => s().toggleFilter('years', y) });
  for (const c of f.categories)
    chips.push({ key: `c${c}`, label: t(`category.${c}`), remove: () => s().toggleFilter('categories', c) });
  for (const a of f.actors) {
    chips.push({
      key: `a${a}`,
      label: pick(data?.dataset.actors.get(a)?.name, lang) || a,
      remove: () => s().toggleFilter('actors', a),
    });
  }
  for (const p of f.places) {
    chips.push({
      key: `p${p}`,
      label: placeName(data?.dataset.places.get(p), lang) || p,
      remove: () => s().toggleFilter('places', p),
    });
  }
  if (f.text.trim()) chips.push({ key: 'q', label: `“${f.text.trim()}”`, remove: () => s().setFilters({ text: '' }) });
  if (f.contestedOnly)
    chips.push({
      key: 'contested',
      label: t('filters.contestedOnly'),
      remove: () => s().setFilters({ contestedOnly: false }),
    });
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('filters.active')}>
      {chips.map((c) => (
        <li key={c.key}>
          <button
            type="button"
            className="chip"
            onClick={c.remove}
            aria-label={t('filters.removeChip', { label: c.label })}
          >
            <span className="chip-label">{c.label}</span>
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
