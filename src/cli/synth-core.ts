/**
 * A pure, seeded generator of synthetic incidents for load tests. It only
 * references records it is given (the real gazetteer, actors, sources and
 * cases), so a synthetic dataset passes the same validation as the real one.
 * Distributions imitate the real data: most incidents in recent years with
 * spikes around the big events, mostly day-precise dates, a few categories
 * dominating, places weighted towards the big cities.
 */
import type { Actor, Case, Dispute, Incident, Place, Source } from '../data/schema';
import type { CategoryId } from '../data/vocabulary';
import { DATASET_LAST_YEAR, parseEdtf } from '../lib/edtf';
import { casesByYear, CASE_SHARE_OTHER, CASE_SHARE_SAME_YEAR } from './synth/cases';
import { DATE_NOTES, dateContext, dateText, pad, PRECISIONS, sampleDay } from './synth/dates';
import { peopleFor } from './synth/people';
import { mulberry32, Rng, table } from './synth/random';
import {
  capitalise,
  DISPUTE_SHARE,
  DISPUTE_TOPICS,
  fill,
  FOREIGN_QUOTE_SHARE,
  FOREIGN_QUOTES,
  PEOPLE_NOUNS,
  QUOTES,
  SYNTHETIC_NOTE,
  TITLES,
  TOPICS,
} from './synth/text';
import {
  ACTOR_COUNTS,
  actorPools,
  CATEGORIES,
  placeWeight,
  precisionFor,
  PROTEST_YEARS,
  SLOTS,
  UNKNOWN_PLACE_SHARE,
} from './synth/vocabulary';

export { mulberry32 };

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
