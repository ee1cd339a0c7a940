/**
 * Validates a raw dataset record by record. An invalid record is reported by
 * file, id and field and skipped; the rest is kept, so one bad row never hides
 * the others. Only a file that is not a dataset at all is fatal.
 */
import type { z } from 'zod';
import {
  actorSchema,
  caseSchema,
  incidentSchema,
  incidentsFileSchema,
  placeSchema,
  sourceSchema,
  type Actor,
  type Case,
  narrativeSchema,
  type Incident,
  type Narrative,
  type Place,
  type Source,
} from './schema.ts';
import { COUNTRY_BOUNDS, distanceKm } from './country-bounds.ts';
import { parseEdtf, type ParsedDate } from '../lib/edtf.ts';
import { byId, DatasetError, FILES, OPTIONAL_FILES, type DataIssue, type Dataset, type RawDataset } from './dataset.ts';
import { checkDisputes, checkRedirects } from './cross-records.ts';

/** Farthest a place may lie from the centre of the region it claims to be in. */
const MAX_REGION_DISTANCE_KM = 700;

function recordId(value: unknown, index: number): string {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id.length > 0) return id.slice(0, 120);
  }
  return `#${index}`;
}

function listOf(raw: unknown, key: string, file: string): unknown[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DatasetError(`${file} is not a JSON object with a "${key}" list`, file);
  }
  const list = (raw as Record<string, unknown>)[key];
  if (!Array.isArray(list)) throw new DatasetError(`${file} has no "${key}" list`, file);
  return list;
}

function fieldOf(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(record)';
}

/** Records checked between two points where a caller may pause (see validateDatasetInSlices). */
const SLICE = 256;

/** Parses each record, reporting every schema problem and dropping duplicates. */
export function* parseRecords<S extends z.ZodType>(
  list: unknown[],
  schema: S,
  file: string,
  issues: DataIssue[],
): Generator<void, z.infer<S>[]> {
  const seen = new Set<string>();
  const out: z.infer<S>[] = [];
  for (let index = 0; index < list.length; index++) {
    if (index % SLICE === SLICE - 1) yield;
    const value = list[index];
    const id = recordId(value, index);
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, id, field: fieldOf(issue.path), message: issue.message });
      }
      continue;
    }
    if (seen.has(id)) {
      issues.push({ file, id, field: 'id', message: 'duplicate id; later record skipped' });
      continue;
    }
    seen.add(id);
    out.push(result.data);
  }
  return out;
}

function checkPlaces(places: Place[], issues: DataIssue[]): Map<string, Place> {
  const all = byId(places);
  const bad = new Set<string>();
  const report = (p: Place, field: string, message: string) => {
    issues.push({ file: FILES.places, id: p.id, field, message });
    bad.add(p.id);
  };
  for (const p of places) {
    const bounds = COUNTRY_BOUNDS[p.country];
    if (bounds && p.kind !== 'country') {
      const [w, s, e, n] = bounds;
      if (p.lon < w || p.lon > e || p.lat < s || p.lat > n) {
        report(p, 'lat', `coordinates ${p.lat}, ${p.lon} lie outside ${p.country}`);
      }
    }
    if (p.region !== null) {
      const region = all.get(p.region);
      if (!region) report(p, 'region', `unknown region "${p.region}"`);
      else if (region.kind !== 'region') report(p, 'region', `"${p.region}" is a ${region.kind}, not a region`);
      else if (distanceKm(p.lat, p.lon, region.lat, region.lon) > MAX_REGION_DISTANCE_KM) {
        report(p, 'lat', `coordinates are more than ${MAX_REGION_DISTANCE_KM} km from the centre of ${p.region}`);
      }
    }
  }
  return byId(places.filter((p) => !bad.has(p.id)));
}

const PRECISION_KIND: Partial<Record<Incident['locationPrecision'], Place['kind'][]>> = {
  // "exact" claims a known site; on a city or country it would overstate what the sources say.
  exact: ['site'],
  region: ['region'],
  country: ['country'],
  settlement: ['city', 'district', 'site'],
  district: ['district', 'city'],
};

