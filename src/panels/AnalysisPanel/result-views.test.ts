import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { RuleResult } from '../../analysis/types';
import { centerRows, countsPerStreet, hitsOf } from './result-views';

const fc = (feats: [string, Record<string, unknown>][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: feats.map(([id, p]) => ({ type: 'Feature', id, properties: { id, ...p }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } })),
});
const features = {
  'stations-street': fc([['st1', { name: '站一', streetId: 'A' }], ['st2', { name: '站二', streetId: 'B' }]]),
  sites: fc([['s1', { name: '工地1', siteType: '小微工程' }], ['s2', { name: '工地2', siteType: '房建' }]]),
  streets: fc([['A', { name: '甲街道' }], ['B', { name: '乙街道' }]]),
};
const result: RuleResult = {
  ruleId: 'station-500m', radius_m: 500, elapsed_ms: 1, skipped: {}, countByTargetLayer: { sites: 3 }, distinctTargetsByLayer: { sites: 2 },
  centers: [
    { centerLayer: 'stations-street', centerId: 'st1', position: [116.4, 39.9], count: 1, countByLayer: { sites: 1 } },
    { centerLayer: 'stations-street', centerId: 'st2', position: [116.5, 39.9], count: 2, countByLayer: { sites: 2 } },
  ],
  hits: [
    { centerLayer: 'stations-street', centerId: 'st1', targetLayer: 'sites', targetId: 's1', distance_m: 120.5 },
    { centerLayer: 'stations-street', centerId: 'st2', targetLayer: 'sites', targetId: 's1', distance_m: 300 },
    { centerLayer: 'stations-street', centerId: 'st2', targetLayer: 'sites', targetId: 's2', distance_m: 499.9 },
  ],
};

describe('analysis result views', () => {
  it('ranks centres by hits and names them', () => {
    const rows = centerRows(result, features);
    expect(rows.map((r) => [r.name, r.count, r.streetId])).toEqual([['站二', 2, 'B'], ['站一', 1, 'A']]);
  });
  it('lists one centre’s hits with names and types', () => {
    const hits = hitsOf(result, 'stations-street', 'st2', features);
    expect(hits.map((h) => [h.name, h.detail, h.distance_m])).toEqual([['工地1', '小微工程', 300], ['工地2', '房建', 499.9]]);
  });
  it('sums hits per street of the centre', () => {
    expect(countsPerStreet(centerRows(result, features), features.streets)).toEqual([
      { streetId: 'B', name: '乙街道', centers: 1, hits: 2 },
      { streetId: 'A', name: '甲街道', centers: 1, hits: 1 },
    ]);
  });
});
