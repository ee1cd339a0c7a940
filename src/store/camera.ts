/**
 * Where the map looks, decided in the store: revealing a selection that is off
 * screen, panning and zooming by the reader's keys or a cluster's click. Both
 * map renderers only apply the view the store holds and report the reader's
 * own gestures, so they move the same way and a link always holds the view on
 * screen. Web Mercator with a 512-px world at zoom 0, as MapLibre draws it.
 */
import type { DataIndex } from '../data/data-index.ts';
import type { MapView } from './slices/map-view.ts';

const WORLD = 512;
const MAX_LAT = 85.051129;

/** The map's drawing area in CSS pixels, as its renderer reports it. */
export interface MapSize {
  width: number;
  height: number;
}

/** The zooms both renderers can show. */
export const MAP_ZOOM = { min: 1, max: 10 } as const;

function toWorld([lon, lat]: [number, number], zoom: number): [number, number] {
  const scale = WORLD * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

function fromWorld([x, y]: [number, number], zoom: number): [number, number] {
  const scale = WORLD * 2 ** zoom;
  const lon = (x / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [lon, lat];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** A view as a link writes it: four decimals of a degree, two of a zoom level. */
function tidy(center: [number, number], zoom: number): MapView {
  const lon = ((((center[0] + 180) % 360) + 360) % 360) - 180;
  return {
    center: [round(lon, 4), round(Math.max(-MAX_LAT, Math.min(MAX_LAT, center[1])), 4)],
    zoom: round(Math.max(MAP_ZOOM.min, Math.min(MAP_ZOOM.max, zoom)), 2),
  };
}

/** Whether a point is on screen for this view, at least `margin` px inside the edges. */
export function onScreen(view: MapView, size: MapSize, point: [number, number], margin = 24): boolean {
  const [cx, cy] = toWorld(view.center, view.zoom);
  const [px, py] = toWorld(point, view.zoom);
  const dx = px - cx;
  const dy = py - cy;
  return Math.abs(dx) <= size.width / 2 - margin && Math.abs(dy) <= size.height / 2 - margin;
}

/** The view moved by the reader's keys or buttons: dx, dy in screen pixels. */
export function panView(view: MapView, dx: number, dy: number): MapView {
  const [x, y] = toWorld(view.center, view.zoom);
  return tidy(fromWorld([x + dx, y + dy], view.zoom), view.zoom);
}

/** The view zoomed in (delta > 0) or out about its centre, within the zooms the map shows. */
export function zoomView(view: MapView, delta: number): MapView {
  return tidy(view.center, view.zoom + delta);
}

/** A view centred on a point, at a zoom. */
export function centreOn(point: [number, number], zoom: number): MapView {
  return tidy(point, zoom);
}

/**
 * Where the map looks after incident i is selected from outside the map: the
 * same view when its place is on screen or it has no point of its own (no
 * place, or known only to the whole country), else centred on its place at
 * the same zoom. Null means "leave the map where it is".
 */
export function revealIncident(ix: DataIndex, i: number, view: MapView, size: MapSize | null): MapView | null {
  if (!size || size.width <= 0 || size.height <= 0) return null;
  const p = ix.place[i] ?? -1;
  if (p < 0 || ix.spread[i] === 2) return null;
  const place = ix.dataset.places.get(ix.placeIds[p]!);
  if (!place || place.kind === 'country') return null;
  const point: [number, number] = [place.lon, place.lat];
  return onScreen(view, size, point) ? null : centreOn(point, view.zoom);
}
