/**
 * Where the "All dates" view can give its width to the incidents: long
 * stretches in which no shown incident begins or ends. On a linear axis the
 * sparse 1986–2010 took more than half the width; these stretches are drawn
 * compressed (vis-timeline's hiddenDates) and marked, never silently dropped:
 * an incident that spans one still runs across it.
 */
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

export interface QuietStretch {
  /** The last beginning or end before the stretch, and the first after it. */
  from: number;
  to: number;
  /** The part drawn compressed: the stretch less a margin at each side, so its edges stay readable. */
  hideStart: number;
  hideEnd: number;
}

export interface QuietOptions {
  /** A gap must be at least this long to be compressed. */
  minGap: number;
  /** Kept visible at each side of a compressed gap. */
  margin: number;
}

export const QUIET_DEFAULTS: QuietOptions = { minGap: 3 * YEAR, margin: 0.5 * YEAR };

/**
 * The quiet stretches among the shown incidents, oldest first. O(n log n)
 * over a typed array of the shown incidents' beginnings and ends.
 */
export function quietStretches(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  shown: ArrayLike<number>,
  options: QuietOptions = QUIET_DEFAULTS,
): QuietStretch[] {
  const times = new Float64Array(shown.length * 2);
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k]!;
    times[2 * k] = start[i]!;
    times[2 * k + 1] = end[i]!;
  }
  times.sort();
  const out: QuietStretch[] = [];
  for (let k = 1; k < times.length; k++) {
    const from = times[k - 1]!;
    const to = times[k]!;
    if (to - from < options.minGap) continue;
    out.push({ from, to, hideStart: from + options.margin, hideEnd: to - options.margin });
  }
  return out;
}
