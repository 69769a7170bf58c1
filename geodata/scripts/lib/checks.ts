/** Consistency checks over a built data directory. Used by geodata/checks/*.test.ts and `npm run geodata -- --check`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Flatbush from 'flatbush';
import polygonClipping from 'polygon-clipping';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Manifest } from '../../../src/data/manifest';
import { decodeMobileReadings } from '../../../src/data/formats/mobile-bin';
import { asMulti, bboxOfMulti, labelPoint, multiAreaM2, PolygonIndex, type MultiCoords } from './geo';

export const BEIJING_BBOX = [115.4, 39.4, 117.6, 41.1] as const;

export type Props = Record<string, string | number | boolean>;

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export function readLayer(dir: string, id: string): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(join(dir, `${id}.geojson`), 'utf8')) as FeatureCollection<Geometry, Props>;
}

export function streetIndexOf(dir: string): PolygonIndex<Props> {
  const fc = readLayer(dir, 'streets') as FeatureCollection<Polygon | MultiPolygon, Props>;
  return new PolygonIndex(fc.features.map((f) => ({ id: String(f.properties.id), geom: asMulti(f.geometry), props: f.properties })));
}

/** The point whose containing street defines a feature's streetId. */
export function anchorOf(g: Geometry): Position {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)];
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return labelPoint(asMulti(g) as MultiCoords);
  throw new Error(`unsupported geometry ${g.type}`);
}

export function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'LineString': return g.coordinates;
    case 'Polygon': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
    default: throw new Error(`unsupported geometry ${g.type}`);
  }
}

/** streets tile each district: area sums within tolPct, pairwise overlaps < maxOverlapM2 (flatbush candidate pairs) */
export function checkTiling(dir: string, tolPct = 0.5, maxOverlapM2 = 1): string[] {
  const problems: string[] = [];
  const districts = readLayer(dir, 'districts') as FeatureCollection<Polygon | MultiPolygon, Props>;
  const streets = readLayer(dir, 'streets') as FeatureCollection<Polygon | MultiPolygon, Props>;
  const geoms = streets.features.map((f) => asMulti(f.geometry) as MultiCoords);
  for (const d of districts.features) {
    const da = multiAreaM2(asMulti(d.geometry) as MultiCoords);
    let sa = 0;
    streets.features.forEach((s, i) => { if (s.properties.districtCode === d.properties.id) sa += multiAreaM2(geoms[i]); });
    const diff = (Math.abs(sa - da) / da) * 100;
    if (diff > tolPct) problems.push(`streets of ${d.properties.name} cover ${diff.toFixed(3)}% off the district area`);
  }
  const idx = new Flatbush(geoms.length);
  const bbs = geoms.map(bboxOfMulti);
  for (const b of bbs) idx.add(b[0], b[1], b[2], b[3]);
  idx.finish();
  let pairs = 0;
  geoms.forEach((g, i) => {
    for (const j of idx.search(...bbs[i])) {
      if (j <= i) continue;
      pairs++;
      const inter = polygonClipping.intersection(g as polygonClipping.MultiPolygon, geoms[j] as polygonClipping.MultiPolygon);
      const a = inter.length ? multiAreaM2(inter as MultiCoords) : 0;
      if (a >= maxOverlapM2) problems.push(`streets ${streets.features[i].properties.id} and ${streets.features[j].properties.id} overlap by ${a.toFixed(2)} m²`);
    }
  });
  if (pairs === 0) problems.push('tiling: no candidate pairs checked');
  return problems;
}

function stride(n: number, max: number): number {
  return Math.max(1, Math.ceil(n / max));
}

/** each feature's streetId equals the street containing its anchor; every coordinate in the bbox and inside some street (= the city outline) */
export function checkLayerGeography(dir: string, layerId: string, index: PolygonIndex<Props>, maxFeatures = Infinity): string[] {
  const problems: string[] = [];
  const fc = readLayer(dir, layerId);
  const step = stride(fc.features.length, maxFeatures);
  for (let i = 0; i < fc.features.length; i += step) {
    const f = fc.features[i];
    const id = f.properties.id;
    if (typeof id !== 'string' || !id) problems.push(`${layerId}[${i}] has no string id`);
    const a = anchorOf(f.geometry);
    const s = index.find(a[0], a[1]);
    if (!s) problems.push(`${layerId} ${id}: anchor ${a.join(',')} is in no street`);
    else if (s.id !== f.properties.streetId) problems.push(`${layerId} ${id}: streetId ${f.properties.streetId} but anchor lies in ${s.id}`);
    if (layerId === 'districts' || layerId === 'streets') continue;
    for (const p of allPositions(f.geometry)) {
      if (p[0] < BEIJING_BBOX[0] || p[0] > BEIJING_BBOX[2] || p[1] < BEIJING_BBOX[1] || p[1] > BEIJING_BBOX[3]) {
        problems.push(`${layerId} ${id}: ${p.join(',')} outside the Beijing bbox`);
        break;
      }
      if (!index.find(p[0], p[1])) {
        problems.push(`${layerId} ${id}: ${p.join(',')} outside the city outline`);
        break;
      }
    }
    if (problems.length > 50) break;
  }
  return problems;
}

