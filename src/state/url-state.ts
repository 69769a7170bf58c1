/**
 * The shareable view lives in the URL hash: mode, layers, indicator, month, selection, map view,
 * language and basemap. Parsing never throws: a malformed parameter falls back to its default and
 * yields a notice naming the parameter.
 */
import type { IndicatorId } from '../data/manifest';

export type Mode = 'overview' | 'supervisor' | 'inspector' | 'public';
export type Basemap = 'offline' | 'tianditu' | 'osm';
export type ColorBy = 'value' | 'rank';

export interface UrlState {
  mode: Mode;
  layers: string[];
  indicator: IndicatorId;
  month: string;
  colorBy: ColorBy;
  selection: { layer: string; id: string } | null;
  view: { lon: number; lat: number; zoom: number; bearing: number };
  lang: 'zh' | 'en';
  basemap: Basemap;
}

export interface UrlNotice {
  param: string;
  value: string;
}

const MODES: Mode[] = ['overview', 'supervisor', 'inspector', 'public'];
const BASEMAPS: Basemap[] = ['offline', 'tianditu', 'osm'];
const INDICATORS: IndicatorId[] = ['pm25', 'tsp', 'dustfall', 'roadDust'];
const ID_RE = /^[A-Za-z0-9_.:\-\u4e00-\u9fff]{1,80}$/;
const MONTH_RE = /^(20\d\d)-(0[1-9]|1[0-2])$/;

export const BEIJING_VIEW = { lon: 116.4, lat: 40.05, zoom: 8.2, bearing: 0 };

export function parseUrlState(hash: string, defaults: UrlState, knownLayers?: ReadonlySet<string>): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = structuredClone(defaults);
  const notices: UrlNotice[] = [];
  const bad = (param: string, value: string) => notices.push({ param, value: value.slice(0, 60) });

  const m = params.get('m');
  if (m !== null) {
    if ((MODES as string[]).includes(m)) state.mode = m as Mode;
    else bad('m', m);
  }

  const l = params.get('l');
  if (l !== null) {
    const ids = l === '' ? [] : l.split(',');
    const good = ids.filter((id) => ID_RE.test(id) && (!knownLayers || knownLayers.has(id)));
    if (good.length !== ids.length) bad('l', ids.filter((id) => !good.includes(id)).join(','));
    state.layers = [...new Set(good)];
  }

  const i = params.get('i');
  if (i !== null) {
    if ((INDICATORS as string[]).includes(i)) state.indicator = i as IndicatorId;
    else bad('i', i);
  }

  const t = params.get('t');
  if (t !== null) {
    if (MONTH_RE.test(t)) state.month = t;
    else bad('t', t);
  }

  const c = params.get('c');
  if (c !== null) {
    if (c === 'value' || c === 'rank') state.colorBy = c;
    else bad('c', c);
  }

  const s = params.get('s');
  if (s !== null) {
    const k = s.indexOf(':');
    const layer = s.slice(0, k);
    const id = s.slice(k + 1);
    if (k > 0 && ID_RE.test(layer) && ID_RE.test(id)) state.selection = { layer, id };
    else bad('s', s);
  }

  const v = params.get('v');
  if (v !== null) {
    const [z, lat, lon, b = '0'] = v.split('/');
    const nums = [z, lat, lon, b].map(Number);
    const [zoom, la, lo, be] = nums;
    if (nums.every(Number.isFinite) && zoom >= 3 && zoom <= 22 && la >= 38 && la <= 42 && lo >= 114 && lo <= 119 && be >= -180 && be <= 360) {
      state.view = { zoom, lat: la, lon: lo, bearing: be };
    } else bad('v', v);
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'zh' || lang === 'en') state.lang = lang;
    else bad('lang', lang);
  }

  const bm = params.get('b');
  if (bm !== null) {
    if ((BASEMAPS as string[]).includes(bm)) state.basemap = bm as Basemap;
    else bad('b', bm);
  }

  return { state, notices };
}

const r = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);

export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  p.set('m', s.mode);
  p.set('l', s.layers.join(','));
  p.set('i', s.indicator);
  p.set('t', s.month);
  if (s.colorBy !== 'value') p.set('c', s.colorBy);
  if (s.selection) p.set('s', `${s.selection.layer}:${s.selection.id}`);
  p.set('v', [r(s.view.zoom, 2), r(s.view.lat, 5), r(s.view.lon, 5), ...(s.view.bearing ? [r(s.view.bearing, 1)] : [])].join('/'));
  if (s.lang !== 'zh') p.set('lang', s.lang);
  if (s.basemap !== 'offline') p.set('b', s.basemap);
  return `#${p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}
