/**
 * Feature-in-polygon overlay (per-street counting and area): which features intersect each street
 * polygon and the geodesic (ellipsoidal) area of each polygon feature's intersection with it.
 *
 * Streets are indexed in a flatbush (bboxes) and each street's edges in their own flatbush, so a
 * feature only tests the street edges near it. Polygon features fully inside a street take their
 * own area; only features crossing a street boundary are clipped with polygon-clipping (against the
 * street cut down to the feature's bbox when the street is large).
 */
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import polygonClipping, { type Polygon as PcPolygon, type MultiPolygon as PcMultiPolygon, type Pair } from 'polygon-clipping';
import { multiPolygonArea, polygonArea } from './geodesy';
import { segmentsIntersect } from './segments';
import type { AnyFeature, FeatureId } from './types';
import { idOrIndex } from './within';

type BBox = [number, number, number, number];

function bboxOfRings(rings: readonly (readonly Position[])[], b: BBox = [Infinity, Infinity, -Infinity, -Infinity]): BBox {
  for (const r of rings)
    for (const p of r) {
      if (p[0] < b[0]) b[0] = p[0];
      if (p[1] < b[1]) b[1] = p[1];
      if (p[0] > b[2]) b[2] = p[0];
      if (p[1] > b[3]) b[3] = p[1];
    }
  return b;
}

/** even-odd point in polygon (rings incl. holes); boundary counts as inside */
export function pointInPolygonRings(x: number, y: number, rings: readonly (readonly Position[])[]): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const xi = r[i][0];
      const yi = r[i][1];
      const xj = r[j][0];
      const yj = r[j][1];
      const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
      if (cross === 0 && Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) return true;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** polygons of a geometry as MultiPolygon coordinates ([] for non-polygons) */
export function polygonsOf(g: Geometry | null): Position[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Sutherland–Hodgman clip of one ring to a rectangle (may leave degenerate edges on the rectangle; fine for clipping input) */
function clipRingToBox(ring: readonly Position[], b: BBox): Pair[] {
  let pts: Pair[] = ring.map((p) => [p[0], p[1]] as Pair);
  const edges: ((p: Pair) => boolean)[] = [(p) => p[0] >= b[0], (p) => p[0] <= b[2], (p) => p[1] >= b[1], (p) => p[1] <= b[3]];
  const cut = (k: number, a: Pair, c: Pair): Pair => {
    if (k < 2) {
      const x = k === 0 ? b[0] : b[2];
      const t = (x - a[0]) / (c[0] - a[0]);
      return [x, a[1] + t * (c[1] - a[1])];
    }
    const y = k === 2 ? b[1] : b[3];
    const t = (y - a[1]) / (c[1] - a[1]);
    return [a[0] + t * (c[0] - a[0]), y];
  };
  for (let k = 0; k < 4 && pts.length; k++) {
    const inside = edges[k];
    const out: Pair[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i];
      const prev = pts[(i + pts.length - 1) % pts.length];
      const ci = inside(cur);
      const pi = inside(prev);
      if (ci) {
        if (!pi) out.push(cut(k, prev, cur));
        out.push(cur);
      } else if (pi) out.push(cut(k, prev, cur));
    }
    pts = out;
  }
  if (pts.length < 3) return [];
  const f = pts[0];
  const l = pts[pts.length - 1];
  if (f[0] !== l[0] || f[1] !== l[1]) pts.push([f[0], f[1]]);
  return pts.length >= 4 ? pts : [];
}

const BIG_STREET_VERTICES = 256;

export class PreparedPolygonArea {
  readonly id: FeatureId;
  readonly polygons: Position[][][];
  readonly bbox: BBox;
  readonly area_m2: number;
  readonly vertexCount: number;
  private readonly edges: Float64Array;
  private readonly edgeIndex: Flatbush | null;

  constructor(id: FeatureId, polygons: Position[][][]) {
    this.id = id;
    this.polygons = polygons;
    let b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    let nEdges = 0;
    for (const p of polygons) {
      b = bboxOfRings(p, b);
      for (const r of p) nEdges += Math.max(0, r.length - 1);
    }
    this.bbox = b;
    this.vertexCount = nEdges;
    this.area_m2 = multiPolygonArea(polygons);
    this.edges = new Float64Array(4 * nEdges);
    if (nEdges === 0) {
      this.edgeIndex = null;
      return;
    }
    const idx = new Flatbush(nEdges);
    let k = 0;
    for (const p of polygons)
      for (const r of p)
        for (let i = 0; i + 1 < r.length; i++) {
          const a = r[i];
          const c = r[i + 1];
          this.edges.set([a[0], a[1], c[0], c[1]], 4 * k);
          idx.add(Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]), Math.max(a[1], c[1]));
          k++;
        }
    idx.finish();
    this.edgeIndex = idx;
  }

  containsPoint(x: number, y: number): boolean {
    if (x < this.bbox[0] || x > this.bbox[2] || y < this.bbox[1] || y > this.bbox[3]) return false;
    for (const p of this.polygons) if (pointInPolygonRings(x, y, p)) return true;
    return false;
  }

  /** true when segment AB touches or crosses any boundary edge */
  segmentHitsBoundary(a: Position, c: Position): boolean {
    if (!this.edgeIndex) return false;
    let hit = false;
    const e = this.edges;
    this.edgeIndex.search(Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]), Math.max(a[1], c[1]), (k) => {
      if (!hit && segmentsIntersect(a, c, [e[4 * k], e[4 * k + 1]], [e[4 * k + 2], e[4 * k + 3]])) hit = true;
      return false;
    });
    return hit;
  }

  pathHitsBoundary(path: readonly Position[]): boolean {
    for (let i = 0; i + 1 < path.length; i++) if (this.segmentHitsBoundary(path[i], path[i + 1])) return true;
    return false;
  }

  /** this area as clipping input, cut down to a box when large */
  clipInput(box: BBox): PcMultiPolygon {
    if (this.vertexCount <= BIG_STREET_VERTICES) return this.polygons as unknown as PcMultiPolygon;
    const out: PcMultiPolygon = [];
    for (const p of this.polygons) {
      const outer = clipRingToBox(p[0], box);
      if (!outer.length) continue;
      const poly: PcPolygon = [outer];
      for (let i = 1; i < p.length; i++) {
        const h = clipRingToBox(p[i], box);
        if (h.length) poly.push(h);
      }
      out.push(poly);
    }
    return out;
  }
}

