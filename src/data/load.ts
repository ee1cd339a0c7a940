/**
 * Loads the dataset from the app's own origin with TanStack Query, validates
 * it record by record and builds the search index.
 */
import { queryOptions } from '@tanstack/react-query';
import { buildIndex, type DataIndex } from './data-index';
import {
  DatasetError,
  FILES,
  OPTIONAL_FILES,
  validateDatasetInSlices,
  type DataIssue,
  type RawDataset,
} from './validate';

export interface LoadedDataset {
  index: DataIndex;
  issues: DataIssue[];
}

async function fetchJson(file: string, optional = false): Promise<unknown> {
  const url = new URL(`data/${file}`, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    throw new DatasetError(`${file} could not be downloaded (network error)`, file, 'download');
  }
  if (optional && response.status === 404) return undefined;
  if (!response.ok)
    throw new DatasetError(`${file} could not be downloaded (HTTP ${response.status})`, file, 'download');
  const text = await response.text();
  if (text.trim() === '') throw new DatasetError(`${file} is empty`, file);
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError(`${file} is not valid JSON`, file);
  }
}

export async function loadDataset(): Promise<LoadedDataset> {
  const entries = Object.entries(FILES) as [keyof RawDataset, string][];
  const [values, narratives] = await Promise.all([
    Promise.all(entries.map(([, file]) => fetchJson(file))),
    fetchJson(OPTIONAL_FILES.narratives, true),
  ]);
  const raw = Object.fromEntries(entries.map(([key], i) => [key, values[i]])) as unknown as RawDataset;
  raw.narratives = narratives;
  const { dataset, issues } = await validateDatasetInSlices(raw, yieldToPage);
  return { index: buildIndex(dataset), issues };
}

/** Lets input and rendering run between validation slices. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: loadDataset,
  staleTime: Infinity,
  retry: (count, error) => !(error instanceof DatasetError && error.kind === 'content') && count < 1,
});
