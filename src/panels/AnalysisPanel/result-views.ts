/** Pure views of a rule result for the panel: centres ranked by hits, hits of one centre, counts per street. */
import type { FeatureCollection } from 'geojson';
import type { RuleCenterSummary, RuleHit, RuleResult } from '../../analysis/types';

export interface CenterRow extends RuleCenterSummary {
  key: string;
  name: string;
  streetId: string | null;
}

const props = (fc: FeatureCollection | undefined) => {
  const m = new Map<string, Record<string, unknown>>();
  for (const f of fc?.features ?? []) m.set(String(f.id ?? f.properties?.id), f.properties ?? {});
  return m;
};

export function centerRows(r: RuleResult, features: Record<string, FeatureCollection | undefined>): CenterRow[] {
  const lookups = new Map<string, Map<string, Record<string, unknown>>>();
  const get = (layer: string) => {
    let m = lookups.get(layer);
    if (!m) lookups.set(layer, (m = props(features[layer])));
    return m;
  };
  return r.centers
    .map((c) => {
      const p = get(c.centerLayer).get(String(c.centerId)) ?? {};
      return { ...c, key: `${c.centerLayer}:${c.centerId}`, name: String(p.name ?? c.centerId), streetId: typeof p.streetId === 'string' ? p.streetId : null };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

export interface HitRow extends RuleHit {
  name: string;
  detail: string;
}

export function hitsOf(r: RuleResult, centerLayer: string, centerId: string, features: Record<string, FeatureCollection | undefined>): HitRow[] {
  const lookups = new Map<string, Map<string, Record<string, unknown>>>();
  return r.hits
    .filter((h) => h.centerLayer === centerLayer && String(h.centerId) === centerId)
    .map((h) => {
      let m = lookups.get(h.targetLayer);
      if (!m) lookups.set(h.targetLayer, (m = props(features[h.targetLayer])));
      const p = m.get(String(h.targetId)) ?? {};
      const detail = [p.siteType, p.subType, p.treatment, p.sourceType, p.status].filter((x) => typeof x === 'string').join(' · ');
      return { ...h, name: String(p.name ?? h.targetId), detail };
    });
}

export interface StreetRow {
  streetId: string;
  name: string;
  centers: number;
  hits: number;
}

/** Hits grouped by the street of their centre. */
export function countsPerStreet(rows: CenterRow[], streets: FeatureCollection | undefined): StreetRow[] {
  const names = props(streets);
  const by = new Map<string, StreetRow>();
  for (const c of rows) {
    if (!c.streetId) continue;
    let s = by.get(c.streetId);
    if (!s) by.set(c.streetId, (s = { streetId: c.streetId, name: String(names.get(c.streetId)?.name ?? c.streetId), centers: 0, hits: 0 }));
    s.centers++;
    s.hits += c.count;
  }
  return [...by.values()].sort((a, b) => b.hits - a.hits);
}
