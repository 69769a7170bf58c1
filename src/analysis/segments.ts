/**
 * Planar segment helpers used for ring validity checks (lon/lat treated as a plane,
 * which is exact for the question "do two straight segments cross" at city scale).
 */
import Flatbush from 'flatbush';

export type XY = readonly [number, number] | readonly number[];

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  // treat tiny values as collinear, relative to the coordinate scale
  const eps = 1e-18 * (Math.abs(bx - ax) + Math.abs(by - ay) + Math.abs(cx - ax) + Math.abs(cy - ay) + 1);
  return v > eps ? 1 : v < -eps ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** true when closed segments AB and CD share at least one point */
export function segmentsIntersect(a: XY, b: XY, c: XY, d: XY): boolean {
  const o1 = orient(a[0], a[1], b[0], b[1], c[0], c[1]);
  const o2 = orient(a[0], a[1], b[0], b[1], d[0], d[1]);
  const o3 = orient(c[0], c[1], d[0], d[1], a[0], a[1]);
  const o4 = orient(c[0], c[1], d[0], d[1], b[0], b[1]);
  if (o1 !== o2 && o3 !== o4 && o1 * o2 <= 0 && o3 * o4 <= 0) {
    if (o1 !== 0 || o2 !== 0) return true;
  }
  if (o1 === 0 && onSegment(a[0], a[1], b[0], b[1], c[0], c[1])) return true;
  if (o2 === 0 && onSegment(a[0], a[1], b[0], b[1], d[0], d[1])) return true;
  if (o3 === 0 && onSegment(c[0], c[1], d[0], d[1], a[0], a[1])) return true;
  if (o4 === 0 && onSegment(c[0], c[1], d[0], d[1], b[0], b[1])) return true;
  return false;
}

/** true when AB and CD cross at a point interior to both (a proper crossing, not a touch) */
export function segmentsCrossProperly(a: XY, b: XY, c: XY, d: XY): boolean {
  const o1 = orient(a[0], a[1], b[0], b[1], c[0], c[1]);
  const o2 = orient(a[0], a[1], b[0], b[1], d[0], d[1]);
  const o3 = orient(c[0], c[1], d[0], d[1], a[0], a[1]);
  const o4 = orient(c[0], c[1], d[0], d[1], b[0], b[1]);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** drop consecutive duplicate positions (keeps closure) */
export function dedupeRing(ring: readonly XY[]): XY[] {
  const out: XY[] = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

/** a point shared by two intersecting segments: the crossing point, or an endpoint lying on the other segment */
export function intersectionPoint(a: XY, b: XY, c: XY, d: XY): [number, number] {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (den !== 0) {
    const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
    if (t >= 0 && t <= 1) return [a[0] + t * rx, a[1] + t * ry];
  }
  for (const [p, q0, q1] of [
    [c, a, b],
    [d, a, b],
    [a, c, d],
    [b, c, d],
  ] as const) {
    if (orient(q0[0], q0[1], q1[0], q1[1], p[0], p[1]) === 0 && onSegment(q0[0], q0[1], q1[0], q1[1], p[0], p[1])) return [p[0], p[1]];
  }
  return [(c[0] + d[0]) / 2, (c[1] + d[1]) / 2];
}

export interface RingIntersection {
  ringA: number;
  ringB: number;
  /** approximate location [lon, lat] */
  at: [number, number];
}

/**
 * Finds the first self-intersection of a polygon's rings: two non-adjacent edges of one ring that
 * touch or cross, or edges of two different rings that cross properly. Uses a flatbush index over
 * edges, so large rings stay O(n log n).
 */
export function findRingIntersection(rings: readonly (readonly XY[])[]): RingIntersection | null {
  const clean = rings.map(dedupeRing);
  let n = 0;
  for (const r of clean) n += Math.max(0, r.length - 1);
  if (n < 2) return null;
  const ringOf = new Int32Array(n);
  const idxOf = new Int32Array(n);
  const index = new Flatbush(n);
  let k = 0;
  clean.forEach((r, ri) => {
    for (let i = 0; i + 1 < r.length; i++) {
      const a = r[i];
      const b = r[i + 1];
      index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
      ringOf[k] = ri;
      idxOf[k] = i;
      k++;
    }
  });
  index.finish();
  let found: RingIntersection | null = null;
  for (let e = 0; e < n && !found; e++) {
    const r = clean[ringOf[e]];
    const i = idxOf[e];
    const a = r[i];
    const b = r[i + 1];
    const segs = r.length - 1;
    index.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]), (f) => {
      if (found || f <= e) return false;
      const r2i = ringOf[f];
      const j = idxOf[f];
      const r2 = clean[r2i];
      const c = r2[j];
      const d = r2[j + 1];
      if (r2i === ringOf[e]) {
        // adjacent edges share a vertex (including the closing pair first/last)
        if (j === i + 1 || i === j + 1 || (i === 0 && j === segs - 1) || (j === 0 && i === segs - 1)) {
          // adjacent edges overlapping collinearly back onto each other is a spike: also invalid
          return false;
        }
        if (segmentsIntersect(a, b, c, d)) {
          found = { ringA: ringOf[e], ringB: r2i, at: intersectionPoint(a, b, c, d) };
        }
      } else if (segmentsCrossProperly(a, b, c, d)) {
        found = { ringA: ringOf[e], ringB: r2i, at: intersectionPoint(a, b, c, d) };
      }
      return false;
    });
  }
  return found;
}
