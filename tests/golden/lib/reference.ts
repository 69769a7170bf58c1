/**
 * Independent reference distances with geographiclib (Karney's ellipsoidal geodesics), for tests.
 * Nearest point of a segment: the edge is a geodesic A→B; the distance from C along it is
 * minimised by sampling then golden-section refinement. Containment uses an even-odd ray test.
 */
import type { Geometry, Position } from 'geojson';
import { PolygonArea, WGS84 } from './geographiclib';

export function refDistance(a: Position, b: Position): number {
  return WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN;
}

export function refDistanceToSegment(c: Position, a: Position, b: Position): number {
  const inv = WGS84.Inverse(a[1], a[0], b[1], b[0]);
  const L = inv.s12 ?? 0;
  if (L === 0) return refDistance(c, a);
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0]);
  const f = (s: number) => {
    const p = line.Position(s);
    return WGS84.Inverse(c[1], c[0], p.lat2 ?? 0, p.lon2 ?? 0).s12 ?? Number.NaN;
  };
  const N = 16;
  let bestK = 0;
  let best = Infinity;
  for (let k = 0; k <= N; k++) {
    const d = f((L * k) / N);
    if (d < best) {
      best = d;
      bestK = k;
    }
  }
  let lo = (L * Math.max(0, bestK - 1)) / N;
  let hi = (L * Math.min(N, bestK + 1)) / N;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 60; it++) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (f(m1) < f(m2)) hi = m2;
    else lo = m1;
  }
  return Math.min(best, f((lo + hi) / 2));
}

function inRings(c: Position, rings: Position[][]): boolean {
  let inside = false;
  for (const r of rings)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > c[1] !== yj > c[1] && c[0] < ((xj - xi) * (c[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

function refPath(c: Position, path: Position[]): number {
  let best = Infinity;
  if (path.length === 1) return refDistance(c, path[0]);
  for (let i = 0; i + 1 < path.length; i++) best = Math.min(best, refDistanceToSegment(c, path[i], path[i + 1]));
  return best;
}

/** reference geodesic distance from a point to the nearest point of a geometry (0 inside polygons) */
export function refDistanceToGeometry(c: Position, g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return refDistance(c, g.coordinates);
    case 'MultiPoint':
      return Math.min(...g.coordinates.map((p) => refDistance(c, p)));
    case 'LineString':
      return refPath(c, g.coordinates);
    case 'MultiLineString':
      return Math.min(...g.coordinates.map((l) => refPath(c, l)));
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      if (polys.some((p) => inRings(c, p))) return 0;
      return Math.min(...polys.flatMap((p) => p.map((r) => refPath(c, r))));
    }
    default:
      throw new Error(`unsupported ${g.type}`);
  }
}

/** geographiclib polygon area (geodesic edges), m², for one ring */
export function refRingArea(ring: Position[]): number {
  const pa = new PolygonArea.PolygonArea(WGS84, false);
  const pts = ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
  for (const p of pts) pa.AddPoint(p[1], p[0]);
  return Math.abs(pa.Compute(false, true).area ?? Number.NaN);
}

export function refPolygonArea(rings: Position[][]): number {
  return refRingArea(rings[0]) - rings.slice(1).reduce((a, r) => a + refRingArea(r), 0);
}

/** allowed error for a distance check against a radius, per the issue: max(0.05 m, 0.1 % of r) */
export function tolerance(radius_m: number): number {
  return Math.max(0.05, radius_m * 0.001);
}
