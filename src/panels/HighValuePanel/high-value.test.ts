import { describe, expect, it } from 'vitest';
import type { StreetIndicators } from '../../data/manifest';
import type { Target } from '../StreetPanel/targets';
import { crowdedCenters, failingStreets, violatingOutfalls } from './high-value';

const n = 30;
const ranks = [Array.from({ length: n }, (_, j) => j + 1)];
const s = { unit: '', label: { zh: '', en: '' }, values: [ranks[0].map((r) => r * 1.0)], ranks };
const d: StreetIndicators = { months: ['2024-12'], streets: Array.from({ length: n }, (_, j) => `s${j}`), provenance: 'synthetic', indicators: { pm25: s, tsp: s, dustfall: s, roadDust: s } };
const target: Target = { id: 't', scope: 'street', streetId: 's25', indicator: 'pm25', year: 2024, draft: true, source: '004:29', text: '单月不进入全市后10名', rule: { kind: 'rankNotInBottom', n: 10, period: 'month' } };

describe('high-value lists', () => {
  it('lists the bottom 10 streets per indicator, those missing a plan target first', () => {
    const out = failingStreets(d, [target], '2024-12', undefined, ['pm25']);
    expect(out).toHaveLength(10);
    expect(out[0]).toMatchObject({ streetId: 's25', rank: 26 });
    expect(out[0].target?.id).toBe('t');
    expect(out[1].rank).toBe(30);
  });
  it('ranks crowded stations and keeps only those with works inside', () => {
    const r = { ruleId: 'x', radius_m: 500, hits: [], countByTargetLayer: {}, distinctTargetsByLayer: {}, skipped: {}, elapsed_ms: 0, centers: [
      { centerLayer: 'a', centerId: '1', position: [0, 0] as [number, number], count: 0, countByLayer: {} },
      { centerLayer: 'a', centerId: '2', position: [0, 0] as [number, number], count: 5, countByLayer: {} },
      { centerLayer: 'a', centerId: '3', position: [0, 0] as [number, number], count: 2, countByLayer: {} },
    ] };
    expect(crowdedCenters(r).map((c) => c.id)).toEqual(['2', '3']);
  });
  it('keeps outfalls in violation or overflowing', () => {
    const fc = { type: 'FeatureCollection' as const, features: ['正常', '违规', '溢流', '已封堵'].map((status, i) => ({ type: 'Feature' as const, id: String(i), properties: { status }, geometry: { type: 'Point' as const, coordinates: [116, 40] } })) };
    expect(violatingOutfalls(fc).map((f) => f.properties?.status)).toEqual(['违规', '溢流']);
  });
});
