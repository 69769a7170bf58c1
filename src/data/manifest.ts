/**
 * The contract between geodata/ (which writes public/data/manifest.json) and the app (which reads it).
 * Pure types plus a small validator; no React, no state.
 */

export type Provenance = 'official' | 'derived' | 'approximate' | 'synthetic';
export type Visibility = 'public' | 'internal';
/** 基础 / 大气 / 水 / 土壤 */
export type LayerGroup = 'base' | 'air' | 'water' | 'soil';
export type GeometryKind = 'Point' | 'LineString' | 'Polygon' | 'mixed';

export interface I18nText {
  zh: string;
  en: string;
}

export interface PropertySpec {
  /** internal properties are stripped from the public build */
  visibility: Visibility;
  type: 'string' | 'number' | 'boolean';
  label: I18nText;
  /** unit shown after numbers, e.g. "µg/m³", "m²" */
  unit?: string;
}

export interface LayerFile {
  /** path relative to public/data/, e.g. "streets.geojson" */
  path: string;
  format: 'geojson' | 'mobile-bin';
  bytes: number;
  gzipBytes: number;
  /** for monthly files such as 走航 readings: "2024-12" */
  month?: string;
}

export interface ManifestLayer {
  /** stable id, e.g. "streets", "stations-national" */
  id: string;
  title: I18nText;
  group: LayerGroup;
  geometry: GeometryKind;
  featureCount: number;
  provenance: Provenance;
  /** one sentence: where the data comes from and how reliable it is */
  provenanceNote: I18nText;
  /** citation: package + file, seed lines ("004:495"), or "generator geodata/scripts/x.ts seed 20231" */
  source: string;
  licence: string;
  visibility: Visibility;
  /** how the layer appears in the public build: the full layer, an aggregate, or not at all */
  publicMode: 'full' | 'aggregated' | 'none';
  properties: Record<string, PropertySpec>;
  files: LayerFile[];
  /** loaded on demand, not for the first view */
  lazy: boolean;
  /** a layer visible when the app opens */
  defaultVisible: boolean;
}

/** Non-spatial datasets (indicators, targets, tasks). */
export interface ManifestDataset {
  id: string;
  title: I18nText;
  provenance: Provenance;
  provenanceNote: I18nText;
  source: string;
  visibility: Visibility;
  files: LayerFile[];
}

export interface Manifest {
  version: 1;
  /** the generator seed; the same seed gives byte-identical output */
  seed: number;
  /** the date the data describes (not the build time, to keep builds deterministic) */
  dataDate: string;
  layers: ManifestLayer[];
  datasets: ManifestDataset[];
  /** months with street indicators, "2023-01" … "2024-12" */
  indicatorMonths: string[];
  /** 走航 months committed under public/data/ */
  mobileMonthsAvailable: string[];
  /** 走航 months the build can generate on demand (npm run geodata -- --mobile-month 2024-03) */
  mobileMonthsGeneratable: string[];
}

/** Street indicator ids, as in the municipal street rankings. */
export type IndicatorId = 'pm25' | 'tsp' | 'dustfall' | 'roadDust';

/**
 * street-indicators.json: month × street matrices.
 * rank 1 = best (lowest value) citywide; rank = streets.length is the worst. "后10名" = rank > n - 10.
 */
export interface StreetIndicators {
  months: string[];
  /** street ids (12-digit NBS codes), column order of every matrix */
  streets: string[];
  indicators: Record<IndicatorId, { unit: string; label: I18nText; values: number[][]; ranks: number[][] }>;
  provenance: Provenance;
}
