import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme';

export interface BuildParams {
  sourceId: string;
  opacity: number;
  theme: Theme;
  /** the selected feature id in this layer, if any */
  selectedId?: string | null;
}

export interface LegendItem {
  label: string;
  color: string;
  shape: 'fill' | 'line' | 'circle';
}

export type ColorExpr = ExpressionSpecification | string;
export type MapLayerSpec = LayerSpecification;
