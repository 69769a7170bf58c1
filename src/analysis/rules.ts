/**
 * Proximity rules as data, and their evaluation (sync for the CLI/tests, chunked for the worker).
 * Layer ids are those of the geodata manifest (src/data/manifest.ts).
 */
import type { Geometry } from 'geojson';
import { representativePoint } from './geometry';
import type { AnyFeature, FeatureId, LayerMap, ProgressOptions, Rule, RuleCenterSummary, RuleHit, RuleResult } from './types';
import { TargetSet, idOrIndex, round2, sortPairs, withinJoinChunked, withinRange, type Center, type WithinPair } from './within';

export const BUILTIN_RULES: readonly Rule[] = [
  {
    id: 'station-500m',
    title: { zh: '考核站点周边500米', en: 'Within 500 m of assessment stations' },
    centerLayer: ['stations-street', 'stations-national'],
    targetLayers: ['sites', 'bareland'],
    radius_m: 500,
    meaning: {
      zh: '考核站点周边500米范围内的“小微工程”等施工工地和裸地，每日巡查监管。',
      en: 'Small works and other construction sites and bare land within 500 m of an assessment station: the daily patrol list.',
    },
    source: '004:355',
  },
  {
    id: 'wellhead-30m',
    title: { zh: '水源井周边30米', en: 'Within 30 m of drinking-water wellheads' },
    centerLayer: 'wellheads',
    targetLayers: ['pollution-sources'],
    radius_m: 30,
    meaning: {
      zh: '水源井周边30米范围内不得有污水、垃圾、厕所（渗厕）、养殖粪污等污染源，每处即为一项违规。',
      en: 'No sewage, garbage, latrines or livestock manure within 30 m of a wellhead: each one found is a violation.',
    },
    source: '000:1141, 004:706',
  },
  {
    id: 'site-exit-100m',
    title: { zh: '工地出口100米', en: 'Within 100 m of site exits' },
    centerLayer: 'site-exits',
    // the manifest has no road layer yet: 'streets' (街乡 polygons) stands for the roads' responsible units
    targetLayers: ['streets', 'outfalls'],
    radius_m: 100,
    meaning: {
      zh: '工地（场站）出口100米范围内的道路（街乡，负责巡查）和排口：巡查遗撒、带泥上路。',
      en: 'Roads (as the street units responsible for patrolling them) and outfalls within 100 m of a site exit: patrol for spills and mud carried onto roads.',
    },
    source: '000:783',
  },
];

/** candidate source layers for "why is this hot" */
export const WHY_HOT_LAYERS: readonly string[] = ['sites', 'bareland', 'repair-clusters', 'outfalls'];

function passes(f: AnyFeature, rule: Rule, layer: string): boolean {
  const flt = rule.targetFilter?.[layer];
  if (!flt) return true;
  const v = f.properties?.[flt.property];
  if (v === undefined || v === null) return !!flt.keepMissing;
  return flt.in.includes(v as string | number | boolean);
}

export function ruleCenterLayers(rule: Rule): string[] {
  return Array.isArray(rule.centerLayer) ? rule.centerLayer : [rule.centerLayer];
}

const targetSetCache = new WeakMap<readonly AnyFeature[], TargetSet>();

/**
 * The indexed target set of a feature array, cached per array object: layers are immutable once
 * loaded, so repeated rule runs in the worker index each layer once. (Callers that mutate a features
 * array in place must pass a new array.)
 */
export function targetSetFor(features: readonly AnyFeature[]): TargetSet {
  let s = targetSetCache.get(features);
  if (!s) {
    s = new TargetSet(features);
    targetSetCache.set(features, s);
  }
  return s;
}

interface Prepared {
  centers: (Center & { layer: string })[];
  targets: { layer: string; set: TargetSet }[];
  skipped: Record<string, number>;
}

function prepare(rule: Rule, layers: LayerMap): Prepared {
  if (!(rule.radius_m >= 0) || !Number.isFinite(rule.radius_m)) throw new Error(`rule ${rule.id}: bad radius_m ${rule.radius_m}`);
  const skipped: Record<string, number> = {};
  const centers: (Center & { layer: string })[] = [];
  for (const layer of ruleCenterLayers(rule)) {
    const feats = layers[layer]?.features ?? [];
    feats.forEach((f, i) => {
      const g = f.geometry as Geometry | null;
      const p = g ? representativePoint(g) : null;
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
        skipped[layer] = (skipped[layer] ?? 0) + 1;
        return;
      }
      centers.push({ id: idOrIndex(f, i), lon: p[0], lat: p[1], layer });
    });
  }
  const targets = rule.targetLayers.map((layer) => {
    const all = layers[layer]?.features ?? [];
    const set = rule.targetFilter?.[layer] ? new TargetSet(all.filter((f) => passes(f, rule, layer))) : targetSetFor(all);
    if (set.skipped.length) skipped[layer] = (skipped[layer] ?? 0) + set.skipped.length;
    return { layer, set };
  });
  return { centers, targets, skipped };
}

