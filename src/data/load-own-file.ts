/**
 * Opens a reader's own file in the import worker and builds the index the
 * views read, exactly as for the published dataset. The file is read into
 * memory here and moved to the worker; nothing is sent, stored or logged.
 */
import { indexPacked, type DataIndex } from './data-index';
import type { ImportProblem, ImportSummary } from './import/index';
// Not from the importer's index: the importer itself runs in the worker, not on the page.
import { IMPORT_MAX_BYTES } from './import/limits';
import { problem } from './import/messages';
import type { FromImportWorker, ToImportWorker } from './worker-messages';

export interface OwnDataset {
  /** Null when no row could be used: the problems say why. */
  index: DataIndex | null;
  name: string;
  problems: ImportProblem[];
  summary: ImportSummary;
}

export interface OpenedFile {
  result: Promise<OwnDataset>;
  /** Stops reading the file; the promise then rejects with an AbortError. */
  cancel: () => void;
}

const aborted = () => new DOMException('The import was cancelled', 'AbortError');

function tooLarge(file: File): OwnDataset {
  return {
    index: null,
    name: file.name,
    problems: [problem('error', 'too-large', { line: null }, { size: file.size, max: IMPORT_MAX_BYTES })],
    summary: { format: 'template', encoding: 'utf-8', delimiter: null, linesRead: 0, shown: 0, skipped: 0, warned: 0 },
  };
}

function fromWorker(name: string, m: Extract<FromImportWorker, { type: 'done' }>): OwnDataset {
  const usable = m.summary.shown > 0;
  const index = usable ? indexPacked(m.packed.packed, m.packed.meta, m.packed.texts) : null;
  if (index) index.adoptSearch(m.search);
  return { index, name, problems: m.problems, summary: m.summary };
}

export function openOwnFile(file: File, onProgress: (fraction: number) => void): OpenedFile {
  let worker: Worker | null = null;
  let cancelled = false;
  let fail: (e: unknown) => void = () => undefined;
  const result = new Promise<OwnDataset>((resolve, reject) => {
    fail = reject;
    if (file.size > IMPORT_MAX_BYTES) return resolve(tooLarge(file));
    void file.arrayBuffer().then(async (bytes) => {
      if (cancelled) return;
      try {
        worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import' });
      } catch {
        worker = null;
      }
      if (!worker) {
        // Without workers the page reads the file itself (it cannot show progress meanwhile).
        const { readOwnFile } = await import('./own-file');
        const own = readOwnFile(new Uint8Array(bytes), file.name);
        return resolve(fromWorker(file.name, { type: 'done', ...own, search: own.searchText() }));
      }
      worker.onmessage = (e: MessageEvent<FromImportWorker>) => {
        const m = e.data;
        if (m.type === 'progress') onProgress(m.fraction);
        else if (m.type === 'done') resolve(fromWorker(file.name, m));
        else reject(new Error(m.message));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error('The file could not be read'));
      };
      worker.postMessage({ bytes, name: file.name } satisfies ToImportWorker, [bytes]);
    }, reject);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      fail(aborted());
    },
  };
}
