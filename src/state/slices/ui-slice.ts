import type { StateCreator } from 'zustand';
import type { IndicatorId } from '../../data/manifest';
import type { Basemap, ColorBy, Mode } from '../url-state';
import type { Store } from '../store';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  /** i18n key plus its values; rendered as text */
  key: string;
  values?: Record<string, string | number>;
}

export interface UiSlice {
  lang: 'zh' | 'en';
  mode: Mode;
  basemap: Basemap;
  indicator: IndicatorId;
  month: string;
  colorBy: ColorBy;
  /** which side panel is open on phones */
  sheet: 'none' | 'layers' | 'detail' | 'tool';
  /** the tool panel shown in the right column */
  tool: 'ranking' | 'analysis' | 'highvalue' | 'inspector' | 'plans' | 'import' | null;
  notices: Notice[];
  /** streets and named places to highlight on the map (a chosen task, an analysis result) */
  highlight: { streetIds: string[]; placeNames: string[]; label?: string } | null;
  setHighlight: (h: UiSlice['highlight']) => void;
  /** 走航 hotspot threshold: the top share of grid cells (0.05 = top 5%) */
  hotTopShare: number;
  /** which 走航 pollutant the grid shows */
  mobileMetric: 'vocs' | 'pm25';
  setHotTopShare: (v: number) => void;
  /** when set, a map click picks a point (inspector "near me" without geolocation) instead of selecting */
  pickMode: boolean;
  pickedPoint: [number, number] | null;
  /** radius of the "near me" circle around pickedPoint, metres */
  nearRadius: number;
  setNearRadius: (r: number) => void;
  setPickMode: (on: boolean) => void;
  setPickedPoint: (p: [number, number] | null) => void;
  setMobileMetric: (m: 'vocs' | 'pm25') => void;
  setLang: (lang: 'zh' | 'en') => void;
  setMode: (mode: Mode) => void;
  setBasemap: (b: Basemap) => void;
  setIndicator: (i: IndicatorId) => void;
  setMonth: (m: string) => void;
  setColorBy: (c: ColorBy) => void;
  setSheet: (s: UiSlice['sheet']) => void;
  setTool: (t: UiSlice['tool']) => void;
  notify: (n: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

let noticeSeq = 0;

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  mode: 'overview',
  basemap: 'offline',
  indicator: 'pm25',
  month: '2024-12',
  colorBy: 'value',
  sheet: 'none',
  tool: null,
  notices: [],
  highlight: null,
  setHighlight: (highlight) => set({ highlight }),
  hotTopShare: 0.05,
  mobileMetric: 'vocs',
  pickMode: false,
  pickedPoint: null,
  nearRadius: 500,
  setNearRadius: (nearRadius) => set({ nearRadius }),
  setPickMode: (pickMode) => set({ pickMode }),
  setPickedPoint: (pickedPoint) => set({ pickedPoint, pickMode: false }),
  setHotTopShare: (hotTopShare) => set({ hotTopShare: Math.min(0.5, Math.max(0.001, hotTopShare)) }),
  setMobileMetric: (mobileMetric) => set({ mobileMetric }),
  setLang: (lang) => set({ lang }),
  // each mode opens on its own first tool
  setMode: (mode) => set((s) => (s.mode === mode ? {} : { mode, tool: null })),
  setBasemap: (basemap) => set({ basemap }),
  setIndicator: (indicator) => set({ indicator }),
  setMonth: (month) => set({ month }),
  setColorBy: (colorBy) => set({ colorBy }),
  setSheet: (sheet) => set({ sheet }),
  setTool: (tool) => set({ tool }),
  notify: (n) => set((s) => ({ notices: [...s.notices.slice(-4), { ...n, id: ++noticeSeq }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
