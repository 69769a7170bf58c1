import { describe, expect, it } from 'vitest';
import type { Manifest } from '../data/manifest';
import { scenario } from '../mocks/scenario';
import { loadLayer, loadManifest, loadSession, retryLayer } from './actions';
import { useStore } from './store';

const layer = (id: string, path: string) => ({
  id, title: { zh: id, en: id }, group: 'base' as const, geometry: 'Point' as const, featureCount: 1,
  provenance: 'synthetic' as const, provenanceNote: { zh: '模拟', en: 'synthetic' }, source: 'test', licence: 'test',
  visibility: 'public' as const, publicMode: 'full' as const, properties: {}, lazy: false, defaultVisible: true,
  files: [{ path, format: 'geojson' as const, bytes: 1, gzipBytes: 1 }],
});
const manifest: Manifest = {
  version: 1, seed: 1, dataDate: '2024-12-31', datasets: [], indicatorMonths: ['2024-12'], mobileMonthsAvailable: [], mobileMonthsGeneratable: [],
  layers: [layer('good', 'good.geojson'), layer('bad', 'bad.geojson')],
};
const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', properties: { name: 'x' }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } }] };

describe('data loading through the one msw handler list', () => {
  it.each([[404], [500], ['truncated'], ['malformed']] as const)('a %s file marks only that layer as failed, and retry recovers', async (kind) => {
    scenario.fixtures = { 'manifest.json': manifest, 'good.geojson': fc, 'bad.geojson': fc };
    scenario.failures = { 'bad.geojson': kind };
    await loadManifest();
    await Promise.all([loadLayer('good'), loadLayer('bad')]);
    const st = useStore.getState();
    expect(st.status.good).toBe('ready');
    expect(st.features.good.features).toHaveLength(1);
    expect(st.status.bad).toBe('error');
    expect(st.errors.bad.file).toBe('bad.geojson');
    expect(st.errors.bad.detail).toMatch(kind === 404 ? /HTTP 404/ : kind === 500 ? /HTTP 500/ : kind === 'truncated' ? /invalid JSON/ : /FeatureCollection/);
    scenario.failures = {};
    await retryLayer('bad');
    expect(useStore.getState().status.bad).toBe('ready');
    expect(useStore.getState().features.good.features).toHaveLength(1);
  });

  it('a failing manifest is reported, not thrown', async () => {
    scenario.failures = { 'manifest.json': 500 };
    await loadManifest();
    expect(useStore.getState().manifest).toBeNull();
    expect(useStore.getState().manifestError).toMatch(/HTTP 500/);
  });

  it('reads the role from GET /api/session and falls back to public on failure', async () => {
    scenario.role = 'inspector';
    await loadSession();
    expect(useStore.getState().role).toBe('inspector');
    scenario.sessionStatus = 401;
    await loadSession();
    expect(useStore.getState().role).toBe('public');
    expect(useStore.getState().mode).toBe('public');
    expect(useStore.getState().notices.at(-1)?.key).toBe('role.sessionFailed');
  });
});
