/**
 * The one module that keeps the URL fragment and the store in step.
 * Opening or closing an incident pushes a history entry (so Back closes it);
 * filter, window and map changes replace the current entry after a pause, so
 * Back is not flooded. Whatever a link holds that cannot be used is shown in a
 * notice, never thrown.
 */
import type { AppStore } from '../store';
import { DEFAULT_MAP_VIEW } from '../store/slices/map-view';
import { EMPTY_FILTERS } from '../store/slices/filters';
import { parseFragment, serializeFragment, preview, urlStateOf } from '../store/url-state';

const REPLACE_DELAY_MS = 400;

/** Applies a fragment to the store; returns what was ignored, checked against the loaded dataset. */
export function applyFragment(store: AppStore, fragment: string): string[] {
  const { state: url, ignored } = parseFragment(fragment);
  const data = store.getState().data;
  if (!data) return ignored;
  const known = (list: string[], has: (id: string) => boolean, name: string) =>
    list.filter((id) => {
      if (has(id)) return true;
      ignored.push(`${name}: no ${name.replace(/s$/, '')} "${preview(id)}" in this dataset`);
      return false;
    });
  const filters = {
    ...url.filters,
    actors: known(url.filters.actors, (id) => data.actorIndex.has(id), 'actors'),
    places: known(url.filters.places, (id) => data.placeIndex.has(id), 'places'),
  };
  let id = url.id;
  if (id !== null && !data.idToIndex.has(id)) {
    ignored.push(`id: no incident "${preview(id)}" in this dataset`);
    id = null;
  }
  let actor = url.actor;
  if (actor !== null && !data.actorIndex.has(actor)) {
    ignored.push(`actor: no person or organisation "${preview(actor)}" in this dataset`);
    actor = null;
  }
  const narrative = url.story ? data.dataset.narratives.find((n) => n.id === url.story?.id) : undefined;
  if (url.story && !narrative) ignored.push(`story: no story "${preview(url.story.id)}" in this dataset`);
  if (url.story && narrative && url.story.step > narrative.steps.length) {
    ignored.push(`step: story "${narrative.id}" has ${narrative.steps.length} steps; showing the last`);
  }
  const common = {
    groupBy: url.groupBy,
    sort: url.sort,
    actorPage: actor,
    lang: url.lang ?? 'en',
    embed: url.embed,
    story: null,
    storySaved: null,
  };
  if (url.story && narrative) {
    // A story link opens the step; leaving the story returns to a fresh view.
    store.setState({
      ...common,
      filters: EMPTY_FILTERS,
      timeWindow: null,
      mapView: DEFAULT_MAP_VIEW,
      mapViewOrigin: 'app',
      selectedId: null,
    });
    store.getState().goToStory(narrative.id, url.story.step - 1);
    // Whatever else the link pins down (a panned map, another incident of the step) still applies.
    if (url.mapView) store.setState({ mapView: url.mapView, mapViewOrigin: 'app' });
    if (url.timeWindow) store.setState({ timeWindow: url.timeWindow });
    if (id !== null) store.getState().select(id, 'link');
    return ignored;
  }
  store.setState({
    ...common,
    filters,
    timeWindow: url.timeWindow,
    mapView: url.mapView ?? DEFAULT_MAP_VIEW,
    mapViewOrigin: 'app',
  });
  store.getState().select(id, 'link');
  // A link to one incident frames it; a window or map view in the link wins.
  if (id !== null) store.getState().frameIncident(id, { time: url.timeWindow !== null, map: url.mapView !== null });
  return ignored;
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
    (s) =>
      [
        s.selectedId,
        s.filters,
        s.timeWindow,
        s.mapView,
        s.groupBy,
        s.sort,
        s.story,
        s.actorPage,
        s.lang,
        s.embed,
      ] as const,
    (next, prev) => {
      if (applying) return;
      const fragment = serializeFragment(urlStateOf(store.getState()));
      if (fragment === written) return;
      // Opening an incident, a story step or a page is navigation: Back should undo it.
      if (next[0] !== prev[0] || next[6] !== prev[6] || next[7] !== prev[7]) {
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
    { equalityFn: (a, b) => a.every((v, k) => v === b[k]) },
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
