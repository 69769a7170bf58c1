import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import type { Point } from 'geojson';
import { importBytes } from './import-bytes';
import { fixture, text } from './test-fixtures';
import type { ImportResult } from './types';

function layerOf(r: ImportResult) {
  if (!r.ok) throw new Error(`import failed: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.layers[0];
}

describe('GeoJSON import', () => {
  it('imports a FeatureCollection with string ids, bbox and no warnings', async () => {
    const r = await importBytes('sites.geojson', fixture('sites.geojson'));
    const layer = layerOf(r);
    expect(layer.sourceFormat).toBe('geojson');
    expect(layer.featureCount).toBe(4);
    expect(layer.crs).toEqual({ detected: expect.stringContaining('EPSG:4326'), converted: 'none' });
    const ids = layer.data.features.map((f) => f.id);
    expect(ids[0]).toBe('site-dongsi'); // feature.id kept
    expect(ids[1]).toBe('42'); // properties.id, as a string
    expect(ids[2]).toBe(`${layer.id}-2`); // generated
    for (const id of ids) expect(typeof id).toBe('string');
    expect(new Set(ids).size).toBe(ids.length);
    expect(layer.bbox).toEqual([116.339, 39.89, 116.5, 39.929]);
    expect(layer.warnings).toEqual([]);
    expect(layer.fileName).toBe('sites.geojson');
    expect(Date.parse(layer.importedAt)).not.toBeNaN();
  });

  it('gives the same layer id for the same bytes and options, another for other options', async () => {
    const a = layerOf(await importBytes('sites.geojson', fixture('sites.geojson')));
    const b = layerOf(await importBytes('sites.geojson', fixture('sites.geojson')));
    const c = layerOf(await importBytes('sites.geojson', fixture('sites.geojson'), { datum: 'gcj02' }));
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
  });

  it('reports invalid JSON with file name and line', async () => {
    const r = await importBytes('broken-json.geojson', fixture('broken-json.geojson'));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'invalid-json', severity: 'error', file: 'broken-json.geojson', featureIndex: null });
    expect(r.issues[0].message).toMatch(/^broken-json\.geojson: .*line 4/);
  });

  it('skips missing geometry, unclosed rings and infinite coordinates, naming each feature', async () => {
    const r = await importBytes('bad-features.geojson', fixture('bad-features.geojson'));
    const layer = layerOf(r);
    expect(layer.featureCount).toBe(2);
    expect(layer.data.features.map((f) => f.properties?.name)).toEqual(['good', 'also good']);
    const byCode = Object.fromEntries(r.issues.map((i) => [i.code, i]));
    expect(byCode['missing-geometry']).toMatchObject({ featureIndex: 1, file: 'bad-features.geojson', severity: 'warning' });
    expect(byCode['unclosed-ring']).toMatchObject({ featureIndex: 2 });
    expect(byCode['nan-coordinates']).toMatchObject({ featureIndex: 3 });
    expect(byCode['unclosed-ring'].message).toMatch(/^bad-features\.geojson: feature 2: .*not closed/);
    expect(byCode['features-dropped'].params).toEqual({ dropped: 3, total: 5 });
  });

  it('fails the whole file in strict mode', async () => {
    const r = await importBytes('bad-features.geojson', fixture('bad-features.geojson'), { strict: true });
    expect(r.ok).toBe(false);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.featureIndex])).toEqual([
      ['missing-geometry', 1],
      ['unclosed-ring', 2],
      ['nan-coordinates', 3],
    ]);
  });

  it('refuses projected metres without a CRS, naming the first offending feature', async () => {
    const r = await importBytes('projected-no-crs.geojson', fixture('projected-no-crs.geojson'));
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'projected-without-prj', featureIndex: 1, file: 'projected-no-crs.geojson' });
    expect(r.issues[0].message).toContain('projected-no-crs.geojson: feature 1:');
  });

  it('reprojects a legacy crs member (EPSG:4527) to WGS84', async () => {
    const r = await importBytes('legacy-crs-4527.geojson', fixture('legacy-crs-4527.geojson'));
    const layer = layerOf(r);
    expect(layer.crs).toEqual({ detected: 'EPSG:4527', converted: 'proj4:EPSG:4527' });
    const [lon, lat] = (layer.data.features[0].geometry as Point).coordinates;
    // the fixture holds Tiananmen (116.3975 E, 39.9087 N) projected with the EPSG:4527 parameters
    expect(lon).toBeCloseTo(116.3975, 6);
    expect(lat).toBeCloseTo(39.9087, 6);
    expect(r.issues.map((i) => i.code)).toContain('legacy-crs-member');
  });

  it('rejects an unknown legacy crs instead of guessing', async () => {
    const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2436' } }, features: [] };
    const r = await importBytes('beijing54.geojson', text(JSON.stringify(fc)));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'invalid-prj', params: { crs: 'urn:ogc:def:crs:EPSG::2436' } });
  });

  it('warns with a count when features fall outside Beijing', async () => {
    const r = await importBytes('outside-beijing.geojson', fixture('outside-beijing.geojson'));
    const layer = layerOf(r);
    expect(layer.featureCount).toBe(3);
    const w = layer.warnings.find((i) => i.code === 'outside-beijing');
    expect(w).toMatchObject({ severity: 'warning', params: { count: 2, total: 3 } });
  });

  it('converts GCJ-02 and BD-09 on request and records the choice', async () => {
    const raw = [116.397451, 39.909187] as [number, number];
    const fc = text(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: raw } }));
    for (const [datum, from, label] of [
      ['gcj02', gcoord.GCJ02, 'gcj02→wgs84'],
      ['bd09', gcoord.BD09, 'bd09→wgs84'],
    ] as const) {
      const layer = layerOf(await importBytes('amap.geojson', fc, { datum }));
      expect(layer.crs.converted).toBe(label);
      const p = (layer.data.features[0].geometry as Point).coordinates as [number, number];
      // moved by the datum shift (hundreds of metres), and shifting back gives the input
      expect(Math.hypot(p[0] - raw[0], p[1] - raw[1])).toBeGreaterThan(0.001);
      const back = gcoord.transform(p, gcoord.WGS84, from);
      expect(back[0]).toBeCloseTo(raw[0], 5);
      expect(back[1]).toBeCloseTo(raw[1], 5);
    }
  });

  it('wraps a single Feature or bare geometry and rejects TopoJSON and non-GeoJSON JSON', async () => {
    const g = layerOf(await importBytes('g.json', text('{"type":"LineString","coordinates":[[116.4,39.9],[116.5,39.95]]}')));
    expect(g.data.features[0].geometry.type).toBe('LineString');
    const topo = await importBytes('t.json', text('{"type":"Topology","objects":{},"arcs":[]}'));
    expect(topo.issues[0]).toMatchObject({ code: 'unsupported-type', file: 't.json' });
    const other = await importBytes('package.json', text('{"name":"x"}'));
    expect(other.issues[0].code).toBe('unsupported-type');
  });

  it('gives duplicate ids a generated id with a warning', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [0, 1].map((i) => ({ type: 'Feature', id: 'dup', properties: { i }, geometry: { type: 'Point', coordinates: [116.4 + i / 100, 39.9] } })),
    };
    const layer = layerOf(await importBytes('dup.geojson', text(JSON.stringify(fc))));
    expect(layer.data.features.map((f) => f.id)).toEqual(['dup', `${layer.id}-1`]);
    expect(layer.warnings.find((w) => w.code === 'duplicate-id')).toMatchObject({ featureIndex: 1, featureId: 'dup' });
  });

  it('reports a file of only broken features as no-features with the reasons', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] };
    const r = await importBytes('none.geojson', text(JSON.stringify(fc)));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['no-features', 'missing-geometry']);
  });

  it('keeps hostile strings verbatim and drops prototype keys', async () => {
    const r = await importBytes('hostile.geojson', fixture('hostile.geojson'));
    const layer = layerOf(r);
    const f = layer.data.features[0];
    expect(f.id).toBe('<img src=x onerror=alert(1)>');
    expect(f.properties).toMatchObject({
      name: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)>',
      link: 'javascript:alert(1)',
      nested: { href: 'javascript:alert(document.cookie)' },
    });
    expect(Object.keys(f.properties ?? {})).not.toContain('__proto__');
    expect(Object.keys(f.properties ?? {})).not.toContain('constructor');
    expect(Object.getPrototypeOf(f.properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(layer.warnings.filter((w) => w.code === 'unsafe-key-dropped').map((w) => w.params?.property)).toEqual(['__proto__', 'constructor', 'nested.__proto__']);
  });
});
