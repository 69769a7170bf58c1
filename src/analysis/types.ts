/** Shared, serialisable types of the analysis engine. Plain objects only (they cross the worker boundary). */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type FeatureId = string | number;
export type AnyFeature = Feature<Geometry | null, Record<string, unknown> | null>;
export type AnyFeatureCollection = FeatureCollection<Geometry | null, Record<string, unknown> | null>;
/** layer id (from the geodata manifest) → its features */
export type LayerMap = Record<string, AnyFeatureCollection | undefined>;

export interface I18nText {
  zh: string;
  en: string;
}

/** keep only features whose property is one of the values (absent property: dropped unless keepMissing) */
export interface PropertyFilter {
  property: string;
  in: (string | number | boolean)[];
  keepMissing?: boolean;
}

/** A proximity rule, as data: supervisors can add one with another radius or other layers. */
export interface Rule {
  id: string;
  title: I18nText;
  /** layer id(s) whose Point features are zone centres */
  centerLayer: string | string[];
  targetLayers: string[];
  radius_m: number;
  meaning: I18nText;
  /** citation, e.g. "004:355" */
  source: string;
  /** optional per-layer property filters for targets */
  targetFilter?: Record<string, PropertyFilter>;
}

export interface RuleHit {
  centerLayer: string;
  centerId: FeatureId;
  targetLayer: string;
  targetId: FeatureId;
  /** geodesic metres to the nearest point of the target, rounded to 0.01 m */
  distance_m: number;
}

export interface RuleCenterSummary {
  centerLayer: string;
  centerId: FeatureId;
  /** [lon, lat] */
  position: [number, number];
  count: number;
  countByLayer: Record<string, number>;
}

export interface RuleResult {
  ruleId: string;
  radius_m: number;
  /** every centre–target pair with distance ≤ radius, sorted by centre then distance then target */
  hits: RuleHit[];
  /** one entry per centre (including centres with no hits) */
  centers: RuleCenterSummary[];
  countByTargetLayer: Record<string, number>;
  /** distinct targets hit at least once, per layer */
  distinctTargetsByLayer: Record<string, number>;
  /** features skipped because their geometry was missing/invalid, per layer */
  skipped: Record<string, number>;
  elapsed_ms: number;
}

export interface ProgressOptions {
  /** 0..1 */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}
