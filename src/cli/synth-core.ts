/**
 * A pure, seeded generator of synthetic incidents for load tests. It only
 * references records it is given (the real gazetteer, actors, sources and
 * cases), so a synthetic dataset passes the same validation as the real one.
 * Distributions imitate the real data: most incidents in recent years with
 * spikes around the big events, mostly day-precise dates, a few categories
 * dominating, places weighted towards the big cities.
 */
import type { Actor, Case, Dispute, Incident, Place, Source } from '../data/schema';
import type { ActorRole, CategoryId, LocationPrecision } from '../data/vocabulary';
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, parseEdtf } from '../lib/edtf';

export interface SynthReference {
  places: Place[];
  actors: Actor[];
  sources: Source[];
  cases: Case[];
}

export interface SynthOptions {
  count: number;
  seed: number;
  version?: string;
  /** The dataset's "updated" day; no incident is dated after it. */
  updated?: string;
}

export interface IncidentsFile {
  version: string;
  updated: string;
  incidents: Incident[];
}

/** The incidents and, for disputes.json, the disagreements about them. */
export interface SynthResult extends IncidentsFile {
  disputes: Dispute[];
}

const DAY = 86_400_000;

/** mulberry32: tiny, fast and good enough for test data; the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Table<T> {
  items: T[];
  cumulative: Float64Array;
}

function table<T>(entries: [T, number][]): Table<T> {
  const kept = entries.filter(([, w]) => w > 0);
  const cumulative = new Float64Array(kept.length);
  let sum = 0;
  kept.forEach(([, w], k) => (cumulative[k] = sum += w));
  return { items: kept.map(([item]) => item), cumulative };
}

class Rng {
  constructor(private readonly next: () => number) {}

  float(): number {
    return this.next();
  }

  /** Inclusive on both ends. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(t: Table<T>): T {
    const total = t.cumulative[t.cumulative.length - 1] ?? 0;
    const x = this.next() * total;
    let lo = 0;
    let hi = t.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    const item = t.items[lo];
    if (item === undefined) throw new Error('weighted pick from an empty table');
    return item;
  }
}

// ---- when ----

/** Relative weight of each year; the spikes are the years the real sources dwell on. */
const YEAR_WEIGHT: Record<number, number> = {
  1986: 4,
  2010: 3,
  2011: 10,
  2012: 5,
  2016: 10,
  2019: 13,
  2020: 8,
  2021: 9,
  2022: 30,
  2023: 12,
  2024: 13,
  2025: 20,
  2026: 22,
};

function yearWeight(y: number): number {
  const w = YEAR_WEIGHT[y];
  if (w !== undefined) return w;
  if (y < 1991) return 0.6;
  if (y < 2000) return 1;
  if (y < 2010) return 1.5 + (y - 2000) * 0.15;
  return 4.5;
}

/** The month an event year's incidents cluster in (Jeltoqsan, Zhanaozen, land protests, election, Qandy Qantar). */
const SPIKE_MONTH: Record<number, number> = { 1986: 12, 2011: 12, 2016: 5, 2019: 6, 2022: 1, 2026: 1 };
const SPIKE_SHARE = 0.55;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** A month counted from year 0 (year * 12 + month0), as YYYY-MM. */
const isoMonth = (monthIndex: number) => `${Math.floor(monthIndex / 12)}-${pad((monthIndex % 12) + 1)}`;

interface DateContext {
  years: Table<number>;
  firstDay: number;
  lastDay: number;
}

function dateContext(updated: string): DateContext {
  const first = Date.UTC(DATASET_FIRST_YEAR, 0, 1);
  const last = Date.UTC(DATASET_LAST_YEAR + 1, 0, 1) - DAY;
  const u = parseEdtf(updated);
  // A record dated after the dataset's own "updated" day would be an obvious fake.
  const lastDay = u ? Math.min(last, Math.max(first, u.end - DAY)) : last;
  const lastYear = new Date(lastDay).getUTCFullYear();
  const years: [number, number][] = [];
  for (let y = DATASET_FIRST_YEAR; y <= lastYear; y++) years.push([y, yearWeight(y)]);
  return { years: table(years), firstDay: first, lastDay };
}

