/**
 * Geometry preparation and point-to-geometry geodesic distance.
 *
 * A target's distance from a centre is the geodesic distance to the NEAREST POINT of its geometry
 * (0 when the centre lies inside a polygon, not in a hole), like PostGIS ST_Distance(geography).
 * Edges are great-circle arcs: edges longer than DENSIFY_M are densified along the great circle so
 * that the straight lon/lat chord stays within millimetres of the arc. The nearest point on each
 * edge is found in a local ellipsoidal tangent plane at the centre; its distance is then measured
 * with the ellipsoidal formula in geodesy.ts (the error of the planar step is second-order).
 */
import type { Geometry, Position } from 'geojson';
import { D2R, R2D, distance, metresPerDegree } from './geodesy';

/** edges longer than this (metres) are split along the great circle */
export const DENSIFY_M = 500;

export interface PreparedGeometry {
  /** Point / MultiPoint positions, lon,lat interleaved */
  points: Float64Array | null;
  /** LineString parts, each lon,lat interleaved (densified) */
  lines: Float64Array[];
  /** polygons, each a list of closed rings lon,lat interleaved (densified); ring 0 is the outer ring */
  polygons: Float64Array[][];
  bbox: [number, number, number, number];
}

function slerp(lon1: number, lat1: number, lon2: number, lat2: number, t: number): [number, number] {
  const p1 = lat1 * D2R;
  const l1 = lon1 * D2R;
  const p2 = lat2 * D2R;
  const l2 = lon2 * D2R;
  const x1 = Math.cos(p1) * Math.cos(l1);
  const y1 = Math.cos(p1) * Math.sin(l1);
  const z1 = Math.sin(p1);
  const x2 = Math.cos(p2) * Math.cos(l2);
  const y2 = Math.cos(p2) * Math.sin(l2);
  const z2 = Math.sin(p2);
  const dot = Math.min(1, Math.max(-1, x1 * x2 + y1 * y2 + z1 * z2));
  const om = Math.acos(dot);
  if (om < 1e-12) return [lon1 + (lon2 - lon1) * t, lat1 + (lat2 - lat1) * t];
  const so = Math.sin(om);
  const a = Math.sin((1 - t) * om) / so;
  const b = Math.sin(t * om) / so;
  const x = a * x1 + b * x2;
  const y = a * y1 + b * y2;
  const z = a * z1 + b * z2;
  return [Math.atan2(y, x) * R2D, Math.atan2(z, Math.sqrt(x * x + y * y)) * R2D];
}

/** flattens a path, splitting edges longer than DENSIFY_M along the great circle */
export function densifyPath(path: readonly Position[]): Float64Array {
  const n = path.length;
  // fast path: no edge can exceed DENSIFY_M (cheap bound: 111.7 km per degree bounds both axes)
  let long = false;
  for (let i = 1; i < n && !long; i++) {
    const dx = path[i][0] - path[i - 1][0];
    const dy = path[i][1] - path[i - 1][1];
    if ((dx * dx + dy * dy) * 111_700 * 111_700 > DENSIFY_M * DENSIFY_M) long = true;
  }
  if (!long) {
    const out = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      out[2 * i] = path[i][0];
      out[2 * i + 1] = path[i][1];
    }
    return out;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = path[i];
    if (i > 0) {
      const q = path[i - 1];
      const d = distance(q[0], q[1], p[0], p[1]);
      if (d > DENSIFY_M) {
        const k = Math.ceil(d / DENSIFY_M);
        for (let j = 1; j < k; j++) {
          const m = slerp(q[0], q[1], p[0], p[1], j / k);
          out.push(m[0], m[1]);
        }
      }
    }
    out.push(p[0], p[1]);
  }
  return Float64Array.from(out);
}

function extend(b: [number, number, number, number], arr: Float64Array): void {
  for (let i = 0; i < arr.length; i += 2) {
    const x = arr[i];
    const y = arr[i + 1];
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
}

/** prepares a (validated) geometry for distance queries; null for empty or unsupported geometry */
export function prepareGeometry(g: Geometry | null | undefined): PreparedGeometry | null {
  if (!g) return null;
  const out: PreparedGeometry = { points: null, lines: [], polygons: [], bbox: [Infinity, Infinity, -Infinity, -Infinity] };
  const pts: number[] = [];
  switch (g.type) {
    case 'Point':
      pts.push(g.coordinates[0], g.coordinates[1]);
      break;
    case 'MultiPoint':
      for (const p of g.coordinates) pts.push(p[0], p[1]);
      break;
    case 'LineString':
      out.lines.push(densifyPath(g.coordinates));
      break;
    case 'MultiLineString':
      for (const l of g.coordinates) out.lines.push(densifyPath(l));
      break;
    case 'Polygon':
      out.polygons.push(g.coordinates.map(densifyPath));
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) out.polygons.push(p.map(densifyPath));
      break;
    default:
      return null;
  }
  if (pts.length) out.points = Float64Array.from(pts);
  if (out.points) extend(out.bbox, out.points);
  for (const l of out.lines) extend(out.bbox, l);
  for (const p of out.polygons) for (const r of p) extend(out.bbox, r);
  if (!Number.isFinite(out.bbox[0])) return null;
  return out;
}

