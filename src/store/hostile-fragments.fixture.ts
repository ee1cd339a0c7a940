/**
 * Hostile and plausible link fragments for property tests: every key of the
 * fragment contract with valid, just-invalid and malicious values, unknown and
 * prototype-polluting keys, bad encodings, odd separators and huge values.
 * Tests that know a dataset add its real ids to the plausible values.
 */
import fc from 'fast-check';
import { CATEGORY_IDS } from '../data/vocabulary';
import { PARAM_KEYS } from './url-state';

export const KNOWN_KEYS = [...PARAM_KEYS];
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__proto__[x]',
  'constructor.prototype.x',
  'ID',
  'id ',
  ' id',
  '%69d', // "id", percent-encoded: must count as the same key
  'q%00',
  '',
];

export const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  '\u2066\u2067\u2068\u2069',
  '\u200E\u200F',
  '\u0000',
  '%00',
  '\u0085',
  '\u009B',
  '\u007F',
  '\r\n',
  '\t',
  '%',
  '%2',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80', // an encoded lone surrogate: not valid UTF-8
  '%C0%AF', // overlong encoding
  '%25',
  '%2C',
  '%26',
  '%3D',
  '%23',
  '%2B',
  '+',
  '%F0%9F%98%80',
  '%E2%80%AE',
  '\uD800',
  '\uDFFF',
  '\uD83D',
  '😀',
  '👩🏽‍⚖️',
  'Қазақстан',
  'Алматы',
  '新疆',
  'ع',
  ',',
  '/',
  '-',
  '=',
  '&',
  '#',
  '?',
  '{{count}}',
  '$t(app.title)',
];

/** Valid ids of the longest allowed length: lists of them come close to the link length cap. */
export function longSlugs(prefix: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}-`.padEnd(120, 'x')).join(',');
}

/** Values a key might plausibly carry, valid and just-invalid. A Map, since keys include "__proto__". */
export const PLAUSIBLE = new Map<string, string[]>(
  Object.entries({
    id: ['2026-01-x', 'a', 'x-', '-x', 'a--b', 'A', 'a_b', 'a'.repeat(120), 'a'.repeat(121)],
    years: [
      '2022',
      '2026-2022',
      '1900',
      '1900-3000',
      '0000-9999',
      '9999-0000',
      '1985-1986',
      '2026-2027',
      '2022,2022',
      '1986-2026,2020',
    ],
    actors: [
      'atajurt,police',
      'a,,b',
      'a,a,a',
      Array.from({ length: 80 }, (_, i) => `a${i}`).join(','),
      longSlugs('a', 50),
    ],
    categories: ['summons,protest', 'arson', 'protest,protest', CATEGORY_IDS.join(',')],
    places: ['almaty', 'almaty,astana', 'Almaty', longSlugs('p', 12)],
    q: ['Trump pay', ' ', '   ', 'a'.repeat(199) + '😀', 'x'.repeat(300)],
    contested: ['0', '1', '2', 'true', ''],
    set: [
      '2022-01-zhanaozen-protests-over-gas-prices-begin,almaty',
      'a,,b',
      'a,a,a',
      'Bad_Id,ok',
      Array.from({ length: 130 }, (_, i) => `s${i}`).join(','),
      longSlugs('s', 60),
    ],
    setname: ['Zhanaozen', ' ', 'Қаңтар 2022', 'a'.repeat(79) + '😀', 'x'.repeat(300), 'a\u0000b'],
    setonly: ['0', '1', '2', 'no', ''],
    from: [
      '2022-01-01',
      '1986-12-17',
      '2026-12-31',
      '2022',
      '2022-05',
      '2025-02-30',
      '1850',
      '1980-12-31',
      '1981-01-01',
      '2030-12-31',
      '2031-01-01',
      '2022-01-01/2022-02-01',
    ],
    to: [
      '2022-01-01',
      '2022-02-28',
      '2026-12-31',
      '2026',
      '2022',
      '2022-05',
      '2021-12-31',
      '2030-12-31',
      '2031',
      '9999-12-31',
      '0000-01-01',
    ],
    map: [
      '4.5/48.1/67.5',
      '-1/0/0',
      '23/0/0',
      '22/85/180',
      '0/-85/-180',
      '0/90/0',
      '1e3/1/1',
      '-0/-0/-0',
      '3.999999/84.99999/179.99999',
      '1/2',
      '1/2/3/4',
    ],
    area: [
      '76.5,43,77.2,43.5',
      '76.8,43.1,77.05,43.35',
      '-180,-85,180,85',
      '77.2,43,76.5,43.5',
      '76.5,43.5,77.2,43',
      '76.5,43,76.5,43.5',
      '76.5,43,77.2',
      '76.5,43,77.2,43.5,1',
      '76.5,90,77.2,91',
      '181,0,182,1',
      '1e2,1,2,3',
      '76.12345,43.00049,77.2,43.5',
      '-0,-0,0.0001,0.0006',
      ',,,',
      'NaN,0,1,1',
    ],
    group: ['none', 'category', 'region', 'everything', 'Category'],
    sort: [
      'date',
      'date-asc',
      'date-desc',
      'title-desc',
      'relevance',
      'relevance-desc',
      'place-desc-x',
      'date-sideways',
      '-',
      'constructor',
    ],
    lang: ['en', 'ru', 'kk', 'fr', 'EN', '__proto__'],
    story: ['january-2026', 'x', 'A', 'a'.repeat(121)],
    step: ['1', '2', '0', '-1', '01', '99999', '1.5'],
    actor: ['serikzhan-bilash', 'nobody', 'Bilash', '../x'],
    embed: ['0', '1', 'yes'],
    v: ['1', '2', '01', ''],
  }),
);

/** Encodes what encodeURIComponent can and keeps the rest raw (lone surrogates make it throw). */
export function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

export const hostileValue = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 3 },
  {
    arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
    weight: 4,
  },
  {
    // Huge: past the 200-character search cap and, rarely, past the 8,000-character link cap.
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'é', '😀', '%', ',', 'x-', '\u202E'), fc.integer({ min: 150, max: 12_000 }))
      .map(([c, n]) => c.repeat(n)),
    weight: 1,
  },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
);

/**
 * Fragments over these plausible values per key (PLAUSIBLE unless given):
 * valid, loose, per-key and sheer noise, weighted toward links a reader
 * might really hold.
 */
export function fragmentArbitrary(plausibleValues: ReadonlyMap<string, string[]> = PLAUSIBLE): fc.Arbitrary<string> {
  const plausibleFor = (key: string) => plausibleValues.get(key) ?? [''];
  const valueFor = (key: string) => {
    const plausible = plausibleFor(key);
    return fc.oneof(
      { arbitrary: fc.constantFrom(...plausible), weight: 6 },
      { arbitrary: hostileValue, weight: 2 },
      {
        // Lists of mixed good and bad parts.
        arbitrary: fc
          .array(fc.oneof(fc.constantFrom(...plausible), hostileValue), { maxLength: 6 })
          .map((parts) => parts.join(',')),
        weight: 1,
      },
    );
  };

  const pairFor = (key: string) => fc.tuple(valueFor(key), form).map(([value, how]) => pairOf(key, value, how));

  const anyPair = fc
    .oneof(
      { arbitrary: fc.constantFrom(...KNOWN_KEYS), weight: 4 },
      { arbitrary: fc.constantFrom(...HOSTILE_KEYS), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 10 }), weight: 1 },
    )
    .chain(pairFor);

  /** Loose lists of pairs: repeated keys, odd separators, anything. */
  const looseFragment = fc
    .tuple(fc.boolean(), fc.array(anyPair, { maxLength: 16 }), fc.constantFrom('&', '&&', '&amp;'))
    .map(([hash, pairs, sep]) => `${hash ? '#' : ''}${pairs.join(sep)}`);

  /** Every known key at most once, in any order, plus a few hostile ones: reaches each reader often. */
  const perKeyFragment = fc
    .tuple(
      fc.tuple(...KNOWN_KEYS.map((k) => fc.option(pairFor(k), { nil: null, freq: 3 }))),
      fc.array(fc.constantFrom(...HOSTILE_KEYS).chain(pairFor), { maxLength: 3 }),
    )
    .map(([known, extra]) => [...known.filter((p): p is string => p !== null), ...extra])
    .chain((pairs) => fc.shuffledSubarray(pairs, { minLength: pairs.length }))
    .map((pairs) => `#${pairs.join('&')}`);

  /** Only values a key might plausibly carry: exercises writing back full, mostly valid views. */
  const plausibleFragment = fc
    .tuple(...KNOWN_KEYS.map((k) => fc.option(fc.constantFrom(...plausibleFor(k)), { nil: null, freq: 2 })))
    .map((values) =>
      values
        .map((v, k) => (v === null ? null : `${KNOWN_KEYS[k]}=${encodeLoosely(v)}`))
        .filter((p) => p !== null)
        .join('&'),
    );

  return fc.oneof(
    { arbitrary: plausibleFragment, weight: 6 },
    { arbitrary: perKeyFragment, weight: 10 },
    { arbitrary: looseFragment, weight: 4 },
    { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
    { arbitrary: fc.webFragments(), weight: 1 },
    { arbitrary: fc.webQueryParameters(), weight: 1 },
  );
}

