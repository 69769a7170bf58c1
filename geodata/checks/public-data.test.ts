/** Checks over the committed public/data build (see geodata/README.md for the documented counts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, StreetIndicators } from '../../src/data/manifest';
import { decodeMobileReadings } from '../../src/data/formats/mobile-bin';
import {
  checkLayerGeography, checkManifest, checkMobile, checkTiling, firstViewGzipBytes, readLayer, readManifest, streetIndexOf, totalBytes, type Props,
} from '../scripts/lib/checks';
import type { PolygonIndex } from '../scripts/lib/geo';
import { loadStreetUnits } from '../scripts/lib/streets';
import { BASE_COUNTS } from '../scripts/build';
import { SOIL_PLOT_COUNTS } from '../scripts/steps/synthetic';
import type { TargetsFile } from '../scripts/steps/targets';

const DIR = fileURLToPath(new URL('../../public/data', import.meta.url));
let manifest: Manifest;
let index: PolygonIndex<Props>;

beforeAll(() => {
  manifest = readManifest(DIR);
  index = streetIndexOf(DIR);
});

const layer = (id: string) => {
  const l = manifest.layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
};

describe('public/data manifest', () => {
  it('matches the files: sizes, gzip sizes, feature counts, property specs, unique ids', () => {
    expect(checkManifest(DIR)).toEqual([]);
  });

  it('keeps the first view under 3 MB gzip and everything under 40 MB', () => {
    expect(firstViewGzipBytes(manifest)).toBeLessThan(3 * 1024 * 1024);
    expect(totalBytes(manifest)).toBeLessThan(40 * 1024 * 1024);
  });

  it('has the documented counts', () => {
    expect(layer('districts').featureCount).toBe(16);
    expect(layer('streets').featureCount).toBe(349);
    expect(layer('stations-national').featureCount).toBe(12);
    expect(layer('sites').featureCount).toBe(BASE_COUNTS.sites);
    expect(layer('site-exits').featureCount).toBe(BASE_COUNTS.sites);
    expect(layer('bareland').featureCount).toBe(BASE_COUNTS.bareland);
    expect(layer('outfalls').featureCount).toBe(BASE_COUNTS.outfalls);
    expect(layer('wellheads').featureCount).toBe(BASE_COUNTS.wellheads);
    expect(layer('mobile').featureCount).toBe(BASE_COUNTS.mobile);
    expect(layer('soil-plots').featureCount).toBe(Object.values(SOIL_PLOT_COUNTS).reduce((s, c) => s + c.n, 0));
    expect(layer('stations-street').featureCount).toBeGreaterThanOrEqual(349);
  });

  it('labels synthetic data as such', () => {
    const si = manifest.datasets.find((d) => d.id === 'street-indicators');
    expect(si?.provenance).toBe('synthetic');
    expect(si?.provenanceNote.zh).toContain('模拟数据');
    for (const id of ['sites', 'bareland', 'outfalls', 'wellheads', 'mobile']) expect(layer(id).provenance).toBe('synthetic');
    expect(layer('wellheads').visibility).toBe('internal');
    expect(layer('wellheads').publicMode).toBe('aggregated');
  });
});

describe('street geometry', () => {
  it('streets tile their district (area within 0.5 %, overlaps < 1 m²)', () => {
    expect(checkTiling(DIR, 0.5, 1)).toEqual([]);
  });

  it('covers every NBS unit exactly once', () => {
    const ids = readLayer(DIR, 'streets').features.map((f) => String(f.properties.id)).sort();
    expect(ids).toEqual(loadStreetUnits().map((u) => u.id));
  });
});

describe('feature geography', () => {
  const ids = ['districts', 'streets', 'management-areas', 'rivers', 'plants', 'parks', 'repair-clusters', 'linear-works', 'stations-national',
    'stations-street', 'sites', 'site-exits', 'bareland', 'water-sections', 'outfalls', 'wellheads', 'pollution-sources', 'soil-plots'];
  it.each(ids)('%s: streetId = containing street; coordinates inside the bbox and the city outline', (id) => {
    expect(checkLayerGeography(DIR, id, index)).toEqual([]);
  });

  it('mobile readings lie inside Beijing (sampled)', () => {
    expect(checkMobile(DIR, index, 20_000)).toEqual([]);
  });

  it('wellhead 30 m rule: some (5–10 %) wellheads have a source within 30 m', () => {
    const w = readLayer(DIR, 'wellheads').features;
    const bad = w.filter((f) => Number(f.properties.sourcesWithin30m) > 0).length / w.length;
    expect(bad).toBeGreaterThan(0.05);
    expect(bad).toBeLessThan(0.1);
  });

  it('site exits are 20–80 m from their site', () => {
    const sites = new Map(readLayer(DIR, 'sites').features.map((f) => [f.properties.id, f.geometry]));
    for (const e of readLayer(DIR, 'site-exits').features.slice(0, 500)) {
      const s = sites.get(e.properties.siteId);
      expect(s?.type).toBe('Point');
      if (s?.type !== 'Point' || e.geometry.type !== 'Point') continue;
      const dx = (s.coordinates[0] - e.geometry.coordinates[0]) * 85_000;
      const dy = (s.coordinates[1] - e.geometry.coordinates[1]) * 111_000;
      expect(Math.hypot(dx, dy)).toBeLessThan(100);
    }
  });
});

describe('datasets', () => {
  it('street indicators: 24 months × 349 streets, ranks are permutations (1 = lowest)', () => {
    const si = JSON.parse(readFileSync(join(DIR, 'street-indicators.json'), 'utf8')) as StreetIndicators;
    expect(si.months).toEqual(manifest.indicatorMonths);
    expect(si.months).toHaveLength(24);
    expect(si.streets).toHaveLength(349);
    for (const ind of Object.values(si.indicators)) {
      expect(ind.values).toHaveLength(24);
      ind.values.forEach((row, m) => {
        expect([...ind.ranks[m]].sort((a, b) => a - b)).toEqual(Array.from({ length: 349 }, (_, i) => i + 1));
        const best = ind.ranks[m].indexOf(1);
        expect(row[best]).toBe(Math.min(...row));
      });
    }
    // winter PM2.5 above summer, spring TSP above summer
    const mean = (r: number[]) => r.reduce((s, v) => s + v, 0) / r.length;
    expect(mean(si.indicators.pm25.values[0])).toBeGreaterThan(mean(si.indicators.pm25.values[7]));
    expect(mean(si.indicators.tsp.values[3])).toBeGreaterThan(mean(si.indicators.tsp.values[7]));
  });

  it('targets: all 43 Chaoyang units (2023) and 17 Dongcheng units (2022) plus 16 districts × 15 indicators', () => {
    const t = JSON.parse(readFileSync(join(DIR, 'targets.json'), 'utf8')) as TargetsFile;
    const cy = new Set(t.targets.filter((x) => x.scope === 'street' && x.districtCode === '110105' && x.year === 2023 && x.indicator === 'pm25').map((x) => x.streetId));
    expect(cy.size).toBe(43);
    const dc = new Set(t.targets.filter((x) => x.scope === 'street' && x.districtCode === '110101' && x.year === 2022 && x.rule.kind === 'max').map((x) => x.streetId));
    expect(dc.size).toBe(17);
    const dist = t.targets.filter((x) => x.scope === 'district' && x.year === 2023);
    expect(new Set(dist.map((x) => `${x.districtCode}/${x.indicator}`)).size).toBe(16 * 15);
    expect(t.targets.filter((x) => x.draft).every((x) => x.year === 2024)).toBe(true);
    for (const x of t.targets) expect(x.source).toMatch(/^00[0-4]:\d+$/);
    const streetIds = new Set(loadStreetUnits().map((u) => u.id));
    for (const x of t.targets) if (x.streetId) expect(streetIds.has(x.streetId)).toBe(true);
  });

  it('the committed 走航 month decodes', () => {
    const f = layer('mobile').files[0];
    const r = decodeMobileReadings(readFileSync(join(DIR, f.path)));
    expect(r.month).toBe(manifest.mobileMonthsAvailable[0]);
    expect(r.lon.length).toBe(BASE_COUNTS.mobile);
  });
});
