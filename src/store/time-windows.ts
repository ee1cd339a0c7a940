/**
 * Where the timeline looks: every piece of time-window arithmetic, pure and in
 * one place. Links, stories, selection, the timeline's buttons and its
 * overview brush all move the window through these, so they agree on what a
 * window may be (within the linkable years, whole days when the app makes it).
 */
import type { DataIndex } from '../data/data-index.ts';
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, DATASET_SPAN } from '../lib/edtf.ts';
import type { TimeWindow } from './slices/time-window.ts';

const DAY = 86_400_000;
/** The timeline's closest zoom. */
export const MIN_WINDOW_SPAN = 3 * DAY;

/** The widest window a link may hold: the dataset's years with five years of margin either side. */
export const LINKABLE_WINDOW: TimeWindow = {
  start: Date.UTC(DATASET_FIRST_YEAR - 5, 0, 1),
  end: Date.UTC(DATASET_LAST_YEAR + 5, 0, 1),
};

/**
 * Cuts a window to what a link can hold, so every window the app makes can be
 * shared exactly: within the linkable years, and whole days (a link writes days).
 */
export function linkableWindow(w: TimeWindow): TimeWindow {
  const start = Math.floor(w.start / DAY) * DAY;
  const end = Math.max(Math.ceil(w.end / DAY) * DAY, start + DAY);
  return { start: Math.max(start, LINKABLE_WINDOW.start), end: Math.min(end, LINKABLE_WINDOW.end) };
}

/** The window moved (same span) so that [start, end) is inside it; null if it already is. */
export function windowToInclude(w: TimeWindow, start: number, end: number): TimeWindow | null {
  if (start < w.end && end > w.start) return null;
  const span = w.end - w.start;
  if (end - start >= span) {
    const pad = (end - start) * 0.1;
    return linkableWindow({ start: start - pad, end: end + pad });
  }
  const mid = (start + end) / 2;
  return linkableWindow({ start: Math.round(mid - span / 2), end: Math.round(mid + span / 2) });
}

/** The window kept inside the bounds: no wider than they are, slid back in where it sticks out. */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const span = Math.min(w.end - w.start, bounds.end - bounds.start);
  if (w.start < bounds.start) return { start: bounds.start, end: bounds.start + span };
  if (w.end > bounds.end) return { start: bounds.end - span, end: bounds.end };
  return { start: w.start, end: w.start + span };
}

/** Zooms around the window's centre; factor < 1 zooms in. */
export function zoomWindow(w: TimeWindow, factor: number, bounds: TimeWindow): TimeWindow {
  const mid = (w.start + w.end) / 2;
  const span = Math.min(Math.max((w.end - w.start) * factor, MIN_WINDOW_SPAN), bounds.end - bounds.start);
  return clampWindow({ start: Math.round(mid - span / 2), end: Math.round(mid + span / 2) }, bounds);
}

/** Moves the window by a fraction of its span (negative = earlier). */
export function panWindow(w: TimeWindow, fraction: number, bounds: TimeWindow): TimeWindow {
  const shift = Math.round((w.end - w.start) * fraction);
  return clampWindow({ start: w.start + shift, end: w.end + shift }, bounds);
}

/** One calendar year. */
export function yearWindow(year: number): TimeWindow {
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
}

/** The window that fits the chosen years: from 1 January of the first to the end of the last; null for none. */
export function yearsWindow(years: readonly number[]): TimeWindow | null {
  if (years.length === 0) return null;
  return { start: yearWindow(Math.min(...years)).start, end: yearWindow(Math.max(...years)).end };
}

/** The window "all dates" shows: every filtered incident, with a margin so edge items are not cut. */
export function fitWindow(extent: TimeWindow | null, data: DataIndex | null): TimeWindow {
  if (!extent) return { start: data?.minTime ?? DATASET_SPAN.start, end: data?.maxTime ?? DATASET_SPAN.end };
  const span = Math.max(extent.end - extent.start, 30 * DAY);
  const pad = span * 0.06;
  return { start: extent.start - pad, end: extent.end + pad * 3 };
}
