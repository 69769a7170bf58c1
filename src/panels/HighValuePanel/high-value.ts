/** Pure: the supervisor's 高值 lists — streets failing targets this month, crowded stations, violating outfalls and wellheads. */
import type { FeatureCollection } from 'geojson';
import { featureId } from '../../lib/feature-id';
import type { IndicatorId, StreetIndicators } from '../../data/manifest';
import type { RuleResult } from '../../analysis/types';
import { evaluateTarget, type Target } from '../StreetPanel/targets';

export interface FailingStreet {
  streetId: string;
  name: string;
  indicator: IndicatorId;
  rank: number;
  n: number;
  /** the plan target it misses this month, if the street has one */
  target?: Target;
}

/** Streets in the city's bottom 10 this month for PM2.5 or TSP, with the plan target they miss (if any). */
export function failingStreets(d: StreetIndicators, targets: Target[], month: string, streets: FeatureCollection | undefined, indicators: IndicatorId[] = ['pm25', 'tsp']): FailingStreet[] {
  const m = d.months.indexOf(month);
  if (m < 0) return [];
  const n = d.streets.length;
  const names = new Map((streets?.features ?? []).map((f) => [featureId(f), String(f.properties?.name ?? featureId(f))]));
  const out: FailingStreet[] = [];
  for (const indicator of indicators) {
    d.streets.forEach((id, j) => {
      const rank = d.indicators[indicator].ranks[m][j];
      if (rank <= n - 10) return;
      const target = targets.find((t) => t.scope === 'street' && t.streetId === id && t.indicator === indicator && evaluateTarget(t, d, id).months.some((x) => x.month === month && x.verdict === 'missed'));
      out.push({ streetId: id, name: names.get(id) ?? id, indicator, rank, n, target });
    });
  }
  return out.sort((a, b) => Number(!!b.target) - Number(!!a.target) || b.rank - a.rank);
}

export interface CrowdedCenter {
  layer: string;
  id: string;
  position: [number, number];
  count: number;
}

export function crowdedCenters(r: RuleResult, limit = 20): CrowdedCenter[] {
  return r.centers
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((c) => ({ layer: c.centerLayer, id: String(c.centerId), position: c.position, count: c.count }));
}

export function violatingOutfalls(outfalls: FeatureCollection | undefined): FeatureCollection['features'] {
  return (outfalls?.features ?? []).filter((f) => f.properties?.status === '违规' || f.properties?.status === '溢流');
}
