import { describe, expect, it } from 'vitest';
import type { StreetIndicators } from '../../data/manifest';
import { THEME } from '../theme';
import { bottomStreets, choroplethPalette, quantileBreaks, rankClass, streetColors, streetLayers, streetStates } from './streets';

const ind = (values: number[]): StreetIndicators['indicators']['pm25'] => {
  const order = values.map((v, j) => [v, j]).sort((a, b) => a[0] - b[0]);
  const ranks = new Array(values.length);
  order.forEach(([, j], k) => (ranks[j] = k + 1));
  return { unit: 'µg/m³', label: { zh: 'PM2.5', en: 'PM2.5' }, values: [values], ranks: [ranks] };
};

const n = 40;
const values = Array.from({ length: n }, (_, j) => 20 + j);
const data: StreetIndicators = {
  months: ['2024-12'],
  streets: values.map((_, j) => `s${j}`),
  provenance: 'synthetic',
  indicators: { pm25: ind(values), tsp: ind(values), dustfall: ind(values), roadDust: ind(values) },
};

describe('street choropleth builder', () => {
  it('classes the last 10 ranks as bottom 10 and the 20 before as bottom 30', () => {
    expect(rankClass(40, 40)).toBe('bottom10');
    expect(rankClass(31, 40)).toBe('bottom10');
    expect(rankClass(30, 40)).toBe('bottom30');
    expect(rankClass(11, 40)).toBe('bottom30');
    expect(rankClass(1, 40)).toBe('good');
  });

  it('gives every street a colour, the worst the darkest', () => {
    const { byId, legend } = streetColors({ indicators: data, indicator: 'pm25', month: '2024-12', colorBy: 'value' }, THEME);
    expect(byId.size).toBe(n);
    expect(byId.get('s0')).toBe(THEME.ramp[0]);
    expect(byId.get(`s${n - 1}`)).toBe(THEME.ramp[THEME.ramp.length - 1]);
    expect(legend).toHaveLength(THEME.ramp.length);
  });

  it('colours by rank class when asked', () => {
    const { byId } = streetColors({ indicators: data, indicator: 'pm25', month: '2024-12', colorBy: 'rank' }, THEME);
    expect(byId.get(`s${n - 1}`)).toBe(THEME.rankClass.bottom10);
    expect(byId.get('s0')).toBe(THEME.rankClass.good);
  });

  it('builds layers with unique ids on the street source', () => {
    const specs = streetLayers({ sourceId: 'streets', opacity: 1, theme: THEME }, { indicators: data, indicator: 'pm25', month: '2024-12', colorBy: 'value' });
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    for (const s of specs) expect(s).toMatchObject({ source: 'streets' });
  });

  it('outlines the bottom 10 and bottom 30 whatever the colouring', () => {
    const c = { indicators: data, indicator: 'pm25' as const, month: '2024-12', colorBy: 'value' as const };
    const b = bottomStreets(c);
    expect(b.bottom10).toEqual(Array.from({ length: 10 }, (_, k) => `s${30 + k}`));
    expect(b.bottom30).toHaveLength(20);
    const outline = streetLayers({ sourceId: 'streets', opacity: 1, theme: THEME }, c).find((l) => l.id === 'streets-outline');
    expect(JSON.stringify(outline)).toContain(THEME.rankClass.bottom10);
    const states = streetStates(c, THEME);
    expect(states.get('s39')).toEqual({ k: THEME.ramp.length - 1, b: 10 });
    expect(states.get('s15')?.b).toBe(30);
    expect(states.get('s0')).toEqual({ k: 0, b: 0 });
  });

  it('keeps the same layer specs across months, so only feature states change', () => {
    const a = streetLayers({ sourceId: 'streets', opacity: 1, theme: THEME }, { indicators: data, indicator: 'pm25', month: '2024-12', colorBy: 'value' });
    const b = streetLayers({ sourceId: 'streets', opacity: 1, theme: THEME }, { indicators: data, indicator: 'tsp', month: '2024-12', colorBy: 'value' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const states = streetStates({ indicators: data, indicator: 'pm25', month: '2024-12', colorBy: 'rank' }, THEME);
    expect(choroplethPalette('rank', THEME)[states.get('s39')!.k]).toBe(THEME.rankClass.bottom10);
  });

  it('computes quantile breaks', () => {
    expect(quantileBreaks([1, 2, 3, 4], 2)).toEqual([3]);
    expect(quantileBreaks([], 3)).toEqual([]);
  });
});
