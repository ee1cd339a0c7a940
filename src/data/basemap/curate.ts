/**
 * Curation of Natural Earth features for the basemap: which features are kept,
 * what they are called (always from the gazetteer, never from the source) and
 * from which zoom their labels show. Pure, so the rules are tested without
 * the source files; `src/cli/basemap.ts` does the file and geometry work.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { EXTRA_TOWNS, SEA_LABELS, TOWNS, type Names, type ShapeNames } from './gazetteer';
import { REGIONS } from './regions';

/**
 * What a basemap feature is; the style draws each kind with its own layer. A
 * `place` is a GeoNames town or village (geonames.ts), drawn under the curated `town`s.
 */
export type BasemapKind = 'lake' | 'river' | 'glacier' | 'urban' | 'town' | 'place' | 'region' | 'physical' | 'water';

export interface BasemapProps {
  k: BasemapKind;
  name_en?: string;
  name_ru?: string;
  name_kk?: string;
  /** Label priority: 1 is placed first when labels collide. */
  r?: number;
  /** Lowest (integer) zoom at which the label shows. */
  z?: number;
  /** Region id, shared with the dataset gazetteer. */
  id?: string;
  /** Source of a name that is not the project's own (GeoNames needs a credit). */
  s?: 'geonames';
}

export type BasemapFeature = Feature<Geometry, BasemapProps>;

const named = (n: Names) => ({ name_en: n.en, name_ru: n.ru, name_kk: n.kk });

/** Priority and first zoom of a town label, from its population; towns abroad come after Kazakh ones. */
export function townRank(population: number, capital: boolean, abroad: boolean): { r: number; z: number } {
  let r = capital ? 1 : population >= 1_000_000 ? 1 : population >= 300_000 ? 2 : population >= 100_000 ? 3 : 4;
  if (!capital && population < 30_000) r = 5;
  if (abroad) r += 1;
  const z = [0, 2, 3, 4, 6, 7, 8][r] ?? 8;
  return { r, z };
}

interface NePlaceProps {
  NAME: string;
  ADM0NAME: string;
  POP_MAX: number;
}

/**
 * Towns named by the gazetteer, at Natural Earth's positions unless the
 * gazetteer corrects them. Entries that match no source point are returned
 * as problems, so a changed source cannot silently drop a town.
 */
export function curateTowns(places: FeatureCollection<Point, NePlaceProps>): {
  features: BasemapFeature[];
  problems: string[];
} {
  const problems: string[] = [];
  const features: BasemapFeature[] = [];
  for (const entry of TOWNS) {
    const source = places.features.find(
      (f) => f.properties.NAME === entry.ne && f.properties.ADM0NAME === entry.country,
    );
    if (!source) {
      problems.push(`town "${entry.ne}" (${entry.country}) is not in the source`);
      continue;
    }
    const [lon = 0, lat = 0] = entry.at ?? source.geometry.coordinates;
    features.push({
      type: 'Feature',
      properties: {
        k: 'town',
        ...named(entry),
        ...townRank(source.properties.POP_MAX, entry.capital ?? false, entry.country !== 'Kazakhstan'),
      },
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
    });
  }
  for (const extra of EXTRA_TOWNS) {
    features.push({
      type: 'Feature',
      properties: { k: 'town', ...named(extra), ...townRank(extra.population, false, false) },
      geometry: { type: 'Point', coordinates: extra.at },
    });
  }
  return { features, problems };
}

/** Region names at their label points (regions since 2022; no borders). */
export function regionLabels(): BasemapFeature[] {
  return REGIONS.map((r) => ({
    type: 'Feature',
    properties: { k: 'region', id: r.id, ...named(r), r: 2, z: 5 },
    geometry: { type: 'Point', coordinates: r.at },
  }));
}

export function seaLabels(): BasemapFeature[] {
  return SEA_LABELS.map((s) => ({
    type: 'Feature',
    properties: { k: 'water', ...named(s), r: 1, z: 3 },
    geometry: { type: 'Point', coordinates: s.at },
  }));
}

/**
 * Names a set of source features by their NAME (`name` for Natural Earth's
 * physical layers), keeping unnamed ones only when `keepUnnamed`.
 */
export function nameShapes<G extends Geometry>(
  fc: FeatureCollection<G, { name?: string | null } | null>,
  kind: BasemapKind,
  entries: (Names & { ne: string | string[] })[],
  keepUnnamed: boolean,
): { features: Feature<G, BasemapProps>[]; problems: string[] } {
  const byName = new Map<string, Names>();
  for (const e of entries) for (const ne of [e.ne].flat()) byName.set(ne, e);
  const seen = new Set<string>();
  const features: Feature<G, BasemapProps>[] = [];
  for (const f of fc.features) {
    const source = f.properties?.name ?? '';
    const names = byName.get(source);
    if (names) seen.add(source);
    if (!names && !keepUnnamed) continue;
    features.push({
      type: 'Feature',
      properties: names ? { k: kind, ...named(names) } : { k: kind },
      geometry: f.geometry,
    });
  }
  const problems = [...byName.keys()].filter((ne) => !seen.has(ne)).map((ne) => `${kind} "${ne}" is not in the source`);
  return { features, problems };
}

/** Label points for named shapes (one per name: the first, i.e. the largest when the caller sorts). */
export function labelPoints(
  points: FeatureCollection<Point, { name?: string | null } | null>,
  kind: BasemapKind,
  entries: ShapeNames[],
  rank: (entry: ShapeNames) => { r: number; z: number },
): BasemapFeature[] {
  const out: BasemapFeature[] = [];
  const done = new Set<string>();
  for (const entry of entries) {
    const p = points.features.find((f) => f.properties?.name === entry.ne);
    if (!p || done.has(entry.en)) continue;
    done.add(entry.en);
    const [lon = 0, lat = 0] = p.geometry.coordinates;
    out.push({
      type: 'Feature',
      properties: { k: kind, ...named(entry), ...rank(entry) },
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
    });
  }
  return out;
}

function round(n: number) {
  return Math.round(n * 1e4) / 1e4;
}
