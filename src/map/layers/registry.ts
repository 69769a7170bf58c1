/**
 * Layer id → how it is drawn and its legend. Config only: builders are pure functions of
 * (params, data-derived inputs) → MapLibre layer specs. Unknown ids (imports, new manifest
 * layers) fall back to a style by geometry.
 */
import type { GeometryKind } from '../../data/manifest';
import type { Theme } from '../theme';
import { categoryColor, categoryLegend, lineLayers, pointLayers, polygonLayers } from './generic';
import { districtLayers } from './streets';
import type { BuildParams, LegendItem, MapLayerSpec } from './types';

interface StyleRule {
  /** property that picks the colour, and its palette */
  by?: string;
  palette?: (t: Theme) => Record<string, string>;
  color?: (t: Theme) => string;
  radius?: number;
  width?: number;
  fillOpacity?: number;
}

const RULES: Record<string, StyleRule> = {
  'stations-national': { by: 'stationClass', palette: (t) => t.stationClass, radius: 8 },
  'stations-street': { by: 'stationClass', palette: (t) => t.stationClass, radius: 5 },
  sites: { by: 'siteType', palette: (t) => t.siteType, radius: 3.5 },
  'site-exits': { color: () => '#37474f', radius: 2.5 },
  bareland: { by: 'treatment', palette: (t) => t.treatment, fillOpacity: 0.7 },
  rivers: { color: (t) => t.water, width: 2.2 },
  'water-sections': { by: 'latestClass', palette: (t) => t.waterClass, radius: 6 },
  outfalls: { by: 'status', palette: (t) => t.outfallStatus, radius: 3.5 },
  wellheads: { by: 'safetyStatus', palette: (t) => t.wellheadStatus, radius: 4 },
  'pollution-sources': { by: 'sourceType', palette: (t) => t.sourceKind, radius: 3 },
  'soil-plots': { by: 'riskStatus', palette: (t) => t.soilRisk, fillOpacity: 0.6 },
  plants: { color: () => '#00695c', radius: 7 },
  parks: { color: () => '#43a047', radius: 7, fillOpacity: 0.35 },
  'repair-clusters': { color: () => '#ad1457', radius: 7, fillOpacity: 0.3 },
  'linear-works': { color: () => '#6a1b9a', width: 3 },
  'management-areas': { color: () => '#ff8f00', fillOpacity: 0.05 },
};

export function colorOf(id: string, t: Theme, index = 0): string {
  return RULES[id]?.color?.(t) ?? t.generic[index % t.generic.length];
}

export function buildLayerSpecs(id: string, geometry: GeometryKind, p: BuildParams, index = 0): MapLayerSpec[] {
  if (id === 'districts') return districtLayers(p);
  const r = RULES[id] ?? {};
  const fallback = colorOf(id, p.theme, index);
  const color = r.by && r.palette ? categoryColor(r.by, r.palette(p.theme), fallback) : fallback;
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
  if (r?.by && r.palette) return categoryLegend(r.palette(t), shape);
  return [{ label: '', color: colorOf(id, t, index), shape }];
}
