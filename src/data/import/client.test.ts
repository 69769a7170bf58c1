import { describe, expect, it } from 'vitest';
import { importFile, type ImportWorkerLike } from './client';
import { fixture } from './test-fixtures';
import { handleImportRequest, type ImportRequest, type WorkerReply } from './worker-protocol';

/** An in-process stand-in for the Web Worker that runs the real worker handler on a macrotask. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ImportRequest[] = [];
  transferred: Transferable[] = [];
  constructor(private readonly crash = false) {}
  postMessage(msg: ImportRequest, transfer: Transferable[]): void {
    this.received.push(msg);
    this.transferred = transfer;
    setTimeout(() => {
      if (this.crash) {
        this.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      void handleImportRequest(msg, (reply) => {
        if (!this.terminated) setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>), 0);
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('importFile (worker client)', () => {
  it('runs the import in the worker, reports rising progress up to 1, and terminates the worker', async () => {
    const w = new FakeWorker();
    const progress: number[] = [];
    const bytes = fixture('sites.csv');
    const r = await importFile({ name: 'sites.csv', bytes }, { now: () => new Date(0) }, { createWorker: () => w, onProgress: (f) => progress.push(f) });
    expect(r.ok && r.layers[0].featureCount).toBe(4);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(w.terminated).toBe(true);
    // the caller's bytes are copied, not detached, and functions are not sent to the worker
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(w.transferred).toHaveLength(1);
    expect(Object.keys(w.received[0].options)).not.toContain('now');
  });

  it('accepts a File', async () => {
    const file = new File([fixture('sites.geojson')], 'sites.geojson', { type: 'application/geo+json' });
    const r = await importFile(file, {}, { createWorker: () => new FakeWorker() });
    expect(r.ok && r.layers[0].fileName).toBe('sites.geojson');
  });

  it('cancels: rejects with AbortError and terminates the worker', async () => {
    const w = new FakeWorker();
    const ctrl = new AbortController();
    let calls = 0;
    // abort on the first progress report, i.e. while the worker is busy
    const p = importFile({ name: 'sites.kmz', bytes: fixture('sites.kmz') }, {}, { createWorker: () => w, signal: ctrl.signal, onProgress: () => ++calls === 1 && ctrl.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(w.received).toHaveLength(1);
    expect(w.terminated).toBe(true);
    expect(calls).toBe(1);
  });

  it('rejects at once for an already-aborted signal', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(importFile({ name: 'a.csv', bytes: fixture('sites.csv') }, {}, { signal: ctrl.signal, createWorker: null })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('turns a worker crash into an import-crashed issue', async () => {
    const r = await importFile({ name: 'big.geojson', bytes: fixture('sites.geojson') }, {}, { createWorker: () => new FakeWorker(true) });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'import-crashed', file: 'big.geojson' });
  });

  it('falls back to in-process parsing where there is no Worker (node, jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: number[] = [];
    const r = await importFile({ name: 'bad-features.geojson', bytes: fixture('bad-features.geojson') }, {}, { onProgress: (f) => progress.push(f) });
    expect(r.ok && r.layers[0].featureCount).toBe(2);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('aborts the in-process path between stages', async () => {
    const ctrl = new AbortController();
    const p = importFile({ name: 'sites.xlsx', bytes: fixture('sites.xlsx') }, {}, { createWorker: null, signal: ctrl.signal, onProgress: (f) => f > 0 && ctrl.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
