import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { shownSetIds } from '../../store/incident-set';
import { hasActiveFilters, selectView } from '../../store/selectors';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { FacetOption } from './facet-option';
import { FacetLegend } from './facet-legend';
import { ActiveChips } from './active-chips';
import { SearchBox } from './search-box';
import { YearFacet } from './year-facet';
import { ActorFacet } from './actor-facet';
import { PlaceFacet } from './place-facet';
import './filters.css';

function CategoryFacet() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.filters.categories);
  const counts = useAppStore((s) => selectView(s)?.counts.categories);
  return (
    <fieldset className="facet">
      <FacetLegend label={t('filters.categories')} anyOf />
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

export function FiltersPanel() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.filters);
  const setShown = useAppStore((s) => shownSetIds(s) !== null);
  const contestedCount = useAppStore((s) => selectView(s)?.counts.contested ?? 0);
  if (!data) return null;
  return (
    <div className="filters">
      <div className="filters-head">
        <h2>{t('filters.title')}</h2>
        <button
          type="button"
          className="button small"
          disabled={!hasActiveFilters(filters) && !setShown}
          onClick={() => appStore.getState().showAll()}
        >
          {t('filters.clearAll')}
        </button>
      </div>
      <p className="filters-rule">{t('filters.rule')}</p>
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
