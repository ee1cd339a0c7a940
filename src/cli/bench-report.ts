/** Statistics and the markdown tables of `npm run bench`. */

export interface Samples {
  /** Completed measurements, ms. */
  values: number[];
  /** Runs that hit their timeout (the value is then unknown but larger than the timeout). */
  timeouts: number;
  timeoutMs: number;
  /** Why the measurement did not run, if it did not. */
  skipped?: string;
  /** The longest main-thread task seen during any of the runs, ms. */
  longestTaskMs?: number;
}

export const emptySamples = (timeoutMs: number, skipped?: string): Samples => ({
  values: [],
  timeouts: 0,
  timeoutMs,
  ...(skipped ? { skipped } : {}),
});

/** Nearest-rank percentile of the sorted values. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function formatMs(ms: number | null): string {
  if (ms === null) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms)} ms`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '–';
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e3).toFixed(0)} kB`;
}

/** One number for a cell: the median, or "> timeout" when nothing finished. */
export function cell(s: Samples | undefined, stat: (v: number[]) => number | null = median): string {
  if (!s) return '–';
  if (s.values.length === 0) return s.timeouts > 0 ? `> ${formatMs(s.timeoutMs)}` : s.skipped ? 'skipped' : '–';
  const v = formatMs(stat(s.values));
  return s.timeouts > 0 ? `${v} (+${s.timeouts} > ${formatMs(s.timeoutMs)})` : v;
}

/** Median and p95, with the sample count. */
export function spreadCell(s: Samples | undefined): string {
  if (!s || s.values.length === 0) return cell(s);
  const base = `${formatMs(median(s.values))} / ${formatMs(percentile(s.values, 95))} (n=${s.values.length})`;
  return s.timeouts > 0 ? `${base}, ${s.timeouts} > ${formatMs(s.timeoutMs)}` : base;
}

/** Ours ÷ baseline; with a timed-out baseline only an upper bound is known. */
export function ratioCell(ours: Samples | undefined, baseline: Samples | undefined): string {
  const a = ours ? median(ours.values) : null;
  if (a === null || !baseline) return '–';
  const b = median(baseline.values);
  if (b !== null && baseline.timeouts === 0) return ratio(a / b);
  if (baseline.timeouts > 0) return `< ${ratio(a / baseline.timeoutMs)}`;
  return '–';
}

const ratio = (r: number) => `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(1)}×`;

export function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  // Numbers read best right-aligned.
  return [line(head), line(head.map(() => '---:')), ...rows.map(line)].join('\n');
}
