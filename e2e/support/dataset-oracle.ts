/**
 * How many incidents a link should show, counted straight from the data files
 * with nothing of the app's code: the expected value for stories that check
 * the map, timeline and list agree. It reads what a link can filter by (years,
 * actors, categories, places, contested, from/to); a link with search text
 * needs the count from the story itself.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '..', '..', 'data');

interface RawIncident {
  id: string;
  date: string;
  place: string | null;
  category: string;
  actors: { actor: string }[];
}
interface RawPlace {
  id: string;
  kind: string;
  region?: string;
  country: string;
}
interface RawDispute {
  incidents: string[];
}

export interface OracleFiles {
  incidents?: unknown;
  places?: unknown;
  disputes?: unknown;
}

const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, `${file}.json`), 'utf8'));
const listOf = <T>(file: unknown, key: string): T[] => ((file ?? {}) as Record<string, T[]>)[key] ?? [];

/** [start, end) of one EDTF part: a year, a month or a day. */
function bounds(part: string): [number, number] {
  const [y, m, d] = part.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** The time an incident's date covers: "2022-01-05", "2022-01", "2019" or a range "2019-04/2026". */
function span(date: string): [number, number] {
  const [from, to] = date.split('/');
  return [bounds(from!)[0], bounds(to ?? from!)[1]];
}

function listParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

function yearsParam(params: URLSearchParams): Set<number> {
  const years = new Set<number>();
  for (const part of listParam(params, 'years')) {
    const [a, b] = part.split('-').map(Number) as [number, number?];
    for (let y = a; y <= (b ?? a); y++) years.add(y);
  }
  return years;
}

/** Incidents the link's filters and window let through, and how many of those have no place. */
export function countForLink(fragment: string, files: OracleFiles = {}): { shown: number; unlocated: number } {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if ((params.get('q') ?? '') !== '') throw new Error('a link with search text: give the expected count');
  const incidents = listOf<RawIncident>(files.incidents ?? read('incidents'), 'incidents');
  const places = new Map(listOf<RawPlace>(files.places ?? read('places'), 'places').map((p) => [p.id, p]));
  const disputed = new Set(
    listOf<RawDispute>(files.disputes ?? read('disputes'), 'disputes').flatMap((d) => d.incidents),
  );
  const countryPlace = new Map([...places.values()].filter((p) => p.kind === 'country').map((p) => [p.country, p.id]));

  const years = yearsParam(params);
  const actors = listParam(params, 'actors');
  const categories = listParam(params, 'categories');
  const wantedPlaces = listParam(params, 'places');
  const contested = params.get('contested') === '1';
  const from = params.get('from');
  const to = params.get('to');
  // A set shown alone: its ids, each retired one read as the id it became (the data's redirects).
  const raw = (files.incidents ?? read('incidents')) as { redirects?: { from: string; to: string }[] };
  const redirects = new Map((raw.redirects ?? []).map((r) => [r.from, r.to]));
  const set = listParam(params, 'set').map((id) => redirects.get(id) ?? id);
  const onlySet = set.length > 0 && params.get('setonly') !== '0';
  const window = from && to ? [bounds(from)[0], bounds(to)[1]] : null;

  let shown = 0;
  let unlocated = 0;
  for (const inc of incidents) {
    const [start, end] = span(inc.date);
    if (years.size && ![...years].some((y) => Date.UTC(y, 0, 1) < end && Date.UTC(y + 1, 0, 1) > start)) continue;
    if (actors.length && !inc.actors.some((a) => actors.includes(a.actor))) continue;
    if (categories.length && !categories.includes(inc.category)) continue;
    const place = inc.place === null ? undefined : places.get(inc.place);
    if (wantedPlaces.length) {
      const within = place ? [place.id, place.region, countryPlace.get(place.country)] : [];
      if (!wantedPlaces.some((p) => within.includes(p))) continue;
    }
    if (contested && !disputed.has(inc.id)) continue;
    if (onlySet && !set.includes(inc.id)) continue;
    if (window && !(start < window[1]! && end > window[0]!)) continue;
    shown++;
    if (!place) unlocated++;
  }
  return { shown, unlocated };
}

/** Incidents known only to the whole country: what the map's nationwide control lists with no filter. */
export function countNationwide(): number {
  const incidents = listOf<RawIncident & { locationPrecision?: string }>(read('incidents'), 'incidents');
  return incidents.filter((i) => i.place !== null && i.locationPrecision === 'country').length;
}

/** Incidents placed at one town or site (not the region or country around it): one marker group on the map. */
export function countAtPlace(placeId: string): number {
  const incidents = listOf<RawIncident & { locationPrecision?: string }>(read('incidents'), 'incidents');
  return incidents.filter(
    (i) => i.place === placeId && i.locationPrecision !== 'region' && i.locationPrecision !== 'country',
  ).length;
}

interface RawPlaced extends RawIncident {
  locationPrecision?: string;
}

/**
 * What "Only what the map shows" keeps for a box [west, south, east, north]:
 * the incidents placed at a site, town or district whose place's coordinates
 * in data/places.json lie inside it (edges included), in dataset order; and
 * how many it leaves out for having no point (known only to the country, or
 * no place). Incidents known only to a region stand at their region's marker,
 * a point the data files do not hold: a story using this keeps its box clear
 * of region markers, and the count of region-level incidents is returned so
 * it can say which ones it assumed outside.
 */
export function incidentsInArea(area: readonly number[]): {
  ids: string[];
  categories: Map<string, number>;
  nationwide: number;
  unplaced: number;
  regionLevel: string[];
} {
  const [west, south, east, north] = area as [number, number, number, number];
  const incidents = listOf<RawPlaced>(read('incidents'), 'incidents');
  const places = new Map(
    listOf<RawPlace & { lat: number; lon: number }>(read('places'), 'places').map((p) => [p.id, p]),
  );
  const ids: string[] = [];
  const categories = new Map<string, number>();
  let nationwide = 0;
  let unplaced = 0;
  const regionLevel: string[] = [];
  for (const inc of incidents) {
    const place = inc.place === null ? undefined : places.get(inc.place);
    if (!place) unplaced++;
    else if (inc.locationPrecision === 'country') nationwide++;
    else if (inc.locationPrecision === 'region') regionLevel.push(inc.place!);
    else if (place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north) {
      ids.push(inc.id);
      categories.set(inc.category, (categories.get(inc.category) ?? 0) + 1);
    }
  }
  return { ids, categories, nationwide, unplaced, regionLevel };
}
