import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestLayer } from '../../data/manifest';
import { EMPTY_FORM, formatBbox, formatSize, isTabular, replaceChoices, sniffHeader, toImportOptions } from './import-form';

const layer = (id: string, visibility: 'public' | 'internal', format: 'geojson' | 'mobile-bin' = 'geojson'): ManifestLayer => ({
  id,
  title: { zh: `${id}-zh`, en: `${id}-en` },
  group: 'base',
  geometry: 'Polygon',
  featureCount: 1,
  provenance: 'synthetic',
  provenanceNote: { zh: '', en: '' },
  source: '',
  licence: '',
  visibility,
  publicMode: 'full',
  properties: {},
  files: [{ path: `${id}.x`, format, bytes: 1, gzipBytes: 1 }],
  lazy: false,
  defaultVisible: false,
});

const manifest = (layers: ManifestLayer[]): Manifest => ({
  version: 1,
  seed: 1,
  dataDate: '2024-12-31',
  layers,
  datasets: [],
  indicatorMonths: [],
  mobileMonthsAvailable: [],
  mobileMonthsGeneratable: [],
});

describe('sniffHeader', () => {
  it('reads the first line with the most frequent delimiter and strips quotes and a BOM', () => {
    expect(sniffHeader('\uFEFFname,lon,lat\r\n1,2,3')).toEqual(['name', 'lon', 'lat']);
    expect(sniffHeader('name;lng;lat\nok;1;2')).toEqual(['name', 'lng', 'lat']);
    expect(sniffHeader('a\tb, c\tx')).toEqual(['a', 'b, c', 'x']);
    expect(sniffHeader('"名称, 全称","经""度",纬度')).toEqual(['名称, 全称', '经"度', '纬度']);
    expect(sniffHeader('\n')).toEqual([]);
  });
});

describe('replaceChoices', () => {
  const m = manifest([layer('sites', 'public'), layer('mobile', 'public', 'mobile-bin'), layer('ledger', 'internal'), layer('streets', 'public'), layer('districts', 'public')]);

  it('offers the GeoJSON layers the role may see, those with replacement rules first', () => {
    const publicOnly = replaceChoices(m, (l) => l.visibility === 'public');
    expect(publicOnly.map((c) => c.id)).toEqual(['streets', 'districts', 'sites']);
    expect(publicOnly.map((c) => c.rule)).toEqual(['streets', 'ids', null]);
    expect(replaceChoices(m, () => true).map((c) => c.id)).toEqual(['streets', 'districts', 'sites', 'ledger']);
    expect(replaceChoices(null, () => true)).toEqual([]);
  });
});

describe('toImportOptions', () => {
  it('passes the datum always, columns only for tables, replacement with the built-in ids, and a trimmed name', () => {
    const form = { ...EMPTY_FORM, datum: 'bd09' as const, lonColumn: ' E ', latColumn: '', replaces: 'streets', name: '  官方街道 ' };
    expect(toImportOptions(form, 'a.csv', ['streets', 'districts'])).toEqual({
      datum: 'bd09',
      columns: { lon: 'E' },
      replaces: 'streets',
      builtInLayerIds: ['streets', 'districts'],
      name: '官方街道',
    });
    expect(toImportOptions(form, 'a.geojson', [])).toEqual({ datum: 'bd09', replaces: 'streets', builtInLayerIds: [], name: '官方街道' });
    expect(toImportOptions(EMPTY_FORM, 'a.xlsx', [])).toEqual({ datum: 'wgs84' });
  });

  it('knows the table formats', () => {
    expect(['a.csv', 'b.TSV', 'c.txt', 'd.xlsx'].every(isTabular)).toBe(true);
    expect(['a.geojson', 'b.kml', 'c.zip', 'csv'].some(isTabular)).toBe(false);
  });
});

describe('formatting', () => {
  it('formats sizes and extents', () => {
    expect(formatSize(3 * 1024 * 1024)).toEqual({ key: 'size', size: '3.0' });
    expect(formatSize(2048)).toEqual({ key: 'sizeKb', size: '2.0' });
    expect(formatSize(0)).toEqual({ key: 'sizeKb', size: '0.1' });
    expect(formatBbox([116.123456, 39.9, 116.5, 40.000004])).toBe('116.12346, 39.90000, 116.50000, 40.00000');
  });
});
