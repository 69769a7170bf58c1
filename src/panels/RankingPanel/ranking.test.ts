import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { StreetIndicators } from '../../data/manifest';
import { rankingRows, sortRows } from './ranking';

const series = (vals: number[][], ranks: number[][]) => ({ unit: 'µg/m³', label: { zh: 'x', en: 'x' }, values: vals, ranks });
const d: StreetIndicators = {
  months: ['2024-11', '2024-12'],
  streets: ['110105001000', '110101001000', '110112001000'],
  provenance: 'synthetic',
  indicators: {
    pm25: series([[30, 31, 40], [35, 30, 38]], [[1, 2, 3], [2, 1, 3]]),
    tsp: series([[1, 2, 3], [1, 2, 3]], [[1, 2, 3], [1, 2, 3]]),
    dustfall: series([[1, 2, 3], [1, 2, 3]], [[1, 2, 3], [1, 2, 3]]),
    roadDust: series([[1, 2, 3], [1, 2, 3]], [[1, 2, 3], [1, 2, 3]]),
  },
};
const streets: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: '110105001000', properties: { name: '建外街道', districtCode: '110105', districtName: '朝阳区' }, geometry: { type: 'Point', coordinates: [116.45, 39.9] } },
    { type: 'Feature', id: '110101001000', properties: { name: '东华门街道', districtCode: '110101', districtName: '东城区' }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } },
  ],
};

describe('ranking rows', () => {
  it('joins names, ranks and the change since last month', () => {
    const rows = rankingRows(d, streets, 'pm25', '2024-12');
    const jw = rows.find((r) => r.streetId === '110105001000');
    expect(jw).toMatchObject({ name: '建外街道', rank: 2, rankChange: -1, value: 35, districtName: '朝阳区' });
    expect(rows.find((r) => r.streetId === '110101001000')?.rankChange).toBe(1);
    expect(rows.find((r) => r.streetId === '110112001000')?.name).toBe('110112001000');
  });
  it('sorts by rank, worst first when descending', () => {
    const rows = sortRows(rankingRows(d, streets, 'pm25', '2024-12'), 'rank', true);
    expect(rows.map((r) => r.rank)).toEqual([3, 2, 1]);
  });
  it('returns nothing for an unknown month', () => {
    expect(rankingRows(d, streets, 'pm25', '2022-01')).toEqual([]);
  });
});
