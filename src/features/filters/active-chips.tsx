import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { pick, placeName } from '../../data/localized';
import { yearRuns } from '../../store/year-runs';
import { shownSetIds } from '../../store/incident-set';

/** Every active filter as a removable chip. */
export function ActiveChips() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const f = useAppStore((s) => s.filters);
  const lang = useAppStore((s) => s.lang);
  const set = useAppStore((s) => s.incidentSet);
  const chips: { key: string; label: string; remove: () => void }[] = [];
  const s = () => appStore.getState();
  // The set shown alone: removing the chip shows every incident again and keeps the set chosen.
  if (shownSetIds({ incidentSet: set })) {
    const name = set.name.trim();
    chips.push({
      key: 'set',
      label: name ? t('incidentSet.chip', { name }) : t('incidentSet.chipUnnamed', { count: set.ids.length }),
      remove: () => s().showSet(false),
    });
  }
  // Consecutive years are one chip: a range 2011–2026 is one choice, removed at once.
  for (const run of yearRuns(f.years)) {
    const label = run.from === run.to ? String(run.from) : `${run.from}–${run.to}`;
    const rest = f.years.filter((y) => y < run.from || y > run.to);
    chips.push({ key: `y${run.from}`, label, remove: () => s().setYears(rest) });
  }
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
  if (f.area)
    chips.push({
      key: 'area',
      label: t('area.chip'),
      remove: () => s().setMapArea(false),
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
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