function assemble(rule: Rule, prep: Prepared, perLayer: WithinPair[][], t0: number): RuleResult {
  const hits: RuleHit[] = [];
  const centers: RuleCenterSummary[] = prep.centers.map((c) => ({ centerLayer: c.layer, centerId: c.id, position: [c.lon, c.lat], count: 0, countByLayer: {} }));
  const countByTargetLayer: Record<string, number> = {};
  const distinctTargetsByLayer: Record<string, number> = {};
  prep.targets.forEach(({ layer, set }, k) => {
    const pairs = perLayer[k];
    countByTargetLayer[layer] = pairs.length;
    distinctTargetsByLayer[layer] = new Set(pairs.map((p) => p.target)).size;
    for (const p of pairs) {
      const c = prep.centers[p.center];
      hits.push({ centerLayer: c.layer, centerId: c.id, targetLayer: layer, targetId: set.id(p.target), distance_m: round2(p.distance_m) });
      const s = centers[p.center];
      s.count++;
      s.countByLayer[layer] = (s.countByLayer[layer] ?? 0) + 1;
    }
  });
  // stable order: centre layer, centre id, distance, target layer, target id
  const cmp = (a: FeatureId, b: FeatureId) => (typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1);
  hits.sort(
    (a, b) =>
      (a.centerLayer < b.centerLayer ? -1 : a.centerLayer > b.centerLayer ? 1 : 0) ||
      cmp(a.centerId, b.centerId) ||
      a.distance_m - b.distance_m ||
      (a.targetLayer < b.targetLayer ? -1 : a.targetLayer > b.targetLayer ? 1 : 0) ||
      cmp(a.targetId, b.targetId),
  );
  return { ruleId: rule.id, radius_m: rule.radius_m, hits, centers, countByTargetLayer, distinctTargetsByLayer, skipped: prep.skipped, elapsed_ms: Math.round((now() - t0) * 10) / 10 };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** evaluates a rule synchronously */
export function runRuleSync(rule: Rule, layers: LayerMap): RuleResult {
  const t0 = now();
  const prep = prepare(rule, layers);
  const perLayer = prep.targets.map(({ set }) => {
    const out: WithinPair[] = [];
    withinRange(prep.centers, set, rule.radius_m, 0, prep.centers.length, out);
    return sortPairs(out, prep.centers, set);
  });
  return assemble(rule, prep, perLayer, t0);
}

/** evaluates a rule in chunks, reporting progress 0..1 and honouring the AbortSignal */
export async function runRuleChunked(rule: Rule, layers: LayerMap, opts: ProgressOptions & { chunkSize?: number } = {}): Promise<RuleResult> {
  const t0 = now();
  const prep = prepare(rule, layers);
  const perLayer: WithinPair[][] = [];
  const n = prep.targets.length || 1;
  for (let k = 0; k < prep.targets.length; k++) {
    perLayer.push(
      await withinJoinChunked(prep.centers, prep.targets[k].set, rule.radius_m, {
        signal: opts.signal,
        chunkSize: opts.chunkSize,
        onProgress: (f) => opts.onProgress?.((k + f) / n),
      }),
    );
  }
  opts.onProgress?.(1);
  return assemble(rule, prep, perLayer, t0);
}

export interface WhyHotCandidate {
  layer: string;
  id: FeatureId;
  distance_m: number;
  /** nearest point of the candidate ([lon, lat]) */
  nearest: [number, number];
  /** a few display properties (name, type, treatment, status) when present */
  properties: Record<string, string | number | boolean>;
}

export interface WhyHotResult {
  point: [number, number];
  radius_m: number;
  candidates: WhyHotCandidate[];
}

const SHOWN_PROPS = ['name', 'siteType', 'subType', 'sourceType', 'outfallType', 'kind', 'treatment', 'status', 'streetName'];

/** candidate sources around a point (station, street centroid or hotspot) within radius, nearest first */
export function whyHot(point: [number, number], layers: LayerMap, opts: { radius_m?: number; layers?: readonly string[]; limit?: number } = {}): WhyHotResult {
  const radius_m = opts.radius_m ?? 1000;
  const candidates: WhyHotCandidate[] = [];
  for (const layer of opts.layers ?? WHY_HOT_LAYERS) {
    const feats = layers[layer]?.features ?? [];
    if (!feats.length) continue;
    const set = targetSetFor(feats);
    set.query(point[0], point[1], radius_m, (i, d, nearest) => {
      const props: Record<string, string | number | boolean> = {};
      const p = feats[i].properties ?? {};
      for (const k of SHOWN_PROPS) {
        const v = p[k];
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') props[k] = v;
      }
      candidates.push({ layer, id: set.id(i), distance_m: round2(d), nearest: [nearest[0], nearest[1]], properties: props });
    });
  }
  candidates.sort((a, b) => a.distance_m - b.distance_m || (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0) || String(a.id).localeCompare(String(b.id)));
  return { point, radius_m, candidates: opts.limit ? candidates.slice(0, opts.limit) : candidates };
}
