import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw, fixtureStory } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { EMPTY_FILTERS } from './slices/filters';
import { DEFAULT_MAP_VIEW } from './slices/map-view';
import { PARAM_KEYS } from './url-state';
import { viewFromLink } from './view-from-link';

const raw = fixtureRaw();
raw.narratives = { narratives: [fixtureStory()] };
(raw.incidents as { redirects?: unknown[] }).redirects = [
  { from: '2022-01-01-zhanaozen-protest', to: 'zhanaozen-protest-2022', note: { en: 'Renamed: no day.' } },
];
const data = buildIndex(validateDataset(raw).dataset);
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('viewFromLink', () => {
  it('opens the record a retired id became, and remembers the id the link named', () => {
    const { view, ignored } = viewFromLink(data, '#id=2022-01-01-zhanaozen-protest');
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({
      selectedId: 'zhanaozen-protest-2022',
      redirectedFrom: '2022-01-01-zhanaozen-protest',
    });
    expect(viewFromLink(data, '#id=zhanaozen-protest-2022').view.redirectedFrom).toBeNull();
    expect(viewFromLink(data, '').view.redirectedFrom).toBeNull();
  });

  it('frames a linked incident unless the link pins the window or the map', () => {
    const framed = viewFromLink(data, 'id=zhanaozen-protest-2022').view;
    expect(framed.timeWindow!.start).toBeLessThan(day(2022, 1, 2));
    expect(framed.timeWindow!.end).toBeGreaterThan(day(2022, 1, 3));
    expect(framed.mapView).toEqual({ center: [52.8, 43.34], zoom: 8 });
    const pinned = viewFromLink(data, 'id=zhanaozen-protest-2022&from=2021-01-01&to=2022-12-31&map=4/48/67').view;
    expect(pinned.timeWindow).toEqual({ start: day(2021, 1, 1), end: day(2023, 1, 1) });
    expect(pinned.mapView).toEqual({ center: [67, 48], zoom: 4 });
  });

  it('reads an empty link as the fresh view', () => {
    const { view, ignored } = viewFromLink(data, '');
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({
      filters: EMPTY_FILTERS,
      timeWindow: null,
      mapView: DEFAULT_MAP_VIEW,
      selectedId: null,
      story: null,
      storySaved: null,
      actorPage: null,
      lang: 'en',
      embed: false,
    });
  });

  it('returns every part of a full link', () => {
    const { view, ignored } = viewFromLink(
      data,
      '#id=almaty-shutdown-2022&years=2022&actors=atajurt&categories=protest&places=almaty&q=gas&contested=1' +
        '&from=2022-01-01&to=2022-01-31&map=6/43.2/76.9&group=region&sort=title-desc&lang=kk&actor=tokayev',
    );
    expect(ignored).toEqual([]);
    expect(view.selectedId).toBe('almaty-shutdown-2022');
    expect(view.filters).toEqual({
      years: [2022],
      actors: ['atajurt'],
      categories: ['protest'],
      places: ['almaty'],
      text: 'gas',
      contestedOnly: true,
      area: null,
    });
    expect(view.timeWindow).toEqual({ start: day(2022, 1, 1), end: day(2022, 2, 1) });
    expect(view.mapView).toEqual({ zoom: 6, center: [76.9, 43.2] });
    expect(view).toMatchObject({ groupBy: 'region', sort: { key: 'title', dir: 'desc' }, lang: 'kk' });
    expect(view.actorPage).toBe('tokayev');
    expect(view.mapViewOrigin).toBe('app');
  });

  it('drops ids the dataset does not know and says which', () => {
    const { view, ignored } = viewFromLink(
      data,
      '#id=no-such-incident&actors=atajurt,nobody&places=atlantis&actor=ghost&story=no-such-story',
    );
    expect(view.selectedId).toBeNull();
    expect(view.filters.actors).toEqual(['atajurt']);
    expect(view.filters.places).toEqual([]);
    expect(view.actorPage).toBeNull();
    expect(view.story).toBeNull();
    expect(ignored).toEqual([
      'actors: no actor "nobody" in this dataset',
      'places: no place "atlantis" in this dataset',
      'id: no incident "no-such-incident" in this dataset',
      'actor: no person or organisation "ghost" in this dataset',
      'story: no story "no-such-story" in this dataset',
    ]);
  });

  it('moves the window to an open incident that lies outside it, keeping its span', () => {
    const { view } = viewFromLink(data, '#id=zhanaozen-protest-2022&from=2025-01-01&to=2025-01-31');
    expect(view.timeWindow!.end - view.timeWindow!.start).toBe(day(2025, 2, 1) - day(2025, 1, 1));
    expect(view.timeWindow!.start).toBeLessThan(day(2022, 1, 2));
    expect(view.timeWindow!.end).toBeGreaterThan(day(2022, 1, 3));
  });

  it('opens a story step on a fresh view, which leaving the story returns to', () => {
    const { view, ignored } = viewFromLink(data, '#story=uprising&step=2&years=2025');
    expect(ignored).toEqual([]);
    expect(view.story).toEqual({ id: 'uprising', step: 1 });
    expect(view.selectedId).toBe('almaty-shutdown-2022');
    expect(view.filters).toEqual(EMPTY_FILTERS);
    expect(view.timeWindow).toEqual({ start: day(2022, 1, 1), end: day(2022, 2, 1) });
    expect(view.mapView).toEqual({ center: [76.9, 43.2], zoom: 9 });
    expect(view.storySaved).toEqual({
      filters: EMPTY_FILTERS,
      timeWindow: null,
      mapView: DEFAULT_MAP_VIEW,
      selectedId: null,
      groupBy: 'none',
    });
  });

  it('shows the last step of a story when the link asks for one past its end, and lets the link pin the map', () => {
    const { view, ignored } = viewFromLink(data, '#story=uprising&step=9&map=4/45/70');
    expect(view.story).toEqual({ id: 'uprising', step: 1 });
    expect(view.mapView).toEqual({ zoom: 4, center: [70, 45] });
    expect(ignored).toEqual(['step: story "uprising" has 2 steps; showing the last']);
  });

  it('never throws on hostile links and only ever returns ids the dataset has', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        '<script>alert(1)</script>',
        '%',
        '%ZZ',
        '%E0%A4%A',
        '\u202E',
        '\u0000',
        'Қазақстан',
        '😀',
        '2026-2022',
        '9999-12-31',
        '99/1/1',
        'almaty-shutdown-2022',
        'atajurt',
        'uprising',
      ),
      fc.string({ maxLength: 30 }),
    );
    const pair = fc.tuple(fc.oneof(fc.constantFrom(...PARAM_KEYS, '__proto__', 'ID'), fc.string()), piece);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const fragment = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const { view } = viewFromLink(data, fragment);
        expect(view.selectedId === null || data.idToIndex.has(view.selectedId)).toBe(true);
        expect(view.filters.actors.every((id) => data.actorIndex.has(id))).toBe(true);
        expect(view.filters.places.every((id) => data.placeIndex.has(id))).toBe(true);
        expect(view.actorPage === null || data.actorIndex.has(view.actorPage)).toBe(true);
        expect(view.story === null || data.narrativeById.has(view.story.id)).toBe(true);
        expect(Object.getPrototypeOf(view.filters)).toBe(Object.prototype);
        if (view.timeWindow) expect(view.timeWindow.end).toBeGreaterThan(view.timeWindow.start);
      }),
      { numRuns: 500 },
    );
  });
});
