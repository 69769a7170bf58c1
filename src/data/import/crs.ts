/**
 * Coordinate reference systems: .prj WKT / legacy GeoJSON `crs` → proj4 → WGS84, and the optional
 * GCJ-02 / BD-09 → WGS84 datum shift (gcoord) that Chinese web-map coordinates need.
 */
import proj4 from 'proj4';
import gcoord from 'gcoord';
import type { Feature, Geometry, Position } from 'geojson';
import type { CrsConversion, Datum } from './types';

/** A coordinate transform, or null when the data is already WGS84 lon/lat. */
export interface CrsPlan {
  detected: string;
  converted: CrsConversion;
  forward: ((p: Position) => Position) | null;
  /** non-fatal note, e.g. a datum proj4 cannot shift exactly */
  warning?: string;
}

/** Datums whose shift to WGS84 needs parameters a .prj rarely carries (errors of tens to hundreds of metres). */
const UNSHIFTED_DATUMS = /beijing[\s_]*1954|xian[\s_]*1980|xi'?an[\s_]*1980|new[\s_]*beijing/i;

function wktName(wkt: string): string {
  const m = /^\s*(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
  return m ? m[1] : 'unnamed CRS';
}

function makeForward(def: string): (p: Position) => Position {
  const conv = proj4(def, 'WGS84');
  return (p: Position) => {
    const [x, y] = conv.forward([p[0], p[1]]);
    return p.length > 2 ? [x, y, p[2]] : [x, y];
  };
}

/**
 * Plan for a .prj WKT. Geographic WKT (GEOGCS) means lon/lat already: WGS84, CGCS2000 and ETRS89
 * differ from WGS84 by centimetres, far below the map's precision, so no shift is applied.
 * Throws Error when proj4 cannot read the WKT.
 */
export function planFromWkt(wkt: string): CrsPlan {
  const text = wkt.trim();
  const name = wktName(text);
  const warning = UNSHIFTED_DATUMS.test(text)
    ? `the .prj names datum "${name}" (Beijing 1954 / Xian 1980 family); without published shift parameters positions may be off by up to ~100 m`
    : undefined;
  if (/^\s*(GEOGCS|GEOGCRS|GEODCRS)\b/i.test(text)) {
    proj4(text, 'WGS84'); // validate it parses
    return { detected: name, converted: 'none', forward: null, warning };
  }
  const forward = makeForward(text);
  // probe once so a malformed projection fails here, not on feature 0
  const probe = forward([500000, 4400000]);
  if (!probe.every((v) => typeof v === 'number')) throw new Error(`proj4 could not use the .prj "${name}"`);
  return { detected: name, converted: `proj4:${name}`, forward, warning };
}

/**
 * proj4 definitions for EPSG codes common in Beijing data (legacy GeoJSON `crs` members name them):
 * CGCS2000 Gauss-Krüger 6° (4491–4512) and 3° (4513–4554) zones, WGS84 UTM north (32601–32660), Web Mercator.
 */
/** string: a proj4 definition; null: already lon/lat; undefined: a code we do not know */
export function epsgDefinition(code: number): string | null | undefined {
  const tm = (lon0: number, x0: number, k = 1, ellps = 'GRS80') => `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=0 +ellps=${ellps} +units=m +no_defs`;
  if (code === 4326 || code === 4490 || code === 4258) return null; // lon/lat
  if (code === 3857 || code === 900913 || code === 102100) return 'EPSG:3857';
  if (code >= 4491 && code <= 4501) { const zone = code - 4491 + 13; return tm(zone * 6 - 3, zone * 1e6 + 500000); }
  if (code >= 4502 && code <= 4512) return tm(75 + (code - 4502) * 6, 500000);
  if (code >= 4513 && code <= 4533) { const zone = code - 4513 + 25; return tm(zone * 3, zone * 1e6 + 500000); }
  if (code >= 4534 && code <= 4554) return tm(75 + (code - 4534) * 3, 500000);
  if (code >= 32601 && code <= 32660) return `+proj=utm +zone=${code - 32600} +datum=WGS84 +units=m +no_defs`;
  return undefined;
}

/** Parses a legacy GeoJSON `crs` member ({type:'name', properties:{name:'urn:ogc:def:crs:EPSG::4527'}}). */
export function planFromGeoJsonCrs(crs: unknown): CrsPlan | { unknown: string } | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const props = (crs as { properties?: unknown }).properties;
  const name = typeof props === 'object' && props !== null ? (props as { name?: unknown }).name : undefined;
  if (typeof name !== 'string') return null;
  if (/CRS84$/i.test(name)) return { detected: 'OGC:CRS84', converted: 'none', forward: null };
  const m = /EPSG:{1,2}(\d+)$/i.exec(name);
  if (!m) return { unknown: name };
  const code = Number(m[1]);
  const def = epsgDefinition(code);
  if (def === null) return { detected: `EPSG:${code}`, converted: 'none', forward: null };
  if (def === undefined) return { unknown: name };
  return { detected: `EPSG:${code}`, converted: `proj4:EPSG:${code}`, forward: makeForward(def) };
}

/** Applies `fn` to every position of a geometry, in place. Non-finite positions are left for validation to report. */
export function mapPositions(g: Geometry | null, fn: (p: Position) => Position): void {
  if (!g) return;
  const conv = (p: Position): Position => (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? fn(p) : p);
  switch (g.type) {
    case 'Point':
      g.coordinates = conv(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      if (Array.isArray(g.coordinates)) g.coordinates = g.coordinates.map(conv);
      break;
    case 'MultiLineString':
    case 'Polygon':
      if (Array.isArray(g.coordinates)) g.coordinates = g.coordinates.map((r) => (Array.isArray(r) ? r.map(conv) : r));
      break;
    case 'MultiPolygon':
      if (Array.isArray(g.coordinates))
        g.coordinates = g.coordinates.map((poly) => (Array.isArray(poly) ? poly.map((r) => (Array.isArray(r) ? r.map(conv) : r)) : poly));
      break;
    case 'GeometryCollection':
      if (Array.isArray(g.geometries)) g.geometries.forEach((c) => mapPositions(c, fn));
      break;
  }
}

export function reprojectFeatures(features: Feature[], forward: (p: Position) => Position): void {
  for (const f of features) mapPositions(f.geometry, forward);
}

/** GCJ-02 / BD-09 → WGS84 for every position (gcoord; outside China gcoord leaves positions unchanged). */
export function datumForward(datum: Datum): ((p: Position) => Position) | null {
  if (datum === 'wgs84') return null;
  const from = datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  return (p: Position) => {
    const [x, y] = gcoord.transform([p[0], p[1]] as [number, number], from, gcoord.WGS84);
    return p.length > 2 ? [x, y, p[2]] : [x, y];
  };
}

export function datumConversion(datum: Datum): CrsConversion {
  return datum === 'gcj02' ? 'gcj02→wgs84' : datum === 'bd09' ? 'bd09→wgs84' : 'none';
}
