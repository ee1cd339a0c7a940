/**
 * The data worker: runs the load pipeline off the page's thread and hands the
 * columns over without copying them, then builds the search text and sends
 * that when the page asks, then ends (its memory goes with it).
 */
import { DatasetError } from './dataset.ts';
import { packedBuffers } from './packed.ts';
import { runPipeline } from './pipeline.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';
import type { SearchText } from './text-search.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
  close: () => void;
};

let searchText: (() => SearchText) | null = null;

const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

function load(base: string, searchFirst: boolean) {
  runPipeline({ base, onProgress: (progress) => post({ type: 'progress', progress }) })
    .then(({ searchText: later, ...result }) => {
      if (searchFirst) {
        post({ type: 'done', result, search: later() }, packedBuffers(result.packed));
        scope.close();
        return;
      }
      searchText = later;
      post({ type: 'done', result }, packedBuffers(result.packed));
    })
    .catch((error: unknown) => {
      post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        file: error instanceof DatasetError ? error.file : null,
        kind: error instanceof DatasetError ? error.kind : null,
      });
      scope.close();
    });
}

scope.onmessage = (e) => {
  if (e.data.type === 'load') load(e.data.base, e.data.searchFirst);
  // The page asks for the search text once it has drawn the data, so that building it never competes with that.
  else if (e.data.type === 'search' && searchText) {
    post({ type: 'search', search: searchText() });
    scope.close();
  }
};
