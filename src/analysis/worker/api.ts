/**
 * The analysis API as plain functions over cached layers. The worker exposes exactly this object
 * with comlink; the in-process client calls it directly. Results are plain, serialisable objects.
 */
import { perStreetSummary, type StreetSummary, type StreetSummaryOptions } from '../per-street';
import { runRuleChunked, whyHot, type WhyHotResult } from '../rules';
import type { AnyFeatureCollection, LayerMap, ProgressOptions, Rule, RuleResult } from '../types';
import { validateFeatureCollection, type GeoJsonIssue, type ValidateOptions } from '../validate-feature-collection';

/** layer id → cache key of a collection already sent with putLayer */
export type LayerRefs = Record<string, string>;

/** the per-street options that cross the worker boundary (progress goes separately) */
export type PerStreetParams = Omit<StreetSummaryOptions, keyof ProgressOptions>;

export interface WhyHotParams {
  radius_m?: number;
  layers?: string[];
  limit?: number;
}

export interface AnalysisApi {
  /** stores a collection under a key so later calls can refer to it without copying it again */
  putLayer(key: string, fc: AnyFeatureCollection): void;
  dropLayer(key: string): void;
  runRule(rule: Rule, refs: LayerRefs, onProgress?: (fraction: number) => void): Promise<RuleResult>;
  perStreet(refs: LayerRefs, params?: PerStreetParams, onProgress?: (fraction: number) => void): Promise<StreetSummary[]>;
  whyHot(point: [number, number], refs: LayerRefs, params?: WhyHotParams): WhyHotResult;
  validate(input: unknown, opts?: ValidateOptions): { issues: GeoJsonIssue[] };
}

/** progress callbacks are throttled to about 20 per second */
function throttled(cb: ((f: number) => void) | undefined): ((f: number) => void) | undefined {
  if (!cb) return undefined;
  let last = -Infinity;
  return (f) => {
    const t = Date.now();
    if (f >= 1 || f <= 0 || t - last >= 50) {
      last = t;
      void Promise.resolve(cb(f)).catch(() => undefined);
    }
  };
}

export function createAnalysisApi(): AnalysisApi {
  const cache = new Map<string, AnyFeatureCollection>();
  const resolve = (refs: LayerRefs): LayerMap => {
    const out: LayerMap = {};
    for (const [layer, key] of Object.entries(refs)) {
      const fc = cache.get(key);
      if (!fc) throw new Error(`layer ${layer}: collection ${key} was not sent (putLayer)`);
      out[layer] = fc;
    }
    return out;
  };
  return {
    putLayer(key, fc) {
      cache.set(key, fc);
    },
    dropLayer(key) {
      cache.delete(key);
    },
    runRule(rule, refs, onProgress) {
      return runRuleChunked(rule, resolve(refs), { onProgress: throttled(onProgress) });
    },
    perStreet(refs, params = {}, onProgress) {
      const opts: StreetSummaryOptions = { ...params, onProgress: throttled(onProgress) };
      return perStreetSummary(resolve(refs), opts);
    },
    whyHot(point, refs, params = {}) {
      return whyHot(point, resolve(refs), params);
    },
    validate(input, opts) {
      return validateFeatureCollection(input, opts);
    },
  };
}
