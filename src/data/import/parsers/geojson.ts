/** GeoJSON (RFC 7946, plus the legacy 2008 `crs` member). */
import { fail, makeIssue } from '../issues';
import { planFromGeoJsonCrs } from '../crs';
import type { ImportIssue } from '../types';
import type { ParsedLayer } from './parsed';

function jsonErrorWhere(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return ` at line ${line}, column ${col}`;
}

export function parseGeoJson(file: string, text: string, name: string): ParsedLayer {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    fail('invalid-json', file, `the file is not valid JSON${jsonErrorWhere(text, msg)} (${msg})`);
  }
  const issues: ImportIssue[] = [];
  let features: unknown[];
  let crsMember: unknown;
  if (Array.isArray(root)) {
    // a bare array of Features (some tools write this)
    features = root;
  } else if (typeof root === 'object' && root !== null) {
    const o = root as Record<string, unknown>;
    crsMember = o.crs;
    if (o.type === 'FeatureCollection') {
      if (!Array.isArray(o.features)) fail('invalid-json', file, '"features" of the FeatureCollection is not an array');
      features = o.features;
    } else if (o.type === 'Feature') {
      features = [o];
    } else if (o.type === 'Topology') {
      fail('unsupported-type', file, 'TopoJSON is not supported; convert it to GeoJSON first', { params: { detected: 'topojson' } });
    } else if ((typeof o.type === 'string' && 'coordinates' in o) || o.type === 'GeometryCollection') {
      features = [{ type: 'Feature', properties: {}, geometry: o }];
    } else {
      fail('unsupported-type', file, `JSON with type ${JSON.stringify(o.type) ?? 'undefined'} is not GeoJSON (expected a FeatureCollection, Feature or geometry)`, {
        params: { detected: 'json' },
      });
    }
  } else {
    fail('unsupported-type', file, `the JSON is a ${root === null ? 'null' : typeof root}, not GeoJSON`, { params: { detected: 'json' } });
  }
  let crs: ParsedLayer['crs'] = null;
  if (crsMember !== undefined && crsMember !== null) {
    const plan = planFromGeoJsonCrs(crsMember);
    if (plan && 'unknown' in plan) {
      fail('invalid-prj', file, `the GeoJSON "crs" member names ${JSON.stringify(plan.unknown)}, which is not a CRS this app can reproject; export the file as WGS84 (EPSG:4326)`, {
        params: { crs: plan.unknown },
      });
    }
    crs = plan;
    if (plan) issues.push(makeIssue('legacy-crs-member', 'warning', file, `the file uses the obsolete GeoJSON "crs" member (${plan.detected}); RFC 7946 GeoJSON is always WGS84`, { params: { crs: plan.detected } }));
  }
  return { name, sourceFormat: 'geojson', features, crs, issues, unit: 'feature' };
}
