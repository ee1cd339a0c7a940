import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import { DEFAULT_URL_STATE, PARAM_KEYS, parseFragment, serializeFragment, type UrlState } from './url-state';
import { viewLink } from './link-state';

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });

describe('parseFragment', () => {
  it('reads an empty fragment as the default view', () => {
    expect(parseFragment('')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
    expect(parseFragment('#')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });

  it('reads every parameter', () => {
    const { state: s, ignored } = parseFragment(
      '#id=2026-01-x&years=2022,2025-2026&actors=atajurt,police&categories=summons,protest&places=almaty&q=Trump%20pay&contested=1&from=2022-01-01&to=2022-02-28&map=4.5/48.1/67.5&group=category&bars=precision&sort=title-desc&lang=ru',
    );
    expect(ignored).toEqual([]);
    expect(s.id).toBe('2026-01-x');
    expect(s.filters).toEqual({
      years: [2022, 2025, 2026],
      actors: ['atajurt', 'police'],
      categories: ['summons', 'protest'],
      places: ['almaty'],
      text: 'Trump pay',
      contestedOnly: true,
      area: null,
    });
    expect(s.timeWindow).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 2, 1) });
    expect(s.mapView).toEqual({ zoom: 4.5, center: [67.5, 48.1] });
    expect(s.groupBy).toBe('category');
    expect(s.bars).toBe('precision');
    expect(s.sort).toEqual({ key: 'title', dir: 'desc' });
    expect(s.lang).toBe('ru');
  });

  it.each([
    ['#years=2026-2022', /reversed/],
    ['#years=1900', /outside/],
    ['#years=abc', /not a year/],
    ['#from=2022-05-01&to=2022-01-01', /ends before/],
    ['#from=2022-13-01&to=2023-01-01', /not dates/],
    ['#from=2022-01-01', /both ends/],
    ['#id=<script>', /not a valid incident id/],
    ['#categories=arson', /not a category/],
    ['#map=99/0/0', /zoom\/latitude\/longitude/],
    ['#group=everything', /not one of/],
    ['#bars=certainty', /bars: "certainty" is not one of category, precision/],
    ['#sort=date-sideways', /not one of/],
    ['#lang=fr', /not one of/],
    ['#__proto__=1', /unknown parameter/],
    ['#id=a&id=b', /more than once/],
    ['#q=%E0%A4%A', /not properly encoded/],
    ['#v=9', /version/],
    ['#data=latest', /data: "latest" is not a dataset version/],
    ['#data=1.3', /data: "1.3" is not a dataset version/],
  ])('reports what it ignores in %s', (fragment, reason) => {
    const { ignored } = parseFragment(fragment);
    expect(ignored.join('\n')).toMatch(reason);
  });

  it('reads and writes the dataset version a link was made with, last', () => {
    const { state: s, ignored } = parseFragment('#data=1.3.2&years=2022');
    expect(ignored).toEqual([]);
    expect(s.dataVersion).toBe('1.3.2');
    expect(serializeFragment(s)).toBe('years=2022&data=1.3.2');
  });

  it('keeps the valid parts of a partly broken link', () => {
    const { state: s, ignored } = parseFragment('#years=2022,nope&categories=protest,arson&id=ok-id&zzz=1');
    expect(s.filters.years).toEqual([2022]);
    expect(s.filters.categories).toEqual(['protest']);
    expect(s.id).toBe('ok-id');
    expect(ignored).toHaveLength(3);
  });

  it('does not pollute prototypes', () => {
    parseFragment('#__proto__[x]=1&constructor=1&toString=2');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('caps huge input', () => {
    const { state: s, ignored } = parseFragment(
      `#q=${'a'.repeat(5000)}&actors=${Array.from({ length: 80 }, (_, i) => `a${i}`).join(',')}`,
    );
    expect(s.filters.text).toHaveLength(200);
    expect(s.filters.actors).toHaveLength(50);
    expect(ignored.length).toBeGreaterThanOrEqual(2);
  });
});

describe('serializeFragment', () => {
  it('writes nothing for the default view', () => {
    expect(serializeFragment(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes years as compact ranges and keeps the link readable', () => {
    const s = state({
      id: 'abc',
      filters: { ...DEFAULT_URL_STATE.filters, years: [2020, 2021, 2022, 2025], actors: ['a', 'b'] },
    });
    expect(serializeFragment(s)).toBe('id=abc&years=2020-2022,2025&actors=a,b');
  });

  it('round-trips a full view', () => {
    const fragment =
      'id=x-1&years=2022&actors=atajurt&categories=summons&places=almaty&q=p%C3%BCt%20%26%20%3D&contested=1&from=2022-01-01&to=2022-02-28&map=4.5/48.1/67.5&group=region&bars=precision&sort=place-desc&lang=kk';
    const parsed = parseFragment(fragment);
    expect(parsed.ignored).toEqual([]);
    expect(serializeFragment(parsed.state)).toBe(fragment);
  });

  it('is stable: serialise(parse(x)) parses back to the same state', () => {
    for (const x of [
      '#years=2026-2022,x&q=a&b',
      '#from=2022&to=2022',
      '#map=3/-10/20&sort=title',
      '#id=a&id=b&lang=en',
    ]) {
      const once = serializeFragment(parseFragment(x).state);
      const twice = serializeFragment(parseFragment(once).state);
      expect(twice).toBe(once);
      expect(parseFragment(once).ignored).toEqual([]);
    }
  });
});

describe('the list order in links', () => {
  it('reads no sort as relevance, which a link then leaves out', () => {
    expect(parseFragment('#q=Almaty').state.sort).toEqual({ key: 'relevance', dir: 'asc' });
    expect(serializeFragment(state({ sort: { key: 'relevance', dir: 'asc' } }))).toBe('');
  });

  it('reads and writes relevance like the other orders', () => {
    const parsed = parseFragment('#q=Almaty&sort=relevance-desc');
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state.sort).toEqual({ key: 'relevance', dir: 'desc' });
    expect(serializeFragment(parsed.state)).toBe('q=Almaty&sort=relevance-desc');
    expect(parseFragment('#sort=relevance').state.sort).toEqual({ key: 'relevance', dir: 'asc' });
  });

  it('keeps old links to the date order valid, and writes that order now that it is not the default', () => {
    expect(parseFragment('#sort=date-desc')).toEqual({
      state: { ...DEFAULT_URL_STATE, sort: { key: 'date', dir: 'desc' } },
      ignored: [],
    });
    const dateAsc = parseFragment('#sort=date-asc');
    expect(dateAsc.ignored).toEqual([]);
    expect(dateAsc.state.sort).toEqual({ key: 'date', dir: 'asc' });
    expect(serializeFragment(dateAsc.state)).toBe('sort=date-asc');
  });

  it('names relevance among the orders when it ignores a sort', () => {
    expect(parseFragment('#sort=best').ignored).toEqual([
      'sort: "best" is not one of relevance, date, title, place, category (with -asc or -desc)',
    ]);
  });
});

describe('the link format documented in the README', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const section = readme.split('## Link format')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const keys = rows.flatMap((cells) => [...(cells[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  const examples = rows.map((cells) => (cells[2] ?? '').replace(/`/g, ''));

  it('names exactly the parameters the parser knows', () => {
    expect([...keys].sort()).toEqual([...PARAM_KEYS].sort());
  });

  it('gives examples that are all valid links, together in one fragment', () => {
    const { ignored, state: s } = parseFragment(`#${examples.join('&')}`);
    expect(ignored).toEqual([]);
    expect(s.story).toEqual({ id: 'january-2022-uprising', step: 3 });
    expect(s.lang).toBe('kk');
  });
});

describe('viewLink', () => {
  it('builds the link from the store, not from the address bar it replaces', () => {
    const store = createAppStore();
    expect(viewLink(store.getState(), 'https://example.org/explorer/?x=1#id=stale')).toBe(
      'https://example.org/explorer/?x=1',
    );
    store.getState().setFilters({ text: 'Trump' });
    expect(viewLink(store.getState(), 'https://example.org/explorer/#id=stale')).toBe(
      'https://example.org/explorer/#q=Trump',
    );
  });
});
