import { describe, expect, it } from 'vitest';
import type { StreetIndicators } from '../../data/manifest';
import { evaluateTarget, type Target } from './targets';

// 40 streets, 24 months; street "s39" is last (rank 40) in 2023-03 only, else rank 20
const n = 40;
const months = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const ranks = months.map((m) => Array.from({ length: n }, (_, j) => (j === 39 ? (m === '2023-03' ? 40 : 20) : j < 20 ? j + 1 : j + 2)));
const values = months.map((m) => Array.from({ length: n }, (_, j) => (j === 39 ? (m.startsWith('2024') ? 4 : m === '2023-03' ? 7 : 5) : 5)));
const s = { unit: '', label: { zh: '', en: '' }, values, ranks };
const d: StreetIndicators = { months, streets: Array.from({ length: n }, (_, j) => `s${j}`), provenance: 'synthetic', indicators: { pm25: s, tsp: s, dustfall: s, roadDust: s } };
const base = { id: 't', scope: 'street', streetId: 's39', year: 2023, draft: false, source: '000:2111', text: '' };

describe('target evaluation', () => {
  it('单月不进入全市后10名: missed in the one month the street was last', () => {
    const e = evaluateTarget({ ...base, indicator: 'pm25', rule: { kind: 'rankNotInBottom', n: 10, period: 'month' } } as Target, d, 's39');
    expect(e.overall).toBe('missed');
    expect(e.months.filter((m) => m.verdict === 'missed').map((m) => m.month)).toEqual(['2023-03']);
    expect(e.months).toHaveLength(12);
  });
  it('dustfall ≈5 allows 10% above, so 7 misses and 5 meets', () => {
    const e = evaluateTarget({ ...base, indicator: 'dustfall', rule: { kind: 'approx', value: 5 } } as Target, d, 's39');
    expect(e.months.find((m) => m.month === '2023-03')?.verdict).toBe('missed');
    expect(e.months.find((m) => m.month === '2023-04')?.verdict).toBe('met');
  });
  it('counts bottom-N appearances against the yearly maximum', () => {
    const ok = evaluateTarget({ ...base, indicator: 'roadDust', rule: { kind: 'bottomAppearancesMax', n: 10, max: 2, period: 'year', basis: 'monthly' } } as Target, d, 's39');
    expect(ok.overall).toBe('met');
    const strict = evaluateTarget({ ...base, indicator: 'roadDust', rule: { kind: 'bottomAppearancesMax', n: 10, max: 0, period: 'year', basis: 'monthly' } } as Target, d, 's39');
    expect(strict.overall).toBe('missed');
    const daily = evaluateTarget({ ...base, indicator: 'tsp', rule: { kind: 'bottomAppearancesMax', n: 10, max: 3, period: 'quarter', basis: 'daily' } } as Target, d, 's39');
    expect(daily).toMatchObject({ overall: 'notAssessable', reason: 'dailyBasis' });
  });
  it('year-on-year improvement compares annual means', () => {
    const e = evaluateTarget({ ...base, year: 2024, indicator: 'pm25', rule: { kind: 'yoyImprove' } } as Target, d, 's39');
    expect(e.overall).toBe('met');
    expect(evaluateTarget({ ...base, indicator: 'pm25', rule: { kind: 'yoyImprove' } } as Target, d, 's39')).toMatchObject({ overall: 'notAssessable', reason: 'noYearData' });
  });
  it('never judges what the data cannot show', () => {
    expect(evaluateTarget({ ...base, indicator: 'roadDustSingle', rule: { kind: 'rankNotInBottom', n: 30, period: 'month' } } as Target, d, 's39').overall).toBe('notAssessable');
    expect(evaluateTarget({ ...base, year: 2022, indicator: 'pm25', rule: { kind: 'max', value: 36 } } as Target, d, 's39')).toMatchObject({ reason: 'noYearData' });
  });
});
