import { describe, expect, it } from 'vitest';
import { importBytes } from './import-bytes';
import { fixture, text } from './test-fixtures';
import { buildStreetsShapefileZip } from '../../../tests/fixtures/import/make-fixtures';

const square = (x: number) => [[[x, 39.9], [x, 39.91], [x + 0.01, 39.91], [x + 0.01, 39.9], [x, 39.9]]];

describe('replacing a built-in layer', () => {
  it('accepts official street polygons with NBS ids', async () => {
    const r = await importBytes('streets-cgcs2000-gk39.zip', fixture('streets-cgcs2000-gk39.zip'), { replaces: 'streets', builtInLayerIds: ['streets', 'districts'] });
    expect(r.ok).toBe(true);
    expect(r.layers[0].replaces).toBe('streets');
  });

  it('rejects street replacements without ids, naming each feature', async () => {
    const r = await importBytes('no-ids.zip', await buildStreetsShapefileZip({ def: null, prj: null, withIds: false }), { replaces: 'streets' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.featureIndex, i.params?.problem])).toEqual([
      ['replaces-mismatch', 0, 'missing-id'],
      ['replaces-mismatch', 1, 'missing-id'],
      ['replaces-mismatch', 2, 'missing-id'],
    ]);
  });

  it('rejects points, duplicate ids and non-NBS ids', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: '110101001000', properties: {}, geometry: { type: 'Polygon', coordinates: square(116.4) } },
        { type: 'Feature', id: '110101001000', properties: {}, geometry: { type: 'Polygon', coordinates: square(116.42) } },
        { type: 'Feature', id: 'east', properties: {}, geometry: { type: 'Polygon', coordinates: square(116.44) } },
        { type: 'Feature', id: '110101004000', properties: {}, geometry: { type: 'Point', coordinates: [116.46, 39.9] } },
      ],
    };
    const r = await importBytes('mixed.geojson', text(JSON.stringify(fc)), { replaces: 'streets' });
    expect(r.ok).toBe(false);
    const got = r.issues.map((i) => `${i.featureIndex}:${i.params?.problem}`).sort();
    expect(got).toEqual(['1:duplicate-id', '2:id-format', '3:geometry']);
    expect(r.issues.find((i) => i.params?.problem === 'geometry')?.message).toMatch(/^mixed\.geojson: feature 3: has Point geometry; a replacement for "streets" needs Polygon or MultiPolygon/);
  });

  it('rejects an unknown built-in layer id when the list is given', async () => {
    const r = await importBytes('sites.geojson', fixture('sites.geojson'), { replaces: 'stret', builtInLayerIds: ['streets'] });
    expect(r.issues[0]).toMatchObject({ code: 'replaces-unknown-layer', params: { replaces: 'stret' } });
  });
});
