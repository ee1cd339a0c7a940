/** Chosen years as runs of consecutive years, so 2011…2026 reads (and is removed) as one "2011–2026". */

export interface YearRun {
  from: number;
  to: number;
}

export function yearRuns(years: readonly number[]): YearRun[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: YearRun[] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y === last.to + 1) last.to = y;
    else runs.push({ from: y, to: y });
  }
  return runs;
}

/** "2011–2026", "2019", joined with commas: "2011–2016, 2019". */
export function yearRunsText(years: readonly number[]): string {
  return yearRuns(years)
    .map((r) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`))
    .join(', ');
}
