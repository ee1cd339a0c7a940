/**
 * The one definition of the dataset. Every type used by the app is inferred
 * from these schemas; `npm run data:schema` writes JSON Schema from them into
 * data/ for other tools.
 */
import { z } from 'zod';
import { parseEdtf, DATASET_FIRST_YEAR, DATASET_LAST_YEAR } from '../lib/edtf.ts';
import { ACTOR_KINDS, ACTOR_ROLES, CATEGORY_IDS, LANGUAGES, LOCATION_PRECISIONS, PLACE_KINDS } from './vocabulary.ts';

// zod probes for eval to compile fast parsers; the app's CSP forbids eval, so
// the probe would be reported as a violation. Parse without it.
z.config({ jitless: true });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().max(120).regex(SLUG, 'must be a lowercase slug (a-z, 0-9, single hyphens)');

const text = z.string().trim().min(1, 'must not be empty').max(20_000);

/** Text in English, with optional translations; the UI falls back to English. */
export const localized = z.object({
  en: text,
  ru: text.optional(),
  kk: text.optional(),
});

export const edtfDate = z.string().superRefine((value, ctx) => {
  const parsed = parseEdtf(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value.slice(0, 40)}" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)`,
    });
    return;
  }
  const first = Date.UTC(DATASET_FIRST_YEAR, 0, 1);
  const last = Date.UTC(DATASET_LAST_YEAR + 1, 0, 1);
  if (parsed.start < first || parsed.end > last) {
    ctx.addIssue({
      code: 'custom',
      message: `date is outside ${DATASET_FIRST_YEAR}–${DATASET_LAST_YEAR}`,
    });
  }
});

export const quoteSchema = z.object({
  /** Verbatim from the source article, in its original language. */
  text: text.max(1_000),
  lang: z.enum(LANGUAGES).default('en'),
  /** English translation when `lang` is not English. */
  translation: text.optional(),
});

export const citationSchema = z.object({
  source: slug,
  quotes: z.array(quoteSchema).min(1, 'at least one quote'),
});

export const claimSchema = z.object({
  /** The claim, in our words. */
  text: localized,
  source: slug,
  /** Verbatim from the source article, in its original language. */
  quote: text.max(1_000),
  lang: z.enum(LANGUAGES).default('en'),
  /** English translation when `lang` is not English. */
  translation: text.optional(),
});

/**
 * A disagreement between sources, recorded once and shown on every incident it
 * concerns, so that no incident can show one side without the other.
 */
export const disputeSchema = z.object({
  id: slug,
  /** What is disputed, e.g. "number arrested". */
  topic: localized,
  /** Context a reader needs to weigh the claims, e.g. when each source was written. */
  note: localized.optional(),
  claims: z.array(claimSchema).min(2, 'a dispute needs at least two claims'),
  incidents: z.array(slug).min(1, 'a dispute concerns at least one incident'),
});

/** Where a date or a place comes from: the source text, our inference from it, or outside knowledge. */
export const BASES = ['source', 'inferred', 'external'] as const;
export const basisSchema = z.enum(BASES);

export const incidentActorSchema = z.object({
  actor: slug,
  role: z.enum(ACTOR_ROLES),
});

export const incidentSchema = z.object({
  id: slug,
  title: localized,
  summary: localized,
  date: edtfDate,
  dateBasis: basisSchema.default('source'),
  /** Why the date is what it is, when that is not obvious from the quote. */
  dateNote: text.optional(),
  place: slug.nullable(),
  locationPrecision: z.enum(LOCATION_PRECISIONS),
  placeBasis: basisSchema.default('source'),
  /** Why the place is what it is, when that is not obvious from the quote. */
  placeNote: text.optional(),
  /**
   * Places the text names without tying them to the event's parts: `each` when
   * the event happened in all of them ("Astana and Karaganda" for two people,
   * unpaired), `one-of` when it happened in one of them. `place` then holds
   * what they have in common, e.g. the country.
   */
  placeSet: z
    .object({
      relation: z.enum(['each', 'one-of']),
      places: z.array(slug).min(2, 'a place set needs at least two places'),
    })
    .optional(),
  category: z.enum(CATEGORY_IDS),
  actors: z.array(incidentActorSchema).default([]),
  /** How many people the incident affected, when the sources say. */
  people: z
    .object({
      count: z.number().int().nonnegative(),
      qualifier: z.enum(['exactly', 'at-least', 'about', 'up-to']).default('exactly'),
    })
    .optional(),
  sources: z.array(citationSchema).min(1, 'at least one source'),
  cases: z.array(slug).default([]),
});

