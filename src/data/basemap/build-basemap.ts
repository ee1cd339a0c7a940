/**
 * Turns Natural Earth topology (world-atlas) into the GeoJSON the offline
 * basemap draws. Runs at build time; the browser only fetches the result from
 * the app's own origin.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';

/** Where readers look most: Kazakhstan, its neighbours and the wider region. */
export const DETAIL_BBOX: [number, number, number, number] = [20, 10, 140, 75];

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function bboxOf(geometry: Geometry | null): [number, number, number, number] | null {
  if (!geometry) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (p: Position) => {
    const [x = 0, y = 0] = p;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  };
  const walk = (coords: unknown): void => {
    if (Array.isArray(coords) && typeof coords[0] === 'number') visit(coords as Position);
    else if (Array.isArray(coords)) coords.forEach(walk);
  };
  if (geometry.type === 'GeometryCollection')
    geometry.geometries.forEach((g) => walk('coordinates' in g ? g.coordinates : []));
  else walk(geometry.coordinates);
  return minX === Infinity ? null : [minX, minY, maxX, maxY];
}

function intersects(a: [number, number, number, number], b: [number, number, number, number]) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Rounds coordinates to ~100 m; more precision only costs bytes at country scale. */
function roundCoords<T>(coords: T): T {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    return coords.map((n: number) => Math.round(n * 1000) / 1000) as T;
  }
  if (Array.isArray(coords)) return coords.map(roundCoords) as T;
  return coords;
}

function compact(f: Feature): Feature {
  const g = f.geometry;
  const geometry = g.type === 'GeometryCollection' ? g : { ...g, coordinates: roundCoords(g.coordinates) };
  return {
    type: 'Feature',
    id: f.id,
    properties: { name: (f.properties as { name?: string } | null)?.name ?? '' },
    geometry,
  } as Feature;
}

/**
 * Detailed (1:50m) shapes where they matter and coarse (1:110m) ones for the
 * rest of the world, so the file stays small.
 */
export function buildCountries(detailed: Countries, coarse: Countries): FeatureCollection {
  const fine = feature(detailed, detailed.objects.countries).features;
  const rough = feature(coarse, coarse.objects.countries).features;
  const inRegion = new Set<string>();
  const out: Feature[] = [];
  for (const f of fine) {
    const box = bboxOf(f.geometry);
    if (box && intersects(box, DETAIL_BBOX)) {
      inRegion.add(String(f.id ?? f.properties?.name));
      out.push(compact(f));
    }
  }
  for (const f of rough) {
    if (!inRegion.has(String(f.id ?? f.properties?.name))) out.push(compact(f));
  }
  return { type: 'FeatureCollection', features: out };
}

/** Land borders between countries (shared arcs only, so coastlines are not drawn twice). */
export function buildBorders(detailed: Countries): FeatureCollection<MultiLineString> {
  const lines = mesh(detailed, detailed.objects.countries, (a, b) => a !== b);
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { ...lines, coordinates: roundCoords(lines.coordinates) } },
    ],
  };
}
