import type { FeatureCollection } from 'geojson';
import type { StateCreator } from 'zustand';
import type { Manifest, StreetIndicators } from '../../data/manifest';
import type { MobileReadings } from '../../data/formats/mobile-bin';
import type { Role } from '../../data/api';
import type { Store } from '../store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LayerError {
  file: string;
  detail: string;
}

/** What the store keeps about an imported layer (its features live in `features`). */
export interface ImportedMeta {
  id: string;
  name: string;
  fileName: string;
  sourceFormat: string;
  geometry: import('../../data/manifest').GeometryKind;
  featureCount: number;
  crsConverted: string;
  /** the built-in layer id it replaces */
  replaces?: string;
  bbox: [number, number, number, number] | null;
  warnings: number;
}

export interface DataSlice {
  imported: ImportedMeta[];
  addImported: (m: ImportedMeta) => void;
  removeImported: (id: string) => void;
  manifest: Manifest | null;
  manifestError: string | null;
  role: Role | null;
  userStreetId: string | null;
  /** per layer / dataset id */
  status: Record<string, LoadStatus>;
  errors: Record<string, LayerError>;
  features: Record<string, FeatureCollection>;
  indicators: StreetIndicators | null;
  /** non-spatial datasets by id (targets, water-quality, tasks), as parsed JSON */
  datasets: Record<string, unknown>;
  setDataset: (id: string, d: unknown) => void;
  /** 走航 readings of one month (columnar typed arrays) */
  mobile: MobileReadings | null;
  setMobile: (m: MobileReadings | null) => void;
  setManifest: (m: Manifest | null, error?: string) => void;
  setRole: (role: Role, streetId?: string) => void;
  setStatus: (id: string, s: LoadStatus, err?: LayerError) => void;
  setFeatures: (id: string, fc: FeatureCollection) => void;
  removeFeatures: (id: string) => void;
  setIndicators: (d: StreetIndicators) => void;
}

export const createDataSlice: StateCreator<Store, [], [], DataSlice> = (set) => ({
  manifest: null,
  manifestError: null,
  role: null,
  userStreetId: null,
  status: {},
  errors: {},
  features: {},
  indicators: null,
  mobile: null,
  imported: [],
  addImported: (m) => set((st) => ({ imported: [...st.imported.filter((x) => x.id !== m.id), m] })),
  removeImported: (id) => set((st) => ({ imported: st.imported.filter((x) => x.id !== id) })),
  datasets: {},
  setDataset: (id, d) => set((st) => ({ datasets: { ...st.datasets, [id]: d } })),
  setMobile: (mobile) => set({ mobile }),
  setManifest: (manifest, error) => set({ manifest, manifestError: error ?? null }),
  setRole: (role, streetId) => set({ role, userStreetId: streetId ?? null }),
  setStatus: (id, s, err) =>
    set((st) => {
      const errors = { ...st.errors };
      if (err) errors[id] = err;
      else delete errors[id];
      return { status: { ...st.status, [id]: s }, errors };
    }),
  setFeatures: (id, fc) => set((st) => ({ features: { ...st.features, [id]: fc } })),
  removeFeatures: (id) =>
    set((st) => {
      const features = { ...st.features };
      delete features[id];
      return { features };
    }),
  setIndicators: (indicators) => set({ indicators }),
});
