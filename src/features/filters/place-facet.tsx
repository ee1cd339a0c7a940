import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { DataIndex } from '../../data/data-index';
import { placeName } from '../../data/localized';
import { FacetOption } from './facet-option';
import { FacetLegend } from './facet-legend';
import { placeTree } from './place-tree';

export function PlaceFacet({ data }: { data: DataIndex }) {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.filters.places);
  const lang = useAppStore((s) => s.lang);
  const counts = useAppStore((s) => selectView(s)?.counts.places);
  const places = data.dataset.places;
  const tree = useMemo(() => placeTree([...places.values()], lang), [places, lang]);
  return (
    <fieldset className="facet">
      <FacetLegend label={t('filters.places')} anyOf />
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
