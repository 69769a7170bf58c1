/** Generic typed builders of MapLibre layer specs: points, lines, polygons, coloured by a property. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { BuildParams, ColorExpr, LegendItem, MapLayerSpec } from './types';

/** ['match', ['get', prop], k1, c1, …, fallback] from a palette; a plain colour when the palette is empty. */
export function categoryColor(prop: string, palette: Record<string, string>, fallback: string): ColorExpr {
  const entries = Object.entries(palette);
  if (entries.length === 0) return fallback;
  return ['match', ['to-string', ['get', prop]], ...entries.flat(), fallback] as unknown as ExpressionSpecification;
}

export function categoryLegend(palette: Record<string, string>, shape: LegendItem['shape']): LegendItem[] {
  return Object.entries(palette).map(([label, color]) => ({ label, color, shape }));
}

const selected = (p: BuildParams): ExpressionSpecification => ['==', ['to-string', ['id']], p.selectedId ?? '__none__'];

export function pointLayers(p: BuildParams, color: ColorExpr, radius: number | ExpressionSpecification = 4): MapLayerSpec[] {
  return [
    {
      id: `${p.sourceId}-circle`,
      type: 'circle',
      source: p.sourceId,
      paint: {
        'circle-color': color,
        'circle-radius': typeof radius === 'number' ? ['interpolate', ['linear'], ['zoom'], 8, radius * 0.6, 13, radius, 16, radius * 1.8] : radius,
        'circle-opacity': p.opacity,
        'circle-stroke-color': ['case', selected(p), p.theme.selection, '#ffffff'],
        'circle-stroke-width': ['case', selected(p), 3, 0.8],
        'circle-stroke-opacity': p.opacity,
      },
    },
  ];
}

export function lineLayers(p: BuildParams, color: ColorExpr, width = 2): MapLayerSpec[] {
  return [
    {
      id: `${p.sourceId}-line`,
      type: 'line',
      source: p.sourceId,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', selected(p), p.theme.selection, color] as ExpressionSpecification,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, width * 0.6, 13, width * 1.5, 16, width * 3],
        'line-opacity': p.opacity,
      },
    },
  ];
}

export function polygonLayers(p: BuildParams, fill: ColorExpr, outline: ColorExpr, fillOpacity = 0.55, lineWidth = 0.8): MapLayerSpec[] {
  return [
    {
      id: `${p.sourceId}-fill`,
      type: 'fill',
      source: p.sourceId,
      paint: { 'fill-color': fill, 'fill-opacity': fillOpacity * p.opacity },
    },
    {
      id: `${p.sourceId}-outline`,
      type: 'line',
      source: p.sourceId,
      paint: {
        'line-color': ['case', selected(p), p.theme.selection, outline] as ExpressionSpecification,
        'line-width': ['case', selected(p), 3, lineWidth],
        'line-opacity': p.opacity,
      },
    },
  ];
}
