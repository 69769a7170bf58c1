/**
 * Web Worker entry: parses user files off the main thread. Created by client.ts with
 * `new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })`.
 * Cancellation = the client terminates this worker.
 */
import { handleImportRequest, type ImportRequest, type WorkerReply } from './worker-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  void handleImportRequest(e.data, (reply) => scope.postMessage(reply));
};
