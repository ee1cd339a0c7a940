/**
 * The one module that keeps the URL fragment and the store in step.
 * Opening or closing an incident pushes a history entry (so Back closes it);
 * filter, window and map changes replace the current entry after a pause, so
 * Back is not flooded. Whatever a link holds that cannot be used is shown in a
 * notice, never thrown.
 */
import type { AppState, AppStore } from '../store';
import type { Notice } from '../store/slices/ui';
import { parseFragment, serializeFragment } from '../store/url-state';
import { urlStateOf } from '../store/link-state';
import { viewFromLink } from '../store/view-from-link';
import type { SetResolution } from '../store/incident-set';
import { preview } from '../store/url-params';
import { selectView } from '../store/selectors';

const REPLACE_DELAY_MS = 400;

/**
 * Applies a link to the store in one write; returns what was ignored, checked
 * against the loaded dataset. Moving within the story the reader is in (Back,
 * Forward) keeps the view the story will return them to.
 */
export function applyFragment(store: AppStore, fragment: string): string[] {
  const state = store.getState();
  const data = state.data;
  if (!data) return parseFragment(fragment).ignored;
  const { view, ignored, set } = viewFromLink(data, fragment);
  const sameStory = view.story !== null && state.story?.id === view.story.id && state.storySaved !== null;
  // The set's notices go in the same write, so the views see one change.
  const notices = [...state.notices.filter((n) => n.kind !== 'set'), ...setNotices(set)];
  store.setState(sameStory ? { ...view, storySaved: state.storySaved, notices } : { ...view, notices });
  return ignored;
}

/** The most unknown ids a notice names in its sentence; all of them are in its details. */
const NAMED_UNKNOWN = 5;

/** Says, in the reader's language, which ids of a link's set have new ids and which the dataset does not hold. */
function setNotices(set: SetResolution | null): Notice[] {
  const out: Notice[] = [];
  if (set && set.redirected.length > 0) {
    out.push({
      id: 'set-redirected',
      kind: 'set',
      message: { key: 'incidentSet.noticeRedirected', count: set.redirected.length, values: { total: set.total } },
      details: set.redirected.map((r) => `${r.from} → ${r.to}`),
    });
  }
  if (set && set.unknown.length > 0) {
    const named = set.unknown.slice(0, NAMED_UNKNOWN).map(preview);
    out.push({
      id: 'set-unknown',
      kind: 'set',
      message: {
        key: 'incidentSet.noticeUnknown',
        count: set.unknown.length,
        values: { ids: named.join(', ') + (set.unknown.length > NAMED_UNKNOWN ? ', …' : '') },
      },
      details: set.unknown.length > NAMED_UNKNOWN ? set.unknown.map(preview) : [],
    });
  }
  return out;
}

/**
 * The parts of a link that need no dataset (language, embed mode, map view,
 * time window, rows, sort), applied at once so the page starts in the right
 * language and the map and timeline where the link points while the data
 * downloads. The whole link, with its notice, is applied once the data is in.
 */
export function applyDataFreeParts(store: AppStore, fragment: string) {
  const { state: url } = parseFragment(fragment);
  store.setState({
    lang: url.lang ?? 'en',
    embed: url.embed,
    groupBy: url.groupBy,
    overviewBars: url.bars,
    sort: url.sort,
    // With a map area, the map fits the area instead (view-from-link.ts).
    ...(url.mapView && !url.filters.area ? { mapView: url.mapView, mapViewOrigin: 'app' as const } : {}),
    ...(url.timeWindow ? { timeWindow: url.timeWindow } : {}),
  });
}

/** The parts of the store a link carries. Opening an incident, a story step or a page is navigation. */
const linked = (s: AppState) => ({
  selectedId: s.selectedId,
  filters: s.filters,
  timeWindow: s.timeWindow,
  mapView: s.mapView,
  groupBy: s.groupBy,
  overviewBars: s.overviewBars,
  sort: s.sort,
  story: s.story,
  actorPage: s.actorPage,
  lang: s.lang,
  embed: s.embed,
  origin: s.origin,
  incidentSet: s.incidentSet,
});
type Linked = ReturnType<typeof linked>;
const NAVIGATION: (keyof Linked)[] = ['selectedId', 'story', 'actorPage'];

/**
 * A link made with another version of the published dataset: the notice
 * remembers the incidents the link showed when it was opened, so that it can
 * say which of them changed since (the changelog is fetched for it).
 */
export function noticeOtherVersion(store: AppStore, version: string | null) {
  const state = store.getState();
  const data = state.data;
  const current = data?.dataset.version;
  if (!data || !version || !current || version === current || state.origin.kind !== 'published') {
    state.dismissNotice('dataset-changes');
    return;
  }
  const visible = selectView(state)?.visible ?? new Uint32Array(0);
  const visibleIds = Array.from(visible, (i) => data.ids[i]!);
  state.addNotice({
    id: 'dataset-changes',
    kind: 'changes',
    message: { key: 'changes.noticeLoading' },
    details: [],
    changes: { from: version, current, visibleIds },
  });
}

export function startUrlSync(store: AppStore): () => void {
  let applying = false;
  let timer: number | undefined;
  let written = '';

  const target = (fragment: string) =>
    `${window.location.pathname}${window.location.search}${fragment ? `#${fragment}` : ''}`;
  const currentFragment = () => window.location.hash.replace(/^#/, '');

  const apply = () => {
    applying = true;
    const ignored = applyFragment(store, window.location.hash);
    applying = false;
    const state = store.getState();
    // The sender looked at a file of their own, which never travels: the reader is told what they see instead.
    if (parseFragment(window.location.hash).state.fromFile && state.origin.kind === 'published')
      state.addNotice({ id: 'from-file', kind: 'link', message: { key: 'notice.fromFile' }, details: [] });
    else state.dismissNotice('from-file');
    noticeOtherVersion(store, parseFragment(window.location.hash).state.dataVersion);
    if (ignored.length > 0) {
      state.addNotice({
        id: 'link',
        kind: 'link',
        message: { key: 'notice.linkIgnored', count: ignored.length },
        details: ignored,
      });
    } else {
      state.dismissNotice('link');
    }
    // Show the cleaned-up link, so what the reader copies is what they see.
    written = serializeFragment(urlStateOf(state));
    if (written !== currentFragment()) window.history.replaceState(null, '', target(written));
  };

  const flush = () => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
  };

  apply();

  const unsubscribe = store.subscribe(
    linked,
    (next, prev) => {
      if (applying) return;
      const fragment = serializeFragment(urlStateOf(store.getState()));
      if (fragment === written) return;
      // Opening an incident, a story step or a page is navigation: Back should undo it.
      if (NAVIGATION.some((key) => next[key] !== prev[key])) {
        flush();
        written = fragment;
        window.history.pushState(null, '', target(fragment));
        return;
      }
      flush();
      timer = window.setTimeout(() => {
        timer = undefined;
        written = serializeFragment(urlStateOf(store.getState()));
        window.history.replaceState(null, '', target(written));
      }, REPLACE_DELAY_MS);
    },
    { equalityFn: (a, b) => (Object.keys(a) as (keyof Linked)[]).every((key) => a[key] === b[key]) },
  );

  const onNavigate = () => {
    if (currentFragment() === written) return;
    flush();
    apply();
  };
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('popstate', onNavigate);
    window.removeEventListener('hashchange', onNavigate);
  };
}
