/** Geometry helpers for the pipeline: rounding, geodesic area, point-in-polygon, spatial index. */
import Flatbush from 'flatbush';
import * as geodesicNs from 'geographiclib-geodesic';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

// CJS package: under Node ESM the API sits on .default, under bundlers on the namespace itself
const geodesicLib = (geodesicNs as { default?: typeof geodesicNs }).default ?? geodesicNs;
const geod = geodesicLib.Geodesic.WGS84;

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

/** A representative point: mean of the outer-ring vertices of the largest part if inside, else the first interior sample along its bbox mid-line. */
export function labelPoint(m: MultiCoords): Position {
  let best = m[0];
  let bestA = -1;
  for (const poly of m) {
    const a = ringAreaM2(poly[0]);
    if (a > bestA) { bestA = a; best = poly; }
  }
  const ring = best[0];
  const n = ring.length - 1;
  let sx = 0, sy = 0;
  for (let i = 0; i < n; i++) { sx += ring[i][0]; sy += ring[i][1]; }
  const c: Position = [r6(sx / n), r6(sy / n)];
  if (pointInMulti(c[0], c[1], [best])) return c;
  // scan a horizontal line through the bbox middle and take the midpoint of the first inside run
  const b = bboxOfMulti([best]);
  for (let k = 1; k < 64; k++) {
    const y = b[1] + ((b[3] - b[1]) * (k % 2 === 1 ? 32 + k : 64 - k)) / 128;
    const xs: number[] = [];
    for (let i = 0; i <= 256; i++) {
      const x = b[0] + ((b[2] - b[0]) * i) / 256;
      if (pointInMulti(x, y, [best])) xs.push(x);
      else if (xs.length) break;
    }
    if (xs.length) return [r6(xs[Math.floor(xs.length / 2)]), r6(y)];
  }
  return ring[0];
}

/**
 * Noding: inserts into every ring edge the vertices of other polygons that lie on it (within tolDeg).
 * After 6-decimal rounding, clipping leaves vertices a few centimetres off a neighbour's edge; noding makes
 * shared borders use the same vertex sequence, so neighbours neither overlap nor leave slivers.
 */
export function nodePolygons(polys: MultiCoords[], tolDeg = 2e-6): MultiCoords[] {
  const seen = new Set<string>();
  const verts: Position[] = [];
  for (const m of polys) for (const poly of m) for (const ring of poly) for (const p of ring) {
    const k = `${p[0]},${p[1]}`;
    if (!seen.has(k)) { seen.add(k); verts.push(p); }
  }
  const idx = new Flatbush(Math.max(1, verts.length));
  for (const v of verts) idx.add(v[0], v[1], v[0], v[1]);
  if (verts.length === 0) idx.add(0, 0, 0, 0);
  idx.finish();
  const tol2 = tolDeg * tolDeg;
  return polys.map((m) => m.map((poly) => poly.map((ring) => {
    const out: Ring = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i], b = ring[i + 1];
      out.push(a);
      const dx = b[0] - a[0], dy = b[1] - a[1];
      const L2 = dx * dx + dy * dy;
      if (L2 === 0) continue;
      const cands = idx.search(Math.min(a[0], b[0]) - tolDeg, Math.min(a[1], b[1]) - tolDeg, Math.max(a[0], b[0]) + tolDeg, Math.max(a[1], b[1]) + tolDeg);
      const ins: { t: number; p: Position }[] = [];
      for (const j of cands) {
        const v = verts[j];
        if (!v || (v[0] === a[0] && v[1] === a[1]) || (v[0] === b[0] && v[1] === b[1])) continue;
        const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / L2;
        if (t <= 0 || t >= 1) continue;
        const ex = a[0] + t * dx - v[0], ey = a[1] + t * dy - v[1];
        if (ex * ex + ey * ey <= tol2) ins.push({ t, p: v });
      }
      ins.sort((u, w) => u.t - w.t || u.p[0] - w.p[0] || u.p[1] - w.p[1]);
      for (const x of ins) out.push(x.p);
    }
    out.push(ring[ring.length - 1]);
    return out;
  })));
}
