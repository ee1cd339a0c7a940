/**
 * The basemap's detail file (public/basemap/detail.json, the one the WebGL map
 * adds after its first frame) for the SVG map: built-up areas, glaciers,
 * rivers and lakes as shapes under the borders, so a close zoom shows where
 * it is; towns, regions, waters and landforms as names to place. The file is
 * read as untrusted data: a feature without the expected fields is skipped,
 * and its names only ever become text.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { project } from './geometry';
import type { LabelKind, LabelSpec } from './label-placement';
import { basemapPath, svgEl } from './svg-layers';

/** Zooms the WebGL map stops showing these names at (basemap/detail-style.ts). */
const UNTIL: Partial<Record<LabelKind, number>> = { region: 9, physical: 8 };
const NAMED = new Set<string>(['town', 'region', 'water', 'physical']);
const SHAPES = ['urban', 'glacier', 'river', 'lake'] as const;
type ShapeKind = (typeof SHAPES)[number];

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

function features(file: unknown): Feature<Geometry | null, Record<string, unknown> | null>[] {
  const list = (file as Partial<FeatureCollection> | null)?.features;
  return Array.isArray(list) ? (list as Feature<Geometry | null, Record<string, unknown> | null>[]) : [];
}

/** Names from the detail file: every named point, shown from its own zoom (`z`). */
export function detailLabelSpecs(file: unknown): LabelSpec[] {
  const out: LabelSpec[] = [];
  for (const f of features(file)) {
    const p = f?.properties;
    const g = f?.geometry;
    const k = p?.['k'];
    const en = text(p?.['name_en']);
    if (!p || typeof k !== 'string' || !NAMED.has(k) || !en || g?.type !== 'Point') continue;
    const [lon, lat] = g.coordinates;
    const z = Number(p['z']);
    const r = Number(p['r']);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat!) > 85) continue;
    const kind = k as LabelKind;
    const id = text(p['id']);
    out.push({
      id: `${kind}:${id ?? `${en}@${lon},${lat}`}`,
      kind,
      base: project([lon!, lat!]),
      names: { en, ru: text(p['name_ru']), kk: text(p['name_kk']) },
      rank: Number.isFinite(r) ? r : 9,
      minZoom: Number.isFinite(z) ? z : 0,
      maxZoom: UNTIL[kind] ?? Infinity,
      ...(kind === 'region' && id ? { region: id } : {}),
    });
  }
  return out;
}

/**
 * A ring order d3-geo reads as intended. The detail file is written for
 * MapLibre, which ignores winding; d3-geo draws on the sphere, where a ring
 * wound the other way is everything but the lake, and floods the map.
 */
export function rewound(g: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: fix(g.coordinates) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
  return g;
}

/** The detail's shapes, and what changes with the zoom: built-up areas fade in from zoom 5, rivers widen. */
export interface DetailShapes {
  group: SVGGElement;
  zoomTo(zoom: number): void;
}

/** The shapes of the detail file, one path per kind, drawn at zoom 0 and scaled with the basemap. */
export function detailShapes(file: unknown): DetailShapes {
  const byKind = new Map<ShapeKind, Feature[]>(SHAPES.map((k) => [k, []]));
  for (const f of features(file)) {
    const k = f?.properties?.['k'];
    const g = f?.geometry;
    if (!g || g.type === 'Point' || g.type === 'MultiPoint' || g.type === 'GeometryCollection') continue;
    byKind.get(k as ShapeKind)?.push({ type: 'Feature', properties: null, geometry: rewound(g) });
  }
  const group = svgEl('g', { class: 'fallback-detail' });
  const paths = new Map<ShapeKind, SVGPathElement>();
  for (const kind of SHAPES) {
    const d = basemapPath({ type: 'FeatureCollection', features: byKind.get(kind) ?? [] });
    if (!d) continue;
    const path = svgEl('path', { d, class: `fallback-${kind}` });
    paths.set(kind, path);
    group.append(path);
  }
  const lerp = (zoom: number, z0: number, a: number, z1: number, b: number) =>
    a + (b - a) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  // Set only on change: a new stroke width repaints every river.
  const set = (path: SVGPathElement | undefined, name: string, value: string) => {
    if (path && path.getAttribute(name) !== value) path.setAttribute(name, value);
  };
  return {
    group,
    zoomTo(zoom) {
      set(paths.get('urban'), 'opacity', zoom < 5 ? '0' : lerp(zoom, 5, 0.5, 8, 0.9).toFixed(1));
      const width = zoom < 6 ? lerp(zoom, 3, 0.7, 6, 1.4) : lerp(zoom, 6, 1.4, 9, 2.6);
      set(paths.get('river'), 'stroke-width', width.toFixed(1));
    },
  };
}
