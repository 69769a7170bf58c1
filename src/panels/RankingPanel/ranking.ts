/** Pure: the citywide ranking table for an indicator and month. */
import type { FeatureCollection } from 'geojson';
import type { IndicatorId, StreetIndicators } from '../../data/manifest';
import { rankClass, type RankClass } from '../../map/layers/streets';

export interface RankingRow {
  streetId: string;
  name: string;
  /** English name (pinyin), when the data has one */
  nameEn: string;
  districtCode: string;
  districtName: string;
  value: number;
  rank: number;
  /** positive = improved (moved up) since last month */
  rankChange: number | null;
  cls: RankClass;
}

export type SortKey = 'rank' | 'name' | 'district' | 'change';

export function rankingRows(d: StreetIndicators, streets: FeatureCollection | undefined, indicator: IndicatorId, month: string): RankingRow[] {
  const m = d.months.indexOf(month);
  if (m < 0) return [];
  const ind = d.indicators[indicator];
  const props = new Map<string, Record<string, unknown>>();
  for (const f of streets?.features ?? []) props.set(String(f.id ?? f.properties?.id), f.properties ?? {});
  const n = d.streets.length;
  return d.streets.map((id, j) => {
    const p = props.get(id) ?? {};
    const rank = ind.ranks[m][j];
    return {
      streetId: id,
      name: String(p.name ?? id),
      nameEn: String(p.nameEn ?? p.name ?? id),
      districtCode: String(p.districtCode ?? id.slice(0, 6)),
      districtName: String(p.districtName ?? ''),
      value: ind.values[m][j],
      rank,
      rankChange: m > 0 ? ind.ranks[m - 1][j] - rank : null,
      cls: rankClass(rank, n),
    };
  });
}

export function sortRows(rows: RankingRow[], key: SortKey, desc: boolean): RankingRow[] {
  const cmp: Record<SortKey, (a: RankingRow, b: RankingRow) => number> = {
    rank: (a, b) => a.rank - b.rank,
    name: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    district: (a, b) => a.districtCode.localeCompare(b.districtCode) || a.rank - b.rank,
    change: (a, b) => (a.rankChange ?? 0) - (b.rankChange ?? 0),
  };
  const out = [...rows].sort(cmp[key]);
  return desc ? out.reverse() : out;
}
