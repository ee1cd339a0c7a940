import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { SortKey } from '../../store/slices/ui';
import { ViewLink } from '../../ui/view-link';
import { selectIncident } from '../../store/navigations';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { formatIncidentDate } from '../../lib/format';
import { sortIndices } from './sort';
import { LocalizedText } from '../../ui/localized-text';
import { placeName } from '../../data/localized';
import './list.css';

const ROW_HEIGHT = 58;
const COLUMNS: SortKey[] = ['date', 'title', 'place', 'category'];

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

  const rows = useMemo(
    () => (data && view ? sortIndices(data, view.visible, sort, lang, (c) => t(`category.${c}`)) : new Uint32Array()),
    [data, view, sort, lang, t],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders through its own state
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
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
    const current = appStore.getState().sort;
    appStore.getState().setSort({ key, dir: current.key === key && current.dir === 'asc' ? 'desc' : 'asc' });
  };

  return (
    <div className="incident-list" id="incident-list">
      <h2 className="list-heading" tabIndex={-1}>
        {t('list.title', { count: rows.length })}
      </h2>
      <div role="table" aria-label={t('list.tableLabel')} aria-rowcount={rows.length + 1} className="list-table">
        <div role="rowgroup" className="list-head">
          <div role="row" aria-rowindex={1} className="list-row head">
            {COLUMNS.map((key) => (
              <div
                role="columnheader"
                key={key}
                className={`col-${key}`}
                aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => setSort(key)}>
                  {t(`list.col.${key}`)}
                  <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
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
                  aria-rowindex={v.index + 2}
                  className="list-row"
                  data-row-id={inc.id}
                  data-selected={inc.id === selectedId}
                  style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                >
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
                    {t(`category.${cat}`)}
                  </div>
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
