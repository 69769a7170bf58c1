/** Pure: the daily patrol rule (小微工程 within 500 m of the street's assessment stations, 004:355) and list rows. */
import type { FeatureCollection } from 'geojson';
import { BUILTIN_RULES } from '../../analysis/rules';
import type { Rule, RuleResult } from '../../analysis/types';

export const SMALL_WORKS = '小微工程';

/** station-500m restricted to small works, with only the given street's stations as centres. */
export function patrolRule(streetId: string): Rule {
  const base = BUILTIN_RULES.find((r) => r.id === 'station-500m')!;
  return {
    ...base,
    id: `patrol-${streetId}`,
    title: { zh: '每日巡查清单', en: 'Daily patrol list' },
    targetLayers: ['sites'],
    targetFilter: { sites: { property: 'siteType', in: [SMALL_WORKS] } },
  };
}

/** Keeps only the street's stations as centres (so the rule runs over a small layer). */
export function stationsOfStreet(fc: FeatureCollection | undefined, streetId: string): FeatureCollection {
  return { type: 'FeatureCollection', features: (fc?.features ?? []).filter((f) => f.properties?.streetId === streetId) };
}

export interface PatrolStop {
  station: string;
  stationName: string;
  sites: { id: string; name: string; status: string; distance_m: number }[];
}

export function patrolList(r: RuleResult, stations: FeatureCollection, sites: FeatureCollection | undefined): PatrolStop[] {
  const st = new Map(stations.features.map((f) => [String(f.id ?? f.properties?.id), f.properties ?? {}]));
  const si = new Map((sites?.features ?? []).map((f) => [String(f.id ?? f.properties?.id), f.properties ?? {}]));
  return r.centers.map((c) => ({
    station: String(c.centerId),
    stationName: String(st.get(String(c.centerId))?.name ?? c.centerId),
    sites: r.hits
      .filter((h) => h.centerId === c.centerId && h.centerLayer === c.centerLayer)
      .map((h) => {
        const p = si.get(String(h.targetId)) ?? {};
        return { id: String(h.targetId), name: String(p.name ?? h.targetId), status: String(p.status ?? ''), distance_m: h.distance_m };
      }),
  }));
}
