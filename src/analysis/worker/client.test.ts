import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules';
import type { AnyFeatureCollection, Rule } from '../types';
import { createInProcessClient } from './client';

const pts = (prefix: string, n: number, lon0: number, lat0: number, step: number): AnyFeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({ type: 'Feature' as const, id: `${prefix}${i}`, properties: {}, geometry: { type: 'Point' as const, coordinates: [lon0 + (i % 50) * step, lat0 + Math.floor(i / 50) * step] } })),
});

const layers = {
  'stations-street': pts('st', 400, 116.3, 39.8, 0.004),
  'stations-national': pts('nat', 2, 116.31, 39.81, 0.01),
  sites: pts('site', 5000, 116.3, 39.8, 0.0009),
  bareland: { type: 'FeatureCollection', features: [] } as AnyFeatureCollection,
};
const rule = BUILTIN_RULES.find((r) => r.id === 'station-500m') as Rule;

describe('analysis client (in-process comlink channel)', () => {
  it('runs a rule with progress from 0 to 1 and returns plain data', async () => {
    const client = createInProcessClient();
    const seen: number[] = [];
    const res = await client.runRule(rule, layers, { onProgress: (f) => seen.push(f) });
    expect(res.ruleId).toBe('station-500m');
    expect(res.centers).toHaveLength(402);
    expect(res.hits.length).toBeGreaterThan(0);
    expect(res.hits.every((h) => h.distance_m <= 500)).toBe(true);
    expect(JSON.parse(JSON.stringify(res))).toEqual(res);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    client.dispose();
  });

  it('cancel() rejects the pending call with an AbortError and the next call works', async () => {
    const client = createInProcessClient();
    const p = client.runRule(rule, layers);
    client.cancel();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    const again = await client.whyHot([116.31, 39.81], layers, { radius_m: 200 });
    expect(again.candidates.length).toBeGreaterThan(0);
    expect(again.candidates.every((c, i, a) => i === 0 || a[i - 1].distance_m <= c.distance_m)).toBe(true);
    client.dispose();
  });

  it('an aborted signal cancels the call', async () => {
    const client = createInProcessClient();
    const ac = new AbortController();
    const p = client.runRule(rule, layers, { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    client.dispose();
  });
});
