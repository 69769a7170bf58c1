/**
 * Indexed "within distance" join: every centre–target pair whose geodesic distance (centre point to
 * the nearest point of the target) is ≤ radius, like PostGIS ST_DWithin(geography, geography, r).
 * Targets are indexed once in a flatbush over their bounding boxes; each centre queries a lon/lat box
 * that conservatively contains its radius (geodesy.radiusBox). No all-pairs scans.
 */
import Flatbush from 'flatbush';
import type { Geometry } from 'geojson';
import { distance, radiusBox } from './geodesy';
import { nearestOnGeometry, prepareGeometry, type PreparedGeometry } from './geometry';
import type { AnyFeature, FeatureId, ProgressOptions } from './types';
import { featureIdOf } from './validate-feature-collection';

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** id of a feature (feature.id, else properties.id), or its index when it has none */
export function idOrIndex(f: AnyFeature, index: number): FeatureId {
  const id = featureIdOf(f);
  return typeof id === 'string' || typeof id === 'number' ? id : index;
}

/** total order on ids: numbers (ascending) before strings (code-unit order) */
export function compareIds(a: FeatureId, b: FeatureId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A set of target features prepared for radius queries. */
export class TargetSet {
  readonly n: number;
  /** lon,lat of plain Point targets (NaN for others) */
  readonly px: Float64Array;
  /** prepared geometry of non-Point targets (holey: undefined for Points) */
  readonly geoms: (PreparedGeometry | undefined)[];
  private readonly features: readonly AnyFeature[];
  readonly index: Flatbush | null;
  /** feature index of each index slot */
  readonly slotFeature: Int32Array;
  /** features without a usable geometry */
  readonly skipped: number[];

  constructor(features: readonly AnyFeature[]) {
    const n = features.length;
    this.n = n;
    this.features = features;
    this.px = new Float64Array(2 * n).fill(Number.NaN);
    this.geoms = [];
    this.skipped = [];
    const ok = new Uint8Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const g = features[i].geometry as Geometry | null;
      if (g && g.type === 'Point') {
        const c = g.coordinates;
        if (Number.isFinite(c[0]) && Number.isFinite(c[1])) {
          this.px[2 * i] = c[0];
          this.px[2 * i + 1] = c[1];
          ok[i] = 1;
          count++;
          continue;
        }
      } else {
        const pg = prepareGeometry(g);
        if (pg) {
          this.geoms[i] = pg;
          ok[i] = 1;
          count++;
          continue;
        }
      }
      this.skipped.push(i);
    }
    this.slotFeature = new Int32Array(count);
    if (count === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(count);
    for (let i = 0; i < n; i++) {
      if (!ok[i]) continue;
      const g = this.geoms[i];
      let slot: number;
      if (g) slot = index.add(g.bbox[0], g.bbox[1], g.bbox[2], g.bbox[3]);
      else slot = index.add(this.px[2 * i], this.px[2 * i + 1], this.px[2 * i], this.px[2 * i + 1]);
      this.slotFeature[slot] = i;
    }
    index.finish();
    this.index = index;
  }

  /** id of target i: feature.id, else properties.id, else its index */
  id(i: number): FeatureId {
    return idOrIndex(this.features[i], i);
  }

  /** calls visit(featureIndex, distance_m, nearest) for each target within radius_m of (lon, lat) */
  query(lon: number, lat: number, radius_m: number, visit: (i: number, d: number, nearest: [number, number]) => void): void {
    if (!this.index) return;
    const b = radiusBox(lon, lat, radius_m);
    this.index.search(b[0], b[1], b[2], b[3], (slot) => {
      const i = this.slotFeature[slot];
      const g = this.geoms[i];
      if (g) {
        const r = nearestOnGeometry(lon, lat, g);
        if (r.distance_m <= radius_m) visit(i, r.distance_m, r.nearest);
      } else {
        const x = this.px[2 * i];
        const y = this.px[2 * i + 1];
        const d = distance(lon, lat, x, y);
        if (d <= radius_m) visit(i, d, [x, y]);
      }
      return false;
    });
  }
}

export interface Center {
  id: FeatureId;
  lon: number;
  lat: number;
}

export interface WithinPair {
  /** index into the centres array */
  center: number;
  /** feature index into the targets */
  target: number;
  /** unrounded geodesic metres */
  distance_m: number;
}

/** joins centres [from, to) against targets; appends pairs to `out` */
export function withinRange(centers: readonly Center[], targets: TargetSet, radius_m: number, from: number, to: number, out: WithinPair[]): void {
  for (let c = from; c < to; c++) {
    const ce = centers[c];
    targets.query(ce.lon, ce.lat, radius_m, (t, d) => {
      out.push({ center: c, target: t, distance_m: d });
    });
  }
}

/** sorts pairs by centre id, then distance (rounded to 0.01 m), then target id */
export function sortPairs(pairs: WithinPair[], centers: readonly Center[], targets: TargetSet): WithinPair[] {
  const keyed = pairs.map((p) => ({ p, c: centers[p.center].id, d: round2(p.distance_m), t: targets.id(p.target) }));
  keyed.sort((a, b) => compareIds(a.c, b.c) || a.p.center - b.p.center || a.d - b.d || compareIds(a.t, b.t) || a.p.target - b.p.target);
  for (let i = 0; i < keyed.length; i++) pairs[i] = keyed[i].p;
  return pairs;
}

/** synchronous join of all centres */
export function withinJoin(centers: readonly Center[], targets: TargetSet, radius_m: number): WithinPair[] {
  const out: WithinPair[] = [];
  withinRange(centers, targets, radius_m, 0, centers.length, out);
  return sortPairs(out, centers, targets);
}

export class AbortedError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AbortError';
  }
}

/** lets the event loop run (so a worker can receive cancel messages) */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** chunked join that reports progress 0..1 and honours an AbortSignal between chunks */
export async function withinJoinChunked(
  centers: readonly Center[],
  targets: TargetSet,
  radius_m: number,
  opts: ProgressOptions & { chunkSize?: number } = {},
): Promise<WithinPair[]> {
  const chunk = Math.max(1, opts.chunkSize ?? 250);
  const out: WithinPair[] = [];
  opts.onProgress?.(0);
  for (let from = 0; from < centers.length; from += chunk) {
    if (opts.signal?.aborted) throw new AbortedError();
    withinRange(centers, targets, radius_m, from, Math.min(centers.length, from + chunk), out);
    opts.onProgress?.(Math.min(1, (from + chunk) / Math.max(1, centers.length)));
    if (from + chunk < centers.length) await yieldToEventLoop();
  }
  if (opts.signal?.aborted) throw new AbortedError();
  opts.onProgress?.(1);
  return sortPairs(out, centers, targets);
}
