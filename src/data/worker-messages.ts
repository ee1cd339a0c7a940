/** What the page and the data worker say to each other. */
import type { LoadProgress, Packed } from './pipeline.ts';
import type { SearchText } from './text-search.ts';

/** Start loading from this base URL; later, send the search text (asked for once the page is idle). */
export type ToWorker = { type: 'load'; base: string; searchFirst: boolean } | { type: 'search' };

export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; result: Omit<Packed, 'searchText'>; search?: SearchText }
  | { type: 'search'; search: SearchText }
  | { type: 'error'; message: string; file: string | null; kind: 'download' | 'content' | null };
