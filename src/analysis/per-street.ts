/**
 * Per-street aggregation: counts of features intersecting each street and geodesic areas of polygon
 * features' intersections with it (overlay.ts), plus the app's street summary (bare land share,
 * untreated bare land, wellhead violations, sites inside station zones, outfalls by status).
 */
import type { Geometry } from 'geojson';
import { prepareAreas, overlayRange, type AreaSet, type OverlayHit } from './overlay';
import type { AnyFeature, FeatureId, LayerMap, ProgressOptions, Rule } from './types';
import { AbortedError, idOrIndex, yieldToEventLoop } from './within';
import { BUILTIN_RULES, runRuleSync } from './rules';
import { round2 } from './within';

export interface StreetCount {
  street: FeatureId;
  /** features intersecting the street (boundary contact counts) */
  count: number;
  /** Σ geodesic area of each polygon feature's intersection with the street, m² */
  area_m2: number;
}

/** per street: number of intersecting features and intersected polygon area (for the CLI) */
export function perStreetCounts(streets: readonly AnyFeature[], features: readonly AnyFeature[]): StreetCount[] {
  const set = prepareAreas(streets);
  const out: StreetCount[] = set.areas.map((a) => ({ street: a.id, count: 0, area_m2: 0 }));
  overlayRange(set, features, 0, features.length, (s, _i, hit) => {
    out[s].count++;
    out[s].area_m2 += hit.area_m2;
  });
  return out;
}

async function overlayChunked(
  set: AreaSet,
  features: readonly AnyFeature[],
  visit: (s: number, i: number, hit: OverlayHit) => void,
  wantArea: boolean,
  progress: (done: number) => void,
  signal: AbortSignal | undefined,
  chunk = 500,
): Promise<void> {
  for (let from = 0; from < features.length; from += chunk) {
    if (signal?.aborted) throw new AbortedError();
    overlayRange(set, features, from, Math.min(features.length, from + chunk), visit, wantArea);
    progress(Math.min(features.length, from + chunk));
    await yieldToEventLoop();
  }
}

export interface StreetSummary {
  street: FeatureId;
  name?: string;
  area_m2: number;
  /** features intersecting the street, per layer */
  counts: Record<string, number>;
  bareland: {
    count: number;
    /** bare land area inside the street, m² */
    area_m2: number;
    /** area_m2 / street area (0..1) */
    share: number;
    /** property treatment === '未治理' */
    untreatedCount: number;
    untreatedArea_m2: number;
  };
  /** wellhead-30m pairs (polluter within 30 m of a wellhead) whose wellhead lies in the street */
  violations: number;
  /** distinct construction sites intersecting the street that are within a station zone (station-500m) */
  sitesInStationZones: number;
  /** outfalls intersecting the street, by properties.status ('unknown' when absent) */
  outfallsByStatus: Record<string, number>;
}

export interface StreetSummaryOptions extends ProgressOptions {
  streetsLayer?: string;
  /** layers to count (default: every layer in the map except the streets layer) */
  layers?: string[];
  barelandLayer?: string;
  outfallsLayer?: string;
  sitesLayer?: string;
  violationRule?: Rule;
  stationRule?: Rule;
}

function findRule(id: string): Rule {
  const r = BUILTIN_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`missing builtin rule ${id}`);
  return r;
}

/** the per-street summary used by the app's street panel and ranking table */
export async function perStreetSummary(layers: LayerMap, opts: StreetSummaryOptions = {}): Promise<StreetSummary[]> {
  const streetsLayer = opts.streetsLayer ?? 'streets';
  const barelandLayer = opts.barelandLayer ?? 'bareland';
  const outfallsLayer = opts.outfallsLayer ?? 'outfalls';
  const sitesLayer = opts.sitesLayer ?? 'sites';
  const streets = layers[streetsLayer]?.features ?? [];
  const set = prepareAreas(streets);
  const layerIds = (opts.layers ?? Object.keys(layers)).filter((l) => l !== streetsLayer && layers[l]);
  const out: StreetSummary[] = set.areas.map((a, i) => {
    const name = streets[i].properties?.name;
    return {
      street: a.id,
      ...(typeof name === 'string' ? { name } : {}),
      area_m2: round2(a.area_m2),
      counts: Object.fromEntries(layerIds.map((l) => [l, 0])),
      bareland: { count: 0, area_m2: 0, share: 0, untreatedCount: 0, untreatedArea_m2: 0 },
      violations: 0,
      sitesInStationZones: 0,
      outfallsByStatus: {},
    };
  });

  // violations and station zones first (their own progress share is small)
  const violationRule = opts.violationRule ?? findRule('wellhead-30m');
  const stationRule = opts.stationRule ?? findRule('station-500m');
  const vio = runRuleSync(violationRule, layers);
  const st = runRuleSync(stationRule, layers);
  const sitesInZones = new Set(st.hits.filter((h) => h.targetLayer === sitesLayer).map((h) => String(h.targetId)));
  const wellheadViolations = new Map<string, number>();
  for (const h of vio.hits) wellheadViolations.set(`${h.centerLayer}\u0000${h.centerId}`, (wellheadViolations.get(`${h.centerLayer}\u0000${h.centerId}`) ?? 0) + 1);

  const total = layerIds.reduce((n, l) => n + (layers[l]?.features.length ?? 0), 0) || 1;
  let done = 0;
  opts.onProgress?.(0);
  for (const l of layerIds) {
    const feats = layers[l]?.features ?? [];
    const isBare = l === barelandLayer;
    const centreLayers = Array.isArray(violationRule.centerLayer) ? violationRule.centerLayer : [violationRule.centerLayer];
    const isWellheads = centreLayers.includes(l);
    const base = done;
    await overlayChunked(
      set,
      feats,
      (s, i, hit) => {
        const o = out[s];
        o.counts[l] = (o.counts[l] ?? 0) + 1;
        const f = feats[i];
        const p = f.properties ?? {};
        const fid = idOrIndex(f, i);
        if (isBare) {
          o.bareland.count++;
          o.bareland.area_m2 += hit.area_m2;
          if (p.treatment === '未治理') {
            o.bareland.untreatedCount++;
            o.bareland.untreatedArea_m2 += hit.area_m2;
          }
        }
        if (l === outfallsLayer) {
          const status = typeof p.status === 'string' && p.status ? p.status : 'unknown';
          o.outfallsByStatus[status] = (o.outfallsByStatus[status] ?? 0) + 1;
        }
        if (l === sitesLayer && sitesInZones.has(String(fid))) o.sitesInStationZones++;
        if (isWellheads) o.violations += wellheadViolations.get(`${l}\u0000${String(fid)}`) ?? 0;
      },
      isBare,
      (n) => opts.onProgress?.(Math.min(1, (base + n) / total)),
      opts.signal,
    );
    done += feats.length;
  }
  for (const o of out) {
    o.bareland.area_m2 = round2(o.bareland.area_m2);
    o.bareland.untreatedArea_m2 = round2(o.bareland.untreatedArea_m2);
    o.bareland.share = o.area_m2 > 0 ? Math.round((o.bareland.area_m2 / o.area_m2) * 1e6) / 1e6 : 0;
  }
  opts.onProgress?.(1);
  return out;
}

/** geometry type guard helper for callers */
export function isPolygonal(g: Geometry | null): boolean {
  return !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}
