/** Small geometry helpers for the import pipeline (bbox, GeometryCollection flattening). */
import type { Geometry, Position } from 'geojson';

export type BBox = [number, number, number, number];

/** Beijing municipality, generous: 115.4–117.6 E, 39.4–41.1 N */
export const BEIJING_BBOX: BBox = [115.4, 39.4, 117.6, 41.1];

export function eachPosition(g: Geometry | null, fn: (p: Position) => void): void {
  if (!g) return;
  switch (g.type) {
    case 'Point':
      fn(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(fn);
      break;
    case 'MultiLineString':
    case 'Polygon':
      g.coordinates.forEach((r) => r.forEach(fn));
      break;
    case 'MultiPolygon':
      g.coordinates.forEach((poly) => poly.forEach((r) => r.forEach(fn)));
      break;
    case 'GeometryCollection':
      g.geometries.forEach((c) => eachPosition(c, fn));
      break;
  }
}

export function geometryBBox(g: Geometry | null): BBox | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  eachPosition(g, (p) => {
    if (p[0] < w) w = p[0];
    if (p[0] > e) e = p[0];
    if (p[1] < s) s = p[1];
    if (p[1] > n) n = p[1];
  });
  return w === Infinity ? null : [w, s, e, n];
}

export function unionBBox(a: BBox | null, b: BBox | null): BBox | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function bboxInside(inner: BBox, outer: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

type Leaf = Exclude<Geometry, { type: 'GeometryCollection' }>;

function leaves(g: Geometry, out: Leaf[]): void {
  if (g.type === 'GeometryCollection') (Array.isArray(g.geometries) ? g.geometries : []).forEach((c) => c && leaves(c, out));
  else out.push(g);
}

/**
 * A GeometryCollection (KML MultiGeometry) → one Multi* geometry when all parts share a base type,
 * else one geometry per part (the caller splits the feature). Other geometries are returned as is.
 */
export function flattenGeometry(g: Geometry): Leaf[] {
  if (g.type !== 'GeometryCollection') return [g];
  const parts: Leaf[] = [];
  leaves(g, parts);
  if (parts.length === 0) return [];
  const base = (t: string) => t.replace(/^Multi/, '');
  const kind = base(parts[0].type);
  if (parts.length === 1 || !parts.every((p) => base(p.type) === kind)) return parts;
  if (kind === 'Point') return [{ type: 'MultiPoint', coordinates: parts.flatMap((p) => (p.type === 'Point' ? [p.coordinates] : (p as { coordinates: Position[] }).coordinates)) }];
  if (kind === 'LineString')
    return [{ type: 'MultiLineString', coordinates: parts.flatMap((p) => (p.type === 'LineString' ? [p.coordinates] : (p as { coordinates: Position[][] }).coordinates)) }];
  return [{ type: 'MultiPolygon', coordinates: parts.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : (p as { coordinates: Position[][][] }).coordinates)) }];
}
