/** What the page and the data worker say to each other. */
import type { LoadProgress, Packed } from './pipeline.ts';
import type { SearchText } from './text-search.ts';
import type { OwnFile } from './own-file.ts';

/** Start loading from this base URL; later, send the search text (asked for once the page is idle). */
export type ToWorker = { type: 'load'; base: string; searchFirst: boolean } | { type: 'search' };

export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; result: Omit<Packed, 'searchText'>; search?: SearchText }
  | { type: 'search'; search: SearchText }
  | { type: 'error'; message: string; file: string | null; kind: 'download' | 'content' | null };

/** A reader's file, as bytes moved (not copied) to the import worker. */
export interface ToImportWorker {
  bytes: ArrayBuffer;
  name: string;
}

export type FromImportWorker =
  | { type: 'progress'; fraction: number }
  | ({ type: 'done'; search: SearchText } & Omit<OwnFile, 'searchText'>)
  | { type: 'error'; message: string };
