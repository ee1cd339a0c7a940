/**
 * Thousands of broken and hostile links, opened and then changed in one tab,
 * through the real URL sync over the shipped dataset: each yields a usable
 * view, a notice exactly when part of the link could not be used, and an
 * address that reads back cleanly. The browser story keeps a handful of these
 * links to prove the page itself stays whole.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIndex, type DataIndex } from '../data/data-index';
import { FILES, OPTIONAL_FILES } from '../data/dataset';
import { validateDataset } from '../data/validate';
import { createAppStore } from '../store';
import { computeView } from '../store/selectors';
import { fragmentArbitrary, PICKED_LINKS, PLAUSIBLE } from '../store/hostile-fragments.fixture';
import { parseFragment, serializeFragment } from '../store/url-state';
import { urlStateOf } from '../store/link-state';
import { viewFromLink } from '../store/view-from-link';
import { startUrlSync } from './url-sync';

const DATA = new URL('../../data/', import.meta.url);
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));
const idsOf = (file: string, key: string) =>
  new Set(((read(file)[key] as { id: string }[] | undefined) ?? []).map((r) => r.id));

/** What the files say, read without the app's index: the oracle's side. */
interface Known {
  incidents: Set<string>;
  redirects: Map<string, string>;
  actors: Set<string>;
  places: Set<string>;
  stories: Map<string, number>;
}

let data: DataIndex;
let known: Known;

beforeAll(() => {
  const raw = Object.fromEntries(
    [...Object.entries(FILES), ...Object.entries(OPTIONAL_FILES)].map(([key, file]) => [key, read(file)]),
  );
  const checked = validateDataset(raw as never);
  expect(checked.issues).toEqual([]);
  data = buildIndex(checked.dataset);
  const incidents = read(FILES.incidents);
  known = {
    incidents: idsOf(FILES.incidents, 'incidents'),
    redirects: new Map((incidents['redirects'] as { from: string; to: string }[]).map((r) => [r.from, r.to])),
    actors: idsOf(FILES.actors, 'actors'),
    places: idsOf(FILES.places, 'places'),
    stories: new Map(
      (read(OPTIONAL_FILES.narratives)['narratives'] as { id: string; steps: unknown[] }[]).map((n) => [
        n.id,
        n.steps.length,
      ]),
    ),
  };
});

/**
 * Whether the reader must be told that part of the link was not used. The
 * parser's own reasons are taken as given (its properties are tested in
 * url-state.property.test.ts); every id is checked against the files.
 */
function mustNotice(fragment: string): boolean {
  const { state, ignored } = parseFragment(fragment);
  if (ignored.length > 0) return true;
  if (state.id !== null && !known.incidents.has(known.redirects.get(state.id) ?? state.id)) return true;
  if (state.filters.actors.some((a) => !known.actors.has(a))) return true;
  if (state.filters.places.some((p) => !known.places.has(p))) return true;
  if (state.actor !== null && !known.actors.has(state.actor)) return true;
  // A map area frames the map: a map view beside it is not used (a story shows its own view and no filters).
  if (state.filters.area && state.mapView && !(state.story && known.stories.has(state.story.id))) return true;
  if (state.story) {
    const steps = known.stories.get(state.story.id);
    if (steps === undefined || state.story.step > steps) return true;
  }
  return false;
}

/** Just enough of a browser window for the URL sync: an address, its history and hash events. */
class FakeWindow {
  readonly location = { pathname: '/', search: '', hash: '' };
  private readonly listeners = new Map<string, Set<() => void>>();
  readonly history = {
    pushState: (_: unknown, __: string, url: string) => this.setAddress(url),
    replaceState: (_: unknown, __: string, url: string) => this.setAddress(url),
  };
  readonly setTimeout = globalThis.setTimeout;
  readonly clearTimeout = globalThis.clearTimeout;

