/**
 * Loads the dataset from the app's own origin with TanStack Query. Files the
 * build vouched for (see trusted.ts) are used as they are; anything else is
 * validated record by record. Then the search index is built.
 */
import { queryOptions } from '@tanstack/react-query';
import { buildIndex, type DataIndex } from './data-index';
import { MANIFEST_FILE, matchesManifest, trustedDataset, type DataManifest } from './trusted';
import { TRANSLATION_FILES, TRANSLATION_LANGS } from './translation-schema';
import { applyTranslations, readTranslationFiles } from './translations';
import { validateDatasetInSlices } from './validate';
import { DatasetError, FILES, OPTIONAL_FILES, type DataIssue, type RawDataset } from './dataset';

export interface LoadedDataset {
  index: DataIndex;
  issues: DataIssue[];
  /** Where the records were checked: when the app was built, or here in the browser. */
  checked: 'build' | 'browser';
}

interface Fetched {
  file: string;
  bytes: ArrayBuffer;
  value: unknown;
}

async function fetchFile(file: string, optional = false): Promise<Fetched | undefined> {
  const url = new URL(`data/${file}`, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    throw new DatasetError(`${file} could not be downloaded (network error)`, file, 'download');
  }
  // Hosts that serve a single-page app often answer a missing file with their start page instead of a 404.
  const startPage = /^text\/html\b/i.test(response.headers.get('content-type') ?? '');
  if (optional && (response.status === 404 || (response.ok && startPage))) return undefined;
  if (!response.ok)
    throw new DatasetError(`${file} could not be downloaded (HTTP ${response.status})`, file, 'download');
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') throw new DatasetError(`${file} is empty`, file);
  try {
    return { file, bytes, value: JSON.parse(text) };
  } catch {
    throw new DatasetError(`${file} is not valid JSON`, file);
  }
}

/** The build's manifest, if there is a usable one; without it the browser validates. */
async function fetchManifest(): Promise<unknown> {
  try {
    return (await fetchFile(MANIFEST_FILE, true))?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * Translations are optional: without them the reader gets the English, marked
 * as such. A manifest lists the ones the site has, so absent ones are not
 * even asked for; without a manifest, each is tried.
 */
async function fetchTranslations(manifest: Promise<unknown>): Promise<(Fetched | undefined)[]> {
  const listed = (await manifest) as Partial<DataManifest> | null;
  return Promise.all(
    TRANSLATION_LANGS.map((lang) => {
      const file = TRANSLATION_FILES[lang];
      if (listed?.sha256 && !Object.hasOwn(listed.sha256, file)) return undefined;
      return fetchFile(file, true).catch(() => undefined);
    }),
  );
}

/**
 * An optional file that is there but cannot be read (a server error, a cut
 * connection, broken JSON) costs only what it holds: the explorer starts
 * without it and says so, naming the file.
 */
async function fetchOptional(file: string, issues: DataIssue[]): Promise<Fetched | undefined> {
  try {
    return await fetchFile(file, true);
  } catch (e) {
    const why = e instanceof DatasetError ? e.message : `${file} could not be read`;
    issues.push({ file, id: '-', field: '(file)', message: `${why}; the explorer goes on without it` });
    return undefined;
  }
}

export async function loadDataset(): Promise<LoadedDataset> {
  const entries = Object.entries(FILES) as [keyof RawDataset, string][];
  const optional = Object.entries(OPTIONAL_FILES) as [keyof RawDataset, string][];
  const fileIssues: DataIssue[] = [];
  const manifestLoaded = fetchManifest();
  const [values, extras, translated, manifest] = await Promise.all([
    Promise.all(entries.map(([, file]) => fetchFile(file) as Promise<Fetched>)),
    Promise.all(optional.map(([, file]) => fetchOptional(file, fileIssues))),
    fetchTranslations(manifestLoaded),
    manifestLoaded,
  ]);
  const raw = Object.fromEntries(entries.map(([key], i) => [key, values[i]!.value])) as unknown as RawDataset;
  optional.forEach(([key], i) => (raw[key] = extras[i]?.value));
  const translations = readTranslationFiles(
    Object.fromEntries(TRANSLATION_LANGS.map((lang, k) => [lang, translated[k]?.value])),
  );
  const fetched = [
    ...values,
    ...extras.filter((f): f is Fetched => f !== undefined),
    ...translated.filter((f): f is Fetched => f !== undefined),
  ];
  if (await matchesManifest(manifest, Object.fromEntries(fetched.map((f) => [f.file, f.bytes])))) {
    const dataset = trustedDataset(raw);
    if (dataset)
      return {
        index: buildIndex(dataset, applyTranslations(dataset, translations.files)),
        issues: [...fileIssues, ...translations.issues],
        checked: 'build',
      };
  }
  const { dataset, issues } = await validateDatasetInSlices(raw, yieldToPage);
  return {
    index: buildIndex(dataset, applyTranslations(dataset, translations.files)),
    issues: [...fileIssues, ...issues, ...translations.issues],
    checked: 'browser',
  };
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
