/**
 * Pure: evaluate a street's plan targets against the monthly indicators.
 * Only what the data can show is judged; everything else is "not assessable" with the reason,
 * never guessed (e.g. single-road dust load, daily TSP bulletins, 2022 annual means).
 */
import type { IndicatorId, StreetIndicators } from '../../data/manifest';

export type TargetRule =
  | { kind: 'rankNotInBottom'; n: number; period: 'month' | 'year' }
  | { kind: 'rankNotInBottomConsecutive'; n: number; months: number }
  | { kind: 'approx'; value: number; unit?: string }
  | { kind: 'max'; value: number; unit?: string }
  | { kind: 'yoyImprove' }
  | { kind: 'bottomAppearancesMax'; n: number; max: number; period: 'quarter' | 'year'; basis: 'monthly' | 'daily' }
  | { kind: string; [k: string]: unknown };

export interface Target {
  id: string;
  scope: string;
  streetId?: string;
  districtCode?: string;
  indicator: string;
  year: number;
  draft: boolean;
  source: string;
  text: string;
  rule: TargetRule;
}

export interface TargetsFile {
  targets: Target[];
}

export type MonthVerdict = 'met' | 'missed' | 'nodata';

export interface TargetEvaluation {
  target: Target;
  /** per month of the target's year that the data covers */
  months: { month: string; verdict: MonthVerdict; rank?: number; value?: number }[];
  /** overall for the period shown, or why it cannot be judged */
  overall: MonthVerdict | 'notAssessable';
  reason?: 'noIndicatorData' | 'noYearData' | 'dailyBasis' | 'singleRoad';
}

/** ≈ targets ("5 左右") are met within 10% above the value. */
export const APPROX_TOLERANCE = 0.1;

const SERIES: Record<string, IndicatorId> = { pm25: 'pm25', tsp: 'tsp', dustfall: 'dustfall', roadDust: 'roadDust' };

/** The street's targets for the year of `month`: that year's if any, else the latest earlier year's. */
export function targetsForStreet(all: Target[], streetId: string): Target[] {
  return all.filter((t) => t.scope === 'street' && t.streetId === streetId);
}

export function evaluateTarget(t: Target, d: StreetIndicators, streetId: string): TargetEvaluation {
  const ind = SERIES[t.indicator];
  const r = t.rule as { kind: string; n?: number; max?: number; value?: number; period?: string; basis?: string };
  if (!ind) return { target: t, months: [], overall: 'notAssessable', reason: t.indicator.includes('Single') || r.kind === 'rankNotInBottomConsecutive' ? 'singleRoad' : 'noIndicatorData' };
  const j = d.streets.indexOf(streetId);
  const idx = d.months.map((m, i) => [m, i] as const).filter(([m]) => m.startsWith(String(t.year)));
  if (j < 0 || idx.length === 0) return { target: t, months: [], overall: 'notAssessable', reason: 'noYearData' };
  const n = d.streets.length;
  const s = d.indicators[ind];
  const months = idx.map(([month, m]) => {
    const rank = s.ranks[m][j];
    const value = s.values[m][j];
    let verdict: MonthVerdict = 'nodata';
    if (r.kind === 'rankNotInBottom' && r.period === 'month') verdict = rank <= n - (r.n ?? 0) ? 'met' : 'missed';
    else if (r.kind === 'approx') verdict = value <= (r.value ?? 0) * (1 + APPROX_TOLERANCE) ? 'met' : 'missed';
    else if (r.kind === 'bottomAppearancesMax') verdict = rank > n - (r.n ?? 0) ? 'missed' : 'met';
    return { month, verdict, rank, value };
  });
  let overall: TargetEvaluation['overall'] = 'nodata';
  if (r.kind === 'rankNotInBottom' && r.period === 'month') overall = months.some((m) => m.verdict === 'missed') ? 'missed' : 'met';
  else if (r.kind === 'approx') overall = months.some((m) => m.verdict === 'missed') ? 'missed' : 'met';
  else if (r.kind === 'max') {
    const mean = months.reduce((a, m) => a + (m.value ?? 0), 0) / months.length;
    overall = mean <= (r.value ?? 0) ? 'met' : 'missed';
  } else if (r.kind === 'bottomAppearancesMax') {
    if (r.basis === 'daily') return { target: t, months: [], overall: 'notAssessable', reason: 'dailyBasis' };
    const appearances = months.filter((m) => m.verdict === 'missed').length;
    overall = appearances <= (r.max ?? 0) ? 'met' : 'missed';
  } else if (r.kind === 'yoyImprove') {
    const prev = d.months.map((m, i) => [m, i] as const).filter(([m]) => m.startsWith(String(t.year - 1)));
    if (prev.length === 0) return { target: t, months, overall: 'notAssessable', reason: 'noYearData' };
    const mean = (list: (readonly [string, number])[]) => list.reduce((a, [, m]) => a + s.values[m][j], 0) / list.length;
    overall = mean(idx) < mean(prev) ? 'met' : 'missed';
  } else if (r.kind === 'rankNotInBottomConsecutive') return { target: t, months: [], overall: 'notAssessable', reason: 'singleRoad' };
  return { target: t, months, overall };
}
