/**
 * What a narrative step shows: which incident is open, the time window and the
 * map view. Pure, so stories can be tested without a browser.
 */
import type { DataIndex } from '../data/data-index.ts';
import type { Narrative } from '../data/schema.ts';
import { parseEdtf } from '../lib/edtf.ts';
import type { MapView } from './slices/map-view.ts';
import type { TimeWindow } from './slices/time-window.ts';
import { CONTEXT_ZOOM } from './camera.ts';

const DAY = 86_400_000;

export interface StepView {
  selectedId: string;
  timeWindow: TimeWindow;
  mapView: MapView | null;
}

export function stepView(ix: DataIndex, narrative: Narrative, step: number): StepView | null {
  const s = narrative.steps[step];
  if (!s) return null;
  const indices = s.incidents.map((id) => ix.idToIndex.get(id)).filter((i): i is number => i !== undefined);
  const first = indices[0];
  if (first === undefined) return null;

  let timeWindow: TimeWindow;
  const from = s.window ? parseEdtf(s.window.from) : null;
  const to = s.window ? parseEdtf(s.window.to) : null;
  if (from && to && to.end > from.start) timeWindow = { start: from.start, end: to.end };
  else {
    let start = Infinity;
    let end = -Infinity;
    for (const i of indices) {
      start = Math.min(start, ix.start[i]!);
      end = Math.max(end, ix.end[i]!);
    }
    const span = Math.max(end - start, 30 * DAY);
    timeWindow = { start: Math.round(start - span * 0.5), end: Math.round(end + span * 0.5) };
  }

  let mapView: MapView | null = s.map ? { center: s.map.center, zoom: Math.min(s.map.zoom, CONTEXT_ZOOM) } : null;
  if (!mapView) {
    const located = indices.find((i) => ix.place[i]! >= 0);
    const place = located === undefined ? undefined : ix.dataset.places.get(ix.placeIds[ix.place[located]!]!);
    if (place) {
      const zoom = place.kind === 'country' ? 3.5 : place.kind === 'region' ? 5.5 : 7;
      mapView = { center: [place.lon, place.lat], zoom };
    }
  }
  return { selectedId: ix.ids[first]!, timeWindow, mapView };
}
