/** What synthetic incidents are about, where they happen and who takes part. */
import type { Actor, Place } from '../../data/schema';
import type { ActorRole, CategoryId, LocationPrecision } from '../../data/vocabulary';
import { table, type Table } from './random';

// ---- what ----

export const CATEGORIES = table<CategoryId>([
  ['summons', 14],
  ['detention', 16],
  ['prosecution', 12],
  ['sentence', 7],
  ['content-removal', 7],
  ['protest', 9],
  ['statement', 8],
  ['violence', 4],
  ['international', 4],
  ['disinformation', 3],
  ['registration-denial', 3],
  ['deportation', 2],
  ['shutdown', 2],
  ['disappearance', 1.2],
  ['military', 0.8],
  ['killing', 0.6],
]);

/** Years of mass protest, when protests and their aftermath crowd out everything else. */
export const PROTEST_YEARS = new Set([1986, 2011, 2022]);

// ---- where ----

/** Extra weight for the largest cities, by gazetteer id; unknown ids are simply not boosted. */
export const BIG_CITIES: Record<string, number> = { almaty: 26, astana: 14, shymkent: 6 };
export const HOME_COUNTRY = 'KZ';
export const UNKNOWN_PLACE_SHARE = 0.08;

export function placeWeight(p: Place): number {
  const big = BIG_CITIES[p.id];
  if (big !== undefined) return big;
  const home = p.country === HOME_COUNTRY;
  switch (p.kind) {
    case 'country':
      return home ? 16 : 0.6;
    case 'city':
      return home ? 3 : 0.3;
    case 'region':
      return home ? 1.2 : 0.5;
    case 'district':
      return home ? 1 : 0.2;
    case 'site':
      return home ? 0.8 : 0.1;
  }
}

/**
 * The precision a place of this kind can honestly carry (see checkIncident in
 * validate.ts): "exact" claims a known site, so a city is only ever "settlement".
 */
export function precisionFor(place: Place): LocationPrecision {
  switch (place.kind) {
    case 'country':
      return 'country';
    case 'region':
      return 'region';
    case 'district':
      return 'district';
    case 'site':
      return 'exact';
    case 'city':
      return 'settlement';
  }
}

// ---- who ----

export type Pool = 'person' | 'collective' | 'state' | 'any';

export interface Slot {
  pool: Pool;
  role: ActorRole;
}

export const REPRESSION: Slot[] = [
  { pool: 'person', role: 'target' },
  { pool: 'state', role: 'perpetrator' },
  { pool: 'any', role: 'mentioned' },
  { pool: 'person', role: 'witness' },
];

/** Who takes part, in order of importance: an incident with n actors gets the first n slots. */
export const SLOTS: Record<CategoryId, Slot[]> = {
  summons: REPRESSION,
  'content-removal': [
    { pool: 'person', role: 'target' },
    { pool: 'state', role: 'perpetrator' },
    { pool: 'collective', role: 'mentioned' },
    { pool: 'any', role: 'mentioned' },
  ],
  detention: REPRESSION,
  prosecution: REPRESSION,
  sentence: REPRESSION,
  disappearance: REPRESSION,
  killing: REPRESSION,
  violence: REPRESSION,
  protest: [
    { pool: 'collective', role: 'participant' },
    { pool: 'person', role: 'organiser' },
    { pool: 'state', role: 'perpetrator' },
    { pool: 'any', role: 'mentioned' },
  ],
  shutdown: [
    { pool: 'state', role: 'perpetrator' },
    { pool: 'collective', role: 'target' },
    { pool: 'any', role: 'mentioned' },
    { pool: 'person', role: 'witness' },
  ],
  military: [
    { pool: 'state', role: 'perpetrator' },
    { pool: 'state', role: 'participant' },
    { pool: 'collective', role: 'target' },
    { pool: 'any', role: 'mentioned' },
  ],
  'registration-denial': [
    { pool: 'collective', role: 'target' },
    { pool: 'state', role: 'perpetrator' },
    { pool: 'person', role: 'organiser' },
    { pool: 'any', role: 'mentioned' },
  ],
  deportation: REPRESSION,
  statement: [
    { pool: 'any', role: 'speaker' },
    { pool: 'any', role: 'mentioned' },
    { pool: 'person', role: 'target' },
    { pool: 'any', role: 'mentioned' },
  ],
  international: [
    { pool: 'collective', role: 'speaker' },
    { pool: 'state', role: 'mentioned' },
    { pool: 'person', role: 'target' },
    { pool: 'any', role: 'mentioned' },
  ],
  disinformation: [
    { pool: 'state', role: 'perpetrator' },
    { pool: 'collective', role: 'target' },
    { pool: 'any', role: 'mentioned' },
    { pool: 'person', role: 'mentioned' },
  ],
  allegation: [
    { pool: 'person', role: 'target' },
    { pool: 'any', role: 'mentioned' },
  ],
  surveillance: [
    { pool: 'person', role: 'target' },
    { pool: 'state', role: 'mentioned' },
  ],
};

export const ACTOR_COUNTS = table<number>([
  [0, 8],
  [1, 24],
  [2, 36],
  [3, 22],
  [4, 10],
]);

/** Home-country state bodies are the usual perpetrators; a crude id test is enough for test data. */
export const actorWeight = (a: Actor, pool: Pool) =>
  pool === 'state' && /kazakhstan|national-/.test(a.id) ? 5 : a.kind === 'person' && pool === 'any' ? 2 : 1;

export function actorPools(actors: Actor[]): Record<Pool, Table<Actor>> {
  const build = (pool: Pool, keep: (a: Actor) => boolean) => {
    const chosen = actors.filter(keep);
    return table((chosen.length > 0 ? chosen : actors).map((a) => [a, actorWeight(a, pool)] as [Actor, number]));
  };
  return {
    person: build('person', (a) => a.kind === 'person'),
    collective: build('collective', (a) => a.kind === 'organisation' || a.kind === 'group'),
    state: build('state', (a) => a.kind === 'state-body'),
    any: build('any', () => true),
  };
}
