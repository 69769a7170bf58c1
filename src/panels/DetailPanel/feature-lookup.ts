/** Pure helpers for the detail panel: find a feature, decide which properties to show, find related features. */
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { ManifestLayer } from '../../data/manifest';
import { RELATED_KEYS } from '../../internal';
import { featureId } from '../../lib/feature-id';

const indexCache = new WeakMap<FeatureCollection, Map<string, Feature>>();

export function findFeature(fc: FeatureCollection | undefined, id: string): Feature | undefined {
  if (!fc) return undefined;
  let idx = indexCache.get(fc);
  if (!idx) {
    idx = new Map();
    for (const f of fc.features) idx.set(featureId(f), f);
    indexCache.set(fc, idx);
  }
  return idx.get(id);
}

export interface ShownProperty {
  key: string;
  label: string;
  value: string;
}

/** Properties as plain text; internal ones only for internal roles; unknown keys shown only for imported layers. */
export function visibleProperties(f: Feature, layer: ManifestLayer | undefined, internal: boolean, lang: 'zh' | 'en'): ShownProperty[] {
  const out: ShownProperty[] = [];
  for (const [key, raw] of Object.entries(f.properties ?? {})) {
    if (raw === null || raw === undefined || typeof raw === 'object') continue;
    const spec = layer?.properties[key];
    if (layer && !spec) continue;
    if (spec && spec.visibility === 'internal' && !internal) continue;
    const value = typeof raw === 'number' ? raw.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 }) : String(raw);
    out.push({ key, label: spec ? spec.label[lang] : key, value: spec?.unit ? `${value} ${spec.unit}` : value });
  }
  return out;
}

export interface RelatedLink {
  layer: string;
  id: string;
  relation: 'street' | 'receivingWater' | 'site' | 'district';
}

export function relatedLinks(f: Feature): RelatedLink[] {
  const p = f.properties ?? {};
  const out: RelatedLink[] = [];
  if (typeof p.streetId === 'string') out.push({ layer: 'streets', id: p.streetId, relation: 'street' });
  for (const k of RELATED_KEYS) if (typeof p[k.prop] === 'string') out.push({ layer: k.layer, id: p[k.prop] as string, relation: k.relation });
  if (typeof p.districtCode === 'string') out.push({ layer: 'districts', id: p.districtCode, relation: 'district' });
  return out;
}

export function featureBbox(f: Feature): [number, number, number, number] {
  const b = turfBbox(f);
  return [b[0], b[1], b[2], b[3]];
}