type Form = 'encoded' | 'raw' | 'no-equals' | 'double-equals';
const form = fc.oneof(
  { arbitrary: fc.constant<Form>('encoded'), weight: 6 },
  { arbitrary: fc.constant<Form>('raw'), weight: 2 },
  { arbitrary: fc.constantFrom<Form>('no-equals', 'double-equals'), weight: 1 },
);

function pairOf(key: string, value: string, how: Form): string {
  if (how === 'no-equals') return key;
  if (how === 'double-equals') return `${key}==${value}`;
  return `${key}=${how === 'encoded' ? encodeLoosely(value) : value}`;
}

/** Hand-picked links, one per kind of trouble: the browser story opens these, and the unit tests read them too. */
export const PICKED_LINKS: readonly string[] = [
  `q=${'a'.repeat(100_000)}`,
  `actors=${Array.from({ length: 12_000 }, (_, i) => `x${i}`).join(',')}`,
  `${'%'.repeat(50_000)}&id=a`,
  // The 200-character cut on the search text falls inside the emoji.
  `q=${'a'.repeat(199)}%F0%9F%98%80`,
  `q=${'%F0%9F%98%80'.repeat(150)}`,
  '__proto__=1&constructor=2&prototype=3&toString=4&__proto__[polluted]=1',
  'years=2026-2022&from=2022-05-01&to=2022-01-01',
  'years=1000-9999&from=1800-01-01&to=2200-01-01',
  'from=2025-02-30&to=2025-02-31',
  'id=no-such-incident&actors=nobody&places=atlantis&story=no-such-story&actor=nobody-at-all',
  'id=a&id=b&years=2022&years=2023&q=x&q=y',
  '%E0%A4%A&q=%ZZ&%=%&&&==&=',
  'q=<script>alert(1)</script>&id=javascript:alert(1)',
  'q="><img src=x onerror=alert(1)>&sort=constructor&group=__proto__',
  `q=${encodeURIComponent('\u202Egnp.exe\u0000\u0085{{count}}')}`,
  'map=NaN/NaN/NaN&v=999',
  'story=january-2022-uprising&step=99',
  'step=2',
  '#id=a',
  '',
];
