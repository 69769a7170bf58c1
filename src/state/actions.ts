/** Actions callable outside React (panels, tests, the URL binding). */
import type { FeatureCollection } from 'geojson';
import { DataLoadError, IS_PUBLIC_BUILD, fetchBinary, fetchJson, fetchLayer, fetchManifest, fetchSession, fetchStreetIndicators } from '../data/api';
import { decodeMobileReadings } from '../data/formats/mobile-bin';
import type { ManifestLayer } from '../data/manifest';
import { useStore } from './store';

const inflight = new Map<string, Promise<void>>();

function describe(e: unknown, fallbackFile: string) {
  if (e instanceof DataLoadError) return { file: e.file, detail: e.detail };
  return { file: fallbackFile, detail: (e as Error)?.message ?? String(e) };
}

export function layerById(id: string): ManifestLayer | undefined {
  return useStore.getState().manifest?.layers.find((l) => l.id === id);
}

/** Which layers this role may see. The public build's manifest holds public layers only anyway. */
export function layerAllowed(layer: ManifestLayer): boolean {
  const role = useStore.getState().role;
  return layer.visibility === 'public' || (role !== null && role !== 'public');
}

export async function loadSession(): Promise<void> {
  const st = useStore.getState();
  if (IS_PUBLIC_BUILD) {
    st.setRole('public');
    st.setMode('public');
    return;
  }
  try {
    const s = await fetchSession();
    st.setRole(s.role, s.streetId);
    // each role opens on its own view: inspectors on the patrol list, supervisors on the overview
    st.setMode(s.role === 'public' ? 'public' : s.role === 'inspector' ? 'inspector' : 'overview');
  } catch {
    st.setRole('public');
    st.setMode('public');
    st.notify({ kind: 'warning', key: 'role.sessionFailed' });
  }
}

export async function loadManifest(): Promise<void> {
  const st = useStore.getState();
  try {
    const m = await fetchManifest();
    st.setManifest(m);
  } catch (e) {
    st.setManifest(null, describe(e, 'manifest.json').detail);
  }
}

/** Loads the latest month of 走航 readings (a compact columnar binary). */
function loadMobile(layer: ManifestLayer): Promise<void> {
  const st = useStore.getState();
  const file = [...layer.files].filter((f) => f.format === 'mobile-bin').sort((a, b) => String(a.month).localeCompare(String(b.month))).at(-1);
  if (!file || st.status[layer.id] === 'ready') return Promise.resolve();
  st.setStatus(layer.id, 'loading');
  return fetchBinary(file.path)
    .then((buf) => {
      let m;
      try {
        m = decodeMobileReadings(buf);
      } catch (e) {
        throw new DataLoadError(file.path, 'malformed', (e as Error).message);
      }
      useStore.getState().setMobile(m);
      useStore.getState().setStatus(layer.id, 'ready');
    })
    .catch((e) => useStore.getState().setStatus(layer.id, 'error', describe(e, file.path)));
}

/** Loads a layer once; a failure marks only that layer, with a retry. */
export function loadLayer(id: string): Promise<void> {
  const st = useStore.getState();
  const layer = layerById(id);
  if (layer && layer.files.some((f) => f.format === 'mobile-bin')) return loadMobile(layer);
  if (!layer || layer.files.every((f) => f.format !== 'geojson')) return Promise.resolve();
  if (st.status[id] === 'ready') return Promise.resolve();
  const running = inflight.get(id);
  if (running) return running;
  st.setStatus(id, 'loading');
  const p = fetchLayer(layer)
    .then((fc: FeatureCollection) => {
      useStore.getState().setFeatures(id, fc);
      useStore.getState().setStatus(id, 'ready');
    })
    .catch((e) => {
      useStore.getState().setStatus(id, 'error', describe(e, layer.files[0]?.path ?? id));
    })
    .finally(() => inflight.delete(id));
  inflight.set(id, p);
  return p;
}

export function retryLayer(id: string): Promise<void> {
  useStore.getState().setStatus(id, 'idle');
  return loadLayer(id);
}

export async function loadIndicators(): Promise<void> {
  const st = useStore.getState();
  if (st.status.indicators === 'ready' || st.status.indicators === 'loading') return;
  st.setStatus('indicators', 'loading');
  try {
    const d = await fetchStreetIndicators();
    useStore.getState().setIndicators(d);
    useStore.getState().setStatus('indicators', 'ready');
    const months = d.months;
    if (!months.includes(useStore.getState().month)) useStore.getState().setMonth(months[months.length - 1]);
  } catch (e) {
    useStore.getState().setStatus('indicators', 'error', describe(e, 'street-indicators.json'));
  }
}

export function toggleLayer(id: string, visible?: boolean) {
  const st = useStore.getState();
  const next = visible ?? !st.layerConfig[id]?.visible;
  st.setLayerVisible(id, next);
  if (next) void loadLayer(id);
}

/** Loads everything that is visible (after the manifest or a URL change). */
export function loadVisibleLayers() {
  const st = useStore.getState();
  for (const [id, c] of Object.entries(st.layerConfig)) if (c.visible) void loadLayer(id);
}

/** Loads a non-spatial dataset of the manifest (targets, water-quality, …) once; failures mark only it. */
export async function loadDataset(id: string): Promise<void> {
  const st = useStore.getState();
  if (st.status[`dataset:${id}`] === 'ready' || st.status[`dataset:${id}`] === 'loading') return;
  const ds = st.manifest?.datasets.find((d) => d.id === id);
  const file = ds?.files[0]?.path ?? `${id}.json`;
  st.setStatus(`dataset:${id}`, 'loading');
  try {
    const d = await fetchJson<unknown>(file);
    useStore.getState().setDataset(id, d);
    useStore.getState().setStatus(`dataset:${id}`, 'ready');
  } catch (e) {
    useStore.getState().setStatus(`dataset:${id}`, 'error', describe(e, file));
  }
}
