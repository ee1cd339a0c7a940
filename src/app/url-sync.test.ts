import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw, fixtureStory } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from '../store';
import { serializeFragment } from '../store/url-state';
import { urlStateOf } from '../store/link-state';
import { applyDataFreeParts, applyFragment } from './url-sync';

const data = buildIndex(validateDataset(fixtureRaw()).dataset);

describe('applyFragment', () => {
  it('is applied to the store in one write', () => {
    const store = createAppStore();
    store.getState().setData(data);
    let writes = 0;
    const stop = store.subscribe(() => writes++);
    applyFragment(store, '#id=almaty-shutdown-2022&years=2022&from=2022-01-01&to=2022-01-31&map=6/43.2/76.9');
    stop();
    expect(writes).toBe(1);
    expect(serializeFragment(urlStateOf(store.getState()))).toBe(
      'id=almaty-shutdown-2022&years=2022&from=2022-01-01&to=2022-01-31&map=6/43.2/76.9&data=1.0.0',
    );
  });

  it('reports what the dataset does not know, and applies the rest', () => {
    const store = createAppStore();
    store.getState().setData(data);
    const ignored = applyFragment(store, '#id=ghost&years=2022');
    expect(ignored).toEqual(['id: no incident "ghost" in this dataset']);
    expect(store.getState().filters.years).toEqual([2022]);
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('a set link', () => {
  const withRedirect = (() => {
    const raw = fixtureRaw();
    (raw.incidents as { redirects?: unknown[] }).redirects = [
      { from: '2026-01-01-old-summons', to: 'mangystau-summons-2026', note: { en: 'Renamed.' } },
    ];
    return buildIndex(validateDataset(raw).dataset);
  })();

  it('says in notices which ids changed and which are unknown, in the same write, and writes the current ids', () => {
    const store = createAppStore();
    store.getState().setData(withRedirect);
    let writes = 0;
    const stop = store.subscribe(() => writes++);
    const ignored = applyFragment(store, '#set=2026-01-01-old-summons,ghost,almaty-shutdown-2022&setname=Two');
    stop();
    expect(writes).toBe(1);
    expect(ignored).toEqual([]);
    expect(store.getState().notices).toEqual([
      {
        id: 'set-redirected',
        kind: 'set',
        message: { key: 'incidentSet.noticeRedirected', count: 1, values: { total: 3 } },
        details: ['2026-01-01-old-summons → mangystau-summons-2026'],
      },
      {
        id: 'set-unknown',
        kind: 'set',
        message: { key: 'incidentSet.noticeUnknown', count: 1, values: { ids: 'ghost' } },
        details: [],
      },
    ]);
    expect(serializeFragment(urlStateOf(store.getState()))).toBe(
      'set=mangystau-summons-2026,almaty-shutdown-2022&setname=Two&data=1.0.0',
    );
    // A link without a set takes the set's notices away.
    applyFragment(store, '#years=2022');
    expect(store.getState().notices).toEqual([]);
  });
});

describe('links followed in the same tab', () => {
  const withStory = (() => {
    const raw = fixtureRaw();
    raw.narratives = { narratives: [fixtureStory()] };
    return buildIndex(validateDataset(raw).dataset);
  })();

  it('Back within a story keeps the view that leaving the story returns to', () => {
    const store = createAppStore();
    store.getState().setData(withStory);
    store.getState().setFilters({ years: [2026], categories: ['summons'] });
    store.getState().goToStory('uprising', 0);
    store.getState().goToStory('uprising', 1);
    // Back: the browser hands the app step 1's link.
    applyFragment(store, '#story=uprising&step=1');
    expect(store.getState().story).toEqual({ id: 'uprising', step: 0 });
    store.getState().leaveStory();
    expect(store.getState().filters.years).toEqual([2026]);
    expect(store.getState().filters.categories).toEqual(['summons']);
  });

  it('a story link opened from outside the story starts from a fresh view', () => {
    const store = createAppStore();
    store.getState().setData(withStory);
    store.getState().setFilters({ years: [2026] });
    applyFragment(store, '#story=uprising&step=2');
    store.getState().leaveStory();
    expect(store.getState().filters.years).toEqual([]);
  });

  it('closes a chooser that was open on the view before', () => {
    const store = createAppStore();
    store.getState().setData(data);
    store.getState().openMapChooser({ kind: 'place', keys: [1, 2] });
    applyFragment(store, '#id=almaty-shutdown-2022');
    expect(store.getState().mapChooser).toBeNull();
  });
});

describe('a link before the dataset arrives', () => {
  it('applies its language, embed mode, map view, window, rows and sort at once', () => {
    const store = createAppStore();
    applyDataFreeParts(store, '#lang=kk&embed=1&map=9/43.25/76.95&from=2022-01-01&to=2022-01-31&group=region&id=x');
    const s = store.getState();
    expect(s.lang).toBe('kk');
    expect(s.embed).toBe(true);
    expect(s.mapView).toEqual({ center: [76.95, 43.25], zoom: 9 });
    expect(s.timeWindow).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 1, 1) });
    expect(s.groupBy).toBe('region');
    // What needs the dataset waits for it.
    expect(s.selectedId).toBeNull();
  });
});
