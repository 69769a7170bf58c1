/**
 * Validation of untrusted GeoJSON FeatureCollections (uploads, CLI input, fixtures).
 * Pure: no DOM, no map, no store. Messages are plain English; `code` is stable so the UI can translate.
 *
 * Codes:
 *   not-object, not-feature-collection, features-not-array, not-feature, missing-geometry,
 *   unsupported-geometry, invalid-coordinates, invalid-position, null-coordinate, nan-coordinate,
 *   non-number-coordinate, out-of-range, projected-coordinates, line-too-short, unclosed-ring,
 *   ring-too-short, missing-id, invalid-id, duplicate-id, self-intersection
 */
import { findRingIntersection } from './segments';

export interface GeoJsonIssue {
  featureIndex: number | null;
  featureId?: string | number;
  problem: string;
  code: string;
}

export interface ValidateOptions {
  /** every feature must carry a unique id (feature.id, else properties.id) */
  requireIds?: boolean;
  /** a file name or layer name, prefixed to each message */
  source?: string;
}

export const SUPPORTED_GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
export type SupportedGeometryType = (typeof SUPPORTED_GEOMETRY_TYPES)[number];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** id of a feature: `feature.id`, else `properties.id`; undefined when absent */
export function featureIdOf(f: unknown): unknown {
  if (!isObject(f)) return undefined;
  if (f.id !== undefined && f.id !== null) return f.id;
  const p = f.properties;
  if (isObject(p) && p.id !== undefined && p.id !== null) return p.id;
  return undefined;
}

function describe(index: number, id: string | number | undefined): string {
  return id === undefined ? `feature ${index}` : `feature ${index} (id ${JSON.stringify(id)})`;
}

/** coordinate array depth expected per geometry type: 0 = a position */
const DEPTH: Record<SupportedGeometryType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function fmtPos(p: readonly unknown[]): string {
  return `[${p.map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v))).join(', ')}]`;
}

interface PositionProblem {
  code: string;
  detail: string;
}

function checkPosition(p: unknown): PositionProblem | null {
  if (!Array.isArray(p)) return { code: 'invalid-position', detail: `a position is ${JSON.stringify(p) ?? String(p)}, not an array [lon, lat]` };
  if (p.length < 2) return { code: 'invalid-position', detail: `position ${fmtPos(p)} has fewer than 2 numbers` };
  for (let i = 0; i < 2; i++) {
    const v: unknown = p[i];
    if (v === null || v === undefined) return { code: 'null-coordinate', detail: `position ${fmtPos(p)} has a null coordinate` };
    if (typeof v !== 'number') return { code: 'non-number-coordinate', detail: `position ${fmtPos(p)} has a non-number coordinate ${JSON.stringify(v)}` };
    if (!Number.isFinite(v)) return { code: 'nan-coordinate', detail: `position ${fmtPos(p)} has a NaN or infinite coordinate` };
  }
  const x = p[0] as number;
  const y = p[1] as number;
  const xOut = Math.abs(x) > 180;
  const yOut = Math.abs(y) > 90;
  if (xOut || yOut) {
    // projected metres (UTM, Web Mercator, CGCS2000 Gauss-Krüger) have values far beyond degrees
    if ((xOut && yOut) || Math.abs(x) > 1000 || Math.abs(y) > 1000) {
      return {
        code: 'projected-coordinates',
        detail: `position ${fmtPos(p)} looks like projected metres, not WGS84 longitude/latitude degrees; reproject to EPSG:4326`,
      };
    }
    const swapped = Math.abs(y) <= 180 && Math.abs(x) <= 90;
    return {
      code: 'out-of-range',
      detail: `position ${fmtPos(p)} is outside lon [-180, 180] / lat [-90, 90]${swapped ? ' (longitude and latitude may be swapped)' : ''}`,
    };
  }
  return null;
}

/**
 * Validates a FeatureCollection. Returns every issue found (at most one coordinate issue per
 * feature, to keep messages readable on a broken upload).
 */
