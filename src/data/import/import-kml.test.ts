// node environment: KML/GPX go through @xmldom/xmldom, as in the Web Worker (which has no DOMParser)
import { describe, expect, it } from 'vitest';
import type { LineString, MultiPoint } from 'geojson';
import { importBytes } from './import-bytes';
import { fixture, text } from './test-fixtures';
import { SITES_LONLAT, buildKmz, sitesKml } from '../../../tests/fixtures/import/make-fixtures';

describe('KML / KMZ / GPX import (xmldom)', () => {
  it('imports a KMZ, using the KML document name and ExtendedData', async () => {
    const r = await importBytes('sites.kmz', fixture('sites.kmz'));
    expect(r.ok).toBe(true);
    const layer = r.layers[0];
    expect(layer).toMatchObject({ sourceFormat: 'kmz', name: '监测站点', featureCount: 4 });
    expect(layer.data.features.map((f) => f.properties?.name)).toEqual(SITES_LONLAT.map((s) => s.name));
    expect(layer.data.features[0].properties?.pm25).toBe(String(SITES_LONLAT[0].pm25));
  });

  it('finds the KML in a nested folder of a KMZ', async () => {
    const r = await importBytes('nested.kmz', await buildKmz(sitesKml(), 'data/layer.kml'));
    expect(r.ok && r.layers[0].featureCount).toBe(4);
  });

  it('turns MultiGeometry into Multi* or splits mixed ones', async () => {
    const r = await importBytes('multigeometry.kml', fixture('multigeometry.kml'));
    expect(r.ok).toBe(true);
    const fs = r.layers[0].data.features;
    expect(fs.map((f) => f.geometry.type)).toEqual(['MultiPoint', 'Point', 'LineString']);
    expect((fs[0].geometry as MultiPoint).coordinates).toHaveLength(2);
    expect(fs[1].properties?.name).toBe('排口+管线');
    expect(new Set(fs.map((f) => f.id)).size).toBe(3);
    expect(r.issues.find((i) => i.code === 'geometry-collection-split')).toMatchObject({ featureIndex: 1, params: { parts: 2 } });
  });

  it('imports GPX tracks and waypoints', async () => {
    const r = await importBytes('track.gpx', fixture('track.gpx'));
    expect(r.ok).toBe(true);
    const fs = r.layers[0].data.features;
    const track = fs.find((f) => f.geometry.type === 'LineString');
    expect((track?.geometry as LineString).coordinates).toHaveLength(3);
    expect(track?.properties?.name).toBe('走航路线');
    expect(fs.some((f) => f.geometry.type === 'Point' && f.properties?.name === '东四站')).toBe(true);
  });

  it('reports malformed XML with the file name', async () => {
    const r = await importBytes('broken.kml', fixture('broken.kml'));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'invalid-xml', file: 'broken.kml' });
  });

  it('refuses DTD entity declarations (entity expansion)', async () => {
    const r = await importBytes('entity-bomb.kml', fixture('entity-bomb.kml'));
    expect(r.ok).toBe(false);
    expect(r.issues[0].code).toBe('invalid-xml');
    expect(r.issues[0].message).toContain('ENTITY');
  });

  it('refuses XML that is neither KML nor GPX', async () => {
    const r = await importBytes('feed.kml', text('<?xml version="1.0"?><rss><channel/></rss>'));
    expect(r.issues[0].code).toBe('unsupported-type');
  });

  it('keeps hostile names, descriptions and links as plain strings', async () => {
    const r = await importBytes('hostile.kml', fixture('hostile.kml'));
    expect(r.ok).toBe(true);
    const layer = r.layers[0];
    expect(layer.name).toBe('<script>alert(1)</script>');
    const p = layer.data.features[0].properties ?? {};
    expect(p.name).toBe('<img src=x onerror=alert(1)>');
    expect(p.description).toBe('<a href="javascript:alert(1)">click</a><script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(p.url).toBe('javascript:alert(1)');
    for (const v of Object.values(p)) expect(['string', 'number', 'boolean', 'object']).toContain(typeof v);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
  });
});