export interface OverlayHit {
  intersects: boolean;
  /** m² of polygon parts inside the area (0 for points and lines) */
  area_m2: number;
}

function clipArea(part: Position[][], area: PreparedPolygonArea): number {
  const pb = bboxOfRings(part);
  const pad = Math.max(pb[2] - pb[0], pb[3] - pb[1]) * 0.01 + 1e-7;
  const box: BBox = [pb[0] - pad, pb[1] - pad, pb[2] + pad, pb[3] + pad];
  const subject = part as unknown as PcPolygon;
  try {
    const clip = area.clipInput(box);
    if (!clip.length) return 0;
    return multiPolygonArea(polygonClipping.intersection(subject, clip));
  } catch {
    return multiPolygonArea(polygonClipping.intersection(subject, area.polygons as unknown as PcMultiPolygon));
  }
}

/** does the feature geometry intersect the area, and how much polygon area lies inside */
export function overlayGeometry(g: Geometry | null, area: PreparedPolygonArea, wantArea = true): OverlayHit {
  const none: OverlayHit = { intersects: false, area_m2: 0 };
  if (!g) return none;
  switch (g.type) {
    case 'Point':
      return { intersects: area.containsPoint(g.coordinates[0], g.coordinates[1]), area_m2: 0 };
    case 'MultiPoint':
      return { intersects: g.coordinates.some((p) => area.containsPoint(p[0], p[1])), area_m2: 0 };
    case 'LineString':
    case 'MultiLineString': {
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      for (const l of lines) {
        if (!l.length) continue;
        if (area.containsPoint(l[0][0], l[0][1]) || area.pathHitsBoundary(l)) return { intersects: true, area_m2: 0 };
      }
      return none;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      let intersects = false;
      let a = 0;
      for (const part of polygonsOf(g)) {
        if (!part.length || !part[0].length) continue;
        const crossing = part.some((r) => area.pathHitsBoundary(r));
        if (!crossing) {
          const v = part[0][0];
          if (area.containsPoint(v[0], v[1])) {
            intersects = true;
            if (wantArea) a += polygonArea(part);
            continue;
          }
          const areaInsidePart = area.polygons.some((sp) => sp[0]?.length && pointInPolygonRings(sp[0][0][0], sp[0][0][1], part));
          if (!areaInsidePart) continue;
        }
        intersects = true;
        if (wantArea) a += clipArea(part, area);
      }
      return { intersects, area_m2: a };
    }
    default:
      return none;
  }
}

export interface AreaSet {
  areas: PreparedPolygonArea[];
  index: Flatbush | null;
  /** index slot → position in `areas` (areas without polygons are not indexed) */
  slotArea: Int32Array;
}

export function prepareAreas(features: readonly AnyFeature[]): AreaSet {
  const areas: PreparedPolygonArea[] = features.map((f, i) => new PreparedPolygonArea(idOrIndex(f, i), polygonsOf(f.geometry as Geometry | null)));
  const valid: number[] = [];
  areas.forEach((a, i) => {
    if (Number.isFinite(a.bbox[0])) valid.push(i);
  });
  const slotArea = Int32Array.from(valid);
  if (!valid.length) return { areas, index: null, slotArea };
  const index = new Flatbush(valid.length);
  for (const i of valid) index.add(areas[i].bbox[0], areas[i].bbox[1], areas[i].bbox[2], areas[i].bbox[3]);
  index.finish();
  return { areas, index, slotArea };
}

export function geometryBBox(g: Geometry | null): BBox | null {
  if (!g) return null;
  let b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  switch (g.type) {
    case 'Point':
      b = [g.coordinates[0], g.coordinates[1], g.coordinates[0], g.coordinates[1]];
      break;
    case 'MultiPoint':
    case 'LineString':
      b = bboxOfRings([g.coordinates]);
      break;
    case 'MultiLineString':
    case 'Polygon':
      b = bboxOfRings(g.coordinates);
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) b = bboxOfRings(p, b);
      break;
    default:
      return null;
  }
  return Number.isFinite(b[0]) ? b : null;
}

/**
 * For each feature: the areas it intersects (index into set.areas) and the polygon area inside each.
 * Calls visit(areaIndex, featureIndex, hit) for intersecting pairs only.
 */
export function overlayRange(
  set: AreaSet,
  features: readonly AnyFeature[],
  from: number,
  to: number,
  visit: (areaIndex: number, featureIndex: number, hit: OverlayHit) => void,
  wantArea = true,
): void {
  const index = set.index;
  if (!index) return;
  for (let i = from; i < to; i++) {
    const g = features[i].geometry as Geometry | null;
    const b = geometryBBox(g);
    if (!b) continue;
    const cands = index.search(b[0], b[1], b[2], b[3]).map((slot) => set.slotArea[slot]);
    cands.sort((x, y) => x - y);
    for (const s of cands) {
      const hit = overlayGeometry(g, set.areas[s], wantArea);
      if (hit.intersects) visit(s, i, hit);
    }
  }
}
