/**
 * The places an imported row can name, without any geocoding service: the
 * published places (`data/places.json`, which keep their ids), the 17 regions
 * and the towns of the basemap gazetteer (`basemap/`), and their other names
 * (`place-aliases.ts`). Names match in English, Russian and Kazakh, whatever
 * the case, diacritics or script (`lib/fold.ts`), with "г.", "city of" and the
 * words for region ("oblast", "облысы", "область") normalised.
 */
import { fold } from '../../lib/fold.ts';
import { REGIONS } from '../basemap/regions.ts';
import { EXTRA_TOWNS, TOWNS } from '../basemap/gazetteer.ts';
import type { Place } from '../schema.ts';
import publishedPlaces from '../../../data/places.json';
import { PLACE_ALIASES } from './place-aliases.ts';
import { TOWN_POINTS } from './town-points.ts';
import { slugify } from './slug.ts';

export interface GazetteerPlace extends Place {
  /** True for a record of data/places.json. */
  published: boolean;
}

const COUNTRY_CODES: Record<string, string> = {
  Kazakhstan: 'KZ',
  Kyrgyzstan: 'KG',
  Uzbekistan: 'UZ',
  Tajikistan: 'TJ',
  Turkmenistan: 'TM',
  China: 'CN',
  Russia: 'RU',
};

/** Country names (folded) a row's country column may give, to ISO codes. */
export function countryCode(text: string): string | undefined {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  const key = fold(t);
  for (const [name, code] of Object.entries(COUNTRY_CODES)) if (fold(name) === key) return code;
  if (key === 'kazakstan' || key === 'qazaqstan') return 'KZ';
  return undefined;
}

const PREFIX = new Set([
  'g',
  'gor',
  'gorod',
  'city',
  'of',
  'the',
  'pos',
  'poselok',
  'selo',
  's',
  'aul',
  'kala',
  'kalasy',
]);
const REGION_WORDS = new Set(['region', 'oblast', 'oblasti', 'oblys', 'oblysy', 'obl', 'province', 'reg']);
const DISTRICT_WORDS = new Set(['district', 'rayon', 'raion', 'audany', 'aud']);

/** The key a place name is looked up by: folded, with the words for town, region and district normalised. */
export function placeKey(text: string): string {
  const words = fold(text).split(' ');
  while (words.length > 1 && PREFIX.has(words[0]!)) words.shift();
  return words
    .filter((w) => w !== '')
    .map((w) => (REGION_WORDS.has(w) ? 'region' : DISTRICT_WORDS.has(w) ? 'district' : w))
    .join(' ');
}

export interface PlaceLookup {
  /** The place a name means, if the gazetteer knows it. */
  find(name: string): GazetteerPlace | undefined;
  /** The region a name (such as ACLED's admin1 "Qaraghandy") means: tried as "<name> Region" first. */
  findRegion(name: string): GazetteerPlace | undefined;
  byId(id: string): GazetteerPlace | undefined;
}

function namesOf(p: { name: { en: string; ru: string; kk: string } }): string[] {
  const names = [p.name.en, p.name.ru, p.name.kk];
  // "Uralsk (Oral)": both the whole and the part before the brackets.
  for (const n of [...names]) {
    const bare = n.replace(/\s*\(.*\)\s*$/, '');
    if (bare !== n && bare !== '') names.push(bare);
  }
  return names;
}

export function buildLookup(published: readonly Place[]): PlaceLookup {
  const byKey = new Map<string, GazetteerPlace>();
  const byId = new Map<string, GazetteerPlace>();
  const add = (place: GazetteerPlace, names: string[]) => {
    if (!byId.has(place.id)) byId.set(place.id, place);
    for (const n of names) {
      const key = placeKey(n);
      if (key !== '' && !byKey.has(key)) byKey.set(key, place);
    }
  };
  for (const p of published) add({ ...p, published: true }, namesOf(p));
  for (const r of REGIONS) {
    if (byId.has(r.id)) {
      // A published region keeps its record; the gazetteer's names still find it.
      add(byId.get(r.id)!, [r.en, r.ru, r.kk]);
      continue;
    }
    add(
      {
        id: r.id,
        name: { en: r.en, ru: r.ru, kk: r.kk },
        kind: 'region',
        country: 'KZ',
        region: null,
        lat: r.at[1],
        lon: r.at[0],
        published: false,
      },
      [r.en, r.ru, r.kk],
    );
  }
  const points = new Map(TOWN_POINTS.map(([name, lon, lat]) => [name, [lon, lat] as const]));
  const towns = [
    ...TOWNS.map((t) => ({ ...t, country: COUNTRY_CODES[t.country] })),
    ...EXTRA_TOWNS.map((t) => ({ ...t, country: 'KZ' })),
  ];
  for (const t of towns) {
    const at = points.get(t.en);
    if (!at || !t.country) continue;
    const names = [t.en, t.ru, t.kk];
    // A town the published places already hold (Almaty, Uralsk) is that place.
    const known = names.map((n) => byKey.get(placeKey(n))).find((p) => p?.kind === 'city');
    if (known) {
      add(known, names);
      continue;
    }
    const id = slugify(t.en);
    if (byId.has(id)) continue;
    add(
      {
        id,
        name: { en: t.en, ru: t.ru, kk: t.kk },
        kind: 'city',
        country: t.country,
        region: null,
        lat: at[1],
        lon: at[0],
        published: false,
      },
      names,
    );
  }
  for (const a of PLACE_ALIASES) {
    const target = byId.get(a.id);
    if (target) add(target, [a.name]);
  }
  const cache = new Map<string, GazetteerPlace | undefined>();
  const find = (name: string) => {
    if (cache.has(name)) return cache.get(name);
    const key = placeKey(name);
    let found = byKey.get(key);
    // "Almaty, Kazakhstan": the first part names the place.
    if (!found && name.includes(',')) found = byKey.get(placeKey(name.split(',')[0]!));
    cache.set(name, found);
    return found;
  };
  return {
    find,
    findRegion: (name) => {
      const key = placeKey(name);
      const asRegion = key.endsWith(' region') ? key : `${key} region`;
      const found = byKey.get(asRegion) ?? byKey.get(key);
      return found?.kind === 'region' ? found : undefined;
    },
    byId: (id) => byId.get(id),
  };
}

let standard: PlaceLookup | undefined;

/** The lookup over the published places and the basemap gazetteer, built once. */
export function standardLookup(): PlaceLookup {
  standard ??= buildLookup((publishedPlaces as { places: Place[] }).places);
  return standard;
}