export function validateFeatureCollection(input: unknown, opts: ValidateOptions = {}): { issues: GeoJsonIssue[] } {
  const issues: GeoJsonIssue[] = [];
  const pre = opts.source ? `${opts.source}: ` : '';
  if (!isObject(input)) {
    issues.push({ featureIndex: null, code: 'not-object', problem: `${pre}the input is ${Array.isArray(input) ? 'an array' : input === null ? 'null' : `a ${typeof input}`}, not a GeoJSON object` });
    return { issues };
  }
  if (input.type !== 'FeatureCollection') {
    issues.push({
      featureIndex: null,
      code: 'not-feature-collection',
      problem: `${pre}the input has type ${JSON.stringify(input.type) ?? 'undefined'}, expected "FeatureCollection"`,
    });
    return { issues };
  }
  const features = input.features;
  if (!Array.isArray(features)) {
    issues.push({ featureIndex: null, code: 'features-not-array', problem: `${pre}"features" is not an array` });
    return { issues };
  }

  const seen = new Map<string, number>();
  features.forEach((f: unknown, index: number) => {
    const rawId = featureIdOf(f);
    let id: string | number | undefined;
    if (typeof rawId === 'string' || typeof rawId === 'number') id = rawId;
    const where = `${pre}${describe(index, id)}`;
    const add = (code: string, problem: string) => issues.push({ featureIndex: index, ...(id !== undefined ? { featureId: id } : {}), code, problem: `${where}: ${problem}` });

    if (!isObject(f) || f.type !== 'Feature') {
      add('not-feature', `is not a GeoJSON Feature (type ${isObject(f) ? JSON.stringify(f.type) ?? 'undefined' : typeof f})`);
      return;
    }
    if (opts.requireIds) {
      if (rawId === undefined) add('missing-id', 'has no id (neither feature.id nor properties.id)');
      else if (id === undefined || (typeof id === 'number' && !Number.isFinite(id)) || id === '') add('invalid-id', `has an id ${JSON.stringify(rawId)} that is not a non-empty string or number`);
      else {
        const key = `${typeof id}:${id}`;
        const first = seen.get(key);
        if (first !== undefined) add('duplicate-id', `repeats id ${JSON.stringify(id)} already used by feature ${first}`);
        else seen.set(key, index);
      }
    }
    const g = f.geometry;
    if (g === null || g === undefined) {
      add('missing-geometry', 'has no geometry');
      return;
    }
    if (!isObject(g)) {
      add('missing-geometry', `has a geometry that is not an object (${typeof g})`);
      return;
    }
    const type = g.type;
    if (typeof type !== 'string' || !(SUPPORTED_GEOMETRY_TYPES as readonly string[]).includes(type)) {
      add('unsupported-geometry', `has unsupported geometry type ${JSON.stringify(type) ?? 'undefined'} (supported: ${SUPPORTED_GEOMETRY_TYPES.join(', ')})`);
      return;
    }
    const gt = type as SupportedGeometryType;
    const coords = g.coordinates;
    // walk to expected depth, checking array-ness and positions
    let structural: string | null = null;
    let posProblem: PositionProblem | null = null;
    const walk = (c: unknown, depth: number, path: string) => {
      if (structural || posProblem) return;
      if (depth === 0) {
        posProblem = checkPosition(c);
        return;
      }
      if (!Array.isArray(c)) {
        structural = `coordinates${path} is not an array`;
        return;
      }
      for (let i = 0; i < c.length; i++) walk(c[i], depth - 1, `${path}[${i}]`);
    };
    walk(coords, DEPTH[gt], '');
    if (structural) {
      add('invalid-coordinates', `${gt} ${structural}`);
      return;
    }
    if (posProblem) {
      const pp: PositionProblem = posProblem;
      add(pp.code, pp.detail);
      return;
    }
    // shape checks
    const c = coords as unknown[];
    if (gt === 'LineString' && c.length < 2) add('line-too-short', `LineString has ${c.length} position(s); at least 2 are needed`);
    if (gt === 'MultiLineString') {
      (c as unknown[][]).forEach((l, i) => {
        if (l.length < 2) add('line-too-short', `line ${i} of the MultiLineString has ${l.length} position(s); at least 2 are needed`);
      });
    }
    if (gt === 'MultiPoint' && c.length === 0) add('invalid-coordinates', 'MultiPoint has no positions');
    const polys: number[][][][] = gt === 'Polygon' ? [c as number[][][]] : gt === 'MultiPolygon' ? (c as number[][][][]) : [];
    if ((gt === 'Polygon' || gt === 'MultiPolygon') && polys.length === 0) add('invalid-coordinates', `${gt} has no rings`);
    polys.forEach((rings, pi) => {
      const pLabel = gt === 'MultiPolygon' ? `polygon ${pi} ` : '';
      if (rings.length === 0) {
        add('invalid-coordinates', `${pLabel}has no rings`);
        return;
      }
      let shapeOk = true;
      rings.forEach((ring, ri) => {
        const rLabel = `${pLabel}ring ${ri}${ri === 0 ? ' (outer)' : ' (hole)'}`;
        if (ring.length < 4) {
          add('ring-too-short', `${rLabel} has ${ring.length} position(s); a closed ring needs at least 4`);
          shapeOk = false;
          return;
        }
        const a = ring[0];
        const b = ring[ring.length - 1];
        if (a[0] !== b[0] || a[1] !== b[1]) {
          add('unclosed-ring', `${rLabel} is not closed: first position ${fmtPos(a)} differs from last ${fmtPos(b)}`);
          shapeOk = false;
        }
      });
      if (!shapeOk) return;
      const hit = findRingIntersection(rings);
      if (hit) {
        const what = hit.ringA === hit.ringB ? `${pLabel}ring ${hit.ringA} intersects itself` : `${pLabel}rings ${hit.ringA} and ${hit.ringB} cross each other`;
        add('self-intersection', `${what} near [${hit.at[0].toFixed(6)}, ${hit.at[1].toFixed(6)}]; areas and containment would be wrong until it is repaired`);
      }
    });
  });
  return { issues };
}
