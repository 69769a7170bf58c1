/** The street's 24-month trend (value and city rank) with uPlot; lazy-loaded so uPlot stays out of the first bundle. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface TrendChartProps {
  months: string[];
  values: (number | null)[];
  ranks: (number | null)[];
  n: number;
  valueLabel: string;
  rankLabel: string;
  /** rank lines: the bottom-10 and bottom-30 thresholds */
  bottomLabel: string;
}

export default function TrendChart(p: TrendChartProps) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const xs = p.months.map((_, i) => i);
    const width = Math.max(260, el.current.clientWidth || 340);
    const plot = new uPlot(
      {
        width,
        height: 180,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, rank: { range: [p.n + 1, 0] } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => p.months[t]?.slice(2) ?? ''), space: 40, size: 28, font: '11px sans-serif' },
          { scale: 'y', size: 38, font: '11px sans-serif' },
          { scale: 'rank', side: 1, size: 36, grid: { show: false }, font: '11px sans-serif' },
        ],
        series: [
          { label: '' , value: (_u, v) => (v === null ? '' : p.months[v] ?? '') },
          { label: p.valueLabel, stroke: '#d73027', width: 2, scale: 'y' },
          { label: p.rankLabel, stroke: '#1565c0', width: 1.5, dash: [4, 3], scale: 'rank' },
          { label: p.bottomLabel, stroke: '#fc8d59', width: 1, dash: [2, 2], scale: 'rank', points: { show: false } },
        ],
      },
      [xs, p.values, p.ranks, xs.map(() => p.n - 10)],
      el.current,
    );
    return () => plot.destroy();
  }, [p.months, p.values, p.ranks, p.n, p.valueLabel, p.rankLabel, p.bottomLabel]);
  return <div ref={el} className="trend-chart" data-testid="trend-chart" />;
}
