/** deck.gl layers beyond labels: 走航 grid, analysis zones and highlights, built from store config each render. */
import type { Layer } from '@deck.gl/core';
import type { Feature } from 'geojson';
import { useMemo } from 'react';
import { featureId } from '../lib/feature-id';
import { aggregateToGrid, hotspots, type Grid } from '../lib/grid-aggregate';
import type { MobileReadings } from '../data/formats/mobile-bin';
import { useStore } from '../state/store';
import { highlightLayer, mobileGridLayer, zoneLayer } from './layers/overlays';
import { THEME } from './theme';

/** 500 m cells, as the municipal grid monitoring uses for hot-spot cells. */
export const MOBILE_CELL_M = 500;
/** above this many centres only zones with hits are drawn */
export const MAX_ALL_ZONES = 400;

const gridCache = new WeakMap<MobileReadings, Map<string, Grid>>();
export function mobileGrid(m: MobileReadings, metric: 'vocs' | 'pm25'): Grid {
  let byMetric = gridCache.get(m);
  if (!byMetric) gridCache.set(m, (byMetric = new Map()));
  let g = byMetric.get(metric);
  if (!g) byMetric.set(metric, (g = aggregateToGrid(m.lon, m.lat, m[metric], MOBILE_CELL_M)));
  return g;
}

export function useMobileLayerId(): string | null {
  const manifest = useStore((s) => s.manifest);
  return useMemo(() => manifest?.layers.find((l) => l.files.some((f) => f.format === 'mobile-bin'))?.id ?? null, [manifest]);
}

export function useExtraDeckLayers(): Layer[] {
  const mobileId = useMobileLayerId();
  const mobile = useStore((s) => s.mobile);
  const mobileCfg = useStore((s) => (mobileId ? s.layerConfig[mobileId] : undefined));
  const metric = useStore((s) => s.mobileMetric);
  const topShare = useStore((s) => s.hotTopShare);
  const mode = useStore((s) => s.mode);
  const rule = useStore((s) => s.rule);
  const result = useStore((s) => s.result);
  const focus = useStore((s) => s.focusCenter);
  const highlight = useStore((s) => s.highlight);
  const features = useStore((s) => s.features);
  const picked = useStore((s) => s.pickedPoint);
  const nearRadius = useStore((s) => s.nearRadius);

  const grid = useMemo(() => (mobile ? mobileGrid(mobile, metric) : null), [mobile, metric]);
  const threshold = useMemo(() => (grid && mode === 'supervisor' ? hotspots(grid, { topShare }).threshold : undefined), [grid, mode, topShare]);

  const highlighted = useMemo(() => {
    if (!highlight) return [];
    const out: Feature[] = [];
    const ids = new Set(highlight.streetIds);
    for (const f of features.streets?.features ?? []) if (ids.has(featureId(f))) out.push(f);
    const names = highlight.placeNames.filter((n) => n.length >= 2);
    if (names.length)
      for (const [layerId, fc] of Object.entries(features)) {
        if (layerId === 'streets' || layerId === 'districts') continue;
        for (const f of fc.features) {
          const name = String(f.properties?.name ?? '');
          if (name && names.some((n) => name.includes(n) || n.includes(name))) out.push(f);
        }
      }
    return out;
  }, [highlight, features]);

  return useMemo(() => {
    const layers: Layer[] = [];
    if (grid && mobileCfg?.visible) layers.push(mobileGridLayer(grid, THEME, mobileCfg.opacity, threshold));
    if (rule && result) {
      // Every zone when there are few; otherwise the zones with something inside (plus the focused one):
      // 1,500 empty wellhead circles would hide the map and cost seconds per frame on software WebGL.
      const focusKey = focus ? `${focus.layer}:${focus.id}` : null;
      const all = result.centers.map((c) => ({ id: `${c.centerLayer}:${c.centerId}`, position: c.position, count: c.count }));
      const centers = all.length <= MAX_ALL_ZONES ? all : all.filter((c) => c.count > 0 || c.id === focusKey);
      layers.push(zoneLayer(centers, result.radius_m, THEME, focus ? `${focus.layer}:${focus.id}` : null));
    }
    if (highlighted.length) layers.push(highlightLayer(highlighted, THEME));
    if (picked) layers.push(zoneLayer([{ id: 'near-me', position: picked, count: 1 }], nearRadius, THEME, 'near-me'));
    return layers;
  }, [grid, mobileCfg, threshold, rule, result, focus, highlighted, picked, nearRadius]);
}
