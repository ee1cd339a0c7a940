/**
 * The data worker: runs the load pipeline off the page's thread and hands the
 * columns over without copying them, then builds the search text and sends
 * that, then ends (its memory goes with it).
 */
import { DatasetError } from './dataset.ts';
import { packedBuffers } from './packed.ts';
import { runPipeline } from './pipeline.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
  close: () => void;
};

scope.onmessage = (e) => {
  const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  runPipeline({ base: e.data.base, onProgress: (progress) => post({ type: 'progress', progress }) })
    .then(({ searchText, ...result }) => {
      post({ type: 'done', result }, packedBuffers(result.packed));
      post({ type: 'search', search: searchText() });
    })
    .catch((error: unknown) => {
      post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        file: error instanceof DatasetError ? error.file : null,
        kind: error instanceof DatasetError ? error.kind : null,
      });
    })
    .finally(() => scope.close());
};
