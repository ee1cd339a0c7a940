import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { hasActiveFilters, selectView } from '../../store/selectors';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { fold } from '../../lib/fold';
import type { DataIndex } from '../../data/data-index';
import { FacetOption } from './facet-option';
import { pick, placeName } from '../../data/localized';
import { ActiveChips } from './active-chips';
import './filters.css';

const SEARCH_DELAY_MS = 200;
const ACTORS_SHOWN = 40;

function SearchBox() {
  const { t } = useTranslation();
  const text = useAppStore((s) => s.filters.text);
  const [value, setValue] = useState(text);
  // Follow the store when the text changes elsewhere (a chip, Clear all, a link).
  const [seen, setSeen] = useState(text);
  if (text !== seen) {
    setSeen(text);
    setValue(text);
  }
  useEffect(() => {
    if (value === appStore.getState().filters.text) return;
    const timer = window.setTimeout(() => appStore.getState().setFilters({ text: value }), SEARCH_DELAY_MS);
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

function YearFacet({ data }: { data: DataIndex }) {
  const { t } = useTranslation();
  const years = useAppStore((s) => s.filters.years);
  const counts = useAppStore((s) => selectView(s)?.counts.years);
  const all: number[] = [];
  for (let y = data.firstYear; y <= data.lastYear; y++) all.push(y);
  const [from, setFrom] = useState(String(data.firstYear));
  const [to, setTo] = useState(String(data.lastYear));
  const toggle = (y: number) => {
    appStore.getState().toggleFilter('years', y);
    appStore.getState().setTimeWindow(null);
  };
  const applyRange = () => {
    const a = Math.min(Number(from), Number(to));
    const b = Math.max(Number(from), Number(to));
    const range: number[] = [];
    for (let y = a; y <= b; y++) range.push(y);
    appStore.getState().setFilters({ years: range });
    appStore.getState().setTimeWindow(null);
  };
  return (
    <fieldset className="facet">
      <legend>{t('filters.years')}</legend>
      <ul className="year-grid">
        {all.map((y) => {
          const n = counts?.get(y) ?? 0;
          const on = years.includes(y);
          if (n === 0 && !on) return null;
          return (
            <li key={y}>
              <button
                type="button"
                className="year-toggle"
                aria-pressed={on}
                onClick={() => toggle(y)}
                aria-label={t('filters.yearOption', { year: y, count: n })}
              >
                <span>{y}</span>
                <span className="facet-count">{n}</span>
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

function CategoryFacet() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.filters.categories);
  const counts = useAppStore((s) => selectView(s)?.counts.categories);
  return (
    <fieldset className="facet">
      <legend>{t('filters.categories')}</legend>
      <ul className="facet-list">
        {CATEGORY_IDS.map((c, k) => (
          <FacetOption
            key={c}
            checked={selected.includes(c)}
            count={counts?.[k] ?? 0}
            label={t(`category.${c}`)}
            onToggle={() => appStore.getState().toggleFilter('categories', c)}
            marker={
              <span className="swatch" style={{ background: CATEGORY_STYLE[c].color }} aria-hidden="true">
                {CATEGORY_STYLE[c].symbol}
              </span>
            }
          />
        ))}
      </ul>
    </fieldset>
  );
}

function ActorFacet({ data }: { data: DataIndex }) {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.filters.actors);
  const lang = useAppStore((s) => s.lang);
  const counts = useAppStore((s) => selectView(s)?.counts.actors);
  const [query, setQuery] = useState('');
  const folded = useMemo(
    () =>
      data.actorIds.map((id) => {
        const a = data.dataset.actors.get(id);
        return fold([a?.name.en, a?.name.ru, a?.name.kk, ...(a?.aliases ?? [])].filter(Boolean).join(' '));
      }),
    [data],
  );
  const q = fold(query);
  const matches = data.actorIds
    .map((id, k) => ({ id, k, n: counts?.[k] ?? 0 }))
    .filter(
      ({ id, k }) =>
        selected.includes(id) || (q === '' ? true : q.split(' ').every((term) => folded[k]!.includes(term))),
    )
    .filter(({ id, n }) => n > 0 || selected.includes(id) || q !== '')
    .sort((a, b) => Number(selected.includes(b.id)) - Number(selected.includes(a.id)) || b.n - a.n);
  const shown = matches.slice(0, ACTORS_SHOWN);
  return (
    <fieldset className="facet">
      <legend>{t('filters.actors')}</legend>
      <div className="field">
        <label htmlFor="actor-search" className="visually-hidden">
          {t('filters.actorSearch')}
        </label>
        <input
          id="actor-search"
          type="search"
          value={query}
          placeholder={t('filters.actorSearch')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <ul className="facet-list scroll">
        {shown.map(({ id, n }) => {
          const actor = data.dataset.actors.get(id);
          const alias =
            q && actor && !fold(actor.name.en).includes(q) ? actor.aliases.find((a) => fold(a).includes(q)) : undefined;
          return (
            <FacetOption
              key={id}
              checked={selected.includes(id)}
              count={n}
              label={pick(actor?.name, lang) || id}
              hint={alias ? t('filters.alsoKnownAs', { alias }) : undefined}
              onToggle={() => appStore.getState().toggleFilter('actors', id)}
            />
          );
        })}
        {shown.length === 0 && <li className="facet-empty">{t('filters.noActors')}</li>}
      </ul>
      {matches.length > shown.length && (
        <p className="facet-more">{t('filters.moreActors', { count: matches.length - shown.length })}</p>
      )}
    </fieldset>
  );
}

function PlaceFacet({ data }: { data: DataIndex }) {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.filters.places);
  const lang = useAppStore((s) => s.lang);
  const counts = useAppStore((s) => selectView(s)?.counts.places);
  const places = data.dataset.places;
  // Countries, then their regions, then places inside; places without a region under their country.
  const tree = useMemo(() => {
    const rows: { id: string; depth: number }[] = [];
    const all = [...places.values()];
    const byName = (a: { name: { en: string } }, b: { name: { en: string } }) => a.name.en.localeCompare(b.name.en);
    const countries = all
      .filter((p) => p.kind === 'country')
      .sort((a, b) => (a.country === 'KZ' ? -1 : b.country === 'KZ' ? 1 : byName(a, b)));
    const seen = new Set<string>();
    const push = (id: string, depth: number) => {
      if (!seen.has(id)) rows.push({ id, depth });
      seen.add(id);
    };
    for (const c of countries) {
      push(c.id, 0);
      for (const r of all.filter((p) => p.kind === 'region' && p.country === c.country).sort(byName)) {
        push(r.id, 1);
        for (const p of all.filter((x) => x.region === r.id).sort(byName)) push(p.id, 2);
      }
      for (const p of all
        .filter((x) => x.country === c.country && x.kind !== 'region' && x.kind !== 'country' && x.region === null)
        .sort(byName))
        push(p.id, 1);
    }
    for (const p of all.sort(byName)) push(p.id, 0);
    return rows;
  }, [places]);
  return (
    <fieldset className="facet">
      <legend>{t('filters.places')}</legend>
      <ul className="facet-list scroll">
        {tree.map(({ id, depth }) => {
          const k = data.placeIndex.get(id) ?? -1;
          const n = counts?.[k] ?? 0;
          if (n === 0 && !selected.includes(id)) return null;
          return (
            <FacetOption
              key={id}
              checked={selected.includes(id)}
              count={n}
              indent={depth}
              label={placeName(places.get(id), lang) || id}
              onToggle={() => appStore.getState().toggleFilter('places', id)}
            />
          );
        })}
      </ul>
    </fieldset>
  );
}

export function FiltersPanel() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.filters);
  const contestedCount = useAppStore((s) => {
    const v = selectView(s);
    if (!v || !s.data) return 0;
    let n = 0;
    for (const i of v.visible) n += s.data.contested[i]!;
    return n;
  });
  if (!data) return null;
  return (
    <div className="filters">
      <div className="filters-head">
        <h2>{t('filters.title')}</h2>
        <button
          type="button"
          className="button small"
          disabled={!hasActiveFilters(filters)}
          onClick={() => appStore.getState().clearFilters()}
        >
          {t('filters.clearAll')}
        </button>
      </div>
      <ActiveChips />
      <SearchBox />
      <YearFacet data={data} />
      <CategoryFacet />
      <ActorFacet data={data} />
      <PlaceFacet data={data} />
      <fieldset className="facet">
        <legend>{t('filters.claims')}</legend>
        <ul className="facet-list">
          <FacetOption
            checked={filters.contestedOnly}
            count={contestedCount}
            label={t('filters.contestedOnly')}
            onToggle={() => appStore.getState().setFilters({ contestedOnly: !filters.contestedOnly })}
          />
        </ul>
      </fieldset>
    </div>
  );
}
