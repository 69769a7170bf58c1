import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { importBytes } from './import-bytes';
import { detectLonLatColumns } from './parsers/tabular';
import { fixture, text } from './test-fixtures';
import { SITES_LONLAT, buildXlsx } from '../../../tests/fixtures/import/make-fixtures';

describe('lon/lat column detection', () => {
  it.each([
    [['name', 'lon', 'lat'], 1, 2],
    [['Longitude', 'Latitude'], 0, 1],
    [['站点', '经度', '纬度'], 1, 2],
    [['经度(°)', '纬度(°)'], 0, 1],
    [['X', 'Y', 'name'], 0, 1],
    [['name', 'LNG', 'LAT'], 1, 2],
    [['Longitude (WGS84)', 'Latitude (WGS84)'], 0, 1],
  ])('%j → lon %i, lat %i', (headers, lon, lat) => {
    expect(detectLonLatColumns(headers)).toEqual({ lon, lat });
  });

  it('prefers exact names over substrings and honours an override', () => {
    expect(detectLonLatColumns(['lon_source', 'lon', 'lat'])).toEqual({ lon: 1, lat: 2 });
    expect(detectLonLatColumns(['a', 'b', 'lon', 'lat'], { lon: 'a', lat: 'b' })).toEqual({ lon: 0, lat: 1 });
  });
});

describe('CSV import', () => {
  it('imports Chinese headers, numbers as numbers and codes with leading zeros as text', async () => {
    const r = await importBytes('sites.csv', fixture('sites.csv'));
    expect(r.ok).toBe(true);
    const layer = r.layers[0];
    expect(layer).toMatchObject({ sourceFormat: 'csv', featureCount: 4 });
    const f = layer.data.features[0];
    expect((f.geometry as Point).coordinates).toEqual([SITES_LONLAT[0].lon, SITES_LONLAT[0].lat]);
    expect(f.properties).toMatchObject({ 站点名称: SITES_LONLAT[0].name, 'PM2.5': 31, 站点编码: '010' });
  });

  it('reads GBK (GB18030) CSV and warns about the encoding', async () => {
    const r = await importBytes('sites-gbk.csv', fixture('sites-gbk.csv'));
    expect(r.ok).toBe(true);
    expect(r.layers[0].data.features.map((f) => f.properties?.名称)).toEqual(['北京', '京北']);
    expect(r.issues.map((i) => i.code)).toContain('encoding-gb18030');
  });

  it('skips rows with bad coordinates, naming the row and its line', async () => {
    const r = await importBytes('bad-rows.csv', fixture('bad-rows.csv'));
    expect(r.ok).toBe(true);
    expect(r.layers[0].data.features.map((f) => f.properties?.name)).toEqual(['ok', 'ok2']);
    const bad = r.issues.filter((i) => i.code === 'nan-coordinates');
    expect(bad.map((i) => [i.featureIndex, i.params?.line])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(bad[0].message).toMatch(/^bad-rows\.csv: row 1: /);
    expect(r.issues.find((i) => i.code === 'features-dropped')?.params).toEqual({ dropped: 2, total: 4 });
  });

  it('fails without lon/lat columns, listing the columns', async () => {
    const r = await importBytes('no-lonlat.csv', fixture('no-lonlat.csv'));
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'csv-no-lonlat-columns', file: 'no-lonlat.csv' });
    expect(r.issues[0].message).toContain('name, address, pm25');
  });

  it('uses caller-chosen columns, and fails clearly when they do not exist', async () => {
    const csv = text('名称,东,北\nA,116.4,39.9\n');
    const r = await importBytes('custom.csv', csv, { columns: { lon: '东', lat: '北' } });
    expect(r.ok && (r.layers[0].data.features[0].geometry as Point).coordinates).toEqual([116.4, 39.9]);
    const bad = await importBytes('custom.csv', csv, { columns: { lon: 'E', lat: 'N' } });
    expect(bad.issues[0]).toMatchObject({ code: 'csv-no-lonlat-columns' });
    expect(bad.issues[0].message).toContain('chosen');
  });

  it('keeps hostile cells as verbatim strings', async () => {
    const r = await importBytes('hostile.csv', fixture('hostile.csv'));
    expect(r.ok).toBe(true);
    const [a, b] = r.layers[0].data.features.map((f) => f.properties ?? {});
    expect(a).toMatchObject({ name: '<script>alert(1)</script>', link: 'javascript:alert(1)', note: '<img src=x onerror=alert(1)>' });
    expect(b.name).toBe('=HYPERLINK("javascript:alert(1)")');
  });

  it('applies a GCJ-02 choice to CSV points', async () => {
    const r = await importBytes('gcj02-points.csv', fixture('gcj02-points.csv'), { datum: 'gcj02' });
    expect(r.ok && r.layers[0].crs).toEqual({ detected: 'GCJ-02 (user choice)', converted: 'gcj02→wgs84' });
  });
});

describe('XLSX import', () => {
  it('imports the committed workbook', async () => {
    const r = await importBytes('sites.xlsx', fixture('sites.xlsx'));
    expect(r.ok).toBe(true);
    const layer = r.layers[0];
    expect(layer).toMatchObject({ sourceFormat: 'xlsx', featureCount: 4 });
    layer.data.features.forEach((f, i) => {
      expect((f.geometry as Point).coordinates).toEqual([SITES_LONLAT[i].lon, SITES_LONLAT[i].lat]);
      expect(f.properties?.站点名称).toBe(SITES_LONLAT[i].name);
    });
  });

  it('finds a header below title rows and reports bad rows by sheet line', async () => {
    const xlsx = await buildXlsx([['北京市监测点位表'], [null], ['name', 'lng', 'lat'], ['a', 116.4, 39.9], ['b', 'n/a', 39.9]]);
    const r = await importBytes('titled.xlsx', xlsx);
    // the title row is the first non-empty row, so it is taken as header: no lon/lat there
    expect(r.ok).toBe(false);
    expect(r.issues[0].code).toBe('xlsx-no-lonlat-columns');
    const plain = await importBytes('plain.xlsx', await buildXlsx([['name', 'lng', 'lat'], ['a', 116.4, 39.9], ['b', 'n/a', 39.9]]));
    expect(plain.ok).toBe(true);
    expect(plain.issues.find((i) => i.code === 'nan-coordinates')).toMatchObject({ featureIndex: 1, params: { line: 3 } });
  });

  it('reports a zip that is not a workbook, and a text file named .xlsx', async () => {
    const notText = await importBytes('fake.xlsx', text('name,lon,lat\n'));
    expect(notText.issues[0].code).toBe('unsupported-type');
    const damaged = await importBytes('damaged.xlsx', fixture('not-a-shapefile.zip'));
    expect(damaged.issues[0].code).toBe('invalid-xlsx');
  });
});
