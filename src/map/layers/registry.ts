/**
 * Layer id → how it is drawn and its legend. Config only: builders are pure functions of
 * (params, data-derived inputs) → MapLibre layer specs. Unknown ids (imports, new manifest
 * layers) fall back to a style by geometry.
 */
import type { GeometryKind } from '../../data/manifest';
import { THEME, type Theme } from '../theme';
import { INTERNAL_STYLES } from '../../internal';
import type { StyleRule } from '../../internal/types';
import { categoryColor, categoryLegend, lineLayers, pointLayers, polygonLayers } from './generic';
import { districtLayers } from './streets';
import type { BuildParams, LegendItem, MapLayerSpec } from './types';

const PUBLIC_RULES: Record<string, StyleRule> = {
  'stations-national': { by: 'stationClass', palette: THEME.stationClass, radius: 8 },
  'stations-street': { by: 'stationClass', palette: THEME.stationClass, radius: 5 },
  rivers: { color: THEME.water, width: 2.2 },
  'water-sections': { by: 'latestClass', palette: THEME.waterClass, radius: 6 },
  plants: { color: '#00695c', radius: 7 },
  parks: { color: '#43a047', radius: 7, fillOpacity: 0.35 },
  'repair-clusters': { color: '#ad1457', radius: 7, fillOpacity: 0.3 },
  'linear-works': { color: '#6a1b9a', width: 3 },
  'management-areas': { color: '#ff8f00', fillOpacity: 0.05 },
};
const RULES: Record<string, StyleRule> = { ...PUBLIC_RULES, ...INTERNAL_STYLES };

export function colorOf(id: string, t: Theme, index = 0): string {
  return RULES[id]?.color ?? t.generic[index % t.generic.length];
}

export function buildLayerSpecs(id: string, geometry: GeometryKind, p: BuildParams, index = 0): MapLayerSpec[] {
  if (id === 'districts') return districtLayers(p);
  const r = RULES[id] ?? {};
  const fallback = colorOf(id, p.theme, index);
  const color = r.by && r.palette ? categoryColor(r.by, r.palette, fallback) : fallback;
  switch (geometry) {
    case 'Point':
      return pointLayers(p, color, r.radius ?? 4);
    case 'LineString':
      return lineLayers(p, color, r.width ?? 2);
    case 'Polygon':
      return polygonLayers(p, color, color, r.fillOpacity ?? 0.5);
    default:
      // mixed geometry: one layer per kind, filtered
      return [
        ...polygonLayers(p, color, color, r.fillOpacity ?? 0.4).map((s) => ({ ...s, filter: ['==', ['geometry-type'], 'Polygon'] }) as MapLayerSpec),
        ...lineLayers(p, color).map((s) => ({ ...s, filter: ['==', ['geometry-type'], 'LineString'] }) as MapLayerSpec),
        ...pointLayers(p, color, r.radius ?? 4).map((s) => ({ ...s, filter: ['==', ['geometry-type'], 'Point'] }) as MapLayerSpec),
      ];
  }
}

export function legendFor(id: string, geometry: GeometryKind, t: Theme, index = 0): LegendItem[] {
  const r = RULES[id];
  const shape: LegendItem['shape'] = geometry === 'Point' ? 'circle' : geometry === 'LineString' ? 'line' : 'fill';
  if (id === 'districts') return [{ label: '', color: t.districtLine, shape: 'line' }];
  if (r?.by && r.palette) return categoryLegend(r.palette, shape);
  return [{ label: '', color: colorOf(id, t, index), shape }];
}

/** The property a layer's colours are keyed on, if any (for legends that list only present classes). */
export function styleProperty(id: string): string | undefined {
  return RULES[id]?.by;
}
