import type { StateCreator } from 'zustand';
import type { Store } from '../store';

export interface LayerConfig {
  visible: boolean;
  /** 0..1 */
  opacity: number;
}
export interface LayersSlice {
  layerConfig: Record<string, LayerConfig>;
  setLayerVisible: (id: string, visible: boolean) => void;
  setLayerOpacity: (id: string, opacity: number) => void;
  setVisibleLayers: (ids: string[]) => void;
}

export const createLayersSlice: StateCreator<Store, [], [], LayersSlice> = (set) => ({
  layerConfig: {},
  setLayerVisible: (id, visible) =>
    set((s) => ({ layerConfig: { ...s.layerConfig, [id]: { opacity: s.layerConfig[id]?.opacity ?? 1, visible } } })),
  setLayerOpacity: (id, opacity) =>
    set((s) => ({ layerConfig: { ...s.layerConfig, [id]: { visible: s.layerConfig[id]?.visible ?? false, opacity: Math.min(1, Math.max(0, opacity)) } } })),
  setVisibleLayers: (ids) =>
    set((s) => {
      const next: Record<string, LayerConfig> = {};
      for (const [id, c] of Object.entries(s.layerConfig)) next[id] = { ...c, visible: false };
      for (const id of ids) next[id] = { opacity: next[id]?.opacity ?? 1, visible: true };
      return { layerConfig: next };
    }),
});
