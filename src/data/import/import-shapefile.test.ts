import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from 'geojson';
import { importBytes } from './import-bytes';
import { fixture } from './test-fixtures';
import JSZip from 'jszip';
import {
  PROJ_EPSG_4527, SITES_LONLAT, STREET_SQUARES_LONLAT,
  buildDbf, buildShp, buildSitesShapefileZip, buildStreetsShapefileZip, encodeGbk, zipFiles,
} from '../../../tests/fixtures/import/make-fixtures';

describe('zipped shapefile import', () => {
  it('reprojects CGCS2000 3° Gauss-Krüger zone 39 (EPSG:4527, ESRI .prj) back to the source lon/lat', async () => {
    const r = await importBytes('streets-cgcs2000-gk39.zip', fixture('streets-cgcs2000-gk39.zip'));
    expect(r.ok).toBe(true);
    const layer = r.layers[0];
    expect(layer.sourceFormat).toBe('shapefile');
    expect(layer.crs).toEqual({ detected: 'CGCS2000_3_Degree_GK_Zone_39', converted: 'proj4:CGCS2000_3_Degree_GK_Zone_39' });
    expect(layer.featureCount).toBe(3);
    layer.data.features.forEach((f, i) => {
      const src = STREET_SQUARES_LONLAT[i];
      expect(f.id).toBe(src.id);
      expect(f.properties).toMatchObject({ name: src.name, area_km2: 0.95 });
      const ring = (f.geometry as Polygon).coordinates[0];
      expect(ring).toHaveLength(5);
      // every vertex within 1e-7° (≈1 cm) of the lon/lat that was projected into the fixture
      for (const [x, y] of ring) {
        const near = src.ring.some(([sx, sy]) => Math.abs(sx - x) < 1e-7 && Math.abs(sy - y) < 1e-7);
        expect(near).toBe(true);
      }
    });
    expect(layer.warnings).toEqual([]);
  });

  it('reprojects WGS84 / UTM 50N (EPSG:32650, OGC WKT .prj)', async () => {
    const r = await importBytes('sites-utm50n.zip', fixture('sites-utm50n.zip'));
    expect(r.ok).toBe(true);
    const layer = r.layers[0];
    expect(layer.crs.converted).toBe('proj4:WGS 84 / UTM zone 50N');
    layer.data.features.forEach((f, i) => {
      const [lon, lat] = (f.geometry as Point).coordinates;
      expect(lon).toBeCloseTo(SITES_LONLAT[i].lon, 7);
      expect(lat).toBeCloseTo(SITES_LONLAT[i].lat, 7);
      expect(f.properties).toEqual({ name: SITES_LONLAT[i].name, pm25: SITES_LONLAT[i].pm25 });
    });
  });

  it('refuses projected coordinates without a .prj, naming file and feature', async () => {
    const r = await importBytes('sites-utm50n-no-prj.zip', fixture('sites-utm50n-no-prj.zip'));
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'projected-without-prj', featureIndex: 0, severity: 'error' });
    expect(r.issues[0].message).toMatch(/^sites-utm50n-no-prj\.zip › sites: feature 0: /);
  });

  it('accepts lon/lat shapefiles without a .prj', async () => {
    const r = await importBytes('streets-lonlat.zip', await buildStreetsShapefileZip({ def: null, prj: null }));
    expect(r.ok).toBe(true);
    expect(r.layers[0].crs.converted).toBe('none');
  });

  it('reports a zip without .shp', async () => {
    const r = await importBytes('not-a-shapefile.zip', fixture('not-a-shapefile.zip'));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'zip-without-shp', file: 'not-a-shapefile.zip' });
    expect(r.issues[0].message).toContain('readme.txt');
  });

  it('reports an unreadable .prj', async () => {
    const r = await importBytes('bad-prj.zip', await buildStreetsShapefileZip({ def: PROJ_EPSG_4527, prj: 'PROJCS["nonsense",FOO[' }));
    expect(r.ok).toBe(false);
    expect(r.issues[0].code).toBe('invalid-prj');
  });

  it('reads a GBK .dbf without .cpg and says so', async () => {
    const { shp, shx } = buildShp([{ point: [116.4, 39.9] }]);
    const dbf = buildDbf([{ name: 'name', type: 'C', length: 10 }], [{ name: '北京' }], encodeGbk);
    const r = await importBytes('gbk.zip', await zipFiles({ 'gbk.shp': shp, 'gbk.shx': shx, 'gbk.dbf': dbf }));
    expect(r.ok).toBe(true);
    expect(r.layers[0].data.features[0].properties).toEqual({ name: '北京' });
    expect(r.issues.map((i) => i.code)).toContain('encoding-gb18030');
  });

  it('imports every shapefile of a multi-layer zip as its own layer', async () => {
    const a = await buildStreetsShapefileZip({ def: null, prj: null, stem: 'a' });
    const za = await JSZip.loadAsync(a);
    const zb = await JSZip.loadAsync(await buildSitesShapefileZip({ def: null, prj: null }));
    const files: Record<string, Uint8Array> = {};
    for (const z of [za, zb]) for (const f of Object.values(z.files)) files[`layers/${f.name}`] = await f.async('uint8array');
    const r = await importBytes('two.zip', await zipFiles(files));
    expect(r.ok).toBe(true);
    expect(r.layers.map((l) => [l.name, l.featureCount])).toEqual([
      ['a', 3],
      ['sites', 4],
    ]);
    expect(new Set(r.layers.map((l) => l.id)).size).toBe(2);
  });

  it('reports a truncated .shp as invalid-shapefile', async () => {
    const { shp, shx } = buildShp([{ point: [116.4, 39.9] }]);
    const r = await importBytes('cut.zip', await zipFiles({ 'cut.shp': shp.slice(0, 110), 'cut.shx': shx }));
    expect(r.ok).toBe(false);
    expect(r.issues[0].file).toBe('cut.zip');
    expect(['invalid-shapefile', 'no-features']).toContain(r.issues[0].code);
  });
});
