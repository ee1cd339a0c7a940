/** Command-line options and fixed settings of the benchmark. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CategoryId } from '../../data/vocabulary';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BENCH = join(ROOT, 'bench');
export const DIST = join(BENCH, 'dist');
export const VIEWPORT = { width: 1440, height: 900 };
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A month inside the biggest spike, so the zoom lands on real work at every size. */
export const ZOOM_MONTH = {
  from: '2022-01-01',
  to: '2022-01-31',
  start: Date.UTC(2022, 0, 1),
  end: Date.UTC(2022, 1, 1),
};

/** Words the synthetic incidents use in their titles, quotes and place names. */
export const SEARCH_WORDS = ['police', 'zhanaozen', 'activist'];

/** Filter changes come in on/off pairs so each one starts from the unfiltered view. */
export const FILTER_PAIRS: ({ category: CategoryId } | { year: number })[] = [
  { category: 'detention' },
  { year: 2022 },
  { category: 'summons' },
  { year: 2019 },
  { category: 'prosecution' },
  { year: 2016 },
  { category: 'protest' },
  { year: 2025 },
  { category: 'content-removal' },
  { year: 2011 },
  { category: 'sentence' },
  { year: 2026 },
];

export interface Options {
  sizes: number[];
  seed: number;
  changes: number;
  selections: number;
  zooms: number;
  baseline: boolean;
  build: boolean;
  /** Ship the packed incidents (incidents.arrow); off to measure a build from before they existed. */
  packed: boolean;
  /** Rows of the spreadsheet a reader opens in the import scenario; 0 skips it. */
  importRows: number;
  port: number;
  /** One interaction, ms. */
  timeoutMs: number;
  loadTimeoutMs: number;
  baselineTimeoutMs: number;
  /** No phase starts after this much wall-clock time. */
  maxMs: number;
  /** Wall-clock budget per phase and size, ms: stop sampling when spent. */
  budgetMs: {
    load: number;
    select: number;
    filter: number;
    zoom: number;
    baselineFilter: number;
    baselineZoom: number;
  };
}

export function parseArgs(args: string[]): Options {
  const value = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const num = (name: string, fallback: number) => {
    const v = value(name);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
    return n;
  };
  if (args.includes('--help')) {
    console.log(
      'usage: npm run bench -- [--sizes 1000,10000,100000] [--seed 1] [--changes 20] [--selections 10] [--zooms 3]\n' +
        '       [--timeout 60] [--load-timeout 180] [--baseline-timeout 120] [--max-minutes 14] [--port 4317]\n' +
        '       [--no-baseline] [--no-build] [--no-packed] [--import-rows 100000]',
    );
    process.exit(0);
  }
  const sizes = (value('--sizes') ?? '1000,10000,100000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes must be positive integers');
  return {
    sizes,
    seed: num('--seed', 1),
    changes: Math.max(2, num('--changes', 20)),
    selections: num('--selections', 10),
    zooms: num('--zooms', 3),
    baseline: !args.includes('--no-baseline'),
    build: !args.includes('--no-build'),
    packed: !args.includes('--no-packed'),
    importRows: num('--import-rows', 100_000),
    port: num('--port', 4317),
    timeoutMs: num('--timeout', 60) * 1000,
    loadTimeoutMs: num('--load-timeout', 180) * 1000,
    baselineTimeoutMs: num('--baseline-timeout', 120) * 1000,
    maxMs: num('--max-minutes', 14) * 60_000,
    budgetMs: {
      load: 60_000,
      select: 60_000,
      filter: 180_000,
      zoom: 90_000,
      baselineFilter: 90_000,
      baselineZoom: 60_000,
    },
  };
}
