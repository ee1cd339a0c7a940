import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { fold } from '../../lib/fold';
import type { DataIndex } from '../../data/data-index';
import { collator, pick } from '../../data/localized';
import { FacetOption } from './facet-option';
import { FacetLegend } from './facet-legend';

const ACTORS_SHOWN = 40;

export function ActorFacet({ data }: { data: DataIndex }) {
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
  const byName = useMemo(() => collator(lang), [lang]);
  const matches = data.actorIds
    .map((id, k) => ({ id, k, n: counts?.[k] ?? 0 }))
    .filter(
      ({ id, k }) =>
        selected.includes(id) || (q === '' ? true : q.split(' ').every((term) => folded[k]!.includes(term))),
    )
    .filter(({ id, n }) => n > 0 || selected.includes(id) || q !== '')
    .sort(
      (a, b) =>
        Number(selected.includes(b.id)) - Number(selected.includes(a.id)) ||
        b.n - a.n ||
        byName.compare(
          pick(data.dataset.actors.get(a.id)?.name, lang),
          pick(data.dataset.actors.get(b.id)?.name, lang),
        ),
    );
  const shown = matches.slice(0, ACTORS_SHOWN);
  return (
    <fieldset className="facet">
      <FacetLegend label={t('filters.actors')} anyOf />
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
            q && actor && !fold(pick(actor.name, lang)).includes(q)
              ? actor.aliases.find((a) => fold(a).includes(q))
              : undefined;
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
