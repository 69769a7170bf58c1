/**
 * deck.gl overlay builders: 走航 grid cells, analysis zones (geodesic circles, ≥ 64 vertices),
 * and the highlight of streets/places named by a task or a result. Pure: data + params → layers.
 */
import { GeoJsonLayer, PolygonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { geodesicCircle } from '../../analysis/geodesy';
import type { Grid, GridCell } from '../../lib/grid-aggregate';
import { quantileBreaks } from './streets';
import type { Theme } from '../theme';
import type { LegendItem } from './types';

type RGBA = [number, number, number, number];
export const hexToRgba = (hex: string, a = 255): RGBA => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), a];

/** The grid's colour classes as legend entries (quantile classes of the cell means). */
export function gridLegend(grid: Grid, theme: Theme, title: string): LegendItem[] {
  const means = grid.cells.map((c) => c.mean);
  const breaks = quantileBreaks(means, theme.ramp.length);
  const edges = [Math.min(...means), ...breaks, Math.max(...means)];
  return [{ label: title, color: 'transparent', shape: 'fill' }, ...theme.ramp.map((color, k) => ({ label: `${edges[k].toFixed(0)}–${edges[k + 1].toFixed(0)}`, color, shape: 'fill' as const }))];
}

export function mobileGridLayer(grid: Grid, theme: Theme, opacity: number, hotThreshold?: number) {
  const breaks = quantileBreaks(grid.cells.map((c) => c.mean), theme.ramp.length);
  const colourOf = (c: GridCell): RGBA => {
    let k = 0;
    while (k < breaks.length && c.mean >= breaks[k]) k++;
    return hexToRgba(theme.ramp[k], Math.round(200 * opacity));
  };
  return new PolygonLayer<GridCell>({
    id: 'mobile-grid',
    data: grid.cells,
    getPolygon: (c) => [
      [c.bbox[0], c.bbox[1]],
      [c.bbox[2], c.bbox[1]],
      [c.bbox[2], c.bbox[3]],
      [c.bbox[0], c.bbox[3]],
    ],
    getFillColor: colourOf,
    stroked: hotThreshold !== undefined,
    getLineColor: (c) => (hotThreshold !== undefined && c.mean >= hotThreshold ? hexToRgba(theme.zone) : [0, 0, 0, 0]),
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
    pickable: true,
    updateTriggers: { getFillColor: [opacity, breaks.join(',')], getLineColor: [hotThreshold] },
  });
}

export interface ZoneCenter {
  id: string;
  position: [number, number];
  count: number;
}

export function zoneLayer(centers: ZoneCenter[], radius_m: number, theme: Theme, focusId?: string | null) {
  return new PolygonLayer<ZoneCenter>({
    id: `zones-${centers.length === 1 ? centers[0].id : 'analysis'}`,
    data: centers,
    getPolygon: (c) => geodesicCircle(c.position, radius_m, 64),
    getFillColor: (c) => hexToRgba(theme.zone, c.id === focusId ? 70 : c.count > 0 ? 40 : 12),
    getLineColor: (c) => hexToRgba(c.id === focusId ? theme.selection : theme.zone, 220),
    lineWidthUnits: 'pixels',
    getLineWidth: (c) => (c.id === focusId ? 3 : 1.2),
    pickable: false,
    updateTriggers: { getFillColor: [focusId], getLineColor: [focusId], getLineWidth: [focusId], getPolygon: [radius_m] },
  });
}

export function highlightLayer(features: Feature[], theme: Theme) {
  return new GeoJsonLayer({
    id: 'highlight',
    data: { type: 'FeatureCollection', features },
    stroked: true,
    filled: true,
    getFillColor: hexToRgba(theme.highlight, 50),
    getLineColor: hexToRgba(theme.highlight, 255),
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    pointRadiusUnits: 'pixels',
    getPointRadius: 9,
    pickable: false,
  });
}
