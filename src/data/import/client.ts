/**
 * Main-thread API of the importer: `importFile` runs importBytes in a Web Worker, reports progress
 * (0..1) and can be cancelled with an AbortSignal (the worker is terminated). Where there is no
 * Worker (jsdom tests, old runtimes) it runs in-process with the same result shape.
 */
import { abortError } from './abort';
import { makeIssue } from './issues';
import type { ImportOptions, ImportResult, ImportStage } from './types';
import type { ImportRequest, WorkerImportOptions, WorkerReply } from './worker-protocol';

export { preflight, ACCEPT_ATTRIBUTE, LARGE_FILE_BYTES } from './detect';

/** the worker surface the client needs (a real Worker satisfies it; tests pass a fake) */
export interface ImportWorkerLike {
  postMessage(msg: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface ImportFileControls {
  onProgress?: (fraction: number, stage: ImportStage) => void;
  signal?: AbortSignal;
  /** override how the worker is made; `null` forces in-process parsing */
  createWorker?: (() => ImportWorkerLike) | null;
}

export type ImportInput = File | Blob | { name: string; bytes: ArrayBuffer | Uint8Array };

function defaultWorker(): ImportWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }) as unknown as ImportWorkerLike;
}

async function readInput(input: ImportInput): Promise<{ name: string; bytes: ArrayBuffer }> {
  if (input instanceof Blob) {
    const name = input instanceof File ? input.name : 'file';
    return { name, bytes: await input.arrayBuffer() };
  }
  const b = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(input.bytes);
  // copy: the buffer is transferred to the worker and must not detach the caller's
  return { name: input.name, bytes: b.slice().buffer as ArrayBuffer };
}

let nextId = 1;

/**
 * Imports one user file. Resolves with `{ ok, layers, issues }` for good and bad input alike;
 * rejects only with an AbortError (DOMException) when `signal` aborts.
 */
export async function importFile(input: ImportInput, options: ImportOptions = {}, controls: ImportFileControls = {}): Promise<ImportResult> {
  const { signal, onProgress } = controls;
  if (signal?.aborted) throw abortError();
  const { name, bytes } = await readInput(input);
  if (signal?.aborted) throw abortError();

  const worker = controls.createWorker === null ? null : (controls.createWorker ?? defaultWorker)();
  if (!worker) {
    // no Worker here: parse in-process (the parsers load lazily so the main bundle stays small)
    const { importBytes } = await import('./import-bytes');
    return importBytes(name, bytes, options, onProgress, signal);
  }

  const { now: _now, ...cloneable } = options;
  const workerOptions: WorkerImportOptions = cloneable;
  const id = nextId++;
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e) => {
      const m = e.data;
      if (!m || m.id !== id) return;
      if (m.type === 'progress') onProgress?.(m.fraction, m.stage);
      else if (m.type === 'result') finish(() => resolve(m.result));
      else if (m.type === 'failed') finish(() => resolve({ ok: false, layers: [], issues: [makeIssue('import-crashed', 'error', name, `the import failed unexpectedly (${m.message})`, { params: { detail: m.message } })] }));
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      const detail = e.message || 'the import worker stopped (possibly out of memory)';
      finish(() => resolve({ ok: false, layers: [], issues: [makeIssue('import-crashed', 'error', name, detail, { params: { detail } })] }));
    };
    worker.postMessage({ type: 'import', id, name, bytes, options: workerOptions }, [bytes]);
  });
}
