/**
 * The one path from data files to packed columns: download, check against the
 * build's manifest (or validate record by record), lay translations over the
 * records, pack. It runs in the data worker, so none of it holds the page;
 * where workers are unavailable the page runs the same code itself.
 */
import { MANIFEST_FILE, matchesManifest, trustedDataset, type DataManifest } from './trusted.ts';
import { TRANSLATION_FILES, TRANSLATION_LANGS } from './translation-schema.ts';
import { applyTranslations, readTranslationFiles, type TranslatedText } from './translations.ts';
import { validateDatasetInSlices } from './validate.ts';
import { DatasetError, FILES, OPTIONAL_FILES, type DataIssue, type Dataset, type RawDataset } from './dataset.ts';
import { packIncidents, PackError, type DatasetMeta, type PackedIncidents } from './packed.ts';
import { metaOf } from './data-index.ts';
import { ownText, ownTextAt, SearchTextBuilder, type SearchText } from './text-search.ts';
import { PACKED_FILE, packedFromArrow, packedHead, PackedFileError } from './arrow.ts';
import { allTexts, incidentAt, type TextColumn } from './packed.ts';

export interface Packed {
  packed: PackedIncidents;
  meta: DatasetMeta;
  /** Reader-facing texts that have a translation; every other text is the record's English. */
  texts: Map<string, TranslatedText>;
  issues: DataIssue[];
  /** Where the records were checked: when the app was built, or here in the browser. */
  checked: 'build' | 'browser';
  /** Builds the search text from the records (after the columns have gone to the page). */
  searchText: () => SearchText;
}

export type LoadPhase = 'download' | 'check' | 'index';

export interface LoadProgress {
  phase: LoadPhase;
  /** Bytes of the incidents file received so far, and its size when the manifest gives it. */
  received: number;
  total: number | null;
}

export interface PipelineEnv {
  /** The URL the data/ folder is relative to (the page's base URI). */
  base: string;
  onProgress?: (progress: LoadProgress) => void;
  /** Lets the page draw between validation slices when this runs on it; a worker needs no pause. */
  pause?: () => Promise<void>;
}

interface Fetched {
  file: string;
  bytes: ArrayBuffer;
  value: unknown;
}

/** Reads a response body, reporting bytes as they arrive. */
async function readBody(response: Response, onBytes?: (received: number) => void): Promise<ArrayBuffer> {
  if (!onBytes || !response.body) return response.arrayBuffer();
  onBytes(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onBytes(received);
  }
  const all = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all.buffer;
}

