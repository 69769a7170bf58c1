import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildIndex, search } from './search-index';

const fc = (rows: [string, Record<string, unknown>][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: rows.map(([id, p]) => ({ type: 'Feature', properties: { id, ...p }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } })),
});
const index = buildIndex({
  streets: fc([['110105001000', { name: '建外街道', districtName: '朝阳区' }], ['110101001000', { name: '东华门街道', districtName: '东城区' }], ['110105036000', { name: '将台地区', districtName: '朝阳区' }]]),
  rivers: fc([['river-liangma', { name: '亮马河' }]]),
  'water-sections': fc([['ws-1', { name: '南护城河东便门', riverName: '南护城河' }]]),
});

describe('search', () => {
  it('finds streets by name and by 12-digit code', () => {
    expect(search(index, '建外').map((r) => r.id)).toEqual(['110105001000']);
    expect(search(index, '110101001000').map((r) => r.name)).toEqual(['东华门街道']);
  });
  it('needs every term and ranks streets first', () => {
    expect(search(index, '朝阳 将台').map((r) => r.name)).toEqual(['将台地区']);
    expect(search(index, '河').map((r) => r.layer)).toEqual(['rivers', 'water-sections']);
  });
  it('returns nothing for an empty query', () => {
    expect(search(index, '  ')).toEqual([]);
  });
});