/** even-odd point in polygon over all rings (so a point in a hole is outside); boundary counts as inside */
export function pointInRings(x: number, y: number, rings: readonly Float64Array[]): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i];
      const yi = r[2 * i + 1];
      const xj = r[2 * j];
      const yj = r[2 * j + 1];
      // on-boundary check (collinear and within the segment's box)
      const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
      if (cross === 0 && Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) return true;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Scratch state for one centre: local metres-per-degree and the best candidate so far. */
class NearestSearch {
  kx: number;
  ky: number;
  best = Infinity;
  bx = 0;
  by = 0;
  constructor(
    public cx: number,
    public cy: number,
  ) {
    const k = metresPerDegree(cy);
    this.kx = k.kx;
    this.ky = k.ky;
  }
  point(x: number, y: number): void {
    const dx = (x - this.cx) * this.kx;
    const dy = (y - this.cy) * this.ky;
    const d2 = dx * dx + dy * dy;
    if (d2 < this.best) {
      this.best = d2;
      this.bx = x;
      this.by = y;
    }
  }
  path(a: Float64Array): void {
    const n = a.length;
    if (n === 2) {
      this.point(a[0], a[1]);
      return;
    }
    const { cx, cy, kx, ky } = this;
    for (let i = 0; i + 3 < n; i += 2) {
      const ax = (a[i] - cx) * kx;
      const ay = (a[i + 1] - cy) * ky;
      const ux = (a[i + 2] - cx) * kx - ax;
      const uy = (a[i + 3] - cy) * ky - ay;
      const len2 = ux * ux + uy * uy;
      let t = len2 > 0 ? -(ax * ux + ay * uy) / len2 : 0;
      if (t < 0) t = 0;
      else if (t > 1) t = 1;
      const px = ax + t * ux;
      const py = ay + t * uy;
      const d2 = px * px + py * py;
      if (d2 < this.best) {
        this.best = d2;
        this.bx = a[i] + t * (a[i + 2] - a[i]);
        this.by = a[i + 1] + t * (a[i + 3] - a[i + 1]);
      }
    }
  }
}

export interface NearestResult {
  /** geodesic metres; 0 when the centre is inside a polygon */
  distance_m: number;
  /** the nearest point of the geometry ([lon, lat]); the centre itself when inside */
  nearest: [number, number];
}

/** geodesic distance from a point to the nearest point of a prepared geometry */
export function nearestOnGeometry(lon: number, lat: number, g: PreparedGeometry): NearestResult {
  for (const poly of g.polygons) {
    if (pointInRings(lon, lat, poly)) return { distance_m: 0, nearest: [lon, lat] };
  }
  const s = new NearestSearch(lon, lat);
  if (g.points) for (let i = 0; i < g.points.length; i += 2) s.point(g.points[i], g.points[i + 1]);
  for (const l of g.lines) s.path(l);
  for (const poly of g.polygons) for (const r of poly) s.path(r);
  if (s.best === Infinity) return { distance_m: Infinity, nearest: [lon, lat] };
  return { distance_m: distance(lon, lat, s.bx, s.by), nearest: [s.bx, s.by] };
}

export function distanceToGeometry(lon: number, lat: number, g: PreparedGeometry): number {
  return nearestOnGeometry(lon, lat, g).distance_m;
}

/** a representative point of a geometry: the point itself, the area-weighted centroid of the largest polygon, or the middle vertex of a line */
export function representativePoint(g: Geometry): [number, number] | null {
  switch (g.type) {
    case 'Point':
      return [g.coordinates[0], g.coordinates[1]];
    case 'MultiPoint':
      return g.coordinates.length ? [g.coordinates[0][0], g.coordinates[0][1]] : null;
    case 'LineString': {
      const c = g.coordinates[Math.floor(g.coordinates.length / 2)];
      return c ? [c[0], c[1]] : null;
    }
    case 'MultiLineString':
      return g.coordinates.length ? representativePoint({ type: 'LineString', coordinates: g.coordinates[0] }) : null;
    case 'Polygon':
      return ringCentroid(g.coordinates[0]);
    case 'MultiPolygon': {
      let best: Position[][] | null = null;
      let bestA = -1;
      for (const p of g.coordinates) {
        const a = Math.abs(signedPlanarArea(p[0]));
        if (a > bestA) {
          bestA = a;
          best = p;
        }
      }
      return best ? ringCentroid(best[0]) : null;
    }
    default:
      return null;
  }
}

function signedPlanarArea(r: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += r[j][0] * r[i][1] - r[i][0] * r[j][1];
  return s / 2;
}

function ringCentroid(r: readonly Position[]): [number, number] | null {
  if (!r || r.length === 0) return null;
  const x0 = r[0][0];
  const y0 = r[0][1];
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const xi = r[i][0] - x0;
    const yi = r[i][1] - y0;
    const xj = r[j][0] - x0;
    const yj = r[j][1] - y0;
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  if (a === 0) return [r[0][0], r[0][1]];
  return [x0 + cx / (3 * a), y0 + cy / (3 * a)];
}
