import type { StateCreator } from 'zustand';
import type { Store } from '../store';
import { BEIJING_VIEW } from '../url-state';

export interface MapViewState {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
}
export interface ViewSlice {
  view: MapViewState;
  /** a one-shot request for the map to fly somewhere (bbox in lon/lat) */
  flyTo: { bbox: [number, number, number, number]; seq: number } | null;
  /** a one-shot request to jump the map to a view (a link or reload restoring it) */
  jump: { view: MapViewState; seq: number } | null;
  setView: (v: MapViewState) => void;
  requestJump: (v: MapViewState) => void;
  requestFlyTo: (bbox: [number, number, number, number]) => void;
}

export const createViewSlice: StateCreator<Store, [], [], ViewSlice> = (set, get) => ({
  view: BEIJING_VIEW,
  flyTo: null,
  jump: null,
  setView: (view) => set({ view }),
  requestJump: (view) => set({ view, jump: { view, seq: (get().jump?.seq ?? 0) + 1 } }),
  requestFlyTo: (bbox) => set({ flyTo: { bbox, seq: (get().flyTo?.seq ?? 0) + 1 } }),
});
