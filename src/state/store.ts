/** One bound store; slices per concern; middleware (none yet) is applied here only. */
import { create } from 'zustand';
import { createAnalysisSlice, type AnalysisSlice } from './slices/analysis-slice';
import { createDataSlice, type DataSlice } from './slices/data-slice';
import { createLayersSlice, type LayersSlice } from './slices/layers-slice';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';
import { createViewSlice, type ViewSlice } from './slices/view-slice';

export type Store = ViewSlice & LayersSlice & SelectionSlice & UiSlice & DataSlice & AnalysisSlice;

export const useStore = create<Store>()((...a) => ({
  ...createViewSlice(...a),
  ...createLayersSlice(...a),
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
  ...createDataSlice(...a),
  ...createAnalysisSlice(...a),
}));

const initial = useStore.getState();
/** Test helper: back to the initial state (tests/setup.ts calls it after each test). */
export function resetStore() {
  useStore.setState(initial, true);
}
