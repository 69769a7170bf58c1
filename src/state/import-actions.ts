/**
 * Imported layers in the app: added to the store (drawn and analysed like any layer), persisted in
 * IndexedDB, restored on boot, removable. A layer that `replaces` a built-in one (e.g. official street
 * boundaries) takes over that layer id; removing it brings the built-in data back.
 */
import type { Geometry } from 'geojson';
import type { ImportedLayer } from '../data/import/types';
import type { GeometryKind } from '../data/manifest';
import { PersistError, listLayers, loadLayer as loadSavedLayer, removeLayer, saveLayer } from '../data/persist';
import { retryLayer } from './actions';
import { useStore } from './store';
import type { ImportedMeta } from './slices/data-slice';

export function geometryKindOf(geoms: (Geometry | null)[]): GeometryKind {
  const kinds = new Set<GeometryKind>();
  for (const g of geoms) {
    if (!g) continue;
    if (g.type === 'Point' || g.type === 'MultiPoint') kinds.add('Point');
    else if (g.type === 'LineString' || g.type === 'MultiLineString') kinds.add('LineString');
    else if (g.type === 'Polygon' || g.type === 'MultiPolygon') kinds.add('Polygon');
    else kinds.add('mixed');
    if (kinds.size > 1) return 'mixed';
  }
  return [...kinds][0] ?? 'mixed';
}

function metaOf(l: ImportedLayer): ImportedMeta {
  return {
    id: l.id,
    name: l.name,
    fileName: l.fileName,
    sourceFormat: l.sourceFormat,
    geometry: geometryKindOf(l.data.features.map((f) => f.geometry)),
    featureCount: l.featureCount,
    crsConverted: l.crs.converted,
    replaces: l.replaces,
    bbox: l.bbox,
    warnings: l.warnings.length,
  };
}

function apply(l: ImportedLayer) {
  const st = useStore.getState();
  st.addImported(metaOf(l));
  const target = l.replaces ?? l.id;
  // the map promotes properties.id to the feature id (promoteId), so mirror feature.id there
  const features = l.data.features.map((f) => (f.id === undefined || f.properties?.id === f.id ? f : { ...f, properties: { ...f.properties, id: f.id } }));
  st.setFeatures(target, { ...l.data, features });
  st.setStatus(target, 'ready');
  st.setLayerVisible(target, true);
}

/** Adds an imported layer and saves it; a storage failure (e.g. quota) is reported, the layer stays for this session. */
export async function addImportedLayer(l: ImportedLayer): Promise<void> {
  apply(l);
  try {
    await saveLayer(l);
  } catch (e) {
    const code = e instanceof PersistError ? e.code : 'Failed';
    useStore.getState().notify({ kind: 'error', key: 'import.persistFailed', values: { file: l.fileName, code } });
  }
}

export async function removeImportedLayer(id: string): Promise<void> {
  const st = useStore.getState();
  const meta = st.imported.find((m) => m.id === id);
  st.removeImported(id);
  if (meta?.replaces) {
    st.removeFeatures(meta.replaces);
    void retryLayer(meta.replaces);
  } else {
    st.removeFeatures(id);
    st.setLayerVisible(id, false);
  }
  try {
    await removeLayer(id);
  } catch (e) {
    st.notify({ kind: 'error', key: 'import.persistFailed', values: { file: meta?.fileName ?? id, code: e instanceof PersistError ? e.code : 'Failed' } });
  }
}

/** Restores saved imports on boot; a broken store is reported, never fatal. */
export async function restoreImportedLayers(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    const metas = await listLayers();
    for (const m of metas) apply(await loadSavedLayer(m.id));
  } catch (e) {
    useStore.getState().notify({ kind: 'warning', key: 'import.restoreFailed', values: { code: e instanceof PersistError ? e.code : String((e as Error).message) } });
  }
}
