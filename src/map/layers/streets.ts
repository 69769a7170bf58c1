/** Street units: outlines, and the choropleth of an indicator for a month (by value or by rank class). */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { IndicatorId, StreetIndicators } from '../../data/manifest';
import type { Theme } from '../theme';
import { polygonLayers } from './generic';
import type { BuildParams, LegendItem, MapLayerSpec } from './types';

export interface ChoroplethParams {
  indicators: StreetIndicators | null;
  indicator: IndicatorId;
  month: string;
  colorBy: 'value' | 'rank';
}

export type RankClass = 'good' | 'mid' | 'bottom30' | 'bottom10';

/** rank 1 = best; the last 10 ranks are "后10名", the last 30 "后30名". */
export function rankClass(rank: number, n: number): RankClass {
  if (rank > n - 10) return 'bottom10';
  if (rank > n - 30) return 'bottom30';
  if (rank <= Math.ceil(n / 3)) return 'good';
  return 'mid';
}

/** Equal-count (quantile) class breaks over a month's values: robust to outliers, stable legend size. */
export function quantileBreaks(values: number[], classes: number): number[] {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return [];
  const out: number[] = [];
  for (let i = 1; i < classes; i++) out.push(v[Math.min(v.length - 1, Math.floor((i * v.length) / classes))]);
  return out;
}

export function streetColors(p: ChoroplethParams, theme: Theme): { byId: Map<string, string>; legend: LegendItem[] } {
  const byId = new Map<string, string>();
  const d = p.indicators;
  const m = d ? d.months.indexOf(p.month) : -1;
  if (!d || m < 0) return { byId, legend: [] };
  const ind = d.indicators[p.indicator];
  const n = d.streets.length;
  if (p.colorBy === 'rank') {
    d.streets.forEach((id, j) => byId.set(id, theme.rankClass[rankClass(ind.ranks[m][j], n)]));
    return {
      byId,
      legend: (['good', 'mid', 'bottom30', 'bottom10'] as const).map((k) => ({ label: `rank.${k}`, color: theme.rankClass[k], shape: 'fill' as const })),
    };
  }
  const values = ind.values[m];
  const breaks = quantileBreaks(values, theme.ramp.length);
  d.streets.forEach((id, j) => {
    const v = values[j];
    if (!Number.isFinite(v)) return;
    let k = 0;
    while (k < breaks.length && v >= breaks[k]) k++;
    byId.set(id, theme.ramp[k]);
  });
  const fmt = (x: number) => (Math.abs(x) >= 10 ? x.toFixed(0) : x.toFixed(1));
  const edges = [Math.min(...values.filter(Number.isFinite)), ...breaks, Math.max(...values.filter(Number.isFinite))];
  const legend = theme.ramp.map((color, k) => ({ label: `${fmt(edges[k])}–${fmt(edges[k + 1])}`, color, shape: 'fill' as const }));
  return { byId, legend };
}

/** Street ids in the city's bottom 10 and bottom 30 (ranks 21–30 from the end) for the month. */
export function bottomStreets(c: ChoroplethParams): { bottom10: string[]; bottom30: string[] } {
  const d = c.indicators;
  const m = d ? d.months.indexOf(c.month) : -1;
  if (!d || m < 0) return { bottom10: [], bottom30: [] };
  const n = d.streets.length;
  const ranks = d.indicators[c.indicator].ranks[m];
  return {
    bottom10: d.streets.filter((_, j) => rankClass(ranks[j], n) === 'bottom10'),
    bottom30: d.streets.filter((_, j) => rankClass(ranks[j], n) === 'bottom30'),
  };
}

/** The colours a choropleth mode can use; a street's feature state `k` indexes into them. */
export function choroplethPalette(colorBy: 'value' | 'rank', theme: Theme): string[] {
  return colorBy === 'rank' ? (['good', 'mid', 'bottom30', 'bottom10'] as const).map((k) => theme.rankClass[k]) : [...theme.ramp];
}

export interface StreetState {
  /** index into choroplethPalette, -1 = no data */
  k: number;
  /** 10 = bottom 10, 30 = bottom 30, 0 = neither */
  b: number;
}

/**
 * Per-street feature states for a month: the map keeps one set of layers and only these states change
 * when the month, indicator or colouring changes (no re-layout: the month slider stays fast).
 */
export function streetStates(c: ChoroplethParams, theme: Theme): Map<string, StreetState> {
  const out = new Map<string, StreetState>();
  const d = c.indicators;
  if (!d) return out;
  const palette = choroplethPalette(c.colorBy, theme);
  const { byId } = streetColors(c, theme);
  const { bottom10, bottom30 } = bottomStreets(c);
  const b10 = new Set(bottom10);
  const b30 = new Set(bottom30);
  for (const id of d.streets) out.set(id, { k: byId.has(id) ? palette.indexOf(byId.get(id)!) : -1, b: b10.has(id) ? 10 : b30.has(id) ? 30 : 0 });
  return out;
}

export function streetLayers(p: BuildParams, c: ChoroplethParams): MapLayerSpec[] {
  const palette = choroplethPalette(c.colorBy, p.theme);
  const hasData = !!c.indicators && c.indicators.months.includes(c.month);
  const fill = (hasData
    ? ['match', ['to-number', ['coalesce', ['feature-state', 'k'], -1]], ...palette.flatMap((color, i) => [i, color]), p.theme.noData]
    : p.theme.districtFill) as ExpressionSpecification | string;
  const specs = polygonLayers(p, fill, p.theme.streetLine, hasData ? 0.72 : 0.15, 0.6);
  // the city's bottom 10 (red) and bottom 30 (orange) are outlined whatever the colouring, as the plans
  // judge by them; like the fill, the outline reads the per-street feature state `b`
  const sel: ExpressionSpecification = ['==', ['to-string', ['id']], p.selectedId ?? '__none__'];
  const b: ExpressionSpecification = ['coalesce', ['feature-state', 'b'], 0];
  const outline = specs.find((x) => x.id === `${p.sourceId}-outline`);
  if (outline && outline.type === 'line' && hasData)
    outline.paint = {
      ...outline.paint,
      'line-color': ['case', sel, p.theme.selection, ['==', b, 10], p.theme.rankClass.bottom10, ['==', b, 30], p.theme.rankClass.bottom30, p.theme.streetLine],
      'line-width': ['case', sel, 3, ['==', b, 10], 2.6, ['==', b, 30], 1.8, 0.6],
    };
  return specs;
}

export function districtLayers(p: BuildParams): MapLayerSpec[] {
  return [
    {
      id: `${p.sourceId}-outline`,
      type: 'line',
      source: p.sourceId,
      paint: { 'line-color': p.theme.districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 12, 2.5], 'line-opacity': p.opacity },
    },
  ];
}
