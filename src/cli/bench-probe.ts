/**
 * Code that runs inside the benchmarked pages. Playwright ships these
 * functions as source text, so they must not close over anything from Node.
 * Timing happens in the page with performance.now(): a round trip through
 * the driver would add its own latency to every number.
 */

/**
 * tsx (esbuild) wraps named inner functions in a `__name(fn, "name")` helper
 * that exists only in Node; pages get a no-op of the same name.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface LoadMarks {
  /** Navigation start → the summary line is visible and the map reports data-ready. */
  readyAt: number | null;
  summaryAt: number | null;
  mapReadyAt: number | null;
  /** First timeline item in the DOM. */
  timelineAt: number | null;
  /** The first useful frame: the basemap drawn (MapLibre's first frame) and the summary line or the load status shown. */
  firstUsefulAt: number | null;
}

export interface RunSpec {
  trigger: 'click' | 'hash';
  /** For trigger "hash": the new fragment, without "#". */
  hash?: string;
  /** Wait until the list row count changed and agrees with the map (and its unlocated badge). */
  list: boolean;
  /** Wait until the details panel shows this incident, the map selected it and the timeline marks it. */
  /** onMap: false for an incident without a place, which the map cannot mark. */
  select?: { id: string; title: string; onMap: boolean };
  timeoutMs: number;
}

export interface RunResult {
  /** Trigger → first frame after the last view update (list, map, details, timeline DOM). */
  ms: number | null;
  /** Trigger → list/map (or selection) conditions met. */
  conditionMs: number | null;
  /** Trigger → last timeline DOM mutation, null when the timeline DOM did not change. */
  timelineMs: number | null;
  timedOut: boolean;
  rows: number;
  mapCount: number;
  /** Long tasks (> 50 ms) that started during the run: how many and their total duration. */
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
}

export interface Probe {
  load: LoadMarks;
  /** Long tasks that started in [from, to]; pending observer entries are taken first, as they arrive late. */
  longTasks(from: number, to: number): { count: number; total: number; longest: number };
  run(spec: RunSpec, target: Element | null): Promise<RunResult>;
  /** Resolves once frames have come steadily (no gap > 50 ms) for quietMs, or after maxMs. */
  idle(quietMs: number, maxMs: number): Promise<boolean>;
}

