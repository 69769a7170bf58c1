import type { ComponentType, LazyExoticComponent } from 'react';

export interface StyleRule {
  /** property that picks the colour, and its palette */
  by?: string;
  palette?: Record<string, string>;
  color?: string;
  radius?: number;
  width?: number;
  fillOpacity?: number;
}

export type Panel = ComponentType | LazyExoticComponent<ComponentType>;
export type StreetPanelPart = ComponentType<{ streetId: string }> | LazyExoticComponent<ComponentType<{ streetId: string }>>;

export interface RelatedKey {
  prop: string;
  layer: string;
  relation: 'receivingWater' | 'site';
}

export interface InternalModule {
  /** true in the internal build */
  INTERNAL: boolean;
  INTERNAL_TOOLS: Record<string, Panel>;
  StreetCountsPanel: StreetPanelPart | null;
  INTERNAL_STYLES: Record<string, StyleRule>;
  RELATED_KEYS: RelatedKey[];
  /** English names of internal layers' category values (legends) */
  VALUE_LABELS_EN: Record<string, string>;
}
