import { cell, emptySamples, formatBytes, spreadCell, type Samples } from '../bench-report';
import { log, pastDeadline } from './util';
import { Options } from './options';
import { Browsers, Session, closeSession } from './browser';
import { DatasetFacts, AppResult } from './app-run';
import { coldLoad } from './cold-load';
import { measureHeap } from './heap';
import { measureSelection } from './selection';
import { measureFilters } from './filters';
import { measureZoom } from './zoom';
import { measureSearch } from './search';
import { measurePlayback } from './playback';

export async function benchApp(
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
    bufferBytes: null,
    domNodes: null,
    basemapMs: null,
    timelineItemsInDom: null,
    select: emptySamples(opts.timeoutMs),
    filter: emptySamples(opts.timeoutMs),
    filterDetail: [],
    zoom: emptySamples(opts.timeoutMs),
    zoomOut: emptySamples(opts.timeoutMs),
    search: emptySamples(opts.timeoutMs),
    errors: [],
    notes: [],
  };
  const session = await coldLoad(browsers, origin, opts, result);
  log(`[${size}] app cold load: ${cell(result.load)}`);
  if (!session) {
    for (const s of [result.select, result.filter, result.zoom, result.zoomOut, result.search])
      s.skipped = 'cold load timed out';
    return result;
  }
  // Filter changes go last: at sizes the app cannot handle yet, they can leave the page stuck for minutes.
  const phases: [string, (s: Session, o: Options, r: AppResult, f: DatasetFacts) => Promise<boolean>, Samples][] = [
    ['select', measureSelection, result.select],
    ['zoom', measureZoom, result.zoom],
    ['filter', measureFilters, result.filter],
    ['search', measureSearch, result.search],
  ];
  let alive = true;
  try {
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
    if (alive && !pastDeadline()) {
      alive = await measurePlayback(session, opts, result).catch((error: unknown) => {
        result.notes.push(`playback: ${(error as Error).message.split('\n')[0]}`);
        return true;
      });
      log(`[${size}] app ${result.notes.find((n) => n.startsWith('playback')) ?? 'playback: no result'}`);
    }
    // Measured last, once everything built on demand (the search text, case lists) exists: memory in use, not at rest.
    if (alive) {
      await measureHeap(session, result);
      log(
        `[${size}] app heap ${formatBytes(result.heapBytes)}, ${result.timelineItemsInDom} timeline items in the DOM`,
      );
    }
  } finally {
    result.errors.push(...session.errors);
    await closeSession(browsers, session, !alive);
  }
  return result;
}
