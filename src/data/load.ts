/**
 * Loads the dataset for the page with TanStack Query. The data worker
 * downloads, checks and packs it (pipeline.ts) and hands the columns over;
 * the page only builds the index around them. Where a worker cannot start,
 * the page runs the same pipeline itself.
 */
import { queryOptions } from '@tanstack/react-query';
import { indexPacked, type DataIndex } from './data-index';
import { DatasetError, type DataIssue } from './dataset';
import type { LoadProgress, Packed } from './pipeline';
import type { FromWorker, ToWorker } from './worker-messages';
import type { SearchText } from './text-search';

export interface LoadedDataset {
  index: DataIndex;
  issues: DataIssue[];
  /** Where the records were checked: when the app was built, or here in the browser. */
  checked: 'build' | 'browser';
}

type ProgressListener = (progress: LoadProgress | null) => void;
let current: LoadProgress | null = null;
const listeners = new Set<ProgressListener>();

/** How far the current load has got (null when no load runs), for a progress bar. */
export const loadProgress = {
  get: (): LoadProgress | null => current,
  subscribe(listener: ProgressListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function report(progress: LoadProgress | null) {
  current = progress;
  for (const l of listeners) l(progress);
}

function fromPacked(result: Omit<Packed, 'searchText'> & Partial<Packed>, askSearch?: () => void): LoadedDataset {
  return {
    index: indexPacked(result.packed, result.meta, result.texts, askSearch),
    issues: result.issues,
    checked: result.checked,
  };
}

/** Lets input and rendering run between validation slices when the page validates. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function loadHere(base: string): Promise<LoadedDataset> {
  // Only browsers without workers need the pipeline's code on the page.
  const { runPipeline } = await import('./pipeline');
  // The search text is left to the page's idle time (DataIndex.prepareSearch).
  return fromPacked(await runPipeline({ base, onProgress: report, pause: yieldToPage }));
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module', name: 'data' });
  } catch {
    return null;
  }
}

function loadInWorker(worker: Worker, base: string): Promise<LoadedDataset> {
  return new Promise((resolve, reject) => {
    let index: DataIndex | null = null;
    let heard = false;
    /** A search text that came before the index it belongs to. */
    let early: SearchText | undefined;
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      heard = true;
      const m = e.data;
      if (m.type === 'progress') report(m.progress);
      else if (m.type === 'done') {
        // Three tasks, none long at 100k: receiving the columns, building the index, the first render with it.
        setTimeout(() => {
          const loaded = fromPacked(m.result, () => worker.postMessage({ type: 'search' } satisfies ToWorker));
          const search = m.search ?? early;
          if (search) loaded.index.adoptSearch(search);
          index = loaded.index;
          setTimeout(() => resolve(loaded), 0);
        }, 0);
      } else if (m.type === 'search') {
        if (index) index.adoptSearch(m.search);
        else early = m.search;
      } else if (m.type === 'error') {
        worker.terminate();
        reject(m.file === null ? new Error(m.message) : new DatasetError(m.message, m.file, m.kind ?? 'content'));
      }
    };
    // A worker that cannot even start (a policy, an old browser) leaves the work to the page.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      if (!heard) loadHere(base).then(resolve, reject);
      else if (!index) reject(new Error('The data worker stopped'));
    };
    // A link that searches needs the search text with the data, not after it.
    const searchFirst = new URLSearchParams(location.hash.slice(1)).get('q')?.trim();
    worker.postMessage({ type: 'load', base, searchFirst: Boolean(searchFirst) } satisfies ToWorker);
  });
}

export async function loadDataset(): Promise<LoadedDataset> {
  const base = document.baseURI;
  const worker = startWorker();
  try {
    return await (worker ? loadInWorker(worker, base) : loadHere(base));
  } finally {
    report(null);
  }
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: loadDataset,
  staleTime: Infinity,
  retry: (count, error) => !(error instanceof DatasetError && error.kind === 'content') && count < 1,
});
