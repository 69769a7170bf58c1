/** Binds the store to the URL hash: the hash restores the view on load, the store writes it back. */
import { useEffect } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/url-state';
import { useStore, type Store } from '../state/store';

export function currentUrlState(s: Store): UrlState {
  return {
    mode: s.mode,
    layers: Object.entries(s.layerConfig)
      // imported layers live in IndexedDB on this device only; they are not part of a shared link
      .filter(([id, c]) => c.visible && !id.startsWith('import-'))
      .map(([id]) => id)
      .sort(),
    indicator: s.indicator,
    month: s.month,
    colorBy: s.colorBy,
    selection: s.selection,
    view: s.view,
    lang: s.lang,
    basemap: s.basemap,
  };
}

/** Applies the hash to the store once the manifest is known (so layer ids can be checked). */
export function applyHash(hash: string, defaults: UrlState, knownLayers: ReadonlySet<string>) {
  const { state, notices } = parseUrlState(hash, defaults, knownLayers);
  const st = useStore.getState();
  st.setVisibleLayers(state.layers);
  st.setIndicator(state.indicator);
  st.setMonth(state.month);
  st.setColorBy(state.colorBy);
  st.select(state.selection);
  st.requestJump(state.view);
  st.setLang(state.lang);
  st.setBasemap(state.basemap);
  if (st.role !== 'public' && state.mode !== 'public') st.setMode(state.mode);
  for (const n of notices) st.notify({ kind: 'warning', key: 'notice.badParam', values: { param: n.param, value: n.value } });
}

export function useUrlWriteBack(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let last = '';
    const write = (s: Store) => {
      const h = serializeUrlState(currentUrlState(s));
      if (h !== last) {
        last = h;
        history.replaceState(null, '', `${location.pathname}${location.search}${h}`);
      }
    };
    write(useStore.getState());
    return useStore.subscribe(write);
  }, [enabled]);
}
