/** What the page and the data worker say to each other. */
import type { LoadProgress, Packed } from './pipeline.ts';
import type { SearchText } from './text-search.ts';

export interface ToWorker {
  base: string;
}

export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; result: Omit<Packed, 'searchText'> }
  | { type: 'search'; search: SearchText }
  | { type: 'error'; message: string; file: string | null; kind: 'download' | 'content' | null };
