/** What a benchmark run of the app records, and the helpers every measured scenario shares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ElementHandle, type Page } from '@playwright/test';
import { type LoadMarks, type Probe, type RunResult, type RunSpec } from '../bench-probe';
import { type Samples } from '../bench-report';
import { within } from './util';

// ---- the app ----

/** What the bench knows about a dataset that the page cannot tell it. */
export interface DatasetFacts {
  /**
   * Incidents the map marks with no point when one is selected: those without a place, and those known only to
   * the whole country (the nationwide control beside the map stands for them).
   */
  unlocated: Set<string>;
}

export function datasetFacts(dir: string): DatasetFacts {
  const file = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as {
    incidents: { id: string; place: string | null; locationPrecision?: string }[];
  };
  const noPoint = file.incidents.filter((i) => i.place === null || i.locationPrecision === 'country');
  return { unlocated: new Set(noPoint.map((i) => i.id)) };
}

export interface LoadDetail extends LoadMarks {
  /** Same-origin JS requested before the app was interactive, lazy chunks included (URL paths). */
  scripts: string[];
  longTaskMs: number;
  longestTaskMs: number;
}

export interface AppResult {
  load: Samples;
  loadDetail: LoadDetail[];
  heapBytes: number | null;
  /** Memory held outside the JS heap by ArrayBuffers (typed arrays), counted with it. */
  bufferBytes: number | null;
  domNodes: number | null;
  /** From adding the basemap's detail layers to the map's next idle frame (the map records it). */
  basemapMs: number | null;
  timelineItemsInDom: number | null;
  select: Samples;
  filter: Samples;
  /** Per filter run: how long until list + map agreed, and until the timeline DOM stopped changing. */
  filterDetail: Pick<RunResult, 'conditionMs' | 'timelineMs' | 'longTaskMs' | 'longestTaskMs' | 'rows'>[];
  zoom: Samples;
  zoomOut: Samples;
  /** A search from the link until every view agrees. */
  search: Samples;
  errors: string[];
  notes: string[];
}

export async function runInPage(
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

export async function waitIdle(page: Page, quietMs: number, maxMs: number): Promise<boolean> {
  const answer = await within(
    page.evaluate(([q, m]) => (window as unknown as { __bench: Probe }).__bench.idle(q, m), [quietMs, maxMs] as const),
    maxMs + 20_000,
  ).catch(() => null);
  return answer !== null;
}

export function record(samples: Samples, r: RunResult | 'unresponsive'): boolean {
  if (r !== 'unresponsive') samples.longestTaskMs = Math.max(samples.longestTaskMs ?? 0, r.longestTaskMs);
  if (r !== 'unresponsive' && !r.timedOut && r.ms !== null) {
    samples.values.push(r.ms);
    return true;
  }
  samples.timeouts++;
  return false;
}
