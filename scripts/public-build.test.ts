/**
 * The public build ships no internal data: runs `npm run build:public` (which builds, rewrites data/ and
 * scans every file) and checks the output; the scanner itself is shown to catch planted leaks.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Manifest } from '../src/data/manifest';
import { aggregateByStreet, forbiddenTokens, scanText, stripProperties, stripTasks } from './public-data';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'public/data/manifest.json'), 'utf8')) as Manifest;
const outfalls = manifest.layers.find((l) => l.id === 'outfalls')!;

describe('public build', () => {
  it('builds dist-public with public layers and properties only, and its leak scan passes', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-public-'));
    try {
      const log = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-public.ts', '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(log).toMatch(/no leak/);
      const pub = JSON.parse(fs.readFileSync(path.join(out, 'data/manifest.json'), 'utf8')) as Manifest;
      expect(pub.layers.every((l) => l.visibility === 'public')).toBe(true);
      expect(pub.layers.some((l) => l.id === 'wellheads')).toBe(false);
      expect(pub.layers.find((l) => l.id === 'wellheads-by-street')?.geometry).toBe('Point');
      for (const l of pub.layers) for (const s of Object.values(l.properties)) expect(s.visibility).toBe('public');
      expect(fs.existsSync(path.join(out, 'data/wellheads.geojson'))).toBe(false);
      expect(fs.existsSync(path.join(out, 'mockServiceWorker.js'))).toBe(false);
      expect(fs.readdirSync(path.join(out, 'assets')).some((f) => f.endsWith('.map'))).toBe(false);
      const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(html).toMatch(/Content-Security-Policy/);
      expect(html).not.toMatch(/script-src[^;]*unsafe-inline/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('the scanner catches internal layer ids, property names and values', () => {
    const t = forbiddenTokens(manifest, ['某某化工有限公司']);
    expect(t.layerIds).toEqual(expect.arrayContaining(['wellheads', 'outfalls', 'pollution-sources', 'mobile']));
    expect(t.propertyNames).toEqual(expect.arrayContaining(['discharger', 'village']));
    expect(scanText('a.js', 'fetch("data/outfalls.geojson")', t).map((h) => h.token)).toContain('outfalls');
    expect(scanText('b.json', '{"discharger":"x"}', t).map((h) => h.kind)).toEqual(['property']);
    expect(scanText('c.json', '{"name":"某某化工有限公司"}', t).map((h) => h.kind)).toEqual(['value']);
    expect(scanText('d.js', 'const streets = "streets";', t)).toEqual([]);
  });

  it('strips internal properties, aggregates ledgers per street and drops officials’ names', () => {
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'o1', properties: { id: 'o1', status: '违规', discharger: '某公司', streetId: 'S' }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } }] };
    expect(stripProperties(fc, outfalls).features[0].properties).not.toHaveProperty('discharger');
    const agg = aggregateByStreet(fc, outfalls, new Map([['S', { name: '某街道', point: [116.4, 39.9] as [number, number] }]]));
    expect(agg.features[0].properties).toMatchObject({ streetId: 'S', count: 1 });
    expect(JSON.stringify(agg)).not.toContain('某公司');
    const tasks = stripTasks({ tasks: [{ measures: [{ leadPersons: ['某人'], text: 'x' } as { leadPersons?: string[] }] }] });
    expect(JSON.stringify(tasks)).not.toContain('某人');
  });
});
