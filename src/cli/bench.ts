/**
 * `npm run bench [-- --sizes 1000,10000,100000 --seed 1 --changes 20 --no-baseline --no-build]`
 *
 * Generates synthetic datasets, builds the app into bench/dist, serves it on
 * port 4317 with the chosen dataset behind /data/*.json, and drives headless
 * Chromium through cold load, filter changes, a timeline zoom and a list
 * selection. The same data goes through a naive vis-timeline page for
 * comparison. Every measurement has a timeout and a phase budget, so a size
 * the app cannot handle yet is reported as "> timeout" instead of hanging.
 * Results go to stdout as markdown and to bench/results/<timestamp>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type ElementHandle,
  type Page,
} from '@playwright/test';
import { CATEGORY_IDS, type CategoryId } from '../data/vocabulary';
import {
  BASELINE_PREFIX,
  BASELINE_SCRIPT,
  writeBaselinePage,
  type BaselineAction,
  type BaselineApi,
} from './bench-baseline';
import { installProbe, NAME_SHIM, type LoadMarks, type Probe, type RunResult, type RunSpec } from './bench-probe';
import {
  cell,
  emptySamples,
  formatBytes,
  formatMs,
  markdownTable,
  median,
  ratioCell,
  spreadCell,
  type Samples,
} from './bench-report';
import { startBenchServer, type BenchServer } from './bench-server';
import { writeSynthDataset } from './synth';
import { attestDataFiles } from '../build/attest-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH = join(ROOT, 'bench');
const DIST = join(BENCH, 'dist');
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A month inside the biggest spike, so the zoom lands on real work at every size. */
const ZOOM_MONTH = { from: '2022-01-01', to: '2022-01-31', start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 1, 1) };

