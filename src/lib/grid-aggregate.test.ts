import { describe, expect, it } from 'vitest';
import { WGS84 } from '../../tests/golden/lib/geographiclib';
import { aggregateToGrid, hotspots, quantile } from './grid-aggregate';

const geodesicDistance = (lon1: number, lat1: number, lon2: number, lat2: number) => WGS84.Inverse(lat1, lon1, lat2, lon2).s12 ?? NaN;

describe('grid aggregation', () => {
  it('makes cells about cellMeters wide on the ground at 40°N', () => {
    const g = aggregateToGrid([116.4, 116.4, 116.4], [40.0, 40.0, 40.0], [1, 2, 3], 500);
    expect(g.cells).toHaveLength(1);
    const [w, s, e, n] = g.cells[0].bbox;
    expect(geodesicDistance(w, s, e, s)).toBeGreaterThan(495);
    expect(geodesicDistance(w, s, e, s)).toBeLessThan(505);
    expect(geodesicDistance(w, s, w, n)).toBeGreaterThan(499);
    expect(geodesicDistance(w, s, w, n)).toBeLessThan(501);
    expect(g.cells[0]).toMatchObject({ count: 3, mean: 2, max: 3 });
  });

  it('drops cells with fewer than minCount readings and non-finite values', () => {
    const g = aggregateToGrid([116.4, 117, NaN], [40, 40, 40], [1, 2, 3], 500, 40, 1);
    expect(g.cells).toHaveLength(2);
  });

  it('clusters adjacent hot cells and ranks clusters by mean', () => {
    // two hot blobs (3 cells and 1 cell) in a field of cool cells
    const lon: number[] = [];
    const lat: number[] = [];
    const v: number[] = [];
    const dLat = 500 / 111_132.954;
    const dLon = dLat / Math.cos((40 * Math.PI) / 180);
    const ox = Math.ceil(116 / dLon) * dLon;
    const oy = Math.ceil(40 / dLat) * dLat;
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) {
        const hot = (j === 5 && i >= 5 && i <= 7) || (i === 15 && j === 15);
        for (let k = 0; k < 3; k++) {
          lon.push(ox + (i + 0.5) * dLon);
          lat.push(oy + (j + 0.5) * dLat);
          v.push(hot ? (i === 15 ? 90 : 60) : 10);
        }
      }
    const g = aggregateToGrid(lon, lat, v, 500);
    const { hotspots: hs, threshold } = hotspots(g, { threshold: 50, minReadings: 3 });
    expect(threshold).toBe(50);
    expect(hs).toHaveLength(2);
    expect(hs[0].cells).toHaveLength(1);
    expect(hs[0].mean).toBe(90);
    expect(hs[1].cells).toHaveLength(3);
  });

  it('ignores thinly sampled cells', () => {
    const g = aggregateToGrid([116.4, 116.4, 116.4, 116.5, 116.5, 116.5], [40, 40, 40, 40, 40, 40], [90, 90, 90, 10, 10, 10], 500, 40, 3);
    expect(hotspots(g, { threshold: 50 }).hotspots).toEqual([]);
    expect(hotspots(g, { threshold: 50, minReadings: 3 }).hotspots).toHaveLength(1);
  });

  it('uses the top 5% of cells by default', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i);
    expect(quantile(sorted, 0.95)).toBeCloseTo(94.05);
  });
});
