/**
 * Playback: the time window moved forward step by step, pure and in one
 * place. A step is a calendar week, month or year in UTC (the window a link
 * holds is whole UTC days, so summer time never shifts it). A sliding window
 * keeps its length and moves; a cumulative one keeps its start and grows.
 * Playback stops once the window's end has reached the end of the data.
 */
import type { TimeWindow } from './slices/time-window.ts';

export type PlaybackStep = 'week' | 'month' | 'year';
export type PlaybackMode = 'sliding' | 'cumulative';
export const PLAYBACK_STEPS: readonly PlaybackStep[] = ['week', 'month', 'year'];
export const PLAYBACK_MODES: readonly PlaybackMode[] = ['sliding', 'cumulative'];
export const PLAYBACK_SPEEDS: readonly number[] = [0.5, 1, 2, 4];

const DAY = 86_400_000;
/** One step a second at 1×. */
export const BASE_STEP_MS = 1000;
/** With reduced motion asked for, the window moves by itself at most once in this time. */
export const REDUCED_MOTION_STEP_MS = 2000;

/** The UTC instant n calendar steps after t (n may be negative); a day past the month's end becomes its last day. */
export function addSteps(t: number, step: PlaybackStep, n: number): number {
  if (step === 'week') return t + n * 7 * DAY;
  const d = new Date(t);
  const months = step === 'year' ? 12 * n : n;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(
    y,
    m,
    Math.min(d.getUTCDate(), last),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** The start of the step-long period t falls in: Monday of its week, the 1st of its month, 1 January. */
export function periodStart(t: number, step: PlaybackStep): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (step === 'year') return Date.UTC(y, 0, 1);
  if (step === 'month') return Date.UTC(y, d.getUTCMonth(), 1);
  const day = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
  // 1970-01-01 was a Thursday: days since then, shifted so that Monday is 0.
  const weekday = (Math.floor(day / DAY) + 3) % 7;
  return day - ((weekday + 7) % 7) * DAY;
}

/**
 * The next window one step forward (dir 1) or back (dir -1); null where
 * playback stops: forward, once the end has reached the end of the data;
 * back, once the start is at the data's start (sliding) or the window is one
 * step long (cumulative).
 */
export function stepWindow(
  w: TimeWindow,
  step: PlaybackStep,
  mode: PlaybackMode,
  dir: 1 | -1,
  bounds: TimeWindow,
): TimeWindow | null {
  if (dir === 1 && w.end >= bounds.end) return null;
  if (mode === 'cumulative') {
    const end = addSteps(w.end, step, dir);
    if (dir === -1 && end <= w.start) return null;
    return { start: w.start, end };
  }
  if (dir === -1 && w.start <= bounds.start) return null;
  return { start: addSteps(w.start, step, dir), end: addSteps(w.end, step, dir) };
}

/** Whether a forward step is left: false once the window's end is at or past the end of the data. */
export function canPlay(w: TimeWindow | null, bounds: TimeWindow): boolean {
  return w === null || w.end < bounds.end;
}

export type PlaybackStart = { window: TimeWindow; from: 'window' | 'first' | 'restart' };

/**
 * Where playing begins: the window on screen; with "all dates" (no window),
 * the first incident's period, one step long; from the end of the data, the
 * first period again (with the same length when sliding).
 */
export function playbackStart(
  w: TimeWindow | null,
  step: PlaybackStep,
  mode: PlaybackMode,
  bounds: TimeWindow,
): PlaybackStart {
  const first = periodStart(bounds.start, step);
  if (w === null) return { window: { start: first, end: addSteps(first, step, 1) }, from: 'first' };
  if (canPlay(w, bounds)) return { window: w, from: 'window' };
  const end = mode === 'sliding' ? first + (w.end - w.start) : addSteps(first, step, 1);
  return { window: { start: first, end }, from: 'restart' };
}

/** Milliseconds between steps at a speed; reduced motion moves no faster than one step per REDUCED_MOTION_STEP_MS. */
export function stepInterval(speed: number, reducedMotion: boolean): number {
  const ms = BASE_STEP_MS / (speed > 0 ? speed : 1);
  return reducedMotion ? Math.max(ms, REDUCED_MOTION_STEP_MS) : ms;
}

/**
 * When the next step may start: one interval after the last began, but never
 * before the last was on screen. A step that took longer than the interval
 * is late, and the next follows at once rather than piling up.
 */
export function nextDelay(interval: number, startedAt: number, committedAt: number): { delay: number; late: boolean } {
  const took = committedAt - startedAt;
  return took >= interval ? { delay: 0, late: true } : { delay: interval - took, late: false };
}
