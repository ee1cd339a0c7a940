/**
 * The naive baseline: a bare page that hands every incident to vis-timeline
 * as one DOM item (its standalone UMD build, no app code), then replaces the
 * items wholesale on a filter change. It is what "just put it on a timeline"
 * costs, so the app's numbers can be read as a ratio against it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_SHIM } from './bench-probe';

export const BASELINE_PREFIX = '/baseline/';
export const BASELINE_SCRIPT = '/baseline/vis-timeline-graph2d.min.js';

export type BaselineAction =
  | { kind: 'filter'; category?: string; year?: number }
  | { kind: 'window'; start: number; end: number }
  | { kind: 'fit' };

export interface BaselineMarks {
  fetchedAt: number | null;
  createdAt: number | null;
  /** Navigation start → first frame after the timeline stopped redrawing. */
  readyAt: number | null;
  items: number;
  error: string | null;
}

export interface BaselineRun {
  ms: number | null;
  timedOut: boolean;
  items: number;
}

export interface BaselineApi {
  marks: BaselineMarks;
  run(action: BaselineAction, timeoutMs: number): Promise<BaselineRun>;
}

interface VisItem {
  id: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  category: string;
  startYear: number;
  endYear: number;
}

interface VisDataSet {
  clear(): void;
  add(items: VisItem[]): void;
  length: number;
}

interface VisTimeline {
  on(event: string, fn: () => void): void;
  setWindow(start: number, end: number, options: { animation: boolean }): void;
  fit(options: { animation: boolean }): void;
}

interface VisGlobal {
  DataSet: new (items: VisItem[]) => VisDataSet;
  Timeline: new (el: HTMLElement, items: VisDataSet, options: Record<string, unknown>) => VisTimeline;
}

/** Runs in the baseline page. Mirrors the app's timeline options so only the data handling differs. */
function baselinePage(): void {
  const w = window as unknown as { vis: VisGlobal; __baseline: BaselineApi };
  const marks: BaselineMarks = { fetchedAt: null, createdAt: null, readyAt: null, items: 0, error: null };
  let lastChanged: number | null = null;
  let all: VisItem[] = [];
  let items: VisDataSet | null = null;
  let timeline: VisTimeline | null = null;

  const DAY = 86_400_000;
  const single = (text: string): [number, number] => {
    const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
    if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
    const s = Date.UTC(y, m - 1, d);
    return [s, s + DAY];
  };

  /** Resolves at the first frame after the timeline stopped emitting "changed" (3 frames and 100 ms quiet). */
  const settle = (t0: number, timeoutMs: number) =>
    new Promise<BaselineRun>((resolve) => {
      let frameAfter: number | null = null;
      let quiet = 0;
      let seen: number | null = null;
      const frame = () => {
        // rAF's own timestamp is when the frame began, which can precede t0.
        const now = performance.now();
        if (lastChanged !== seen) {
          seen = lastChanged;
          frameAfter = null;
        }
        if (seen !== null) {
          if (frameAfter === null) {
            frameAfter = now;
            quiet = 0;
          } else quiet++;
          if (quiet >= 3 && now - seen >= 100) {
            resolve({ ms: frameAfter - t0, timedOut: false, items: items?.length ?? 0 });
            return;
          }
        }
        if (now - t0 > timeoutMs) {
          resolve({ ms: null, timedOut: true, items: items?.length ?? 0 });
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });

  const run = (action: BaselineAction, timeoutMs: number) => {
    if (!items || !timeline) return Promise.resolve<BaselineRun>({ ms: null, timedOut: true, items: 0 });
    lastChanged = null;
    const t0 = performance.now();
    if (action.kind === 'filter') {
      const { category, year } = action;
      // Naive on purpose: throw every item away and add the matching ones back.
      items.clear();
      items.add(
        all.filter(
          (i) =>
            (category === undefined || i.category === category) &&
            (year === undefined || (i.startYear <= year && i.endYear >= year)),
        ),
      );
    } else if (action.kind === 'window') timeline.setWindow(action.start, action.end, { animation: false });
    else timeline.fit({ animation: false });
    return settle(t0, timeoutMs);
  };

  w.__baseline = { marks, run };

  const start = async () => {
    const response = await fetch('/data/incidents.json');
    const file = (await response.json()) as {
      incidents: { id: string; title: { en: string }; date: string; category: string }[];
    };
    marks.fetchedAt = performance.now();
    all = file.incidents.map((inc) => {
      const [a, b] = inc.date.split('/');
      const [s] = single(a!);
      const e = single(b ?? a!)[1];
      const item: VisItem = {
        id: inc.id,
        content: inc.title.en,
        start: new Date(s),
        type: inc.date.length === 10 ? 'point' : 'range',
        className: `cat-${inc.category}`,
        category: inc.category,
        startYear: new Date(s).getUTCFullYear(),
        endYear: new Date(e - 1).getUTCFullYear(),
      };
      if (item.type === 'range') item.end = new Date(e);
      return item;
    });
    marks.items = all.length;
    const container = document.getElementById('timeline');
    if (!container) throw new Error('no #timeline');
    const t0 = performance.now();
    items = new w.vis.DataSet(all);
    timeline = new w.vis.Timeline(container, items, {
      stack: true,
      selectable: true,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 2, vertical: 4 } },
      height: '100%',
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      locale: 'en',
    });
    timeline.on('changed', () => (lastChanged = performance.now()));
    marks.createdAt = performance.now();
    const settled = await settle(t0, 600_000);
    if (settled.ms !== null) marks.readyAt = t0 + settled.ms;
  };
  start().catch((error: unknown) => (marks.error = String(error)));
}

/** Writes the baseline page into `dir`; the server mounts it at BASELINE_PREFIX. */
export function writeBaselinePage(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Naive vis-timeline baseline</title>
    <style>
      html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; }
      /* The size of the app's timeline at 1440 × 900. */
      #timeline { width: 760px; height: 330px; }
    </style>
  </head>
  <body>
    <div id="timeline"></div>
    <script>${NAME_SHIM}</script>
    <script src="${BASELINE_SCRIPT}"></script>
    <script>(${baselinePage.toString()})();</script>
  </body>
</html>
`;
  writeFileSync(join(dir, 'index.html'), html);
}