async function fetchFile(
  env: PipelineEnv,
  file: string,
  optional = false,
  onBytes?: (received: number) => void,
): Promise<Fetched | undefined> {
  const url = new URL(`data/${file}`, env.base);
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
  let bytes: ArrayBuffer;
  try {
    bytes = await readBody(response, onBytes);
  } catch {
    throw new DatasetError(`${file} could not be downloaded (network error)`, file, 'download');
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') throw new DatasetError(`${file} is empty`, file);
  try {
    return { file, bytes, value: JSON.parse(text) };
  } catch {
    throw new DatasetError(`${file} is not valid JSON`, file);
  }
}

/** The build's manifest, if there is a usable one; without it the browser validates. */
async function fetchManifest(env: PipelineEnv): Promise<unknown> {
  try {
    return (await fetchFile(env, MANIFEST_FILE, true))?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * Translations are optional: without them the reader gets the English, marked
 * as such. A manifest lists the ones the site has, so absent ones are not
 * even asked for; without a manifest, each is tried.
 */
async function fetchTranslations(env: PipelineEnv, manifest: Promise<unknown>): Promise<(Fetched | undefined)[]> {
  const listed = (await manifest) as Partial<DataManifest> | null;
  return Promise.all(
    TRANSLATION_LANGS.map((lang) => {
      const file = TRANSLATION_FILES[lang];
      if (listed?.sha256 && !Object.hasOwn(listed.sha256, file)) return undefined;
      return fetchFile(env, file, true).catch(() => undefined);
    }),
  );
}

/**
 * An optional file that is there but cannot be read (a server error, a cut
 * connection, broken JSON) costs only what it holds: the explorer starts
 * without it and says so, naming the file.
 */
async function fetchOptional(env: PipelineEnv, file: string, issues: DataIssue[]): Promise<Fetched | undefined> {
  try {
    return await fetchFile(env, file, true);
  } catch (e) {
    const why = e instanceof DatasetError ? e.message : `${file} could not be read`;
    issues.push({ file, id: '-', field: '(file)', message: `${why}; the explorer goes on without it` });
    return undefined;
  }
}

/** Only texts that differ from the record's English need to travel: the rest fall back to it. */
function translatedOnly(texts: Map<string, TranslatedText>): Map<string, TranslatedText> {
  const out = new Map<string, TranslatedText>();
  for (const [key, t] of texts) if (t.ru !== undefined || t.kk !== undefined || t.review) out.set(key, t);
  return out;
}

/** Translations over a checked dataset, then the columns. */
export function packDataset(
  dataset: Dataset,
  files: Parameters<typeof applyTranslations>[1],
): Pick<Packed, 'packed' | 'meta' | 'texts' | 'searchText'> {
  const texts = translatedOnly(applyTranslations(dataset, files, { translatedOnly: true }));
  const { incidents } = dataset;
  return {
    packed: packIncidents(dataset),
    meta: metaOf(dataset),
    texts,
    searchText: () => new SearchTextBuilder(incidents.length, (i) => ownText(incidents[i]!)).result(),
  };
}

type Progress = (phase: LoadPhase, received: number) => void;

function progressReporter(env: PipelineEnv, manifest: Promise<unknown>, file: string): Progress {
  let total: number | null = null;
  void manifest.then((m) => {
    const size = (m as Partial<DataManifest> | null)?.bytes?.[file];
    if (typeof size === 'number') total = size;
  });
  let told = -Infinity;
  return (phase, received) => {
    // A message per 1 % (or per 256 kB without a size): enough for a bar, few enough to cost nothing.
    if (phase === 'download' && received - told < (total ? total / 100 : 256 * 1024)) return;
    told = received;
    env.onProgress?.({ phase, received, total });
  };
}

export async function runPipeline(env: PipelineEnv): Promise<Packed> {
  const manifestLoaded = fetchManifest(env);
  // Asked for at once, beside the manifest: a round trip saved, and wasted only where no build packed the data.
  const bytes = fetchBytes(env, PACKED_FILE, progressReporter(env, manifestLoaded, PACKED_FILE), manifestLoaded);
  const rest = fetchRest(env, manifestLoaded);
  // Awaited below when used; a failure before then is not an unhandled one (the JSON path reports it itself).
  rest.catch(() => undefined);
  const manifest = await manifestLoaded;
  const sha256 = (manifest as Partial<DataManifest> | null)?.sha256;
  if (sha256 && typeof sha256 === 'object' && Object.hasOwn(sha256, PACKED_FILE)) {
    const packed = await packedPipeline(env, manifest, await bytes, await rest);
    if (packed) return packed;
  }
  // Another form of the data, or none: what was fetched above is not used.
  return jsonPipeline(env, manifest);
}

/** Everything but the incidents, which the caller fetches in its own form. */
async function fetchRest(env: PipelineEnv, manifest: Promise<unknown>) {
  const entries = (Object.entries(FILES) as [keyof RawDataset, string][]).filter(([key]) => key !== 'incidents');
  const optional = Object.entries(OPTIONAL_FILES) as [keyof RawDataset, string][];
  const fileIssues: DataIssue[] = [];
  const [values, extras, translated] = await Promise.all([
    Promise.all(entries.map(([, file]) => fetchFile(env, file) as Promise<Fetched>)),
    Promise.all(optional.map(([, file]) => fetchOptional(env, file, fileIssues))),
    fetchTranslations(env, manifest),
  ]);
  const raw: Partial<RawDataset> = Object.fromEntries(entries.map(([key], i) => [key, values[i]!.value]));
  optional.forEach(([key], i) => (raw[key] = extras[i]?.value));
  const translations = readTranslationFiles(
    Object.fromEntries(TRANSLATION_LANGS.map((lang, k) => [lang, translated[k]?.value])),
  );
  const fetched = [
    ...values,
    ...extras.filter((f): f is Fetched => f !== undefined),
    ...translated.filter((f): f is Fetched => f !== undefined),
  ];
  return { raw, translations, fetched, fileIssues };
}

/** Reads a binary file, reporting its download once `sized` (the manifest, which gives its size) is in. */
async function fetchBytes(
  env: PipelineEnv,
  file: string,
  progress: Progress,
  sized: Promise<unknown>,
): Promise<ArrayBuffer | null> {
  try {
    const response = await fetch(new URL(`data/${file}`, env.base), {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return null;
    await sized;
    return await readBody(response, (r) => progress('download', r));
  } catch {
    return null;
  }
}

/**
 * The fast path: the build's packed incidents (incidents.arrow) with the other
 * files, all matching the manifest. Null when anything is off: the caller
 * then downloads incidents.json and checks it as before.
 */
async function packedPipeline(
  env: PipelineEnv,
  manifest: unknown,
  bytes: ArrayBuffer | null,
  rest: Awaited<ReturnType<typeof fetchRest>>,
): Promise<Packed | null> {
  if (!bytes) return null;
  const progress = progressReporter(env, Promise.resolve(manifest), PACKED_FILE);
  progress('check', bytes.byteLength);
  const files = Object.fromEntries([...rest.fetched.map((f) => [f.file, f.bytes] as const), [PACKED_FILE, bytes]]);
  if (!(await matchesManifest(manifest, files, [FILES.incidents]))) return null;
  try {
    const { table, head } = packedHead(new Uint8Array(bytes));
    const meta = trustedDataset({ ...rest.raw, incidents: { ...head, incidents: [] } } as RawDataset);
    if (!meta) return null;
    const names = {
      placeIds: [...meta.places.keys()],
      actorIds: [...meta.actors.keys()],
      caseIds: [...meta.cases.keys()],
    };
    const packed = packedFromArrow(table, { version: head.version, ...names });
    progress('index', bytes.byteLength);
    // Only incidents that translation files name need rebuilding to find their translations.
    const ids = allTexts(packed.text.id);
    const wanted = new Set<string>();
    for (const lang of TRANSLATION_LANGS)
      for (const key of Object.keys(rest.translations.files[lang]?.entries ?? {})) wanted.add(key.split('/')[1] ?? '');
    const incidents = [];
    for (let i = 0; i < ids.length; i++) if (wanted.has(ids[i]!)) incidents.push(incidentAt(packed, names, i));
    const texts = translatedOnly(
      applyTranslations({ ...meta, incidents }, rest.translations.files, { translatedOnly: true }),
    );
    // The columns go to the page; the search text is built afterwards from a copy of the text they hold.
    const copy = {
      ...packed,
      text: Object.fromEntries(
        Object.entries(packed.text).map(([k, c]) => [k, { offsets: c.offsets.slice(), bytes: c.bytes.slice() }]),
      ) as Record<keyof PackedIncidents['text'], TextColumn>,
    };
    return {
      packed,
      meta: metaOf(meta),
      texts,
      issues: [...rest.fileIssues, ...rest.translations.issues],
      checked: 'build',
      searchText: () => new SearchTextBuilder(copy.n, (i) => ownTextAt(copy, i)).result(),
    };
  } catch (e) {
    if (e instanceof PackedFileError || e instanceof PackError) return null;
    throw e;
  }
}

async function jsonPipeline(env: PipelineEnv, manifest: unknown): Promise<Packed> {
  const manifestLoaded = Promise.resolve(manifest);
  const progress = progressReporter(env, manifestLoaded, FILES.incidents);
  const [incidents, rest] = await Promise.all([
    fetchFile(env, FILES.incidents, false, (r) => progress('download', r)) as Promise<Fetched>,
    fetchRest(env, manifestLoaded),
  ]);
  const received = incidents.bytes.byteLength;
  progress('check', received);
  const raw = { ...rest.raw, incidents: incidents.value } as RawDataset;
  const { translations, fileIssues } = rest;
  const fetched = [incidents, ...rest.fetched];
  const listed = (manifest as Partial<DataManifest> | null)?.sha256 ?? {};
  const skipped = Object.hasOwn(listed, PACKED_FILE) ? [PACKED_FILE] : [];
  if (await matchesManifest(manifest, Object.fromEntries(fetched.map((f) => [f.file, f.bytes])), skipped)) {
    const dataset = trustedDataset(raw);
    if (dataset) {
      progress('index', received);
      try {
        return {
          ...packDataset(dataset, translations.files),
          issues: [...fileIssues, ...translations.issues],
          checked: 'build',
        };
      } catch (e) {
        // A record that names what the dataset lacks was not what the build wrote: validate instead.
        if (!(e instanceof PackError)) throw e;
      }
    }
  }
  const { dataset, issues } = await validateDatasetInSlices(raw, env.pause ?? (() => Promise.resolve()));
  progress('index', received);
  return {
    ...packDataset(dataset, translations.files),
    issues: [...fileIssues, ...issues, ...translations.issues],
    checked: 'browser',
  };
}
