import { describe, expect, it } from 'vitest';
import { LARGE_FILE_BYTES, preflight, sniffText } from './detect';
import { importBytes } from './import-bytes';
import { fixture, text } from './test-fixtures';

describe('preflight (before reading the file)', () => {
  it('warns about files over 50 MB so the UI can ask first', () => {
    const issues = preflight({ name: 'huge.geojson', size: LARGE_FILE_BYTES + 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too-large', severity: 'warning', file: 'huge.geojson', params: { limitMb: 50 } });
    expect(preflight({ name: 'ok.geojson', size: LARGE_FILE_BYTES })).toEqual([]);
  });

  it('rejects empty files and unsupported extensions, with hints', () => {
    expect(preflight({ name: 'a.csv', size: 0 }).map((i) => i.code)).toEqual(['empty-file']);
    const shp = preflight({ name: 'roads.shp', size: 100 });
    expect(shp[0]).toMatchObject({ code: 'unsupported-type', severity: 'error', params: { extension: 'shp' } });
    expect(shp[0].message).toContain('.zip');
    expect(preflight({ name: 'old.xls', size: 100 })[0].message).toContain('.xlsx');
    expect(preflight({ name: 'README', size: 100 })[0].code).toBe('unsupported-type');
  });
});

describe('content sniffing', () => {
  it('classifies text', () => {
    expect(sniffText('  \n{"type":"Feature"}')).toBe('json');
    expect(sniffText('\uFEFF<?xml version="1.0"?><kml xmlns="x">')).toBe('kml');
    expect(sniffText('<gpx version="1.1">')).toBe('gpx');
    expect(sniffText('<html><body>')).toBe('xml-other');
    expect(sniffText('a,b\n1,2')).toBe('text');
    expect(sniffText(' \n\t ')).toBe('empty');
    expect(sniffText('ab\u0000cd')).toBe('binary');
  });

  it('refuses binaries whatever their name, naming what they are', async () => {
    const png = await importBytes('image-renamed.geojson', fixture('image-renamed.geojson'));
    expect(png.issues[0]).toMatchObject({ code: 'unsupported-type', params: { detected: 'PNG image' } });
    const xls = await importBytes('old.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.issues[0].message).toContain('.xls');
  });

  it('reports empty and whitespace-only files', async () => {
    expect((await importBytes('empty.geojson', fixture('empty.geojson'))).issues[0].code).toBe('empty-file');
    expect((await importBytes('blank.csv', text('  \n\n'))).issues[0].code).toBe('empty-file');
  });

  it('imports by content when the extension lies, with a warning', async () => {
    const r = await importBytes('points.txt', fixture('sites.geojson'));
    expect(r.ok && r.layers[0].sourceFormat).toBe('geojson');
    expect(r.issues.find((i) => i.code === 'extension-mismatch')).toMatchObject({ params: { extension: 'txt', detected: 'geojson' } });
  });

  it('reports a .geojson holding plain text as invalid JSON, and a .kml without XML as invalid XML', async () => {
    expect((await importBytes('x.geojson', text('hello world'))).issues[0].code).toBe('invalid-json');
    expect((await importBytes('x.kml', text('hello world'))).issues[0].code).toBe('invalid-xml');
  });

  it('reports a damaged zip', async () => {
    const z = fixture('sites.kmz').slice(0, 60);
    const r = await importBytes('cut.kmz', z);
    expect(r.ok).toBe(false);
    expect(r.issues[0].file).toBe('cut.kmz');
    expect(r.issues[0].code).toBe('invalid-zip');
  });
});