function sampleDay(rng: Rng, ctx: DateContext): number {
  const year = rng.weighted(ctx.years);
  let from = Date.UTC(year, 0, 1);
  let to = Math.min(Date.UTC(year + 1, 0, 1) - DAY, ctx.lastDay);
  const spike = SPIKE_MONTH[year];
  if (spike !== undefined && rng.chance(SPIKE_SHARE)) {
    const monthStart = Date.UTC(year, spike - 1, 1);
    if (monthStart <= ctx.lastDay) {
      from = monthStart;
      to = Math.min(Date.UTC(year, spike, 1) - DAY, ctx.lastDay);
    }
  }
  return from + rng.int(0, Math.round((to - from) / DAY)) * DAY;
}

type Precision = 'day' | 'month' | 'year' | 'range';
const PRECISIONS = table<Precision>([
  ['day', 68],
  ['month', 14],
  ['year', 8],
  ['range', 10],
]);

/** An EDTF date around `day`; ranges always end after they start and stay inside the dataset's years. */
function dateText(rng: Rng, ctx: DateContext, day: number, precision: Precision): string {
  const d = new Date(day);
  const year = d.getUTCFullYear();
  if (precision === 'day') return isoDay(day);
  if (precision === 'month') return isoMonth(year * 12 + d.getUTCMonth());
  if (precision === 'year') return String(year);
  const lastDate = new Date(ctx.lastDay);
  const kind = rng.float();
  if (kind < 0.7) {
    // Most ranges are a few days of an ongoing event: skewed short.
    const span = Math.min(90, 1 + Math.floor(-Math.log(1 - rng.float()) * 6));
    let start = day;
    let end = day + span * DAY;
    if (end > ctx.lastDay) {
      end = ctx.lastDay;
      start = Math.max(ctx.firstDay, end - span * DAY);
    }
    return `${isoDay(start)}/${isoDay(end)}`;
  }
  if (kind < 0.9) {
    const span = rng.int(1, 6);
    const lastMonth = lastDate.getUTCFullYear() * 12 + lastDate.getUTCMonth();
    let endMonth = Math.min(year * 12 + d.getUTCMonth() + span, lastMonth);
    let startMonth = endMonth - span;
    if (startMonth < DATASET_FIRST_YEAR * 12) {
      startMonth = DATASET_FIRST_YEAR * 12;
      endMonth = startMonth + span;
    }
    return `${isoMonth(startMonth)}/${isoMonth(endMonth)}`;
  }
  const span = rng.int(1, 4);
  const endYear = Math.min(year + span, lastDate.getUTCFullYear());
  const startYear = Math.max(DATASET_FIRST_YEAR, endYear - span);
  return `${startYear}/${Math.max(endYear, startYear + 1)}`;
}

const DATE_NOTES: Record<Exclude<Precision, 'day'>, string[]> = {
  month: ['The source gives the month but not the day.', 'Dated by the month the article reports.'],
  year: ['The source gives only the year.', 'The article places this in the year without a closer date.'],
  range: ['The source reports this over several days.', 'The article gives a period, not a single day.'],
};

// ---- what ----

