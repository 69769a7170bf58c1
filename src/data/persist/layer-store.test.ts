import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBytes } from '../import/import-bytes';
import { fixture } from '../import/test-fixtures';
import type { ImportedLayer } from '../import/types';
import { createLayerStore, PersistError, toPersistError, type LayerStore } from './layer-store';

let n = 0;
const stores: LayerStore[] = [];
function freshStore(): LayerStore {
  const s = createLayerStore({ dbName: `test-imports-${++n}`, now: () => new Date(Date.UTC(2024, 0, n)) });
  stores.push(s);
  return s;
}

async function layer(name: string): Promise<ImportedLayer> {
  const r = await importBytes(name, fixture(name));
  if (!r.ok) throw new Error(r.issues[0].message);
  return r.layers[0];
}

afterEach(() => {
  vi.restoreAllMocks();
  stores.splice(0).forEach((s) => s.close());
});

describe('IndexedDB layer store', () => {
  it('saves, lists (without features), loads and removes layers', async () => {
    const s = freshStore();
    const a = await layer('sites.geojson');
    const b = await layer('streets-cgcs2000-gk39.zip');
    await s.saveLayer(a);
    await s.saveLayer(b);
    const list = await s.listLayers();
    expect(list.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    for (const m of list) {
      expect(m).not.toHaveProperty('data');
      expect(m.approxBytes).toBeGreaterThan(0);
    }
    expect(await s.loadLayer(b.id)).toEqual(b);
    await s.removeLayer(a.id);
    expect((await s.listLayers()).map((m) => m.id)).toEqual([b.id]);
    await expect(s.loadLayer(a.id)).rejects.toMatchObject({ name: 'PersistError', code: 'NotFound' });
  });

  it('overwrites a layer saved again under the same id', async () => {
    const s = freshStore();
    const a = await layer('sites.csv');
    await s.saveLayer(a);
    await s.saveLayer({ ...a, name: 'renamed' });
    const list = await s.listLayers();
    expect(list).toHaveLength(1);
    expect((await s.loadLayer(a.id)).name).toBe('renamed');
  });

  it('surfaces a full quota as PersistError QuotaExceeded and writes nothing', async () => {
    const s = freshStore();
    const a = await layer('sites.geojson');
    await s.listLayers(); // open the database first
    const storeProto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore.prototype;
    vi.spyOn(storeProto, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const err = await s.saveLayer(a).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PersistError);
    expect(err).toMatchObject({ code: 'QuotaExceeded' });
    expect((err as PersistError).message).toContain(a.name);
    vi.restoreAllMocks();
    expect(await s.listLayers()).toEqual([]);
  });

  it('maps a transaction aborted by quota (error on the transaction) to QuotaExceeded', () => {
    const abort = new DOMException('The transaction was aborted', 'AbortError');
    const quota = new DOMException('Quota', 'QuotaExceededError');
    expect(toPersistError(abort, 'saving', quota).code).toBe('QuotaExceeded');
    expect(toPersistError(new Error('boom'), 'saving').code).toBe('Failed');
  });

  it('reports an unavailable IndexedDB as Unavailable', async () => {
    const saved = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(createLayerStore({ dbName: 'nowhere' }).listLayers()).rejects.toMatchObject({ code: 'Unavailable' });
    } finally {
      vi.stubGlobal('indexedDB', saved);
      vi.unstubAllGlobals();
    }
  });
});
