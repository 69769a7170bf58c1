/** Geometry helpers for the pipeline: rounding, geodesic area, point-in-polygon, spatial index. */
import Flatbush from 'flatbush';
import { Geodesic } from 'geographiclib-geodesic';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const geod = Geodesic.WGS84;

export type Ring = Position[];
export type PolyCoords = Ring[];
export type MultiCoords = PolyCoords[];

export const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
export const roundPos = (p: Position): Position => [r6(p[0]), r6(p[1])];

export function roundMulti(m: MultiCoords): MultiCoords {
  return m.map((poly) => poly.map((ring) => dedupeRing(ring.map(roundPos))));
}

function dedupeRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

export function asMulti(g: Polygon | MultiPolygon): MultiCoords {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Geodesic area (m²) of a ring on WGS84 (absolute value). */
export function ringAreaM2(ring: Ring): number {
  const p = geod.Polygon(false);
  const n = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.length - 1 : ring.length;
  for (let i = 0; i < n; i++) p.AddPoint(ring[i][1], ring[i][0]);
  const r = p.Compute(false, true);
  return Math.abs(r.area ?? 0);
}

export function multiAreaM2(m: MultiCoords): number {
  let a = 0;
  for (const poly of m) {
    poly.forEach((ring, i) => {
      a += i === 0 ? ringAreaM2(ring) : -ringAreaM2(ring);
    });
  }
  return a;
}

export type BBox = [number, number, number, number];

export function bboxOfMulti(m: MultiCoords): BBox {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of m) for (const p of poly[0]) {
    if (p[0] < minX) minX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] > maxY) maxY = p[1];
  }
  return [minX, minY, maxX, maxY];
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInMulti(x: number, y: number, m: MultiCoords): boolean {
  for (const poly of m) {
    if (!inRing(x, y, poly[0])) continue;
    let hole = false;
    for (let k = 1; k < poly.length; k++) if (inRing(x, y, poly[k])) { hole = true; break; }
    if (!hole) return true;
  }
  return false;
}

/** A flatbush index over polygons with point lookup (bbox candidates + exact point-in-polygon). */
export class PolygonIndex<P> {
  private readonly index: Flatbush;
  readonly items: { id: string; geom: MultiCoords; bbox: BBox; props: P }[];

  constructor(items: { id: string; geom: MultiCoords; props: P }[]) {
    this.items = items.map((it) => ({ ...it, bbox: bboxOfMulti(it.geom) }));
    this.index = new Flatbush(Math.max(1, this.items.length));
    for (const it of this.items) this.index.add(it.bbox[0], it.bbox[1], it.bbox[2], it.bbox[3]);
    if (this.items.length === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  /** the first (lowest index) polygon containing the point, or undefined */
  find(x: number, y: number): { id: string; geom: MultiCoords; bbox: BBox; props: P } | undefined {
    const cands = this.index.search(x, y, x, y).sort((a, b) => a - b);
    for (const i of cands) {
      const it = this.items[i];
      if (it && pointInMulti(x, y, it.geom)) return it;
    }
    return undefined;
  }

  searchBBox(b: BBox): number[] {
    return this.index.search(b[0], b[1], b[2], b[3]).sort((a, b2) => a - b2);
  }
}

/** metres → degrees at latitude (small offsets only) */
export function offsetMetres(lon: number, lat: number, dxM: number, dyM: number): Position {
  const dLat = dyM / 111_320;
  const dLon = dxM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lon + dLon, lat + dLat];
}

export function distanceM(a: Position, b: Position): number {
  return geod.Inverse(a[1], a[0], b[1], b[0]).s12 ?? 0;
}

export type PolyFeature<P> = Feature<Polygon | MultiPolygon, P>;
