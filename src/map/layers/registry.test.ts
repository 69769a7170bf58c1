import { describe, expect, it } from 'vitest';
import type { GeometryKind } from '../../data/manifest';
import { THEME } from '../theme';
import { buildLayerSpecs, legendFor } from './registry';

const cases: [string, GeometryKind][] = [
  ['districts', 'Polygon'], ['stations-national', 'Point'], ['sites', 'Point'], ['bareland', 'Polygon'], ['rivers', 'LineString'],
  ['water-sections', 'Point'], ['outfalls', 'Point'], ['imported-x', 'mixed'],
];

describe('layer registry', () => {
  it.each(cases)('%s: unique ids, all on its own source', (id, geom) => {
    const specs = buildLayerSpecs(id, geom, { sourceId: id, opacity: 0.8, theme: THEME });
    expect(specs.length).toBeGreaterThan(0);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    for (const s of specs) {
      expect(s).toMatchObject({ source: id });
      expect(s.id.startsWith(id)).toBe(true);
    }
  });

  it('gives categorical layers one legend entry per category', () => {
    expect(legendFor('water-sections', 'Point', THEME).map((l) => l.label)).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ']);
    expect(legendFor('bareland', 'Polygon', THEME).every((l) => l.shape === 'fill')).toBe(true);
  });
});
