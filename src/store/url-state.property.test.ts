/**
 * Properties of the fragment contract over arbitrary and hostile input. A link
 * is untrusted text from anywhere: whatever it holds, reading it must give a
 * usable view, and writing that view back must give a link that reads cleanly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../data/vocabulary';
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR } from '../lib/edtf';
import { DEFAULT_URL_STATE, parseFragment, serializeFragment, type UrlState } from './url-state';
import { encodeLoosely, fragmentArbitrary, HOSTILE_KEYS, hostileValue, longSlugs } from './hostile-fragments.fixture';
import { UI_LANGS } from '../lib/langs';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// \p{Cc} covers C0, DEL and C1 (U+0080–U+009F, e.g. NEL, which breaks lines).
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const anyFragment = fragmentArbitrary();

function expectValidState(s: UrlState) {
  const { filters, timeWindow, mapView } = s;
  expect(filters.years).toEqual([...new Set(filters.years)].sort((a, b) => a - b));
  for (const y of filters.years) {
    expect(Number.isInteger(y)).toBe(true);
    expect(y).toBeGreaterThanOrEqual(DATASET_FIRST_YEAR);
    expect(y).toBeLessThanOrEqual(DATASET_LAST_YEAR);
  }
  for (const list of [filters.actors, filters.places, filters.categories]) {
    expect(new Set(list).size).toBe(list.length);
    expect(list.length).toBeLessThanOrEqual(50);
    for (const id of list) {
      expect(id).toMatch(SLUG);
      expect(id.length).toBeLessThanOrEqual(120);
    }
  }
  for (const c of filters.categories) expect(CATEGORY_IDS).toContain(c);
  if (s.id !== null) {
    expect(s.id).toMatch(SLUG);
    expect(s.id.length).toBeLessThanOrEqual(120);
  }
  expect(filters.text.length).toBeLessThanOrEqual(200);
  expect(filters.text).not.toMatch(CONTROL);
  // A half surrogate pair cannot be percent-encoded, so the view could not be written back to a link.
  expect(filters.text).not.toMatch(LONE_SURROGATE);
  expect(typeof filters.contestedOnly).toBe('boolean');
  if (filters.area) {
    const [west, south, east, north] = filters.area;
    expect(west).toBeGreaterThanOrEqual(-180);
    expect(east).toBeLessThanOrEqual(180);
    expect(south).toBeGreaterThanOrEqual(-85);
    expect(north).toBeLessThanOrEqual(85);
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
  }
  if (timeWindow) {
    expect(Number.isFinite(timeWindow.start)).toBe(true);
    expect(Number.isFinite(timeWindow.end)).toBe(true);
    expect(timeWindow.start).toBeLessThan(timeWindow.end);
  }
  if (mapView) {
    const [lon, lat] = mapView.center;
    expect(mapView.zoom).toBeGreaterThanOrEqual(0);
    expect(mapView.zoom).toBeLessThanOrEqual(22);
    expect(lat).toBeGreaterThanOrEqual(-85);
    expect(lat).toBeLessThanOrEqual(85);
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
  }
  expect(['none', 'category', 'region']).toContain(s.groupBy);
  expect(['category', 'precision']).toContain(s.bars);
  expect(['relevance', 'date', 'title', 'place', 'category']).toContain(s.sort.key);
  expect(['asc', 'desc']).toContain(s.sort.dir);
  if (s.lang !== null) expect(UI_LANGS).toContain(s.lang);
  if (s.story !== null) {
    expect(s.story.id).toMatch(SLUG);
    expect(Number.isInteger(s.story.step)).toBe(true);
    expect(s.story.step).toBeGreaterThanOrEqual(1);
  }
  if (s.actor !== null) expect(s.actor).toMatch(SLUG);
  expect(typeof s.embed).toBe('boolean');
  // A set has its own cap (100), longer than the other lists.
  expect(new Set(s.set.ids).size).toBe(s.set.ids.length);
  expect(s.set.ids.length).toBeLessThanOrEqual(100);
  for (const id of s.set.ids) {
    expect(id).toMatch(SLUG);
    expect(id.length).toBeLessThanOrEqual(120);
  }
  expect(s.set.name.length).toBeLessThanOrEqual(80);
  expect(s.set.name).not.toMatch(CONTROL);
  expect(s.set.name).not.toMatch(LONE_SURROGATE);
  if (s.set.ids.length === 0) expect(s.set).toEqual({ ids: [], name: '', shown: false });
}

/** Longest link the reader takes whole (MAX_FRAGMENT in url-state.ts). */
const READ_CAP = 8_000;

function expectStable(fragment: string) {
  const once = serializeFragment(parseFragment(fragment).state);
  const reread = parseFragment(once);
  // Writing re-encodes (a raw "[" in the link becomes "%5B"), so a view read from a link near the cap can be
  // written longer than the reader takes. Its tail is then lost, but never silently.
  if (once.length > READ_CAP) {
    expect(reread.ignored[0]).toMatch(/longer than/);
    return;
  }
  expect(reread.ignored).toEqual([]);
  expect(serializeFragment(reread.state)).toBe(once);
}

