/**
 * Monthly street indicators 2023-01..2024-12 (模拟数据, synthetic): PM2.5, TSP, dustfall, road dust load,
 * with citywide ranks (1 = best = lowest). Seasonal cycle, south/south-east gradient, persistent street effects.
 */
import type { IndicatorId, StreetIndicators } from '../../../src/data/manifest';
import type { BaseData, StreetGeom } from './base';
import { intensity } from './synthetic';
import { normal, rngFor } from '../lib/prng';

export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5));
  const ty = Number(to.slice(0, 4));
  const tm = Number(to.slice(5));
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

export const INDICATOR_MONTHS = monthRange('2023-01', '2024-12');

// citywide monthly means (rough climatology: winter PM2.5 high, spring dust high); 2024 ≈ 5% lower
const PM25 = [42, 45, 44, 38, 30, 29, 27, 24, 26, 34, 42, 40];
const TSP = [95, 110, 150, 160, 120, 85, 70, 65, 75, 95, 105, 100];
const DUST = [4.2, 5.0, 7.5, 8.0, 6.0, 4.5, 4.0, 3.8, 4.0, 4.5, 4.6, 4.4];
const ROAD = [0.55, 0.6, 0.8, 0.85, 0.65, 0.5, 0.42, 0.4, 0.45, 0.52, 0.58, 0.56];

function gradient(s: StreetGeom): number {
  // south and south-east worse, northern mountains cleaner
  const lat = s.seat[1];
  const lon = s.seat[0];
  return 0.22 * (39.95 - lat) + 0.08 * (lon - 116.4) - (lat > 40.3 ? 0.12 : 0);
}

export function rankRow(values: number[], ids: string[]): number[] {
  const order = values.map((_v, i) => i).sort((a, b) => values[a] - values[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const ranks = new Array<number>(values.length);
  order.forEach((i, r) => { ranks[i] = r + 1; });
  return ranks;
}

export function buildStreetIndicators(base: BaseData): StreetIndicators {
  const rng = rngFor('street-indicators');
  const streets = base.streets;
  const ids = streets.map((s) => s.unit.id);
  const eff = streets.map(() => ({ pm25: normal(rng, 0, 0.06), tsp: normal(rng, 0, 0.12), dust: normal(rng, 0, 0.15), road: normal(rng, 0, 0.2) }));
  const spec: Record<IndicatorId, { unit: string; label: { zh: string; en: string }; clim: number[]; digits: number; key: 'pm25' | 'tsp' | 'dust' | 'road'; act: number }> = {
    pm25: { unit: 'µg/m³', label: { zh: 'PM2.5浓度', en: 'PM2.5 concentration' }, clim: PM25, digits: 1, key: 'pm25', act: 0.04 },
    tsp: { unit: 'µg/m³', label: { zh: 'TSP浓度', en: 'TSP concentration' }, clim: TSP, digits: 1, key: 'tsp', act: 0.12 },
    dustfall: { unit: 't/(km²·月)', label: { zh: '降尘量', en: 'Dustfall' }, clim: DUST, digits: 2, key: 'dust', act: 0.15 },
    roadDust: { unit: 'g/m²', label: { zh: '道路尘负荷', en: 'Road dust load' }, clim: ROAD, digits: 3, key: 'road', act: 0.2 },
  };
  const indicators = {} as StreetIndicators['indicators'];
  for (const id of ['pm25', 'tsp', 'dustfall', 'roadDust'] as IndicatorId[]) {
    const sp = spec[id];
    const values: number[][] = [];
    const ranks: number[][] = [];
    INDICATOR_MONTHS.forEach((m) => {
      const mon = Number(m.slice(5)) - 1;
      const yearF = m.startsWith('2024') ? 0.95 : 1;
      const f = 10 ** sp.digits;
      const row = streets.map((s, i) => {
        const v = sp.clim[mon] * yearF * (1 + gradient(s) + eff[i][sp.key] + sp.act * (intensity(s) - 0.5) + normal(rng, 0, 0.04));
        return Math.round(Math.max(v, sp.clim[mon] * 0.3) * f) / f;
      });
      values.push(row);
      ranks.push(rankRow(row, ids));
    });
    indicators[id] = { unit: sp.unit, label: sp.label, values, ranks };
  }
  return { months: INDICATOR_MONTHS, streets: ids, indicators, provenance: 'synthetic' };
}
