/**
 * Messages between client.ts and import.worker.ts, and the worker-side handler (kept out of the
 * worker entry so tests can drive it without a real Worker).
 */
import { importBytes } from './import-bytes';
import type { ImportOptions, ImportResult, ImportStage } from './types';

/** options that survive structured cloning (no functions) */
export type WorkerImportOptions = Omit<ImportOptions, 'now'>;

export interface ImportRequest {
  type: 'import';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  options: WorkerImportOptions;
}

export type WorkerReply =
  | { type: 'progress'; id: number; fraction: number; stage: ImportStage }
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'failed'; id: number; message: string };

/** Runs one import request, posting progress (throttled to 1 % steps) and the result. */
export async function handleImportRequest(msg: ImportRequest, post: (reply: WorkerReply) => void): Promise<void> {
  if (!msg || msg.type !== 'import') return;
  let lastSent = -1;
  try {
    const result = await importBytes(msg.name, msg.bytes, msg.options, (fraction, stage) => {
      if (fraction - lastSent >= 0.01 || fraction === 1) {
        lastSent = fraction;
        post({ type: 'progress', id: msg.id, fraction, stage });
      }
    });
    post({ type: 'result', id: msg.id, result });
  } catch (e) {
    post({ type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
}
