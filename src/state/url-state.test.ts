import { describe, expect, it } from 'vitest';
import { BEIJING_VIEW, parseUrlState, serializeUrlState, type UrlState } from './url-state';

const defaults: UrlState = {
  mode: 'overview',
  layers: ['districts', 'streets'],
  indicator: 'pm25',
  month: '2024-12',
  colorBy: 'value',
  selection: null,
  view: BEIJING_VIEW,
  lang: 'zh',
  basemap: 'offline',
};
const known = new Set(['districts', 'streets', 'sites', 'stations-national']);

describe('url state', () => {
  it('round-trips every field', () => {
    const s: UrlState = { ...defaults, mode: 'supervisor', layers: ['streets', 'sites'], indicator: 'tsp', month: '2023-04', colorBy: 'rank', selection: { layer: 'streets', id: '110105001000' }, view: { lon: 116.45, lat: 39.92, zoom: 12.5, bearing: 30 }, lang: 'en', basemap: 'tianditu' };
    const { state, notices } = parseUrlState(serializeUrlState(s), defaults, known);
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
  });

  it('falls back to the default for each malformed parameter and names it', () => {
    const { state, notices } = parseUrlState('#m=admin&i=ozone&t=2024-13&v=99/0/0&s=<script>&lang=fr&b=google&l=streets,nope', defaults, known);
    expect(state.mode).toBe('overview');
    expect(state.indicator).toBe('pm25');
    expect(state.month).toBe('2024-12');
    expect(state.view).toEqual(BEIJING_VIEW);
    expect(state.selection).toBeNull();
    expect(state.lang).toBe('zh');
    expect(state.basemap).toBe('offline');
    expect(state.layers).toEqual(['streets']);
    expect(notices.map((n) => n.param).sort()).toEqual(['b', 'i', 'l', 'lang', 'm', 's', 't', 'v']);
  });

  it('keeps defaults for an empty hash', () => {
    expect(parseUrlState('', defaults).state).toEqual(defaults);
  });
});