describe('parseFragment over hostile input', () => {
  it('never throws, always yields a valid state, and writes back a stable link', () => {
    fc.assert(
      fc.property(anyFragment, (fragment) => {
        const { state, ignored } = parseFragment(fragment);
        expect(Array.isArray(ignored)).toBe(true);
        expectValidState(state);
        expectStable(fragment);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports every unknown or repeated key and never touches prototypes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HOSTILE_KEYS.filter((k) => k !== '%69d' && k !== '')),
        hostileValue,
        (key, value) => {
          const { state, ignored } = parseFragment(`id=a&id=b&${encodeLoosely(key)}=${encodeLoosely(value)}`);
          expect(state.id).toBe('a');
          expect(ignored.some((r) => r.includes('more than once'))).toBe(true);
          // A value that does not decode is reported as such before its key is looked at.
          expect(ignored.some((r) => r.startsWith('unknown parameter') || r.includes('not properly encoded'))).toBe(
            true,
          );
          expect(({} as Record<string, unknown>)['x']).toBeUndefined();
          expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the text readable in notices: reasons carry no control or direction characters', () => {
    fc.assert(
      fc.property(anyFragment, (fragment) => {
        for (const reason of parseFragment(fragment).ignored) {
          expect(reason).not.toMatch(CONTROL);
          expect(reason).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
          // Each reason quotes at most a short preview of the hostile value.
          expect(reason.length).toBeLessThan(300);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports, when read again, a view that was written longer than the reader takes', () => {
    const near = `actors=${longSlugs('a', 50)}&places=${longSlugs('p', 12)}&q=${'['.repeat(200)}&lang=kk`;
    expect(near.length).toBeLessThan(READ_CAP);
    const first = parseFragment(near);
    expect(first.ignored).toEqual([]);
    expect(serializeFragment(first.state).length).toBeGreaterThan(READ_CAP);
    expectStable(near);
  });

  it('keeps control characters (C0, DEL and C1) out of the search text', () => {
    const char = fc.oneof(
      fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('é', '😀', '\u202E'),
    );
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 30 }), fc.boolean(), (chars, encoded) => {
        const text = chars.join('');
        const { state } = parseFragment(`q=${encoded ? encodeURIComponent(text) : text}`);
        expect(state.filters.text).not.toMatch(CONTROL);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts the search text at 200 characters without splitting a character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 220 }), fc.constantFrom('😀', '👩🏽‍⚖️', '𝔸'), (pad, c) => {
        const fragment = `q=${encodeURIComponent('a'.repeat(pad) + c.repeat(4))}`;
        const { state } = parseFragment(fragment);
        expectValidState(state);
        expectStable(fragment);
      }),
      { numRuns: 300 },
    );
  });
});

describe('share links', () => {
  const slugOf = (min: number, max: number) =>
    fc
      .array(fc.stringMatching(/^[a-z0-9]{2,10}$/), { minLength: 1, maxLength: 12 })
      .map((words) => words.join('-'))
      .filter((s) => s.length >= min && s.length <= max);
  // BMP characters encode to at most 9 characters (3 UTF-8 bytes); emoji take 2 code units for 12.
  const queryChar = fc.constantFrom('a', ' ', 'é', 'Қ', 'ж', '新', '"', '😀');

  it('a realistic view fits in a link of fewer than 2,000 characters', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: slugOf(60, 80),
          years: fc.uniqueArray(fc.integer({ min: DATASET_FIRST_YEAR, max: DATASET_LAST_YEAR }), {
            minLength: 3,
            maxLength: 3,
          }),
          actors: fc.uniqueArray(slugOf(10, 36), { minLength: 5, maxLength: 5 }),
          categories: fc.uniqueArray(fc.constantFrom(...CATEGORY_IDS), { minLength: 3, maxLength: 3 }),
          places: fc.uniqueArray(slugOf(5, 22), { minLength: 3, maxLength: 3 }),
          q: fc.array(queryChar, { minLength: 60, maxLength: 60 }).map((cs) => {
            let q = '';
            for (const c of cs) if (q.length + c.length <= 60) q += c;
            return q;
          }),
          start: fc.integer({ min: Date.UTC(1986, 0, 1), max: Date.UTC(2025, 0, 1) }),
          days: fc.integer({ min: 1, max: 730 }),
          zoom: fc.double({ min: 0, max: 22, noNaN: true }),
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          // A map area as the app keeps it: three decimals, west of east and south of north.
          area: fc
            .tuple(
              fc.integer({ min: -180_000, max: 179_999 }),
              fc.integer({ min: 1, max: 40_000 }),
              fc.integer({ min: -85_000, max: 84_999 }),
              fc.integer({ min: 1, max: 20_000 }),
            )
            .map(
              ([w, dw, s, ds]) =>
                [w / 1000, s / 1000, Math.min(180_000, w + dw) / 1000, Math.min(85_000, s + ds) / 1000] as const,
            ),
        }),
        (v) => {
          const state: UrlState = {
            ...DEFAULT_URL_STATE,
            id: v.id,
            filters: {
              years: [...v.years].sort((a, b) => a - b),
              actors: v.actors,
              categories: v.categories,
              places: v.places,
              text: v.q,
              contestedOnly: true,
              area: [...v.area],
            },
            timeWindow: { start: v.start, end: v.start + v.days * 86_400_000 },
            // With a map area on, the link holds the area instead of the map view (the longer of the two).
            mapView: null,
            groupBy: 'category',
            sort: { key: 'category', dir: 'desc' },
            lang: 'kk',
          };
          const link = `https://example.org/kz-incident-explorer/#${serializeFragment(state)}`;
          expect(link.length).toBeLessThan(2_000);
          const back = parseFragment(link.slice(link.indexOf('#')));
          expect(back.ignored).toEqual([]);
          expect(back.state.id).toBe(v.id);
          expect(back.state.filters.text).toBe(v.q);
          expect(back.state.filters.actors).toEqual(v.actors);
          expect(back.state.filters.area).toEqual([...v.area]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