/** Installed as an init script in the app page, before any app code runs. */
export function installProbe(): void {
  const w = window as unknown as { __bench: Probe };
  const tasks: { start: number; duration: number }[] = [];
  const keep = (entries: PerformanceEntryList) => {
    for (const e of entries) tasks.push({ start: e.startTime, duration: e.duration });
  };
  let taskObserver: PerformanceObserver | null = null;
  try {
    taskObserver = new PerformanceObserver((list) => keep(list.getEntries()));
    taskObserver.observe({ type: 'longtask', buffered: true });
  } catch {
    // Long-task timing is optional evidence; without it the numbers still stand.
  }
  const longTasks = (from: number, to: number) => {
    if (taskObserver) keep(taskObserver.takeRecords());
    const during = tasks.filter((t) => t.start >= from && t.start <= to);
    return {
      count: during.length,
      total: during.reduce((sum, t) => sum + t.duration, 0),
      longest: during.reduce((max, t) => Math.max(max, t.duration), 0),
    };
  };
  const load: LoadMarks = { readyAt: null, summaryAt: null, mapReadyAt: null, timelineAt: null, firstUsefulAt: null };

  const q = (sel: string) => document.querySelector(sel);
  const checkLoad = () => {
    const now = performance.now();
    const summary = q('[data-testid="view-summary"]') as HTMLElement | null;
    if (load.summaryAt === null && summary && summary.getClientRects().length > 0) load.summaryAt = now;
    if (load.mapReadyAt === null && q('[data-testid="map"][data-ready="true"]')) load.mapReadyAt = now;
    if (load.timelineAt === null && q('[data-testid="timeline"] .vis-item')) load.timelineAt = now;
    const status = q('.view-summary') as HTMLElement | null;
    if (load.firstUsefulAt === null && status && status.getClientRects().length > 0 && q('[data-basemap="drawn"]'))
      load.firstUsefulAt = now;
    if (load.readyAt === null && load.summaryAt !== null && load.mapReadyAt !== null) load.readyAt = now;
    if (load.readyAt !== null && load.timelineAt !== null && load.firstUsefulAt !== null) loadObserver.disconnect();
  };
  const loadObserver = new MutationObserver(checkLoad);
  loadObserver.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'data-basemap'],
  });

  const rows = () => Number(q('[role="table"][aria-rowcount]')?.getAttribute('aria-rowcount') ?? NaN);
  const mapCount = () => Number(q('[data-testid="map"]')?.getAttribute('data-incident-count') ?? NaN);
  const unlocated = () => {
    const text = q('[data-testid="unlocated"]')?.textContent ?? '';
    const m = /\d[\d\s,.\u00a0\u202f]*/.exec(text);
    return m ? Number(m[0].replace(/\D/g, '')) : 0;
  };

  const idle = (quietMs: number, maxMs: number) =>
    new Promise<boolean>((resolve) => {
      const start = performance.now();
      let last = start;
      let steadySince = start;
      const tick = () => {
        const now = performance.now();
        if (now - last > 50) steadySince = now;
        last = now;
        if (now - steadySince >= quietMs) resolve(true);
        else if (now - start >= maxMs) resolve(false);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

  const run = (spec: RunSpec, target: Element | null) =>
    new Promise<RunResult>((resolve) => {
      const timeline = q('[data-testid="timeline"]');
      const map = q('[data-testid="map"]');
      const rows0 = rows();
      let conditionAt: number | null = null;
      let lastTimelineAt: number | null = null;
      let frameAfter: number | null = null;
      let framesQuiet = 0;
      let done = false;

      const met = () => {
        if (spec.list) {
          const r = rows();
          if (!(r !== rows0 && mapCount() + unlocated() === r - 1)) return false;
          // The timeline reports how many incidents it represents (items or bin counts), when it does.
          const onTimeline = timeline?.getAttribute('data-incident-count');
          if (onTimeline != null && Number(onTimeline) !== r - 1) return false;
        }
        if (spec.select) {
          const heading = q('[aria-label="Incident details"] h2')?.textContent?.trim();
          if (heading !== spec.select.title) return false;
          if (spec.select.onMap && map?.getAttribute('data-selected-id') !== spec.select.id) return false;
          // An item marked vis-selected, or in aggregated mode a band of the app's own (tl-selected-band).
          if (!timeline?.querySelector('.vis-item[class*="selected"]')) return false;
        }
        return true;
      };
      const check = () => {
        if (conditionAt === null && met()) {
          conditionAt = performance.now();
          frameAfter = null;
        }
      };
      const lastEvent = () => Math.max(conditionAt ?? 0, lastTimelineAt ?? 0);

      const observers = [
        new MutationObserver(() => {
          lastTimelineAt = performance.now();
          frameAfter = null;
          check();
        }),
        new MutationObserver(check),
      ];
      if (timeline) {
        observers[0]!.observe(timeline, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['class', 'data-incident-count'],
        });
      }
      // Only the regions that report the result: observing the timeline's thousands of items twice would cost time.
      for (const region of ['Incidents', 'Incident details', 'Map']) {
        const el = q(`section[aria-label="${region}"]`);
        if (!el) continue;
        observers[1]!.observe(el, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['aria-rowcount', 'data-incident-count', 'data-selected-id'],
        });
      }

      const finish = (timedOut: boolean) => {
        if (done) return;
        done = true;
        for (const o of observers) o.disconnect();
        const end = performance.now();
        const during = longTasks(t0, end);
        resolve({
          ms: !timedOut && frameAfter !== null ? frameAfter - t0 : null,
          conditionMs: conditionAt === null ? null : conditionAt - t0,
          timelineMs: lastTimelineAt === null ? null : lastTimelineAt - t0,
          timedOut,
          rows: rows(),
          mapCount: mapCount(),
          longTasks: during.count,
          longTaskMs: during.total,
          longestTaskMs: during.longest,
        });
      };

      // rAF's own timestamp is when the frame began, which can precede the trigger: read the clock instead.
      const frame = () => {
        const now = performance.now();
        if (done) return;
        check();
        if (conditionAt !== null) {
          // The first frame after the last update: work the timeline scheduled for this frame has run by now.
          if (frameAfter === null) {
            frameAfter = now;
            framesQuiet = 0;
          } else framesQuiet++;
          // The timeline redraws again when item sizes change; wait until it has stopped.
          if (framesQuiet >= 3 && now - lastEvent() >= 100) return finish(false);
        }
        if (now - t0 > spec.timeoutMs) return finish(true);
        requestAnimationFrame(frame);
      };

      const t0 = performance.now();
      if (spec.trigger === 'hash') window.location.hash = spec.hash ?? '';
      else (target as HTMLElement | null)?.click();
      check();
      requestAnimationFrame(frame);
      // Frames stop when the tab is starved; a timer still ends a run that never settles.
      setTimeout(() => finish(true), spec.timeoutMs + 1000);
    });

  w.__bench = { load, longTasks, run, idle };
}