function checkIncident(
  inc: Incident,
  ctx: {
    places: Map<string, Place>;
    actors: Map<string, Actor>;
    sources: Map<string, Source>;
    cases: Map<string, Case>;
  },
): Omit<DataIssue, 'file' | 'id'>[] {
  const problems: Omit<DataIssue, 'file' | 'id'>[] = [];
  if (inc.place === null) {
    if (inc.locationPrecision !== 'unknown') {
      problems.push({ field: 'locationPrecision', message: 'must be "unknown" when place is null' });
    }
  } else {
    const place = ctx.places.get(inc.place);
    if (!place) problems.push({ field: 'place', message: `unknown place "${inc.place}"` });
    else if (inc.locationPrecision === 'unknown') {
      problems.push({ field: 'locationPrecision', message: 'is "unknown" but a place is given' });
    } else {
      const kinds = PRECISION_KIND[inc.locationPrecision];
      if (kinds && !kinds.includes(place.kind)) {
        problems.push({
          field: 'locationPrecision',
          message: `"${inc.locationPrecision}" does not fit place "${place.id}" of kind ${place.kind}`,
        });
      }
    }
  }
  inc.actors.forEach((a, i) => {
    if (!ctx.actors.has(a.actor)) problems.push({ field: `actors.${i}.actor`, message: `unknown actor "${a.actor}"` });
  });
  inc.sources.forEach((s, i) => {
    if (!ctx.sources.has(s.source))
      problems.push({ field: `sources.${i}.source`, message: `unknown source "${s.source}"` });
    s.quotes.forEach((q, j) => {
      if (q.lang !== 'en' && !q.translation) {
        problems.push({
          field: `sources.${i}.quotes.${j}.translation`,
          message: `a ${q.lang} quote needs an English translation`,
        });
      }
    });
  });
  inc.cases.forEach((c, i) => {
    if (!ctx.cases.has(c)) problems.push({ field: `cases.${i}`, message: `unknown case "${c}"` });
  });
  return problems;
}

export interface Validated {
  dataset: Dataset;
  issues: DataIssue[];
}

export function validateDataset(raw: RawDataset): Validated {
  const steps = validationSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same validation, pausing whenever it has held the thread for longer than
 * the budget, so a large dataset never freezes the page for seconds.
 */
export async function validateDatasetInSlices(
  raw: RawDataset,
  pause: () => Promise<void>,
  budgetMs = 40,
): Promise<Validated> {
  const steps = validationSteps(raw);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= budgetMs) {
      await pause();
      since = performance.now();
    }
  }
}

function* validationSteps(raw: RawDataset): Generator<void, Validated> {
  const issues: DataIssue[] = [];
  const head = incidentsFileSchema.safeParse(raw.incidents);
  if (!head.success) {
    const first = head.error.issues[0];
    throw new DatasetError(
      `${FILES.incidents} is not a dataset: ${first ? `${fieldOf(first.path)}: ${first.message}` : 'invalid'}`,
      FILES.incidents,
    );
  }
  const places = checkPlaces(
    yield* parseRecords(listOf(raw.places, 'places', FILES.places), placeSchema, FILES.places, issues),
    issues,
  );
  const actors = byId(
    yield* parseRecords(listOf(raw.actors, 'actors', FILES.actors), actorSchema, FILES.actors, issues),
  );
  const sources = byId(
    yield* parseRecords(listOf(raw.sources, 'sources', FILES.sources), sourceSchema, FILES.sources, issues),
  );
  const cases = byId(yield* parseRecords(listOf(raw.cases, 'cases', FILES.cases), caseSchema, FILES.cases, issues));
  const incidents: Incident[] = [];
  const dates: ParsedDate[] = [];
  const parsed = yield* parseRecords(head.data.incidents, incidentSchema, FILES.incidents, issues);
  for (const [k, inc] of parsed.entries()) {
    if (k % SLICE === SLICE - 1) yield;
    const problems = checkIncident(inc, { places, actors, sources, cases });
    if (problems.length > 0) {
      for (const p of problems) issues.push({ file: FILES.incidents, id: inc.id, ...p });
      continue;
    }
    // The schema already proved the date parses.
    dates.push(parseEdtf(inc.date) as ParsedDate);
    incidents.push(inc);
  }
  const incidentIds = new Set(incidents.map((i) => i.id));
  const narratives = yield* checkNarratives(raw.narratives, incidentIds, issues);
  const parse = <T>(list: unknown[], schema: z.ZodType<T>, file: string) => parseRecords(list, schema, file, issues);
  const disputes = yield* checkDisputes(raw.disputes, { incidents: incidentIds, sources }, issues, parse);
  const redirects = yield* checkRedirects(head.data.redirects, incidentIds, FILES.incidents, issues, parse);
  return {
    dataset: {
      version: head.data.version,
      updated: head.data.updated,
      incidents,
      dates,
      places,
      actors,
      sources,
      cases,
      narratives,
      disputes,
      redirects,
    },
    issues,
  };
}

/** Narratives may only point at incidents that exist (and were valid). */
function* checkNarratives(raw: unknown, incidentIds: Set<string>, issues: DataIssue[]): Generator<void, Narrative[]> {
  if (raw === undefined || raw === null) return [];
  const file = OPTIONAL_FILES.narratives;
  const out: Narrative[] = [];
  for (const n of yield* parseRecords(listOf(raw, 'narratives', file), narrativeSchema, file, issues)) {
    const problems: DataIssue[] = [];
    n.steps.forEach((step, k) =>
      step.incidents.forEach((id, j) => {
        if (!incidentIds.has(id)) {
          problems.push({ file, id: n.id, field: `steps.${k}.incidents.${j}`, message: `unknown incident "${id}"` });
        }
      }),
    );
    if (problems.length) issues.push(...problems);
    else out.push(n);
  }
  return out;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.id}: ${issue.field}: ${issue.message}`;
}
