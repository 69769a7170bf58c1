/** Feature construction helpers shared by the steps: stable key order, 6-decimal coordinates, street lookup. */
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { MultiCoords } from './geo';
import { r6 } from './geo';

export type Props = Record<string, string | number | boolean>;

export function pointFeature(p: Position, props: Props): Feature<Point, Props> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [r6(p[0]), r6(p[1])] }, properties: props };
}

export function lineFeature(coords: Position[], props: Props): Feature<LineString, Props> {
  return { type: 'Feature', geometry: { type: 'LineString', coordinates: coords.map((p) => [r6(p[0]), r6(p[1])]) }, properties: props };
}

export function polyFeature(m: MultiCoords, props: Props): Feature<Polygon | MultiPolygon, Props> {
  const geometry: Polygon | MultiPolygon = m.length === 1 ? { type: 'Polygon', coordinates: m[0] } : { type: 'MultiPolygon', coordinates: m };
  return { type: 'Feature', geometry, properties: props };
}

/** Cumulative-weight sampler (binary search) for picking among many items repeatedly. */
export class WeightedSampler<T> {
  private readonly cum: number[] = [];
  private readonly total: number;
  constructor(private readonly items: readonly T[], weight: (t: T) => number) {
    let s = 0;
    for (const it of items) {
      s += Math.max(0, weight(it));
      this.cum.push(s);
    }
    this.total = s;
  }
  sample(r: number): T {
    const x = r * this.total;
    let lo = 0, hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

export const pad = (n: number, w = 6): string => String(n).padStart(w, '0');
