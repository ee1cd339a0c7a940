import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { computeView, selectView } from './selectors';
import { EMPTY_FILTERS } from './slices/filters';
import { DEFAULT_MAP_VIEW } from './slices/map-view';
import { MAX_SET, resolveSet } from './incident-set';
import { parseFragment, serializeFragment, DEFAULT_URL_STATE } from './url-state';
import { viewLink } from './link-state';
import { setLinkPatch } from './incident-set';
import { viewFromLink } from './view-from-link';
import { followsView } from './map-fit';

let ix: DataIndex;
beforeEach(() => {
  ix = buildIndex(validateDataset(fixtureRaw()).dataset);
});

const withRedirects = () => {
  const raw = fixtureRaw();
  (raw.incidents as { redirects?: unknown[] }).redirects = [
    { from: '2026-01-01-old-summons', to: 'mangystau-summons-2026', note: { en: 'Renamed.' } },
  ];
  return buildIndex(validateDataset(raw).dataset);
};

const idsOf = (visible: Uint32Array, data = ix) => [...visible].map((i) => data.ids[i]);

describe('the set mask', () => {
  it('shows exactly the set, combined with the other filters', () => {
    const set = ['almaty-shutdown-2022', 'unknown-place-2025'];
    expect(idsOf(computeView(ix, EMPTY_FILTERS, null, set).visible)).toEqual([
      'almaty-shutdown-2022',
      'unknown-place-2025',
    ]);
    expect(idsOf(computeView(ix, { ...EMPTY_FILTERS, years: [2022] }, null, set).visible)).toEqual([
      'almaty-shutdown-2022',
    ]);
  });

  it('limits the facet counts to the set and the extent to its dates', () => {
    const v = computeView(ix, EMPTY_FILTERS, null, ['zhanaozen-protest-2022', 'mangystau-summons-2026']);
    expect(v.filteredCount).toBe(2);
    expect(v.counts.years.get(2022)).toBe(1);
    expect(v.counts.years.get(2025) ?? 0).toBe(0);
    expect(v.counts.contested).toBe(1);
    expect(v.extent).toEqual({ start: Date.UTC(2022, 0, 2), end: Date.UTC(2026, 1, 1) });
  });

  it('skips ids the dataset does not hold', () => {
    expect(idsOf(computeView(ix, EMPTY_FILTERS, null, ['ghost', 'unknown-place-2025']).visible)).toEqual([
      'unknown-place-2025',
    ]);
  });
});

describe('the set in the store', () => {
  it('limits the views only while it is shown, and keeps it when it stops', () => {
    const store = createAppStore();
    store.getState().setData(ix);
    const s = () => store.getState();
    s().toggleInSet('almaty-shutdown-2022');
    s().toggleInSet('unknown-place-2025');
    expect(selectView(s())!.visible).toHaveLength(4);
    s().setTimeWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) });
    s().showSet(true);
    // Shown alone, the timeline fits the set (no window) and the map follows it.
    expect(s().timeWindow).toBeNull();
    expect(followsView(s().mapView)).toBe(true);
    expect(s().mapView).toBe(DEFAULT_MAP_VIEW);
    expect(idsOf(selectView(s())!.visible)).toEqual(['almaty-shutdown-2022', 'unknown-place-2025']);
    s().showSet(false);
    expect(selectView(s())!.visible).toHaveLength(4);
    expect(s().incidentSet.ids).toEqual(['almaty-shutdown-2022', 'unknown-place-2025']);
  });

  it('takes an incident out when ticked again, and an emptied set shows everything', () => {
    const store = createAppStore();
    store.getState().setData(ix);
    const s = () => store.getState();
    s().toggleInSet('almaty-shutdown-2022');
    s().showSet(true);
    s().toggleInSet('almaty-shutdown-2022');
    expect(s().incidentSet).toEqual({ ids: [], name: '', shown: false });
    expect(selectView(s())!.visible).toHaveLength(4);
  });

  it('holds at most 100 incidents', () => {
    const store = createAppStore();
    const s = () => store.getState();
    for (let k = 0; k < MAX_SET + 5; k++) s().toggleInSet(`incident-${k}`);
    expect(s().incidentSet.ids).toHaveLength(100);
    expect(s().incidentSet.ids.at(-1)).toBe('incident-99');
  });
});

