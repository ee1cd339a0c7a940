import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { Sort, SortKey } from '../../store/slices/ui';
import { ViewLink } from '../../ui/view-link';
import { selectIncident } from '../../store/navigations';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { formatIncidentDate } from '../../lib/format';
import { sortIndices } from './sort';
import { LocalizedText } from '../../ui/localized-text';
import { pick, placeName } from '../../data/localized';
import { searchTerms } from '../../data/search-hits';
import { rankRows } from '../../data/search-rank';
import { FoundIn, SearchTally, useRowHits } from './search-note';
import { SetBar } from './set-bar';
import { MAX_SET } from '../../store/incident-set';
import './list.css';

/** Room for a title line and a second line whose category may take two lines (Russian, Kazakh). */
const ROW_HEIGHT = 66;
const NOTE_HEIGHT = 16;
const COLUMNS: SortKey[] = ['date', 'title', 'place', 'category'];
const SEARCH_COLUMNS: SortKey[] = [...COLUMNS, 'relevance'];
const NO_TERMS: readonly string[] = [];

/**
 * The visible incidents as an accessible table. Only the rows on screen are
 * in the DOM; aria-rowcount and aria-rowindex tell assistive technology the
 * real size.
 */
export function IncidentList() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const view = useAppStore(selectView);
  const sort = useAppStore((s) => s.sort);
  const selectedId = useAppStore((s) => s.selectedId);
  const hidden = selectedId !== null;
  const scrollRef = useRef<HTMLDivElement>(null);
  const lang = useAppStore((s) => s.lang);
  const text = useAppStore((s) => s.filters.text);
  const pending = view?.searchPending ?? true;
  const setIds = useAppStore((s) => s.incidentSet.ids);
  const inSet = useMemo(() => new Set(setIds), [setIds]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Words that do not filter yet (their search text is still being built) rank nothing either.
  const terms = useMemo(() => (pending ? NO_TERMS : searchTerms(text)), [pending, text]);
  const searching = terms.length > 0;
  const ranks = useMemo(
    () => (data && view && terms.length > 0 ? rankRows(data, view.visible, terms) : null),
    [data, view, terms],
  );
  const rows = useMemo(
    () =>
      data && view
        ? sortIndices(data, view.visible, sort, lang, (c) => t(`category.${c}`), ranks?.rank ?? null)
        : new Uint32Array(),
    [data, view, sort, lang, t, ranks],
  );
  const hitsOf = useRowHits(data, terms);
  // Relevance without a search is the date order, and the header says so.
  const shown: Sort = searching || sort.key !== 'relevance' ? sort : { key: 'date', dir: sort.dir };
  const columns = searching ? SEARCH_COLUMNS : COLUMNS;

  // Keyed by incident, so React keeps each row's element when the order changes.
  const rowKey = useCallback((k: number) => rows[k] ?? k, [rows]);
  const rowEstimate = useCallback(() => (searching ? ROW_HEIGHT + NOTE_HEIGHT : ROW_HEIGHT), [searching]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders through its own state
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowEstimate,
    getItemKey: rowKey,
    overscan: 8,
  });

  // When the detail panel closes, bring the row that was open back into view.
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId !== null) {
      lastSelected.current = selectedId;
      return;
    }
    const id = lastSelected.current;
    if (!id || !data) return;
    const i = data.idToIndex.get(id);
    const k = i === undefined ? -1 : rows.indexOf(i);
    if (k >= 0) virtualizer.scrollToIndex(k, { align: 'auto' });
  }, [selectedId, data, rows, virtualizer]);

  if (!data || !view) return null;

  const setSort = (key: SortKey) => {
    appStore.getState().setSort({ key, dir: shown.key === key && shown.dir === 'asc' ? 'desc' : 'asc' });
  };

  return (
    <div className="incident-list" id="incident-list">
      <h2 className="list-heading" tabIndex={-1} ref={headingRef}>
        {t('list.title', { count: rows.length })}
      </h2>
      <SetBar onCleared={() => headingRef.current?.focus()} />
      {ranks && <SearchTally data={data} ranks={ranks} total={rows.length} lang={lang} />}
      <div role="table" aria-label={t('list.tableLabel')} aria-rowcount={rows.length + 1} className="list-table">
        <div role="rowgroup" className="list-head">
          <div role="row" aria-rowindex={1} className="list-row head">
            <div role="columnheader" className="col-pick">
              {t('incidentSet.pickHeader')}
            </div>
            {columns.map((key) => (
              <div
                role="columnheader"
                key={key}
                className={`col-${key}`}
                aria-sort={shown.key === key ? (shown.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => setSort(key)}>
                  {t(`list.col.${key}`)}
                  <span aria-hidden="true">{shown.key === key ? (shown.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </div>
            ))}
          </div>
        </div>
        <div ref={scrollRef} className="list-scroll" data-testid="list-scroll" tabIndex={hidden ? -1 : undefined}>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const i = rows[v.index]!;
              const inc = data.incident(i);
              const date = data.date(i);
              const placeIdx = data.place[i]!;
              const place = placeIdx >= 0 ? data.dataset.places.get(data.placeIds[placeIdx]!) : undefined;
              const cat = CATEGORY_IDS[data.category[i]!]!;
              return (
                <div
                  role="row"
                  key={inc.id}
                  data-index={v.index}
                  aria-rowindex={v.index + 2}
                  className="list-row"
                  data-row-id={inc.id}
                  data-selected={inc.id === selectedId}
                  style={{ transform: `translateY(${v.start}px)`, height: rowEstimate() }}
                >
                  <div role="cell" className="col-pick">
                    {/* Its own control: ticking it neither opens the incident nor moves focus from the row. */}
                    <input
                      type="checkbox"
                      className="set-pick"
                      checked={inSet.has(inc.id)}
                      disabled={!inSet.has(inc.id) && setIds.length >= MAX_SET}
                      onChange={() => appStore.getState().toggleInSet(inc.id)}
                      aria-label={t('incidentSet.pick', { title: pick(inc.title, lang) })}
                    />
                  </div>
                  <div role="cell" className="col-date">
                    {formatIncidentDate(date, lang, true)}
                  </div>
                  <div role="cell" className="col-title">
                    <ViewLink go={selectIncident(inc.id, 'list')}>
                      <LocalizedText value={inc.title} />
                    </ViewLink>
                  </div>
                  <div role="cell" className="col-place">
                    {place ? placeName(place, lang) : t('list.noPlace')}
                  </div>
                  <div role="cell" className="col-category">
                    <span className="swatch small" style={{ background: CATEGORY_STYLE[cat].color }} aria-hidden="true">
                      {CATEGORY_STYLE[cat].symbol}
                    </span>
                    <span className="category-label">{t(`category.${cat}`)}</span>
                  </div>
                  {searching && <FoundIn hits={hitsOf(i)} />}
                </div>
              );
            })}
          </div>
          {rows.length === 0 && <p className="list-empty">{t('list.empty')}</p>}
        </div>
      </div>
    </div>
  );
}
