import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { runRuleSync } from '../../analysis/rules';
import { patrolList, patrolRule, stationsOfStreet } from './patrol';

const pt = (id: string, lon: number, lat: number, p: Record<string, unknown>) => ({ type: 'Feature' as const, id, properties: { id, ...p }, geometry: { type: 'Point' as const, coordinates: [lon, lat] } });
// 1° of latitude ≈ 111,034 m at 40°N: 0.0045° ≈ 499.7 m, 0.0046° ≈ 510.8 m
const stations: FeatureCollection = { type: 'FeatureCollection', features: [pt('st1', 116.4, 40, { name: '站A', streetId: 'S1' }), pt('st2', 116.5, 40, { name: '站B', streetId: 'S2' })] };
const sites: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    pt('a', 116.4, 40.0045, { name: '小微A', siteType: '小微工程', status: '在施' }),
    pt('b', 116.4, 40.0046, { name: '小微B', siteType: '小微工程', status: '在施' }),
    pt('c', 116.4, 40.001, { name: '房建C', siteType: '房建', status: '在施' }),
  ],
};

describe('daily patrol list', () => {
  it('lists only small works within 500 m of the street’s own stations', () => {
    const own = stationsOfStreet(stations, 'S1');
    expect(own.features).toHaveLength(1);
    const rule = patrolRule('S1');
    const r = runRuleSync(rule, { 'stations-street': own, 'stations-national': { type: 'FeatureCollection', features: [] }, sites });
    const list = patrolList(r, own, sites);
    expect(list).toHaveLength(1);
    expect(list[0].stationName).toBe('站A');
    expect(list[0].sites.map((s) => s.name)).toEqual(['小微A']);
    expect(list[0].sites[0].distance_m).toBeGreaterThan(495);
    expect(list[0].sites[0].distance_m).toBeLessThanOrEqual(500);
  });
});
