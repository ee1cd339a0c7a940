/** Pure helpers behind the timeline's buttons: step between incidents, zoom and pan the window. */
import type { DataIndex } from '../../data/data-index';
import type { TimeWindow } from '../../store/slices/time-window';

/**
 * The incident before or after the current one in date order among the
 * filtered incidents. With nothing selected, "next" is the first incident in
 * (or after) the window and "previous" the last one in (or before) it.
 */
export function stepIncident(
  ix: DataIndex,
  byDate: Uint32Array,
  currentId: string | null,
  dir: 1 | -1,
  window: TimeWindow | null,
): string | null {
  if (byDate.length === 0) return null;
  const current = currentId === null ? -1 : byDate.indexOf(ix.idToIndex.get(currentId) ?? -1);
  if (current >= 0) {
    const next = byDate[current + dir];
    return next === undefined ? null : (ix.ids[next] ?? null);
  }
  if (dir === 1) {
    for (const i of byDate) if (!window || ix.end[i]! > window.start) return ix.ids[i] ?? null;
    return null;
  }
  for (let k = byDate.length - 1; k >= 0; k--) {
    const i = byDate[k]!;
    if (!window || ix.start[i]! < window.end) return ix.ids[i] ?? null;
  }
  return null;
}

const MIN_SPAN = 3 * 86_400_000;

/** Zooms around the window's centre; factor < 1 zooms in. */
export function zoomWindow(w: TimeWindow, factor: number, bounds: TimeWindow): TimeWindow {
  const mid = (w.start + w.end) / 2;
  const span = Math.min(Math.max((w.end - w.start) * factor, MIN_SPAN), bounds.end - bounds.start);
  return clampWindow({ start: Math.round(mid - span / 2), end: Math.round(mid + span / 2) }, bounds);
}

/** Moves the window by a fraction of its span (negative = earlier). */
export function panWindow(w: TimeWindow, fraction: number, bounds: TimeWindow): TimeWindow {
  const shift = Math.round((w.end - w.start) * fraction);
  return clampWindow({ start: w.start + shift, end: w.end + shift }, bounds);
}

function clampWindow(w: TimeWindow, b: TimeWindow): TimeWindow {
  const span = w.end - w.start;
  if (w.start < b.start) return { start: b.start, end: b.start + span };
  if (w.end > b.end) return { start: b.end - span, end: b.end };
  return w;
}

export function yearWindow(year: number): TimeWindow {
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
}
