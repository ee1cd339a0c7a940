/**
 * The import worker: reads a reader's file off the page's thread, reports how
 * far it has got, and hands back the packed columns and the problems. The
 * page can stop it at any time (Cancel terminates it). It closes when done.
 */
import { readOwnFile } from './own-file.ts';
import { packedBuffers } from './packed.ts';
import type { FromImportWorker, ToImportWorker } from './worker-messages.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToImportWorker>) => void) | null;
  postMessage: (message: FromImportWorker, transfer?: Transferable[]) => void;
  close: () => void;
};

scope.onmessage = (e) => {
  const post = (m: FromImportWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  try {
    const { packed, searchText, problems, summary } = readOwnFile(new Uint8Array(e.data.bytes), e.data.name, (f) =>
      post({ type: 'progress', fraction: f }),
    );
    post({ type: 'done', packed, search: searchText(), problems, summary }, packedBuffers(packed.packed));
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  scope.close();
};