/** Filter changes come in on/off pairs so each one starts from the unfiltered view. */
const FILTER_PAIRS: ({ category: CategoryId } | { year: number })[] = [
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

interface Options {
  sizes: number[];
  seed: number;
  changes: number;
  selections: number;
  zooms: number;
  baseline: boolean;
  build: boolean;
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

function parseArgs(args: string[]): Options {
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
        '       [--no-baseline] [--no-build]',
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

const log = (message: string) => console.error(`[bench] ${message}`);

/** The promise's value, or null when it takes longer than ms (the promise itself keeps running). */
async function within<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
  try {
    return await Promise.race([promise.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** performance.now() after which no new phase starts, so the whole run stays within --max-minutes. */
let deadline = Number.POSITIVE_INFINITY;
const pastDeadline = () => performance.now() > deadline;

// ---- setup ----

function build(): number {
  const started = performance.now();
  const result = spawnSync('npx', ['vite', 'build', '--outDir', 'bench/dist', '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return performance.now() - started;
}

interface JsFile {
  file: string;
  bytes: number;
  gzip: number;
}

/** The JS the browser must fetch before the app can start: index.html's module script and modulepreloads. */
function initialJs(): JsFile[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('bench/dist has no build yet; run without --no-build');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) refs.add(href[1]!);
  }
  return [...refs].map((ref) => {
    const body = readFileSync(join(DIST, ref.replace(/^\.?\//, '')));
    return { file: ref, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

/** Gzipped size of the built files behind these URL paths (lazy chunks and worker included). */
function gzipOfPaths(paths: string[]): number {
  let total = 0;
  for (const path of new Set(paths)) {
    const file = join(DIST, path.replace(/^\/+/, ''));
    if (existsSync(file)) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

function gitRevision(): string {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  return rev ? `${rev}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
}

// ---- browser ----

class Browsers {
  private server: BrowserServer | null = null;
  private browser: Browser | null = null;

  async get(): Promise<Browser> {
    if (!this.browser) {
      // A server rather than launch(): its process can be killed when a page is stuck in a task for minutes.
      this.server = await chromium.launchServer({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      this.browser = await chromium.connect(this.server.wsEndpoint());
    }
    return this.browser;
  }

  /** Ends this browser for sure (the next get() starts a new one). */
  async kill(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.browser = null;
    if (server) await within(server.kill(), 30_000);
  }

  async close(): Promise<void> {
    const { browser, server } = this;
    if (browser && (await within(browser.close(), 20_000)) && server && (await within(server.close(), 20_000))) {
      this.browser = this.server = null;
      return;
    }
    await this.kill();
  }
}

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function openSession(browsers: Browsers, initScripts: (string | (() => void))[]): Promise<Session> {
  const context = await (await browsers.get()).newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NAME_SHIM });
  for (const script of initScripts) {
    if (typeof script === 'string') await context.addInitScript({ content: script });
    else await context.addInitScript(script);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A missing optional narratives file is the documented way to have none.
    if (m.type() === 'error' && !m.location().url.endsWith('/data/narratives.json'))
      errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Closes a session; a renderer stuck in a long task can block that, and then the whole browser goes. */
async function closeSession(browsers: Browsers, session: Session, stuck = false): Promise<void> {
  if (stuck || !(await within(session.context.close(), 15_000))) {
    log('a page is stuck in a long task; killing the browser');
    await browsers.kill();
  }
}

// ---- the app ----

/** What the bench knows about a dataset that the page cannot tell it. */
interface DatasetFacts {
  /** Incidents without a place: the map has nothing to mark when one is selected. */
  unlocated: Set<string>;
}

function datasetFacts(dir: string): DatasetFacts {
  const file = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as {
    incidents: { id: string; place: string | null }[];
  };
  return { unlocated: new Set(file.incidents.filter((i) => i.place === null).map((i) => i.id)) };
}

interface LoadDetail extends LoadMarks {
  dataResponseEnd: number | null;
  /** Same-origin JS requested before the app was interactive, lazy chunks included (URL paths). */
  scripts: string[];
  longTaskMs: number;
  longestTaskMs: number;
}

interface AppResult {
  load: Samples;
  loadDetail: LoadDetail[];
  heapBytes: number | null;
  domNodes: number | null;
  timelineItemsInDom: number | null;
  select: Samples;
  filter: Samples;
  /** Per filter run: how long until list + map agreed, and until the timeline DOM stopped changing. */
  filterDetail: Pick<RunResult, 'conditionMs' | 'timelineMs' | 'longTaskMs' | 'longestTaskMs' | 'rows'>[];
  zoom: Samples;
  zoomOut: Samples;
  errors: string[];
  notes: string[];
}

async function runInPage(
  page: Page,
  spec: RunSpec,
  target: ElementHandle<Element> | null,
): Promise<RunResult | 'unresponsive'> {
  const answer = await within(
    page.evaluate(([s, el]) => (window as unknown as { __bench: Probe }).__bench.run(s, el), [spec, target] as const),
    spec.timeoutMs + 10_000,
  ).catch(() => null);
  return answer ? answer.value : 'unresponsive';
}

async function waitIdle(page: Page, quietMs: number, maxMs: number): Promise<boolean> {
  const answer = await within(
    page.evaluate(([q, m]) => (window as unknown as { __bench: Probe }).__bench.idle(q, m), [quietMs, maxMs] as const),
    maxMs + 20_000,
  ).catch(() => null);
  return answer !== null;
}

function record(samples: Samples, r: RunResult | 'unresponsive'): boolean {
  if (r !== 'unresponsive' && !r.timedOut && r.ms !== null) {
    samples.values.push(r.ms);
    return true;
  }
  samples.timeouts++;
  return false;
}

async function coldLoad(browsers: Browsers, origin: string, opts: Options, result: AppResult): Promise<Session | null> {
  const started = performance.now();
  for (let run = 0; run < 3; run++) {
    const session = await openSession(browsers, [installProbe]);
    const { page } = session;
    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 60_000 });
    const ready = await within(
      page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.load.readyAt !== null, undefined, {
        timeout: opts.loadTimeoutMs,
        polling: 200,
      }),
      opts.loadTimeoutMs + 10_000,
    ).catch(() => null);
    if (!ready) {
      result.load.timeouts++;
      result.errors.push(...session.errors);
      await closeSession(browsers, session);
      return null;
    }
    const detail = await page.evaluate(() => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      const data = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/incidents.json')) as
        PerformanceResourceTiming | undefined;
      const ready = probe.load.readyAt ?? 0;
      const during = probe.longTasks(0, ready);
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= ready && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname);
      return {
        ...probe.load,
        dataResponseEnd: data ? data.responseEnd : null,
        scripts,
        longTaskMs: during.total,
        longestTaskMs: during.longest,
      };
    });
    result.load.values.push(detail.readyAt ?? NaN);
    result.loadDetail.push(detail);
    const last = run === 2 || performance.now() - started > opts.budgetMs.load || pastDeadline();
    if (last) return session;
    result.errors.push(...session.errors);
    await closeSession(browsers, session);
  }
  return null;
}

async function measureHeap(session: Session, result: AppResult) {
  const { page, context } = session;
  // Let the timeline finish drawing first: the heap of a half-drawn page says little.
  await waitIdle(page, 1000, 60_000);
  const cdp = await context.newCDPSession(page);
  const heap = await within(
    (async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    })(),
    60_000,
  ).catch(() => null);
  result.heapBytes = heap ? heap.value : null;
  const dom = await within(
    page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      items: document.querySelectorAll('[data-testid="timeline"] .vis-item:not(.vis-dot):not(.vis-line)').length,
    })),
    30_000,
  ).catch(() => null);
  result.domNodes = dom ? dom.value.nodes : null;
  result.timelineItemsInDom = dom ? dom.value.items : null;
  await cdp.detach().catch(() => undefined);
}

async function measureSelection(
  session: Session,
  opts: Options,
  result: AppResult,
  facts: DatasetFacts,
): Promise<boolean> {
  const { page } = session;
  const started = performance.now();
  const rows = page.locator('section[aria-label="Incidents"] [role="row"][data-row-id]');
  for (let k = 0; k < opts.selections; k++) {
    if (performance.now() - started > opts.budgetMs.select || pastDeadline()) {
      result.notes.push(`selection: stopped after ${k} runs (phase budget)`);
      break;
    }
    const count = await rows.count();
    if (count === 0) {
      result.notes.push('selection: the list shows no rows');
      return true;
    }
    const row = rows.nth(k % count);
    const id = (await row.getAttribute('data-row-id')) ?? '';
    const link = row.locator('.col-title a');
    const title = ((await link.textContent()) ?? '').trim();
    const handle = await link.elementHandle({ timeout: 10_000 });
    const r = await runInPage(
      page,
      {
        trigger: 'click',
        list: false,
        select: { id, title, onMap: !facts.unlocated.has(id) },
        timeoutMs: opts.timeoutMs,
      },
      handle,
    );
    await handle.dispose();
    if (r === 'unresponsive') {
      result.select.timeouts++;
      return false;
    }
    if (!record(result.select, r)) break;
    // Back to the list (not measured): the list is hidden while an incident is open.
    await page.getByRole('button', { name: 'Close incident details' }).first().click({ timeout: opts.timeoutMs });
    await page.waitForFunction(
      () => !document.querySelector<HTMLElement>('section[aria-label="Incidents"]')?.hidden,
      undefined,
      {
        timeout: opts.timeoutMs,
      },
    );
    await waitIdle(page, 200, 20_000);
  }
  return true;
}

async function clearFilters(page: Page, timeoutMs: number) {
  const clear = page.getByRole('region', { name: 'Filters', exact: true }).getByRole('button', { name: 'Clear all' });
  if (await clear.isEnabled().catch(() => false)) {
    await clear.click({ timeout: timeoutMs });
    await waitIdle(page, 300, timeoutMs);
  }
}

async function measureFilters(session: Session, opts: Options, result: AppResult): Promise<boolean> {
  const { page } = session;
  const filters = page.getByRole('region', { name: 'Filters', exact: true });
  const categoryBoxes = filters.getByRole('group', { name: 'Categories' }).getByRole('checkbox');
  const started = performance.now();
  for (let k = 0; k < opts.changes; k++) {
    if (performance.now() - started > opts.budgetMs.filter || pastDeadline()) {
      result.notes.push(`filter: stopped after ${k} changes (phase budget ${formatMs(opts.budgetMs.filter)})`);
      break;
    }
    const pair = FILTER_PAIRS[Math.floor(k / 2) % FILTER_PAIRS.length]!;
    const control =
      'category' in pair
        ? categoryBoxes.nth(CATEGORY_IDS.indexOf(pair.category))
        : filters.getByRole('button', { name: new RegExp(`^${pair.year}:`) });
    const handle = await control.elementHandle({ timeout: 30_000 }).catch(() => null);
    if (!handle) {
      result.notes.push(`filter: no control for ${JSON.stringify(pair)}`);
      continue;
    }
    const r = await runInPage(page, { trigger: 'click', list: true, timeoutMs: opts.timeoutMs }, handle);
    await handle.dispose().catch(() => undefined);
    if (r === 'unresponsive') {
      result.filter.timeouts++;
      return false;
    }
    result.filterDetail.push({
      conditionMs: r.conditionMs,
      timelineMs: r.timelineMs,
      longTaskMs: r.longTaskMs,
      longestTaskMs: r.longestTaskMs,
      rows: r.rows,
    });
    if (!record(result.filter, r)) {
      result.notes.push(`filter: change ${k + 1} did not settle within ${formatMs(opts.timeoutMs)}`);
      break;
    }
    await waitIdle(page, 200, 20_000);
  }
  await clearFilters(page, opts.timeoutMs);
  return true;
}

async function measureZoom(session: Session, opts: Options, result: AppResult): Promise<boolean> {
  const { page } = session;
  const started = performance.now();
  for (let k = 0; k < opts.zooms; k++) {
    if (performance.now() - started > opts.budgetMs.zoom || pastDeadline()) {
      result.notes.push(`zoom: stopped after ${k} runs (phase budget)`);
      break;
    }
    const hash = `from=${ZOOM_MONTH.from}&to=${ZOOM_MONTH.to}`;
    const zoomIn = await runInPage(page, { trigger: 'hash', hash, list: true, timeoutMs: opts.timeoutMs }, null);
    if (zoomIn === 'unresponsive') {
      result.zoom.timeouts++;
      return false;
    }
    if (!record(result.zoom, zoomIn)) break;
    await waitIdle(page, 200, 20_000);
    const zoomOut = await runInPage(page, { trigger: 'hash', hash: '', list: true, timeoutMs: opts.timeoutMs }, null);
    if (zoomOut === 'unresponsive') {
      result.zoomOut.timeouts++;
      return false;
    }
    if (!record(result.zoomOut, zoomOut)) break;
    await waitIdle(page, 200, 20_000);
  }
  return true;
}

async function benchApp(
  browsers: Browsers,
  origin: string,
  size: number,
  opts: Options,
  facts: DatasetFacts,
): Promise<AppResult> {
  const result: AppResult = {
    load: emptySamples(opts.loadTimeoutMs),
    loadDetail: [],
    heapBytes: null,
    domNodes: null,
    timelineItemsInDom: null,
    select: emptySamples(opts.timeoutMs),
    filter: emptySamples(opts.timeoutMs),
    filterDetail: [],
    zoom: emptySamples(opts.timeoutMs),
    zoomOut: emptySamples(opts.timeoutMs),
    errors: [],
    notes: [],
  };
  const session = await coldLoad(browsers, origin, opts, result);
  log(`[${size}] app cold load: ${cell(result.load)}`);
  if (!session) {
    for (const s of [result.select, result.filter, result.zoom, result.zoomOut]) s.skipped = 'cold load timed out';
    return result;
  }
  // Filter changes go last: at sizes the app cannot handle yet, they can leave the page stuck for minutes.
  const phases: [string, (s: Session, o: Options, r: AppResult, f: DatasetFacts) => Promise<boolean>, Samples][] = [
    ['select', measureSelection, result.select],
    ['zoom', measureZoom, result.zoom],
    ['filter', measureFilters, result.filter],
  ];
  let alive = true;
  try {
    await measureHeap(session, result);
    log(`[${size}] app heap ${formatBytes(result.heapBytes)}, ${result.timelineItemsInDom} timeline items in the DOM`);
    for (const [name, phase, samples] of phases) {
      if (!alive || pastDeadline()) {
        samples.skipped = alive ? 'time limit reached' : 'page stopped answering';
        continue;
      }
      alive = await phase(session, opts, result, facts).catch((error: unknown) => {
        result.notes.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
        return true;
      });
      log(`[${size}] app ${name}: ${spreadCell(samples)}${alive ? '' : ' (page stopped answering)'}`);
    }
  } finally {
    result.errors.push(...session.errors);
    await closeSession(browsers, session, !alive);
  }
  return result;
}

// ---- the baseline ----

interface BaselineResult {
  load: Samples;
  filter: Samples;
  zoom: Samples;
  notes: string[];
}

async function runBaseline(page: Page, action: BaselineAction, timeoutMs: number): Promise<RunResult | 'unresponsive'> {
  const answer = await within(
    page.evaluate(([a, t]) => (window as unknown as { __baseline: BaselineApi }).__baseline.run(a, t), [
      action,
      timeoutMs,
    ] as const),
    timeoutMs + 10_000,
  ).catch(() => null);
  if (!answer) return 'unresponsive';
  const r = answer.value;
  return {
    ms: r.ms,
    conditionMs: null,
    timelineMs: r.ms,
    timedOut: r.timedOut,
    rows: r.items,
    mapCount: 0,
    longTasks: 0,
    longTaskMs: 0,
    longestTaskMs: 0,
  };
}

async function benchBaseline(browsers: Browsers, origin: string, size: number, opts: Options): Promise<BaselineResult> {
  const t = opts.timeoutMs;
  const result: BaselineResult = {
    load: emptySamples(opts.baselineTimeoutMs),
    filter: emptySamples(t),
    zoom: emptySamples(t),
    notes: [],
  };
  const session = await openSession(browsers, []);
  const { page } = session;
  let alive = true;
  try {
    await page.goto(`${origin}${BASELINE_PREFIX}`, { waitUntil: 'commit', timeout: 60_000 });
    const ready = await within(
      page.waitForFunction(
        () => {
          const m = (window as unknown as { __baseline?: BaselineApi }).__baseline?.marks;
          return m !== undefined && (m.readyAt !== null || m.error !== null);
        },
        undefined,
        { timeout: opts.baselineTimeoutMs, polling: 200 },
      ),
      opts.baselineTimeoutMs + 10_000,
    ).catch(() => null);
    const marks = ready
      ? await page.evaluate(() => (window as unknown as { __baseline: BaselineApi }).__baseline.marks)
      : null;
    if (!marks || marks.readyAt === null) {
      alive = false;
      result.load.timeouts++;
      if (marks?.error) result.notes.push(`baseline: ${marks.error}`);
      result.filter.skipped = result.zoom.skipped = 'baseline load timed out';
      return result;
    }
    result.load.values.push(marks.readyAt);
    log(`[${size}] baseline load: ${cell(result.load)}`);

    let started = performance.now();
    for (let k = 0; k < opts.zooms && alive; k++) {
      if (performance.now() - started > opts.budgetMs.baselineZoom || pastDeadline()) break;
      const r = await runBaseline(page, { kind: 'window', start: ZOOM_MONTH.start, end: ZOOM_MONTH.end }, t);
      alive = r !== 'unresponsive';
      if (!record(result.zoom, r)) break;
      alive = (await runBaseline(page, { kind: 'fit' }, t)) !== 'unresponsive';
    }
    log(`[${size}] baseline zoom: ${spreadCell(result.zoom)}`);

    // Like the app's, filter changes go last because they can leave the page stuck.
    started = performance.now();
    for (let k = 0; k < opts.changes && alive; k++) {
      if (performance.now() - started > opts.budgetMs.baselineFilter || pastDeadline()) {
        result.notes.push(`baseline filter: stopped after ${k} changes (phase budget or time limit)`);
        break;
      }
      const pair = FILTER_PAIRS[Math.floor(k / 2) % FILTER_PAIRS.length]!;
      const r = await runBaseline(page, k % 2 === 0 ? { kind: 'filter', ...pair } : { kind: 'filter' }, t);
      alive = r !== 'unresponsive';
      if (!record(result.filter, r)) break;
    }
    if (!alive) result.notes.push('baseline: the page stopped answering');
    log(`[${size}] baseline filter: ${spreadCell(result.filter)}`);
    return result;
  } finally {
    await closeSession(browsers, session, !alive);
  }
}

// ---- report ----

interface SizeResult {
  size: number;
  dataset: { incidentsBytes: number; incidentsGzipBytes: number };
  app: AppResult;
  baseline: BaselineResult | null;
  /** 1-minute load average when this size started: other work on the machine skews every number. */
  loadAverage: number;
}

function tables(results: SizeResult[], js: JsFile[]): string {
  const jsGzip = js.reduce((s, f) => s + f.gzip, 0);
  const n = (size: number) => size.toLocaleString('en-US');
  const main = markdownTable(
    [
      'Incidents',
      'Cold load → interactive',
      'Filter change → all views, median / p95',
      'Timeline zoom all → month',
      'Select in list → map + timeline',
      'JS heap after load',
      'Initial JS (gzip)',
    ],
    results.map((r) => [
      n(r.size),
      cell(r.app.load),
      spreadCell(r.app.filter),
      cell(r.app.zoom),
      cell(r.app.select),
      formatBytes(r.app.heapBytes),
      formatBytes(jsGzip),
    ]),
  );
  const detail = markdownTable(
    [
      'Incidents',
      'incidents.json (gzip)',
      'Data downloaded',
      'Summary shown',
      'Map ready',
      'Long tasks during load (longest)',
      'JS fetched before interactive (gzip)',
      'Timeline items in DOM',
      'DOM nodes',
      'Zoom month → all',
    ],
    results.map((r) => {
      const d = r.app.loadDetail[r.app.loadDetail.length - 1];
      return [
        n(r.size),
        `${formatBytes(r.dataset.incidentsBytes)} (${formatBytes(r.dataset.incidentsGzipBytes)})`,
        formatMs(d?.dataResponseEnd ?? null),
        formatMs(d?.summaryAt ?? null),
        formatMs(d?.mapReadyAt ?? null),
        d ? `${formatMs(d.longTaskMs)} (${formatMs(d.longestTaskMs)})` : '–',
        d ? formatBytes(gzipOfPaths(d.scripts)) : '–',
        r.app.timelineItemsInDom?.toLocaleString('en-US') ?? '–',
        r.app.domNodes?.toLocaleString('en-US') ?? '–',
        cell(r.app.zoomOut),
      ];
    }),
  );
  const withBaseline = results.filter((r) => r.baseline);
  const baseline =
    withBaseline.length === 0
      ? ''
      : `\n\nNaive baseline (every incident as a vis-timeline item, items replaced on each filter change):\n\n${markdownTable(
          [
            'Incidents',
            'Naive: load → drawn',
            'Naive: filter change, median / p95',
            'Naive: zoom all → month',
            'Ours ÷ naive: load',
            'filter',
            'zoom',
          ],
          withBaseline.map((r) => [
            n(r.size),
            cell(r.baseline!.load),
            spreadCell(r.baseline!.filter),
            cell(r.baseline!.zoom),
            ratioCell(r.app.load, r.baseline!.load),
            ratioCell(r.app.filter, r.baseline!.filter),
            ratioCell(r.app.zoom, r.baseline!.zoom),
          ]),
        )}`;
  return `${main}\n\nWhere the time goes (last cold load):\n\n${detail}${baseline}\n`;
}

// ---- main ----

function attestDataDir(dir: string): { unattested: string | null } {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) texts[name] = readFileSync(join(dir, name), 'utf8');
  const { files, unattested } = attestDataFiles(texts);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { unattested };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date();
  deadline = started + opts.maxMs;
  const loadAtStart = loadavg()[0] ?? 0;

  const datasets = new Map<number, SizeResult['dataset'] & { dir: string; facts: DatasetFacts }>();
  for (const size of opts.sizes) {
    const dir = join(BENCH, `data-${size}`);
    writeSynthDataset({ count: size, seed: opts.seed, out: dir, dataDir: join(ROOT, 'data') });
    // Shipped as a build with this dataset would ship it: checked, normalised and listed in a manifest.
    const { unattested } = attestDataDir(dir);
    if (unattested) log(`dataset ${size}: no manifest (${unattested}); the browser will validate it`);
    const shipped = readFileSync(join(dir, 'incidents.json'));
    const gzip = gzipSync(shipped).length;
    datasets.set(size, { dir, incidentsBytes: shipped.length, incidentsGzipBytes: gzip, facts: datasetFacts(dir) });
    log(`dataset ${size}: ${formatBytes(shipped.length)} (${formatBytes(gzip)} gzip) in ${dir}`);
  }

  if (opts.build) log(`built the app into bench/dist in ${formatMs(build())}`);
  const js = initialJs();
  log(`initial JS: ${js.map((f) => `${f.file} ${formatBytes(f.gzip)} gzip`).join(', ')}`);

  const baselineDir = join(BENCH, 'baseline');
  writeBaselinePage(baselineDir);
  const server: BenchServer = await startBenchServer({
    root: DIST,
    port: opts.port,
    dataDir: datasets.get(opts.sizes[0]!)!.dir,
    mounts: {
      [BASELINE_SCRIPT]: join(
        ROOT,
        'node_modules',
        'vis-timeline',
        'standalone',
        'umd',
        'vis-timeline-graph2d.min.cjs',
      ),
      [BASELINE_PREFIX]: baselineDir,
    },
  });
  const browsers = new Browsers();
  const results: SizeResult[] = [];
  const skippedSizes: number[] = [];
  let browserVersion: string;
  try {
    browserVersion = (await browsers.get()).version();
    for (const size of opts.sizes) {
      if (pastDeadline()) {
        log(`[${size}] skipped: --max-minutes reached`);
        skippedSizes.push(size);
        continue;
      }
      const dataset = datasets.get(size)!;
      server.setDataDir(dataset.dir);
      const loadAverage = loadavg()[0] ?? 0;
      log(`[${size}] app…`);
      const app = await benchApp(browsers, server.origin, size, opts, dataset.facts);
      let baseline: BaselineResult | null = null;
      if (opts.baseline) {
        log(`[${size}] naive baseline…`);
        baseline = await benchBaseline(browsers, server.origin, size, opts);
      }
      results.push({
        size,
        dataset: { incidentsBytes: dataset.incidentsBytes, incidentsGzipBytes: dataset.incidentsGzipBytes },
        app,
        baseline,
        loadAverage,
      });
    }
  } finally {
    await browsers.close();
    await server.close();
  }

  const markdown = tables(results, js);
  const elapsed = performance.now() - started;
  console.log(markdown);
  const errors = results.flatMap((r) => r.app.errors.map((e) => `[${r.size}] ${e}`));
  const notes = results.flatMap((r) => [...r.app.notes, ...(r.baseline?.notes ?? [])].map((e) => `[${r.size}] ${e}`));
  for (const note of notes) console.log(`- ${note}`);
  for (const size of skippedSizes) console.log(`- ${size.toLocaleString('en-US')}: not run, --max-minutes reached`);
  if (errors.length > 0) console.log(`- ${errors.length} page error(s), e.g. ${errors[0]}`);
  const busy = [{ size: 'start', loadAverage: loadAtStart }, ...results].filter(
    (r) => r.loadAverage > cpus().length * 0.75,
  );
  if (busy.length > 0) {
    const where = busy.map((r) => `${r.loadAverage.toFixed(1)} at ${r.size}`);
    console.log(
      `- the machine was busy (load average ${where.join(', ')} on ${cpus().length} CPUs): numbers are noisy`,
    );
  }
  console.log(
    `\nChromium ${browserVersion}, ${cpus().length} CPUs, software WebGL, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
      `build ${gitRevision()}; seed ${opts.seed}; ${formatMs(elapsed)} in all.`,
  );

  mkdirSync(join(BENCH, 'results'), { recursive: true });
  const file = join(BENCH, 'results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    elapsedMs: elapsed,
    environment: {
      node: process.version,
      chromium: browserVersion,
      cpus: cpus().length,
      memoryBytes: totalmem(),
      loadAverageAtStart: loadAtStart,
      revision: gitRevision(),
      viewport: VIEWPORT,
    },
    options: opts,
    initialJs: js,
    results,
    medians: results.map((r) => ({
      size: r.size,
      load: median(r.app.load.values),
      filter: median(r.app.filter.values),
      zoom: median(r.app.zoom.values),
      select: median(r.app.select.values),
    })),
    markdown,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`results saved to ${file}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
