import { type Page } from '@playwright/test';
import { BASELINE_PREFIX, type BaselineAction, type BaselineApi } from '../bench-baseline';
import { type RunResult } from '../bench-probe';
import { cell, emptySamples, spreadCell, type Samples } from '../bench-report';
import { log, within, pastDeadline } from './util';
import { ZOOM_MONTH, FILTER_PAIRS, Options } from './options';
import { Browsers, openSession, closeSession } from './browser';
import { record } from './app-run';

// ---- the baseline ----

export interface BaselineResult {
  load: Samples;
  filter: Samples;
  zoom: Samples;
  notes: string[];
}

export async function runBaseline(
  page: Page,
  action: BaselineAction,
  timeoutMs: number,
): Promise<RunResult | 'unresponsive'> {
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

export async function benchBaseline(
  browsers: Browsers,
  origin: string,
  size: number,
  opts: Options,
): Promise<BaselineResult> {
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
