/**
 * Where the "All dates" view can give its width to the incidents: runs of
 * whole years in which no shown incident begins or ends. On a linear axis the
 * sparse 1986–2010 took more than half the width; these years are drawn
 * compressed (vis-timeline's hiddenDates) and marked, never silently dropped:
 * an incident that spans them still runs across. Whole years, from the
 * index's year columns, keep it one pass over typed arrays at 100,000
 * incidents (it runs on every filter change).
 */
const YEAR = 365.25 * 86_400_000;

export interface QuietStretch {
  /** 1 January of the first quiet year, and of the year after the last. */
  from: number;
  to: number;
  /** The part drawn compressed: the stretch less a margin at each side, so its edges stay readable. */
  hideStart: number;
  hideEnd: number;
}

export interface QuietOptions {
  /** At least this many quiet years in a row to compress them. */
  minYears: number;
  /** Kept visible at each side of a compressed stretch. */
  margin: number;
}

export const QUIET_DEFAULTS: QuietOptions = { minYears: 3, margin: 0.5 * YEAR };

/** The quiet stretches among the shown incidents, oldest first. */
export function quietStretches(
  startYear: ArrayLike<number>,
  endYear: ArrayLike<number>,
  shown: ArrayLike<number>,
  options: QuietOptions = QUIET_DEFAULTS,
): QuietStretch[] {
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k]!;
    first = Math.min(first, startYear[i]!);
    last = Math.max(last, endYear[i]!);
  }
  if (!(last > first)) return [];
  // A year is busy when a shown incident begins or ends in it.
  const busy = new Uint8Array(last - first + 1);
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k]!;
    busy[startYear[i]! - first] = 1;
    busy[endYear[i]! - first] = 1;
  }
  const out: QuietStretch[] = [];
  let run = -1;
  for (let y = 0; y <= busy.length; y++) {
    if (y < busy.length && !busy[y]) {
      if (run < 0) run = y;
      continue;
    }
    if (run >= 0 && y - run >= options.minYears) {
      const from = Date.UTC(first + run, 0, 1);
      const to = Date.UTC(first + y, 0, 1);
      out.push({ from, to, hideStart: from + options.margin, hideEnd: to - options.margin });
    }
    run = -1;
  }
  return out;
}
