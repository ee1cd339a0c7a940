/**
 * Geometry of the map drawn without WebGL, kept pure so it is tested without
 * a browser. d3-geo projects (Web Mercator, like MapLibre) and d3-zoom's
 * transform positions; the store's map view (centre and MapLibre zoom) maps
 * onto a zoom transform and back, so a link opens at the same place in both
 * renderers. Incidents are grouped by the same `mapGroups` as the WebGL map.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { DataIndex } from '../../../data/data-index';
import { round } from '../../../lib/numbers';
import { MAP_ZOOM } from '../../../store/camera';
import type { MapView } from '../../../store/slices/map-view';
import type { PlaceFeatureProps } from '../incident-features';
import { mapGroups } from '../map-groups';

/** MapLibre draws the world 512 px wide at zoom 0; the same scale makes zoom levels agree. */
export const WORLD_SIZE = 512;
export const MIN_ZOOM = MAP_ZOOM.min;
/** The WebGL map's closest zoom: the basemap has no more detail to show beyond it, and a link means the same view in both. */
export const MAX_ZOOM = MAP_ZOOM.max;

export type Size = [width: number, height: number];

/** Web Mercator at zoom 0, centred on (0, 0): every other view is a zoom transform of it. */
export function baseProjection(): GeoProjection {
  return geoMercator()
    .scale(WORLD_SIZE / (2 * Math.PI))
    .translate([0, 0]);
}

const base = baseProjection();

export function project(lonLat: [number, number]): [number, number] {
  return base(lonLat) ?? [0, 0];
}

/** The place at a zoom-0 position (the inverse of project). */
export function unproject(point: [number, number]): [number, number] {
  const [lon = 0, lat = 0] = base.invert?.(point) ?? [];
  return [round(lon, 5), round(lat, 5)];
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The zoom transform that shows a store map view in a box of this size. */
export function viewToTransform(view: MapView, [w, h]: Size): ZoomTransform {
  const [x, y] = project(view.center);
  return zoomIdentity
    .translate(w / 2, h / 2)
    .scale(2 ** clampZoom(view.zoom))
    .translate(-x, -y);
}

/** The store map view a zoom transform shows (the inverse of viewToTransform). */
export function transformToView(t: ZoomTransform, [w, h]: Size): MapView {
  const [lon = 0, lat = 0] = base.invert?.(t.invert([w / 2, h / 2])) ?? [];
  return { center: [round(lon, 4), round(lat, 4)], zoom: round(Math.log2(t.k), 2) };
}

/** A transform that fits these places in the box with a margin, never closer than `maxZoom`. */
export function fitTransform(points: [number, number][], size: Size, maxZoom = 7, pad = 40): ZoomTransform | null {
  if (points.length === 0) return null;
  const [w, h] = size;
  const fitted = baseProjection().fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, w - pad), Math.max(pad + 1, h - pad)],
    ],
    { type: 'MultiPoint', coordinates: points },
  );
  const zoom = Math.log2(fitted.scale() / base.scale());
  const centre = fitted.invert?.([w / 2, h / 2]);
  // Places at one spot have no extent to fit: centre on them at the closest zoom allowed.
  if (!Number.isFinite(zoom) || !centre || !centre.every(Number.isFinite)) {
    return viewToTransform({ center: points[0]!, zoom: maxZoom }, size);
  }
  return viewToTransform({ center: centre, zoom: Math.min(maxZoom, zoom) }, size);
}

export interface Marker extends PlaceFeatureProps {
  lonLat: [number, number];
  /** Position at zoom 0, before the zoom transform. */
  base: [number, number];
}

/** Markers for the visible incidents, one per place group, largest first. */
export function markersFor(ix: DataIndex, visible: ArrayLike<number>): Marker[] {
  // The WebGL map's groups: regions at their label points; country-level incidents in the nationwide control.
  const markers = mapGroups(ix, visible).mapped.features.map((f) => {
    const lonLat = f.geometry.coordinates as [number, number];
    return { ...f.properties, lonLat, base: project(lonLat) };
  });
  return markers.sort((a, b) => b.count - a.count || a.key - b.key);
}

/** The marker radius the WebGL map uses (incident-layers.ts): one size for one incident, steps by count. */
export function markerRadius(count: number): number {
  if (count === 1) return 9;
  if (count >= 10000) return 28;
  if (count >= 1000) return 23;
  if (count >= 100) return 19;
  if (count >= 10) return 15;
  return 12;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker an arrow key moves to: the nearest one on that side, preferring
 * those straight ahead over those off to the side. Null at the edge.
 */
export function nextInDirection(points: [number, number][], from: number, dir: Direction): number | null {
  const origin = points[from];
  if (!origin) return null;
  let best: number | null = null;
  let bestCost = Infinity;
  points.forEach(([x, y], k) => {
    if (k === from) return;
    const ahead =
      dir === 'right' ? x - origin[0] : dir === 'left' ? origin[0] - x : dir === 'down' ? y - origin[1] : origin[1] - y;
    const aside = dir === 'left' || dir === 'right' ? Math.abs(y - origin[1]) : Math.abs(x - origin[0]);
    // Markers at the very same spot are reached in list order with right/down.
    if (ahead < 0 || (ahead === 0 && aside === 0 && !(k > from && (dir === 'right' || dir === 'down')))) return;
    if (ahead === 0 && aside > 0) return;
    const cost = ahead + 2 * aside;
    if (cost < bestCost) {
      bestCost = cost;
      best = k;
    }
  });
  return best;
}
