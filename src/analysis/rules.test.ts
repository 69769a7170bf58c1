import { describe, expect, it } from 'vitest';
import { destination } from './geodesy';
import { perStreetSummary } from './per-street';
import { BUILTIN_RULES, runRuleChunked, runRuleSync } from './rules';
import type { AnyFeatureCollection, LayerMap, Rule } from './types';

const C: [number, number] = [116.4, 39.9];
const fc = (features: AnyFeatureCollection['features']): AnyFeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (id: string, c: number[], props: Record<string, unknown> = {}) => ({ type: 'Feature' as const, id, properties: props, geometry: { type: 'Point' as const, coordinates: c } });

describe('rules as data', () => {
  it('built-in rules cite their seed lines and use manifest layer ids', () => {
    expect(BUILTIN_RULES.map((r) => [r.id, r.radius_m])).toEqual([
      ['station-500m', 500],
      ['wellhead-30m', 30],
      ['site-exit-100m', 100],
    ]);
    for (const r of BUILTIN_RULES) expect(r.source).toMatch(/^\d{3}:\d+/);
  });

  it('a supervisor-defined rule with another radius and a property filter works the same way', () => {
    const rule: Rule = {
      id: 'custom-200m',
      title: { zh: '自定义', en: 'custom' },
      centerLayer: 'wellheads',
      targetLayers: ['sites'],
      radius_m: 200,
      meaning: { zh: '', en: '' },
      source: 'test',
      targetFilter: { sites: { property: 'siteType', in: ['小微工程'] } },
    };
    const layers: LayerMap = {
      wellheads: fc([pt('w', C)]),
      sites: fc([pt('small', destination(C[0], C[1], 10, 150), { siteType: '小微工程' }), pt('big', destination(C[0], C[1], 10, 100), { siteType: '房建' }), pt('far', destination(C[0], C[1], 10, 250), { siteType: '小微工程' })]),
    };
    const res = runRuleSync(rule, layers);
    expect(res.hits.map((h) => h.targetId)).toEqual(['small']);
    expect(res.centers[0]).toMatchObject({ centerId: 'w', count: 1, countByLayer: { sites: 1 } });
  });

  it('chunked evaluation gives the same result as the synchronous one and can be aborted', async () => {
    const sites = fc(Array.from({ length: 3000 }, (_, i) => pt(`s${i}`, destination(C[0], C[1], (i * 37) % 360, (i * 7) % 2000))));
    const stations = fc(Array.from({ length: 600 }, (_, i) => pt(`st${i}`, destination(C[0], C[1], (i * 53) % 360, (i * 11) % 1500))));
    const layers: LayerMap = { 'stations-street': stations, sites };
    const rule = BUILTIN_RULES[0];
    const sync = runRuleSync(rule, layers);
    const seen: number[] = [];
    const chunked = await runRuleChunked(rule, layers, { chunkSize: 100, onProgress: (f) => seen.push(f) });
    expect({ ...chunked, elapsed_ms: 0 }).toEqual({ ...sync, elapsed_ms: 0 });
    expect(seen.length).toBeGreaterThan(5);
    const ac = new AbortController();
    const p = runRuleChunked(rule, layers, { chunkSize: 50, onProgress: (f) => f > 0.2 && ac.abort(), signal: ac.signal });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('per-street summary reports progress and honours abort', async () => {
    const sq = [
      [116.39, 39.89],
      [116.41, 39.89],
      [116.41, 39.91],
      [116.39, 39.91],
      [116.39, 39.89],
    ];
    const layers: LayerMap = {
      streets: fc([{ type: 'Feature', id: 'A', properties: { name: '甲' }, geometry: { type: 'Polygon', coordinates: [sq] } }]),
      sites: fc(Array.from({ length: 2000 }, (_, i) => pt(`s${i}`, destination(C[0], C[1], i % 360, i % 800)))),
    };
    const seen: number[] = [];
    const res = await perStreetSummary(layers, { onProgress: (f) => seen.push(f) });
    expect(res[0]).toMatchObject({ street: 'A', name: '甲', counts: { sites: 2000 } });
    expect(seen[seen.length - 1]).toBe(1);
    const ac = new AbortController();
    ac.abort();
    await expect(perStreetSummary(layers, { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
