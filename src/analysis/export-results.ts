/**
 * Export of analysis results: CSV (UTF-8 with BOM for Excel, RFC 4180 quoting, formula-injection
 * guard) and GeoJSON (inputs + results, openable in geojson.io or QGIS).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geodesicCircle } from './geodesy';
import type { StreetSummary } from './per-street';
import type { WhyHotResult } from './rules';
import type { AnyFeature, FeatureId, I18nText, LayerMap, RuleResult } from './types';
import { idOrIndex } from './within';

import { toCsv } from '../lib/csv';

export { CSV_BOM, csvCell, toCsv, type CsvCell } from '../lib/csv';

type Lang = keyof I18nText;

const H: Record<string, I18nText> = {
  rule: { zh: '规则', en: 'rule' },
  centerLayer: { zh: '中心图层', en: 'centre layer' },
  centerId: { zh: '中心编号', en: 'centre id' },
  targetLayer: { zh: '目标图层', en: 'target layer' },
  targetId: { zh: '目标编号', en: 'target id' },
  distance: { zh: '距离(米)', en: 'distance (m)' },
  radius: { zh: '半径(米)', en: 'radius (m)' },
  street: { zh: '街道编号', en: 'street id' },
  name: { zh: '街道名称', en: 'street name' },
  area: { zh: '面积(平方米)', en: 'area (m²)' },
  bareCount: { zh: '裸地数量', en: 'bare land count' },
  bareArea: { zh: '裸地面积(平方米)', en: 'bare land area (m²)' },
  bareShare: { zh: '裸地占比', en: 'bare land share' },
  untreated: { zh: '未治理裸地数量', en: 'untreated bare land' },
  untreatedArea: { zh: '未治理裸地面积(平方米)', en: 'untreated bare land area (m²)' },
  violations: { zh: '水源井违规', en: 'wellhead violations' },
  sitesInZones: { zh: '站点500米内工地', en: 'sites in station zones' },
  layer: { zh: '图层', en: 'layer' },
  id: { zh: '编号', en: 'id' },
};

export function ruleResultToCsv(r: RuleResult, lang: Lang = 'zh'): string {
  const h = (k: string) => H[k][lang];
  return toCsv(
    [h('rule'), h('radius'), h('centerLayer'), h('centerId'), h('targetLayer'), h('targetId'), h('distance')],
    r.hits.map((x) => [r.ruleId, r.radius_m, x.centerLayer, x.centerId, x.targetLayer, x.targetId, x.distance_m]),
  );
}

export function streetSummaryToCsv(rows: StreetSummary[], lang: Lang = 'zh'): string {
  const layers = [...new Set(rows.flatMap((r) => Object.keys(r.counts)))].sort();
  const statuses = [...new Set(rows.flatMap((r) => Object.keys(r.outfallsByStatus)))].sort();
  const h = (k: string) => H[k][lang];
  return toCsv(
    [h('street'), h('name'), h('area'), ...layers, h('bareCount'), h('bareArea'), h('bareShare'), h('untreated'), h('untreatedArea'), h('violations'), h('sitesInZones'), ...statuses.map((s) => `outfalls:${s}`)],
    rows.map((r) => [
      r.street,
      r.name,
      r.area_m2,
      ...layers.map((l) => r.counts[l] ?? 0),
      r.bareland.count,
      r.bareland.area_m2,
      r.bareland.share,
      r.bareland.untreatedCount,
      r.bareland.untreatedArea_m2,
      r.violations,
      r.sitesInStationZones,
      ...statuses.map((s) => r.outfallsByStatus[s] ?? 0),
    ]),
  );
}

export function whyHotToCsv(r: WhyHotResult, lang: Lang = 'zh'): string {
  const h = (k: string) => H[k][lang];
  const props = [...new Set(r.candidates.flatMap((c) => Object.keys(c.properties)))].sort();
  return toCsv([h('layer'), h('id'), h('distance'), ...props], r.candidates.map((c) => [c.layer, c.id, c.distance_m, ...props.map((p) => c.properties[p])]));
}

function byId(layers: LayerMap, layer: string): Map<string, AnyFeature> {
  const m = new Map<string, AnyFeature>();
  (layers[layer]?.features ?? []).forEach((f, i) => m.set(String(idOrIndex(f, i)), f));
  return m;
}

/**
 * GeoJSON of a rule result: each centre (with its hit count), its zone as a geodesic circle, and each
 * hit target with its original geometry and properties plus `_rule`, `_center`, `_distance_m`.
 */
export function ruleResultToGeoJSON(r: RuleResult, layers: LayerMap, opts: { zones?: boolean } = {}): FeatureCollection<Geometry> {
  const features: Feature<Geometry>[] = [];
  for (const c of r.centers) {
    features.push({ type: 'Feature', properties: { _role: 'center', _rule: r.ruleId, _layer: c.centerLayer, _id: c.centerId, _count: c.count }, geometry: { type: 'Point', coordinates: c.position } });
    if (opts.zones !== false)
      features.push({ type: 'Feature', properties: { _role: 'zone', _rule: r.ruleId, _center: c.centerId, _radius_m: r.radius_m }, geometry: { type: 'Polygon', coordinates: [geodesicCircle(c.position, r.radius_m)] } });
  }
  const lookups = new Map<string, Map<string, AnyFeature>>();
  for (const hit of r.hits) {
    let m = lookups.get(hit.targetLayer);
    if (!m) lookups.set(hit.targetLayer, (m = byId(layers, hit.targetLayer)));
    const f = m.get(String(hit.targetId));
    if (!f || !f.geometry) continue;
    features.push({
      type: 'Feature',
      ...(f.id !== undefined ? { id: f.id } : {}),
      properties: { ...(f.properties ?? {}), _role: 'target', _rule: r.ruleId, _layer: hit.targetLayer, _id: hit.targetId as FeatureId, _center: hit.centerId, _distance_m: hit.distance_m },
      geometry: f.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

const COORD_KEYS = new Set(['coordinates', 'position', 'nearest', 'point', 'bbox']);

/** serialises GeoJSON with coordinates (and result positions) rounded to 6 decimals (≈ 0.1 m) */
export function stringifyGeoJSON(fc: unknown, space?: number): string {
  return JSON.stringify(fc, (k, v: unknown) => (COORD_KEYS.has(k) ? roundCoords(v) : v), space);
}

function roundCoords(v: unknown): unknown {
  if (typeof v === 'number') return Math.round(v * 1e6) / 1e6;
  if (Array.isArray(v)) return v.map(roundCoords);
  return v;
}
