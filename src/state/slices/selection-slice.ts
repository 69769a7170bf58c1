import type { StateCreator } from 'zustand';
import type { Store } from '../store';

export interface Selection {
  layer: string;
  id: string;
}
export interface SelectionSlice {
  selection: Selection | null;
  hover: (Selection & { x: number; y: number }) | null;
  select: (s: Selection | null) => void;
  setHover: (h: (Selection & { x: number; y: number }) | null) => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selection: null,
  hover: null,
  select: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),
});