  addEventListener(type: string, fn: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  removeEventListener(type: string, fn: () => void) {
    this.listeners.get(type)?.delete(fn);
  }

  /** What a browser does when the reader follows a link in the same tab: normalise the hash, then tell the page. */
  follow(fragment: string): { seen: string; changed: boolean } {
    const url = new URL('http://localhost/');
    url.hash = fragment;
    const changed = url.hash !== this.location.hash;
    this.location.hash = url.hash;
    if (changed) for (const fn of this.listeners.get('hashchange') ?? []) fn();
    return { seen: url.hash, changed };
  }

  private setAddress(url: string) {
    this.location.hash = new URL(url, 'http://localhost/').hash;
  }
}

/** Real ids of the shipped dataset beside unknown ones, so many links apply in full. */
function datasetValues(): Map<string, string[]> {
  const some = (ids: Iterable<string>, n: number) => [...ids].filter((_, k) => k % 7 === 0).slice(0, n);
  const values = new Map(PLAUSIBLE);
  values.set('id', [...some(known.incidents, 6), ...[...known.redirects.keys()].slice(0, 2), 'no-such-incident', 'A']);
  values.set('actors', [...some(known.actors, 4), `${some(known.actors, 2).join(',')}`, 'nobody-here']);
  values.set('places', [...some(known.places, 4), 'atlantis', 'Almaty']);
  values.set('actor', [...some(known.actors, 3), 'nobody-at-all']);
  values.set('story', [...known.stories.keys(), 'no-such-story']);
  return values;
}

const READ_CAP = 8_000;

function openTab(first: string) {
  const win = new FakeWindow();
  vi.stubGlobal('window', win);
  const { seen } = win.follow(first);
  const store = createAppStore();
  store.getState().setData(data);
  const stop = startUrlSync(store);
  return { win, store, stop, seen };
}

function expectUsableView(store: ReturnType<typeof createAppStore>, win: FakeWindow, fragment: string) {
  const state = store.getState();
  const notice = state.notices.find((n) => n.id === 'link');
  expect(notice !== undefined, `notice for ${JSON.stringify(fragment.slice(0, 200))}`).toBe(mustNotice(fragment));
  if (notice) expect(notice.details?.length).toBeGreaterThan(0);

  // Whatever was kept is in the dataset, and the views can be computed from it.
  if (state.selectedId !== null) expect(known.incidents.has(state.selectedId)).toBe(true);
  for (const a of state.filters.actors) expect(known.actors.has(a)).toBe(true);
  for (const p of state.filters.places) expect(known.places.has(p)).toBe(true);
  if (state.actorPage !== null) expect(known.actors.has(state.actorPage)).toBe(true);
  if (state.story) expect(state.story.step).toBeLessThan(known.stories.get(state.story.id)!);
  const view = computeView(data, state.filters, state.timeWindow);
  expect(view.visible.length).toBeLessThanOrEqual(data.n);

  // The address now holds the cleaned-up link: it reads back without a notice, to the same view.
  const written = win.location.hash.replace(/^#/, '');
  expect(written).toBe(serializeFragment(urlStateOf(state)));
  if (written.length <= READ_CAP) {
    const again = viewFromLink(data, written);
    expect(again.ignored).toEqual([]);
    // Whoever opens that link sees exactly this view.
    const shown = (v: Partial<typeof state>) => ({
      selectedId: v.selectedId,
      filters: v.filters,
      timeWindow: v.timeWindow,
      mapView: v.mapView,
      story: v.story,
      actorPage: v.actorPage,
      groupBy: v.groupBy,
      sort: v.sort,
      lang: v.lang,
    });
    expect(shown(again.view)).toEqual(shown(state));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('links through the URL sync', () => {
  it('the hand-picked troublesome links each open a usable view, with a notice exactly when needed', () => {
    for (const link of PICKED_LINKS) {
      const tab = openTab(link);
      expectUsableView(tab.store, tab.win, tab.seen);
      tab.stop();
    }
  });

  it('a tab that opens one hostile link and then follows others stays usable and says what it ignored', () => {
    let noticed = 0;
    let clean = 0;
    fc.assert(
      fc.property(fc.array(fragmentArbitrary(datasetValues()), { minLength: 1, maxLength: 5 }), ([first, ...rest]) => {
        const tab = openTab(first!);
        try {
          expectUsableView(tab.store, tab.win, tab.seen);
          let last = tab.seen;
          for (const fragment of rest) {
            const { seen, changed } = tab.win.follow(fragment);
            // The same address again is no navigation: the page keeps what it showed.
            if (changed) last = seen;
            expectUsableView(tab.store, tab.win, last);
            if (mustNotice(last)) noticed++;
            else clean++;
          }
        } finally {
          tab.stop();
        }
      }),
      { numRuns: 1500, seed: 20_260_121 },
    );
    // Both outcomes were tried many times.
    expect(noticed).toBeGreaterThan(200);
    expect(clean).toBeGreaterThan(50);
  });
});
