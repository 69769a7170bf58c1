/**
 * IndexedDB persistence of imported layers (idb). Layers survive reloads; the list view reads a small
 * metadata store so it never loads feature data. Failures are surfaced as PersistError with a stable
 * code — a full disk is `QuotaExceeded`, never swallowed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedLayer } from '../import/types';

export type PersistErrorCode = 'QuotaExceeded' | 'Unavailable' | 'NotFound' | 'Failed';

export class PersistError extends Error {
  readonly code: PersistErrorCode;
  constructor(code: PersistErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistError';
    this.code = code;
  }
}

/** What listLayers returns: everything but the features, plus storage facts */
export interface StoredLayerMeta extends Omit<ImportedLayer, 'data'> {
  /** size of the stored features as JSON, in UTF-16 code units (≈ bytes for ASCII) */
  approxBytes: number;
  savedAt: string;
}

interface ImportDb extends DBSchema {
  layers: { key: string; value: ImportedLayer & { schema: 1 } };
  meta: { key: string; value: StoredLayerMeta; indexes: { savedAt: string } };
}

export const DEFAULT_DB_NAME = 'beijing-eco-map-imports';
const VERSION = 1;

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // Chrome/Firefox: QuotaExceededError (legacy code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Maps any IndexedDB failure (sync throw, request error, transaction abort) to a PersistError. */
export function toPersistError(e: unknown, action: string, txError?: unknown): PersistError {
  if (e instanceof PersistError) return e;
  const cause = isQuotaError(txError) ? txError : e;
  if (isQuotaError(cause)) {
    return new PersistError('QuotaExceeded', `${action}: the browser's storage quota is full; remove saved layers or free disk space`, { cause });
  }
  const msg = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return new PersistError('Failed', `${action}: ${msg}`, { cause });
}

export interface LayerStore {
  saveLayer(layer: ImportedLayer): Promise<StoredLayerMeta>;
  listLayers(): Promise<StoredLayerMeta[]>;
  loadLayer(id: string): Promise<ImportedLayer>;
  removeLayer(id: string): Promise<void>;
  close(): void;
}

export function createLayerStore(opts: { dbName?: string; now?: () => Date } = {}): LayerStore {
  const dbName = opts.dbName ?? DEFAULT_DB_NAME;
  const now = opts.now ?? (() => new Date());
  let dbp: Promise<IDBPDatabase<ImportDb>> | null = null;

  const db = (): Promise<IDBPDatabase<ImportDb>> => {
    if (typeof indexedDB === 'undefined') return Promise.reject(new PersistError('Unavailable', 'IndexedDB is not available in this browser (private mode?)'));
    dbp ??= openDB<ImportDb>(dbName, VERSION, {
      upgrade(d) {
        d.createObjectStore('layers', { keyPath: 'id' });
        d.createObjectStore('meta', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      },
      blocking() {
        // another tab upgrades the schema: let it
        void dbp?.then((d) => d.close());
        dbp = null;
      },
    }).catch((e: unknown) => {
      dbp = null;
      throw new PersistError('Unavailable', `could not open the layer database (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    });
    return dbp;
  };

  return {
    async saveLayer(layer) {
      const d = await db();
      const { data, ...rest } = layer;
      const meta: StoredLayerMeta = { ...rest, approxBytes: JSON.stringify(data).length, savedAt: now().toISOString() };
      const tx = d.transaction(['layers', 'meta'], 'readwrite');
      try {
        await Promise.all([tx.objectStore('layers').put({ ...layer, schema: 1 }), tx.objectStore('meta').put(meta), tx.done]);
      } catch (e) {
        let txError: unknown;
        try {
          txError = tx.error;
        } catch {
          txError = undefined;
        }
        // make sure nothing half-written stays behind
        try {
          tx.abort();
        } catch {
          // already aborted or finished
        }
        await tx.done.catch(() => undefined);
        throw toPersistError(e, `saving layer "${layer.name}"`, txError);
      }
      return meta;
    },

    async listLayers() {
      const d = await db();
      try {
        return await d.getAllFromIndex('meta', 'savedAt');
      } catch (e) {
        throw toPersistError(e, 'listing saved layers');
      }
    },

    async loadLayer(id) {
      const d = await db();
      let stored: (ImportedLayer & { schema?: 1 }) | undefined;
      try {
        stored = await d.get('layers', id);
      } catch (e) {
        throw toPersistError(e, `loading layer ${id}`);
      }
      if (!stored) throw new PersistError('NotFound', `no saved layer with id "${id}"`);
      const { schema: _schema, ...layer } = stored;
      return layer;
    },

    async removeLayer(id) {
      const d = await db();
      const tx = d.transaction(['layers', 'meta'], 'readwrite');
      try {
        await Promise.all([tx.objectStore('layers').delete(id), tx.objectStore('meta').delete(id), tx.done]);
      } catch (e) {
        throw toPersistError(e, `removing layer ${id}`);
      }
    },

    close() {
      void dbp?.then((d) => d.close());
      dbp = null;
    },
  };
}

let shared: LayerStore | null = null;
const store = (): LayerStore => (shared ??= createLayerStore());

/** Saves (or overwrites, by id) an imported layer. Rejects with PersistError('QuotaExceeded') when storage is full. */
export const saveLayer = (layer: ImportedLayer): Promise<StoredLayerMeta> => store().saveLayer(layer);
/** Metadata of every saved layer, oldest first; no feature data is read. */
export const listLayers = (): Promise<StoredLayerMeta[]> => store().listLayers();
/** One saved layer with its features. Rejects with PersistError('NotFound') for an unknown id. */
export const loadLayer = (id: string): Promise<ImportedLayer> => store().loadLayer(id);
/** Removes a saved layer (no error if it was not there). */
export const removeLayer = (id: string): Promise<void> => store().removeLayer(id);

/** Storage used / available for this origin, when the browser tells (for a "storage almost full" hint). */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
}
