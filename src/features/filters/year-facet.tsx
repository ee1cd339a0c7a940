import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { DataIndex } from '../../data/data-index';
import { FacetLegend } from './facet-legend';

/**
 * Years as toggles and as a range. Choosing years fits the timeline's window
 * to them. A year button's name starts with its visible text ("1986 3"), then
 * says what the number counts.
 */
export function YearFacet({ data }: { data: DataIndex }) {
  const { t } = useTranslation();
  const years = useAppStore((s) => s.filters.years);
  const counts = useAppStore((s) => selectView(s)?.counts.years);
  const all: number[] = [];
  for (let y = data.firstYear; y <= data.lastYear; y++) all.push(y);
  const [from, setFrom] = useState(String(data.firstYear));
  const [to, setTo] = useState(String(data.lastYear));
  const toggle = (y: number) => {
    const now = appStore.getState().filters.years;
    appStore.getState().setYears(now.includes(y) ? now.filter((v) => v !== y) : [...now, y]);
  };
  const applyRange = () => {
    const a = Math.min(Number(from), Number(to));
    const b = Math.max(Number(from), Number(to));
    const range: number[] = [];
    for (let y = a; y <= b; y++) range.push(y);
    appStore.getState().setYears(range);
  };
  return (
    <fieldset className="facet">
      <FacetLegend label={t('filters.years')} anyOf />
      <ul className="year-grid">
        {all.map((y) => {
          const n = counts?.get(y) ?? 0;
          const on = years.includes(y);
          if (n === 0 && !on) return null;
          return (
            <li key={y}>
              <button type="button" className="year-toggle" aria-pressed={on} onClick={() => toggle(y)}>
                <span>{y}</span>{' '}
                <span className="facet-count">
                  {n}
                  <span className="visually-hidden"> {t('filters.incidentsWord', { count: n })}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="year-range">
        <label>
          <span>{t('filters.from')}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {all.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filters.to')}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {all.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <button type="button" className="button small" onClick={applyRange}>
          {t('filters.applyRange')}
        </button>
      </div>
    </fieldset>
  );
}
