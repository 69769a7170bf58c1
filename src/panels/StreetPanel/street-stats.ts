/** Pure: a street's indicator values, ranks and rank change for a month. */
import type { IndicatorId, StreetIndicators } from '../../data/manifest';

export const INDICATOR_IDS: IndicatorId[] = ['pm25', 'tsp', 'dustfall', 'roadDust'];

export interface StreetMonthStat {
  indicator: IndicatorId;
  value: number | null;
  rank: number | null;
  /** positive = moved towards the top (better) since last month */
  rankChange: number | null;
  n: number;
}

export function streetMonthStats(d: StreetIndicators, streetId: string, month: string): StreetMonthStat[] {
  const j = d.streets.indexOf(streetId);
  const m = d.months.indexOf(month);
  return INDICATOR_IDS.map((indicator) => {
    const ind = d.indicators[indicator];
    if (j < 0 || m < 0 || !ind) return { indicator, value: null, rank: null, rankChange: null, n: d.streets.length };
    const rank = ind.ranks[m][j];
    const prev = m > 0 ? ind.ranks[m - 1][j] : null;
    return { indicator, value: ind.values[m][j], rank, rankChange: prev === null ? null : prev - rank, n: d.streets.length };
  });
}

/** The street's 24-month series for one indicator. */
export function streetSeries(d: StreetIndicators, streetId: string, indicator: IndicatorId): { months: string[]; values: (number | null)[]; ranks: (number | null)[] } {
  const j = d.streets.indexOf(streetId);
  const ind = d.indicators[indicator];
  return {
    months: d.months,
    values: d.months.map((_, m) => (j < 0 ? null : ind.values[m][j])),
    ranks: d.months.map((_, m) => (j < 0 ? null : ind.ranks[m][j])),
  };
}
