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

/**
 * The deepest zoom at which the basemap has context everywhere the dataset
 * has places (towns and villages around them); at 10 a step in Zhanaozen is one
 * label on an empty canvas. Stories frame their steps no closer than this.
 */
export const CONTEXT_ZOOM = 9;

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

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Kazakhstan's extent: what a fresh view shows when nothing narrower is asked for. */
export const COUNTRY_BOUNDS: Bounds = [46.4, 40.5, 87.4, 55.5];

/**
 * What a view shows on a map of this size, as [west, south, east, north]: the
 * corners of the drawing area turned back into degrees, as both renderers draw
 * it (a Web Mercator view of this centre and zoom). Latitudes stay within what
 * Web Mercator draws; longitudes are not wrapped (the map never crosses 180°).
 */
export function visibleBounds(view: MapView, size: MapSize): Bounds {
  const [cx, cy] = toWorld(view.center, view.zoom);
  const [west, north] = fromWorld([cx - size.width / 2, cy - size.height / 2], view.zoom);
  const [east, south] = fromWorld([cx + size.width / 2, cy + size.height / 2], view.zoom);
  return [west, south, east, north];
}

/** Room kept free at the map's edges, in CSS pixels, for the controls and notes drawn over it. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The view that shows `bounds` whole inside the map, less the insets, at no
 * more than `maxZoom` (a single place is shown with its surroundings, not at
 * street level). The centre moves with uneven insets, so the bounds sit in
 * the free part of the map.
 */
export function fitBounds(bounds: Bounds, size: MapSize, insets: Insets, maxZoom: number): MapView {
  const [west, south, east, north] = bounds;
  const [x0, y1] = toWorld([west, south], 0);
  const [x1, y0] = toWorld([east, north], 0);
  const freeW = Math.max(1, size.width - insets.left - insets.right);
  const freeH = Math.max(1, size.height - insets.top - insets.bottom);
  const fit = Math.log2(Math.min(freeW / Math.max(x1 - x0, 1e-9), freeH / Math.max(y1 - y0, 1e-9)));
  const zoom = Math.max(MAP_ZOOM.min, Math.min(maxZoom, Math.floor(fit * 20) / 20));
  const scale = 2 ** zoom;
  // The bounds' centre, shifted so that it lands in the middle of the free area.
  const cx = ((x0 + x1) / 2) * scale + (insets.right - insets.left) / 2;
  const cy = ((y0 + y1) / 2) * scale + (insets.bottom - insets.top) / 2;
  return tidy(fromWorld([cx, cy], zoom), zoom);
}

/** Whether `bounds` lie whole inside the view's free area: the map less the insets. */
export function boundsInView(view: MapView, size: MapSize, insets: Insets, bounds: Bounds): boolean {
  const [cx, cy] = toWorld(view.center, view.zoom);
  const [x0, y1] = toWorld([bounds[0], bounds[1]], view.zoom);
  const [x1, y0] = toWorld([bounds[2], bounds[3]], view.zoom);
  const left = cx - size.width / 2 + insets.left;
  const right = cx + size.width / 2 - insets.right;
  const top = cy - size.height / 2 + insets.top;
  const bottom = cy + size.height / 2 - insets.bottom;
  return x0 >= left && x1 <= right && y0 >= top && y1 <= bottom;
}

/** A box on screen, in CSS pixels (as getBoundingClientRect gives it). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between a control and what a fitted view shows. */
const INSET_GAP = 8;

/**
 * The room to keep free at the map's top and bottom for the controls and
 * notes drawn over it, from where they are on screen (their size changes with
 * the language and the screen): each counts towards the edge it is nearer.
 * Never more than 45% of the map a side, so a fit always has room.
 */
export function overlayInsets(map: ScreenBox, overlays: ScreenBox[], sides = 20): Insets {
  const height = map.bottom - map.top;
  const middle = map.top + height / 2;
  const width = map.right - map.left;
  const centre = map.left + width / 2;
  let top = INSET_GAP;
  let bottom = INSET_GAP;
  let left = sides;
  let right = sides;
  for (const o of overlays) {
    const overlaps = o.right > map.left && o.left < map.right && o.bottom > map.top && o.top < map.bottom;
    if (!overlaps || o.bottom <= o.top) continue;
    // A tall, narrow control (zoom buttons) takes a side, not a whole band across the map.
    if (o.bottom - o.top > o.right - o.left) {
      if ((o.left + o.right) / 2 > centre) right = Math.max(right, map.right - o.left + INSET_GAP);
      else left = Math.max(left, o.right - map.left + INSET_GAP);
    } else if ((o.top + o.bottom) / 2 < middle) top = Math.max(top, o.bottom - map.top + INSET_GAP);
    else bottom = Math.max(bottom, map.bottom - o.top + INSET_GAP);
  }
  const most = Math.round(height * 0.45);
  const mostSide = Math.round(width * 0.45);
  return {
    top: Math.min(Math.round(top), most),
    right: Math.min(Math.round(right), mostSide),
    bottom: Math.min(Math.round(bottom), most),
    left: Math.min(Math.round(left), mostSide),
  };
}