describe('the set in a link', () => {
  const ids = ['almaty-shutdown-2022', 'unknown-place-2025', 'zhanaozen-protest-2022'];

  it('reads back exactly as it is written', () => {
    const state = { ...DEFAULT_URL_STATE, set: { ids, name: 'Январь 2022 & co', shown: true } };
    const fragment = serializeFragment(state);
    expect(fragment).toBe(
      'set=almaty-shutdown-2022,unknown-place-2025,zhanaozen-protest-2022&setname=%D0%AF%D0%BD%D0%B2%D0%B0%D1%80%D1%8C%202022%20%26%20co',
    );
    expect(parseFragment(fragment)).toEqual({ state, ignored: [] });
    const chosen = { ...DEFAULT_URL_STATE, set: { ids, name: '', shown: false } };
    expect(serializeFragment(chosen)).toBe(`set=${ids.join(',')}&setonly=0`);
    expect(parseFragment(serializeFragment(chosen)).state).toEqual(chosen);
  });

  it('caps the ids at 100 (not the 50 of other lists) and reports the rest', () => {
    const many = Array.from({ length: 120 }, (_, k) => `incident-${k}`);
    const { state, ignored } = parseFragment(`set=${many.join(',')}`);
    expect(state.set.ids).toEqual(many.slice(0, 100));
    expect(ignored).toEqual(['set: only the first 100 values are used']);
  });

  it('reports malformed ids and uses the rest', () => {
    const { state, ignored } = parseFragment('set=ok-1,Bad_Id,,ok-1,x--y,ok-2');
    expect(state.set.ids).toEqual(['ok-1', 'ok-2']);
    expect(ignored).toEqual(['set: "Bad_Id" is not a valid id', 'set: "x--y" is not a valid id']);
  });

  it('cleans the name like a search and cuts it to 80 characters', () => {
    const { state, ignored } = parseFragment(`set=a&setname=${encodeURIComponent('x\u0007y' + 'z'.repeat(100))}`);
    expect(state.set.name).toBe('x y' + 'z'.repeat(77));
    expect(ignored).toEqual(['setname: the text was cut to 80 characters']);
  });

  it('reports a name or setonly without a set, and a setonly that is not 0 or 1', () => {
    expect(parseFragment('setname=x&setonly=0').ignored).toEqual([
      'setname: only used together with set',
      'setonly: only used together with set',
    ]);
    expect(parseFragment('set=a&setonly=yes').ignored).toEqual(['setonly: "yes" is not 1 or 0']);
  });

  it('a set link holds the set alone, made by the one link builder', () => {
    const store = createAppStore();
    store.getState().setData(ix);
    const s = () => store.getState();
    s().setFilters({ categories: ['protest'] });
    s().toggleInSet('unknown-place-2025');
    s().toggleInSet('almaty-shutdown-2022');
    s().setSetName('Two');
    expect(viewLink(s(), 'https://example.org/x/#old', setLinkPatch(s()))).toBe(
      'https://example.org/x/#set=unknown-place-2025,almaty-shutdown-2022&setname=Two&data=1.0.0',
    );
  });
});

describe('a set link opened against the dataset', () => {
  it('resolves retired ids, leaves out unknown ones and reports both', () => {
    const data = withRedirects();
    expect(resolveSet(data, ['2026-01-01-old-summons', 'ghost-id', 'almaty-shutdown-2022'])).toEqual({
      ids: ['mangystau-summons-2026', 'almaty-shutdown-2022'],
      total: 3,
      redirected: [{ from: '2026-01-01-old-summons', to: 'mangystau-summons-2026' }],
      unknown: ['ghost-id'],
    });
    // A retired id and the id it became are one incident.
    expect(resolveSet(data, ['2026-01-01-old-summons', 'mangystau-summons-2026']).ids).toEqual([
      'mangystau-summons-2026',
    ]);
  });

  it('shows only the resolved set, with the window left to fit it unless the link holds one', () => {
    const data = withRedirects();
    const { view, set } = viewFromLink(data, '#set=2026-01-01-old-summons,ghost-id&setname=Mine');
    expect(view.incidentSet).toEqual({ ids: ['mangystau-summons-2026'], name: 'Mine', shown: true });
    expect(view.timeWindow).toBeNull();
    expect(view.mapView).toBe(DEFAULT_MAP_VIEW);
    expect(set?.unknown).toEqual(['ghost-id']);
    const pinned = viewFromLink(data, '#set=almaty-shutdown-2022&from=2020-01-01&to=2020-12-31&map=5/45/70').view;
    expect(pinned.timeWindow).toEqual({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) });
    expect(pinned.mapView).toEqual({ zoom: 5, center: [70, 45] });
  });

  it('with no id left, limits nothing', () => {
    const { view } = viewFromLink(ix, '#set=ghost-a,ghost-b');
    expect(view.incidentSet).toEqual({ ids: [], name: '', shown: false });
  });
});
