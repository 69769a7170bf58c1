/** Small hooks shared by the plans views and the street 任务 tab: role gate, street names, show-on-map. */
import { useCallback, useEffect, useState } from 'react';
import { IS_PUBLIC_BUILD } from '../../data/api';
import { useStore } from '../../state/store';
import { findFeature } from '../DetailPanel/feature-lookup';
import { highlightBbox } from './highlight-bbox';
import { highlightFor, streetNameFromPlans, type Highlight, type Measure, type TasksIndex } from './tasks-query';

/** Internal details (Tongzhou 牵头领导 names) only for signed-in internal roles outside the public view. */
export function useInternal(): boolean {
  const role = useStore((s) => s.role);
  const mode = useStore((s) => s.mode);
  return !IS_PUBLIC_BUILD && mode !== 'public' && (role === 'inspector' || role === 'supervisor');
}

export function useStreetName(index: TasksIndex | null): (id: string) => string {
  const streets = useStore((s) => s.features.streets);
  return useCallback(
    (id: string) => {
      const n = findFeature(streets, id)?.properties?.name;
      if (typeof n === 'string' && n) return n;
      return (index && streetNameFromPlans(index, id)) || id;
    },
    [streets, index],
  );
}

/** located: flying there; highlighted: set, but no loaded feature to fly to; waiting: flies once streets load */
export type ShowResult = 'located' | 'highlighted' | 'waiting' | 'nothing';

/**
 * Highlights the streets and places of some measures and flies there. If the street layer is
 * not loaded yet, the fly-to waits for it (while the calling panel stays mounted).
 */
export function useShowOnMap(): (measures: Measure[], label: string) => ShowResult {
  const streets = useStore((s) => s.features.streets);
  const [pending, setPending] = useState<Highlight | null>(null);
  useEffect(() => {
    if (!pending || !streets) return;
    const b = highlightBbox(useStore.getState().features, pending.streetIds, pending.placeNames);
    if (b) useStore.getState().requestFlyTo(b);
    setPending(null);
  }, [pending, streets]);
  return useCallback((measures: Measure[], label: string) => {
    const h = highlightFor(measures);
    const st = useStore.getState();
    if (!h.streetIds.length && !h.placeNames.length) {
      // nothing to draw: clear the previous highlight rather than leave it under a new label
      st.setHighlight(null);
      setPending(null);
      return 'nothing';
    }
    st.setHighlight({ streetIds: h.streetIds, placeNames: h.placeNames, label });
    const b = highlightBbox(st.features, h.streetIds, h.placeNames);
    if (b) {
      st.requestFlyTo(b);
      setPending(null);
      // on phones the panel is a bottom sheet over the map: drop it so the highlight is visible
      if (typeof window !== 'undefined' && window.matchMedia?.('(max-width: 768px)').matches) st.setSheet('none');
      return 'located';
    }
    if (!st.features.streets && h.streetIds.length) {
      setPending(h);
      return 'waiting';
    }
    setPending(null);
    return 'highlighted';
  }, []);
}