const CATEGORIES = table<CategoryId>([
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
const PROTEST_YEARS = new Set([1986, 2011, 2022]);

// ---- where ----

/** Extra weight for the largest cities, by gazetteer id; unknown ids are simply not boosted. */
const BIG_CITIES: Record<string, number> = { almaty: 26, astana: 14, shymkent: 6 };
const HOME_COUNTRY = 'KZ';
const UNKNOWN_PLACE_SHARE = 0.08;

function placeWeight(p: Place): number {
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
function precisionFor(place: Place): LocationPrecision {
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

type Pool = 'person' | 'collective' | 'state' | 'any';

interface Slot {
  pool: Pool;
  role: ActorRole;
}

const REPRESSION: Slot[] = [
  { pool: 'person', role: 'target' },
  { pool: 'state', role: 'perpetrator' },
  { pool: 'any', role: 'mentioned' },
  { pool: 'person', role: 'witness' },
];

/** Who takes part, in order of importance: an incident with n actors gets the first n slots. */
const SLOTS: Record<CategoryId, Slot[]> = {
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

const ACTOR_COUNTS = table<number>([
  [0, 8],
  [1, 24],
  [2, 36],
  [3, 22],
  [4, 10],
]);

/** Home-country state bodies are the usual perpetrators; a crude id test is enough for test data. */
const actorWeight = (a: Actor, pool: Pool) =>
  pool === 'state' && /kazakhstan|national-/.test(a.id) ? 5 : a.kind === 'person' && pool === 'any' ? 2 : 1;

function actorPools(actors: Actor[]): Record<Pool, Table<Actor>> {
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

// ---- text ----

const PEOPLE_NOUNS = [
  'an activist',
  'a journalist',
  'a blogger',
  'a human rights defender',
  'a civic activist',
  'an opposition supporter',
  'a lawyer',
  'a trade unionist',
  'a relative of a detainee',
  'a student',
];
const TOPICS = [
  'land reform',
  'fuel prices',
  'wage arrears',
  'relatives held in Xinjiang',
  'the election results',
  'the arrest of an activist',
  'housing',
  'water shortages',
];

const TITLES: Record<CategoryId, string[]> = {
  summons: [
    '{Who} summoned for questioning{where}',
    '{Who} called in by police over social media posts{where}',
    'Police summon {who} after an online post{where}',
  ],
  'content-removal': [
    '{Who} made to delete a video{where}',
    'Post by {who} removed at police demand{where}',
    'Independent news site blocked{where}',
  ],
  detention: ['{Who} detained{where}', '{Who} held for {n} days{where}', 'Police detain {who} at a rally{where}'],
  prosecution: [
    'Criminal case opened against {who}{where}',
    '{Who} charged with spreading false information{where}',
    '{Who} charged with inciting discord{where}',
  ],
  sentence: [
    '{Who} sentenced to {n} years{where}',
    '{Who} given a restricted-freedom sentence{where}',
    'Court fines {who}{where}',
  ],
  disappearance: ['{Who} reported missing{where}', 'Relatives lose contact with {who}{where}'],
  killing: ['Protester killed{where}', '{Who} dies in custody{where}'],
  violence: ['{Who} beaten by unidentified men{where}', 'Police use force against protesters{where}'],
  protest: ['Protest over {topic}{where}', 'Residents rally over {topic}{where}', 'Single-person picket{where}'],
  shutdown: ['Internet shut down{where}', 'Mobile internet restricted{where}', 'Messaging apps blocked{where}'],
  military: ['Troops deployed{where}', 'Armoured vehicles on the streets{where}'],
  'registration-denial': ['Registration of a civic group refused{where}', 'Party denied registration again{where}'],
  deportation: ['{Who} deported{where}', 'Foreign journalist expelled{where}'],
  statement: [
    'Officials deny holding political prisoners',
    'President comments on {topic}',
    '{Who} publicly disputes the police account{where}',
  ],
  international: [
    'Rights group calls for the release of {who}',
    'UN experts raise concern over {topic}',
    'Foreign ministry comments on detentions{where}',
  ],
  disinformation: ['State media claims protesters were paid{where}', 'Rumours spread that {who} is a foreign agent'],
  allegation: ['Media allege {who} called for violence{where}'],
  surveillance: ['Phones of {who} found infected with spyware{where}'],
};

const QUOTES: Record<CategoryId, string> = {
  summons: 'was summoned to the police station for a conversation',
  'content-removal': 'was told to delete the post or face charges',
  detention: 'was detained and taken to the district police department',
  prosecution: 'a criminal case was opened under the article on false information',
  sentence: 'the court handed down the sentence after a closed hearing',
  disappearance: 'the family has had no news since that day',
  killing: 'died of the injuries, according to relatives',
  violence: 'was attacked by several men who did not identify themselves',
  protest: 'people gathered in the square and demanded answers',
  shutdown: 'mobile internet was unavailable for most of the day',
  military: 'armoured vehicles were seen moving through the city',
  'registration-denial': 'the ministry refused registration citing errors in the documents',
  deportation: 'was escorted to the border and told not to return',
  statement: 'the official said there are no political prisoners in the country',
  international: 'the organisation called on the authorities to release those detained',
  disinformation: 'claimed the protesters had been paid by foreign sponsors',
  allegation: 'was accused in several outlets of calling for violence, which they deny',
  surveillance: 'found spyware on their phones',
};

/** A short generic quote per language, with its English translation. */
const FOREIGN_QUOTES: Record<string, { text: string; translation: string }> = {
  ru: { text: 'Источник подтверждает, что это произошло.', translation: 'The source confirms that this happened.' },
  kk: { text: 'Дереккөз бұл оқиғаның болғанын растайды.', translation: 'The source confirms that this happened.' },
  zh: { text: '消息来源证实了此事。', translation: 'The source confirms that this happened.' },
};
const FOREIGN_QUOTE_SHARE = 0.12;

const DISPUTE_TOPICS: Record<string, string[]> = {
  default: ['who was responsible', 'the date of the incident'],
  detention: ['number of people detained', 'whether the detention was lawful'],
  protest: ['number of protesters', 'whether the protest was peaceful'],
  killing: ['number of people killed', 'cause of death'],
  violence: ['whether police used force', 'number of people injured'],
};
const DISPUTE_SHARE = 0.03;
const SYNTHETIC_NOTE = 'Synthetic record for load testing; it does not describe a real event.';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fill(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = parts[key.toLowerCase()] ?? '';
    return key.charAt(0) === key.charAt(0).toUpperCase() ? capitalise(value) : value;
  });
}

// ---- cases ----

const CASE_SHARE_SAME_YEAR = 0.6;
const CASE_SHARE_OTHER = 0.15;

function casesByYear(cases: Case[]): { dated: Map<number, Case[]>; undated: Case[] } {
  const dated = new Map<number, Case[]>();
  const undated: Case[] = [];
  for (const c of cases) {
    const m = /(?:^|-)((?:19|20)\d\d)(?:-|$)/.exec(c.id);
    if (!m) {
      undated.push(c);
      continue;
    }
    const y = Number(m[1]);
    dated.set(y, [...(dated.get(y) ?? []), c]);
  }
  return { dated, undated };
}

// ---- people ----

function peopleFor(rng: Rng, category: CategoryId): Incident['people'] {
  const ranges: Partial<Record<CategoryId, [number, number]>> = {
    protest: [10, 5000],
    detention: [1, 200],
    killing: [1, 30],
    violence: [1, 50],
    summons: [1, 12],
  };
  const range = ranges[category];
  if (!range || !rng.chance(0.3)) return undefined;
  // Log-uniform: small numbers are far more common than large ones.
  const [lo, hi] = range;
  const count = Math.round(Math.exp(Math.log(lo) + rng.float() * (Math.log(hi) - Math.log(lo))));
  const qualifier = rng.weighted(QUALIFIERS);
  return { count, qualifier };
}

const QUALIFIERS = table<'exactly' | 'at-least' | 'about' | 'up-to'>([
  ['exactly', 5],
  ['at-least', 3],
  ['about', 3],
  ['up-to', 1],
]);

// ---- the generator ----

interface Draft {
  incident: Omit<Incident, 'id'>;
  disputes: Omit<Dispute, 'id' | 'incidents'>[];
  start: number;
  order: number;
  slugTail: string;
}

export function synthesizeIncidents(ref: SynthReference, options: SynthOptions): SynthResult {
  const { count, seed } = options;
  const version = options.version ?? '1.0.0';
  const updated = options.updated ?? `${DATASET_LAST_YEAR}-11-21`;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer, got ${count}`);
  if (ref.places.length === 0 || ref.actors.length === 0 || ref.sources.length === 0) {
    throw new Error('the reference data needs at least one place, actor and source');
  }
  const rng = new Rng(mulberry32(seed));
  const dates = dateContext(updated);
  const places = table(ref.places.map((p) => [p, placeWeight(p)] as [Place, number]));
  const pools = actorPools(ref.actors);
  const { dated: datedCases, undated: undatedCases } = casesByYear(ref.cases);

  const drafts: Draft[] = [];
  for (let k = 0; k < count; k++) {
    const day = sampleDay(rng, dates);
    const year = new Date(day).getUTCFullYear();
    const precision = rng.weighted(PRECISIONS);
    const date = dateText(rng, dates, day, precision);
    const category: CategoryId = PROTEST_YEARS.has(year) && rng.chance(0.25) ? 'protest' : rng.weighted(CATEGORIES);

    const place = rng.chance(UNKNOWN_PLACE_SHARE) ? null : rng.weighted(places);
    const locationPrecision = place ? precisionFor(place) : 'unknown';

    const actors: Incident['actors'] = [];
    const slots = SLOTS[category];
    const n = rng.weighted(ACTOR_COUNTS);
    for (let s = 0; s < n; s++) {
      const slot = slots[s % slots.length]!;
      // A few tries to avoid naming the same actor twice; test data need not be perfect.
      for (let attempt = 0; attempt < 4; attempt++) {
        const actor = rng.weighted(pools[slot.pool]);
        if (actors.some((a) => a.actor === actor.id)) continue;
        actors.push({ actor: actor.id, role: slot.role });
        break;
      }
    }

    const who = rng.pick(PEOPLE_NOUNS);
    const where = place ? ` in ${place.name.en}` : '';
    const parts = {
      who,
      where,
      topic: rng.pick(TOPICS),
      n: String(rng.int(2, 12)),
    };
    const title = fill(rng.pick(TITLES[category]), parts);
    const source = rng.pick(ref.sources);
    const english = `${capitalise(who)} ${QUOTES[category]} (synthetic).`;
    const foreignLangs = source.languages.filter((l) => l !== 'en' && FOREIGN_QUOTES[l]);
    const quote =
      foreignLangs.length > 0 && rng.chance(FOREIGN_QUOTE_SHARE)
        ? (() => {
            const lang = rng.pick(foreignLangs);
            const q = FOREIGN_QUOTES[lang]!;
            return { text: `${q.text} (synthetic)`, lang, translation: q.translation };
          })()
        : { text: english, lang: 'en' as const };

    const disputes: Omit<Dispute, 'id' | 'incidents'>[] = [];
    if (rng.chance(DISPUTE_SHARE)) {
      const topics = DISPUTE_TOPICS[category] ?? DISPUTE_TOPICS['default']!;
      const other = ref.sources.length > 1 ? ref.sources.filter((s) => s.id !== source.id) : ref.sources;
      const second = rng.pick(other);
      disputes.push({
        topic: { en: rng.pick(topics) },
        claims: [
          { text: { en: 'The authorities gave one account.' }, source: source.id, quote: english, lang: 'en' },
          {
            text: { en: 'Witnesses gave a different account.' },
            source: second.id,
            quote: 'Witnesses told a different story (synthetic).',
            lang: 'en',
          },
        ],
      });
    }

    const cases: string[] = [];
    const sameYear = datedCases.get(year);
    if (sameYear && rng.chance(CASE_SHARE_SAME_YEAR)) cases.push(rng.pick(sameYear).id);
    else if (undatedCases.length > 0 && rng.chance(CASE_SHARE_OTHER)) cases.push(rng.pick(undatedCases).id);

    const incident: Omit<Incident, 'id'> = {
      title: { en: title },
      summary: {
        en: `${title}. The source describes how ${who} ${QUOTES[category]}. ${SYNTHETIC_NOTE}`,
      },
      date,
      place: place ? place.id : null,
      locationPrecision,
      category,
      actors,
      dateBasis: 'source',
      placeBasis: 'source',
      sources: [{ source: source.id, quotes: [quote] }],
      cases,
    };
    if (precision !== 'day' && rng.chance(0.4)) incident.dateNote = rng.pick(DATE_NOTES[precision]);
    const people = peopleFor(rng, category);
    if (people) incident.people = people;

    const parsed = parseEdtf(date);
    if (!parsed) throw new Error(`generated an invalid date "${date}"`);
    drafts.push({
      incident,
      disputes,
      start: parsed.start,
      order: k,
      slugTail: `${category}-${place ? place.id : 'unknown-place'}`,
    });
  }

  // The real file is in date order; numbering after sorting keeps ids in that order too.
  drafts.sort((a, b) => a.start - b.start || a.order - b.order);
  const width = Math.max(6, String(count).length);
  const incidents = drafts.map((d, k): Incident => {
    const {
      title,
      summary,
      date,
      dateBasis,
      dateNote,
      place,
      locationPrecision,
      placeBasis,
      category,
      actors,
      people,
      ...rest
    } = d.incident;
    const head = { id: `synth-${pad(k + 1, width)}-${d.slugTail}`.slice(0, 120).replace(/-+$/, '') };
    // Key order follows the real file, so a synthetic file reads like the real one.
    return {
      ...head,
      title,
      summary,
      date,
      dateBasis,
      ...(dateNote !== undefined ? { dateNote } : {}),
      place,
      locationPrecision,
      placeBasis,
      category,
      actors,
      ...(people !== undefined ? { people } : {}),
      ...rest,
    };
  });
  const disputes = drafts.flatMap((d, k) =>
    d.disputes.map((dispute, j): Dispute => ({
      id: `synth-dispute-${pad(k + 1, width)}-${j + 1}`,
      ...dispute,
      incidents: [incidents[k]!.id],
    })),
  );
  return { version, updated, incidents, disputes };
}
