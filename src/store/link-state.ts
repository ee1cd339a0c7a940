/**
 * The part of the store a link carries, and the link to a view: the other
 * side of the fragment contract in url-state.ts. One function builds every
 * link (viewLink), from the store, exactly as the URL sync will write it.
 */
import type { AppState } from './index.ts';
import { followsView } from './map-fit.ts';
import { selectView } from './selectors.ts';
import { EMPTY_FILTERS } from './slices/filters.ts';
import { fitWindow, linkableWindow } from './time-windows.ts';
import { DEFAULT_URL_STATE, serializeFragment, type UrlState } from './url-state.ts';

/** True when the map no longer follows what is shown (map-fit.ts), so the link must hold where it looks. */
function movedMap(s: AppState): boolean {
  return !followsView(s.mapView);
}

/**
 * The part of the store that a link carries. A link that opens an incident or
 * chooses years would have its reader frame that incident or those years, so
 * such a link always writes the window and map view on screen, even when they
 * are the defaults: whoever opens it sees exactly what the sender saw.
 */
export function urlStateOf(s: AppState): UrlState {
  const mapMoved = movedMap(s);
  if (s.origin.kind === 'file') return fileViewState(s);
  const framed = s.selectedId !== null || s.filters.years.length > 0;
  const allDates =
    s.timeWindow === null && framed && s.data ? linkableWindow(fitWindow(selectView(s)?.extent ?? null, s.data)) : null;
  return {
    id: s.selectedId,
    filters: s.filters,
    timeWindow: s.timeWindow ?? allDates,
    // With the map-area filter on, the area is the map's framing: its reader's map fits the box (map-fit.ts).
    mapView: (mapMoved || s.selectedId !== null) && !s.filters.area ? s.mapView : null,
    groupBy: s.groupBy,
    bars: s.overviewBars,
    sort: s.sort,
    lang: s.lang === 'en' ? null : s.lang,
    story: s.story ? { id: s.story.id, step: s.story.step + 1 } : null,
    actor: s.actorPage,
    embed: s.embed,
    fromFile: false,
    set: s.incidentSet,
    // Every link names the dataset it was made with, so a reader can be told what changed since.
    dataVersion: s.data?.dataset.version ?? null,
  };
}

/**
 * A view of a reader's own file: the link holds only what does not come from
 * the file or say what is in it (language, map, window, years, categories,
 * rows, order), and that it was made from a file. No incident, person, place
 * or search words: those would tell the recipient what the file holds.
 */
function fileViewState(s: AppState): UrlState {
  const mapMoved = movedMap(s);
  return {
    ...DEFAULT_URL_STATE,
    filters: {
      ...EMPTY_FILTERS,
      years: s.filters.years,
      categories: s.filters.categories,
      contestedOnly: s.filters.contestedOnly,
      area: s.filters.area,
    },
    timeWindow: s.timeWindow,
    mapView: mapMoved && !s.filters.area ? s.mapView : null,
    groupBy: s.groupBy,
    bars: s.overviewBars,
    sort: s.sort,
    lang: s.lang === 'en' ? null : s.lang,
    embed: s.embed,
    fromFile: true,
  };
}

/** The fragment (without `#`) of the store's view with some parts replaced: what a link to that view holds. */
export function linkTo(s: AppState, patch: Partial<UrlState> = {}): string {
  return serializeFragment({ ...urlStateOf(s), ...patch });
}

/**
 * The link to a view, on the page at `href`. The address bar catches up with
 * filter and map changes only after a pause, so links are built from the
 * store, exactly as the URL sync will write them.
 */
export function viewLink(s: AppState, href: string, patch: Partial<UrlState> = {}): string {
  const base = href.split('#')[0] ?? '';
  const fragment = linkTo(s, patch);
  return fragment ? `${base}#${fragment}` : base;
}