export const placeSchema = z.object({
  id: slug,
  name: z.object({ en: text, ru: text, kk: text }),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  /** The region (oblast or equivalent) place id this place lies in, if any. */
  region: slug.nullable().default(null),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const actorSchema = z.object({
  id: slug,
  name: localized,
  kind: z.enum(ACTOR_KINDS),
  /** Other spellings and names, in any script; all match in search. */
  aliases: z.array(text).default([]),
  description: localized.optional(),
});

const webUrl = z.url({ protocol: /^https?$/ });

/** Where a reader can check a publication: its address and a Wayback Machine search for it. */
const publicationFields = {
  publisher: text.max(200).optional(),
  /** One neutral line about the publisher, so readers can weigh it. */
  publisherDescription: text.max(400).optional(),
  author: text.max(200).optional(),
  /** Publication date, EDTF subset. */
  published: edtfDate.optional(),
  /** Why the publication date is unknown or approximate. */
  publishedNote: text.max(400).optional(),
  url: webUrl.optional(),
  /** The Wayback Machine search for `url` (ARCHIVE_SEARCH_PREFIX + url): a search, not a claim that a snapshot exists. */
  archiveSearch: webUrl.optional(),
};

export const sourceSchema = z.object({
  id: slug,
  title: text,
  ...publicationFields,
  /** An article this one is tied to, e.g. the original that the archived page rewords. */
  related: z
    .object({
      relation: z.enum(['rewords', 'same-text']),
      title: text.max(400).optional(),
      ...publicationFields,
    })
    .optional(),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  /** File name of the article text in the source archive. */
  file: text.optional(),
});

export const ARCHIVE_SEARCH_PREFIX = 'https://web.archive.org/web/*/';

export const caseSchema = z.object({
  id: slug,
  title: localized,
  summary: localized.optional(),
});

export const narrativeStepSchema = z.object({
  /** The incidents this step opens; the first one is selected. */
  incidents: z.array(slug).min(1, 'a step needs at least one incident'),
  caption: localized,
  /** Map view for the step; by default the map centres on the first incident. */
  map: z
    .object({
      center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
      zoom: z.number().min(0).max(22),
    })
    .optional(),
  /** Time window for the step (EDTF dates, inclusive); by default one around the incidents. */
  window: z.object({ from: edtfDate, to: edtfDate }).optional(),
});

export const narrativeSchema = z.object({
  id: slug,
  title: localized,
  intro: localized,
  steps: z.array(narrativeStepSchema).min(2, 'a narrative needs at least two steps'),
});

/** A published id that was renamed or merged: links to it open the record it became. */
export const redirectSchema = z.object({
  from: slug,
  to: slug,
  /** Shown to a reader who followed the old id. */
  note: localized,
});

export const incidentsFileSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be semver'),
  updated: edtfDate,
  incidents: z.array(z.unknown()),
  redirects: z.array(z.unknown()).default([]),
});

export type Localized = z.infer<typeof localized>;
export type Incident = z.infer<typeof incidentSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Case = z.infer<typeof caseSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Narrative = z.infer<typeof narrativeSchema>;
export type NarrativeStep = z.infer<typeof narrativeStepSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Redirect = z.infer<typeof redirectSchema>;
export type Basis = z.infer<typeof basisSchema>;
