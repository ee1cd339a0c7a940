/**
 * Where a view should look to show one incident: a time window centred on it
 * with context either side, and a map view at a zoom that fits how precisely
 * its place is known (a country-level incident shows the whole country, never
 * a made-up spot). Pure, so a link's framing is tested without a browser.
 */
import type { DataIndex } from '../data/data-index.ts';
import type { MapView } from './slices/map-view.ts';
import type { TimeWindow } from './slices/time-window.ts';
import { linkableWindow } from './time-windows.ts';

const DAY = 86_400_000;
/** The least a framed window shows: an incident and about six weeks either side. */
export const MIN_FRAME_SPAN = 90 * DAY;

/** Map zoom per location precision: a town and its surroundings, a region, a country. */
export const FRAME_ZOOM = { point: 8, region: 5.5, country: 3.4 } as const;

/** Kazakhstan whole, at the default view's zoom. */
const COUNTRY_VIEWS: Record<string, MapView> = { KZ: { center: [67.5, 47.5], zoom: FRAME_ZOOM.country } };

/**
 * A window centred on [start, end): three times its length, and at least
 * MIN_FRAME_SPAN; cut to what a link can hold, or the link to it would not read back.
 */
export function frameWindow(start: number, end: number): TimeWindow {
  const length = Math.max(end - start, DAY);
  const span = Math.max(length * 3, MIN_FRAME_SPAN);
  const mid = (start + end) / 2;
  return linkableWindow({ start: Math.round(mid - span / 2), end: Math.round(mid + span / 2) });
}

/** The map view that shows incident i's place at its precision; null when it has no place. */
export function frameMap(ix: DataIndex, i: number): MapView | null {
  const p = ix.place[i] ?? -1;
  if (p < 0) return null;
  const place = ix.dataset.places.get(ix.placeIds[p]!);
  if (!place) return null;
  const spread = ix.spread[i] ?? 0;
  if (place.kind === 'country' || spread === 2) {
    const whole = COUNTRY_VIEWS[place.country];
    if (whole) return whole;
    return { center: [place.lon, place.lat], zoom: FRAME_ZOOM.country };
  }
  const zoom = place.kind === 'region' || spread === 1 ? FRAME_ZOOM.region : FRAME_ZOOM.point;
  return { center: [place.lon, place.lat], zoom };
}

export interface Frame {
  timeWindow: TimeWindow;
  mapView: MapView | null;
}

/** The time window and map view that frame incident `id`; null when the dataset has no such incident. */
export function frameIncident(ix: DataIndex, id: string): Frame | null {
  const i = ix.idToIndex.get(id);
  if (i === undefined) return null;
  return { timeWindow: frameWindow(ix.start[i]!, ix.end[i]!), mapView: frameMap(ix, i) };
}

/** True when [start, end) lies wholly inside the window (a window of null shows every date). */
export function windowShows(w: TimeWindow | null, start: number, end: number): boolean {
  return w === null || (start >= w.start && end <= w.end);
}