export function checkMobile(dir: string, index: PolygonIndex<Props>, maxReadings = Infinity): string[] {
  const problems: string[] = [];
  const m = readManifest(dir);
  const layer = m.layers.find((l) => l.id === 'mobile');
  if (!layer) return ['manifest has no mobile layer'];
  for (const f of layer.files) {
    const r = decodeMobileReadings(readFileSync(join(dir, f.path)));
    if (r.month !== f.month) problems.push(`${f.path}: month ${r.month} ≠ manifest ${f.month}`);
    const step = stride(r.lon.length, maxReadings);
    for (let i = 0; i < r.lon.length; i += step) {
      if (!index.find(r.lon[i], r.lat[i])) { problems.push(`${f.path}[${i}] outside Beijing`); break; }
      if (!(r.vocs[i] >= 0 && r.pm25[i] >= 0)) { problems.push(`${f.path}[${i}] negative reading`); break; }
    }
  }
  return problems;
}

/** manifest ↔ files: existence, bytes, gzip bytes, feature counts, property specs cover feature properties */
export function checkManifest(dir: string): string[] {
  const problems: string[] = [];
  const m = readManifest(dir);
  const files = [...m.layers.flatMap((l) => l.files), ...m.datasets.flatMap((d) => d.files)];
  for (const f of files) {
    const p = join(dir, f.path);
    if (!existsSync(p)) { problems.push(`missing ${f.path}`); continue; }
    const buf = readFileSync(p);
    if (buf.byteLength !== f.bytes) problems.push(`${f.path}: ${buf.byteLength} bytes, manifest says ${f.bytes}`);
    const gz = gzipSync(buf, { level: 9 }).byteLength;
    if (gz !== f.gzipBytes) problems.push(`${f.path}: gzip ${gz} bytes, manifest says ${f.gzipBytes}`);
  }
  for (const l of m.layers) {
    if (l.files[0]?.format !== 'geojson') continue;
    const fc = readLayer(dir, l.id);
    if (fc.features.length !== l.featureCount) problems.push(`${l.id}: ${fc.features.length} features, manifest says ${l.featureCount}`);
    const ids = new Set<string>();
    for (const f of fc.features) {
      for (const k of Object.keys(f.properties)) if (!l.properties[k]) { problems.push(`${l.id}: property ${k} has no spec`); break; }
      const id = String(f.properties.id);
      if (ids.has(id)) problems.push(`${l.id}: duplicate id ${id}`);
      ids.add(id);
      if (problems.length > 50) return problems;
    }
  }
  return problems;
}

export function firstViewGzipBytes(m: Manifest): number {
  const ids = new Set(['districts', 'streets', 'stations-national', 'stations-street']);
  return [...m.layers.filter((l) => ids.has(l.id)).flatMap((l) => l.files), ...m.datasets.filter((d) => d.id === 'street-indicators').flatMap((d) => d.files)]
    .reduce((s, f) => s + f.gzipBytes, 0);
}

export function totalBytes(m: Manifest): number {
  return [...m.layers.flatMap((l) => l.files), ...m.datasets.flatMap((d) => d.files)].reduce((s, f) => s + f.bytes, 0);
}

export function runAllChecks(dir: string, opts: { full: boolean }): string[] {
  const problems = [...checkManifest(dir), ...checkTiling(dir)];
  const index = streetIndexOf(dir);
  const m = readManifest(dir);
  for (const l of m.layers) if (l.files[0]?.format === 'geojson') problems.push(...checkLayerGeography(dir, l.id, index, opts.full ? Infinity : 500));
  problems.push(...checkMobile(dir, index, opts.full ? Infinity : 5000));
  const fv = firstViewGzipBytes(m);
  if (fv >= 3 * 1024 * 1024) problems.push(`first view is ${fv} gzip bytes (≥ 3 MB)`);
  const tb = totalBytes(m);
  if (tb >= 40 * 1024 * 1024) problems.push(`data is ${tb} bytes (≥ 40 MB)`);
  return problems;
}

export type { Feature };
