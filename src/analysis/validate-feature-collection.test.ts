import { describe, expect, it } from 'vitest';
import { validateFeatureCollection } from './validate-feature-collection';

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const pt = (id: unknown, coordinates: unknown) => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Point', coordinates } });
const poly = (id: unknown, rings: unknown) => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: rings } });
const codes = (input: unknown, opts?: { requireIds?: boolean; source?: string }) => validateFeatureCollection(input, opts).issues.map((i) => i.code);

const square: number[][] = [
  [116.4, 39.9],
  [116.41, 39.9],
  [116.41, 39.91],
  [116.4, 39.91],
  [116.4, 39.9],
];

describe('validateFeatureCollection', () => {
  it('accepts a valid collection', () => {
    expect(validateFeatureCollection(fc([pt('a', [116.4, 39.9]), poly('b', [square])]), { requireIds: true }).issues).toEqual([]);
  });

  it('rejects non-objects and non-collections', () => {
    expect(codes(null)).toEqual(['not-object']);
    expect(codes([1])).toEqual(['not-object']);
    expect(codes({ type: 'Feature' })).toEqual(['not-feature-collection']);
    expect(codes({ type: 'FeatureCollection', features: {} })).toEqual(['features-not-array']);
  });

  it('reports missing and unsupported geometry', () => {
    expect(codes(fc([{ type: 'Feature', properties: {}, geometry: null }]))).toEqual(['missing-geometry']);
    expect(codes(fc([{ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [1, 2] } }]))).toEqual(['unsupported-geometry']);
    expect(codes(fc([{ type: 'Thing' }]))).toEqual(['not-feature']);
  });

  it('reports bad coordinates with feature index and id in the message', () => {
    const r = validateFeatureCollection(fc([pt('ok', [116, 40]), pt('bad', [null, 40])]), { source: 'x.geojson' });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ featureIndex: 1, featureId: 'bad', code: 'null-coordinate' });
    expect(r.issues[0].problem).toContain('x.geojson');
    expect(r.issues[0].problem).toContain('feature 1');
    expect(r.issues[0].problem).toContain('"bad"');
    expect(codes(fc([pt('n', [Number.NaN, 40])]))).toEqual(['nan-coordinate']);
    expect(codes(fc([pt('s', ['116', 40])]))).toEqual(['non-number-coordinate']);
    expect(codes(fc([pt('s', [116])]))).toEqual(['invalid-position']);
    expect(codes(fc([pt('o', [200, 40])]))).toEqual(['out-of-range']);
    expect(codes(fc([pt('o', [39.9, 116.4])]))).toEqual(['out-of-range']);
    expect(codes(fc([pt('m', [448000, 4418000])]))).toEqual(['projected-coordinates']);
    expect(codes(fc([pt('m', [12958000, 4852000])]))).toEqual(['projected-coordinates']);
  });

  it('reports ring problems', () => {
    expect(codes(fc([poly('u', [square.slice(0, 4)])]))).toEqual(['unclosed-ring']);
    expect(codes(fc([poly('t', [[square[0], square[1], square[0]]])]))).toEqual(['ring-too-short']);
    expect(codes(fc([poly('x', 'nope')]))).toEqual(['invalid-coordinates']);
  });

  it('detects a bow-tie self-intersection and crossing rings', () => {
    const bowtie = [
      [116.4, 39.9],
      [116.41, 39.91],
      [116.41, 39.9],
      [116.4, 39.91],
      [116.4, 39.9],
    ];
    expect(codes(fc([poly('bt', [bowtie])]))).toEqual(['self-intersection']);
    const holeOut = [
      [116.405, 39.905],
      [116.42, 39.905],
      [116.42, 39.906],
      [116.405, 39.906],
      [116.405, 39.905],
    ];
    expect(codes(fc([poly('h', [square, holeOut])]))).toEqual(['self-intersection']);
    const holeIn = [
      [116.402, 39.902],
      [116.402, 39.905],
      [116.405, 39.905],
      [116.405, 39.902],
      [116.402, 39.902],
    ];
    expect(codes(fc([poly('ok', [square, holeIn])]))).toEqual([]);
  });

  it('checks ids only when asked', () => {
    const dup = fc([pt('a', [116, 40]), pt('a', [116, 40]), { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [116, 40] } }]);
    expect(codes(dup)).toEqual([]);
    expect(codes(dup, { requireIds: true })).toEqual(['duplicate-id', 'missing-id']);
    const viaProps = fc([{ type: 'Feature', properties: { id: 7 }, geometry: { type: 'Point', coordinates: [116, 40] } }]);
    expect(codes(viaProps, { requireIds: true })).toEqual([]);
  });
});
