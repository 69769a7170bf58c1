/**
 * Square-cell aggregation of point readings (e.g. 走航 VOCs) in true metres, and hotspot clusters:
 * cells at or above a quantile threshold, joined into 8-connected clusters. Pure; O(n) over points.
 */

export interface GridCell {
  ix: number;
  iy: number;
  count: number;
  mean: number;
  max: number;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
}

export interface Grid {
  cellMeters: number;
  cells: GridCell[];
}

const M_PER_DEG_LAT = 111_132.954; // WGS84 mean meridional degree near 40°N (within 0.05%)

/** Bins points into cellMeters × cellMeters cells (east-west size scaled by cos(refLat)). */
export function aggregateToGrid(lon: ArrayLike<number>, lat: ArrayLike<number>, values: ArrayLike<number>, cellMeters: number, refLat = 40, minCount = 3): Grid {
  const dLat = cellMeters / M_PER_DEG_LAT;
  const dLon = cellMeters / (M_PER_DEG_LAT * Math.cos((refLat * Math.PI) / 180));
  const acc = new Map<number, { ix: number; iy: number; n: number; sum: number; max: number }>();
  for (let i = 0; i < lon.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || !Number.isFinite(lon[i]) || !Number.isFinite(lat[i])) continue;
    const ix = Math.floor(lon[i] / dLon);
    const iy = Math.floor(lat[i] / dLat);
    const key = ix * 1_000_003 + iy;
    let c = acc.get(key);
    if (!c) acc.set(key, (c = { ix, iy, n: 0, sum: 0, max: -Infinity }));
    c.n++;
    c.sum += v;
    if (v > c.max) c.max = v;
  }
  const cells: GridCell[] = [];
  for (const c of acc.values()) {
    if (c.n < minCount) continue;
    cells.push({ ix: c.ix, iy: c.iy, count: c.n, mean: c.sum / c.n, max: c.max, bbox: [c.ix * dLon, c.iy * dLat, (c.ix + 1) * dLon, (c.iy + 1) * dLat] });
  }
  cells.sort((a, b) => a.ix - b.ix || a.iy - b.iy);
  return { cellMeters, cells };
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = Math.min(sorted.length - 1, Math.max(0, q * (sorted.length - 1)));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export interface Hotspot {
  id: string;
  cells: GridCell[];
  /** mean of the member cells' means */
  mean: number;
  max: number;
  count: number;
  /** [lon, lat] of the hottest cell's centre */
  peak: [number, number];
  bbox: [number, number, number, number];
}

/** A cell needs this many readings to count as a hotspot: a mean of three passes is noise, not a finding. */
export const HOTSPOT_MIN_READINGS = 10;

/**
 * Cells with mean ≥ the threshold (default: the top 5% of well-sampled cells), grouped into 8-connected
 * clusters, hottest first. Cells with fewer than `minReadings` readings take no part.
 */
export function hotspots(grid: Grid, opts: { topShare?: number; threshold?: number; minReadings?: number } = {}): { threshold: number; hotspots: Hotspot[] } {
  const sampled = grid.cells.filter((c) => c.count >= (opts.minReadings ?? HOTSPOT_MIN_READINGS));
  const means = sampled.map((c) => c.mean).sort((a, b) => a - b);
  const threshold = opts.threshold ?? quantile(means, 1 - (opts.topShare ?? 0.05));
  const hot = sampled.filter((c) => c.mean >= threshold);
  const byKey = new Map(hot.map((c) => [`${c.ix},${c.iy}`, c]));
  const seen = new Set<string>();
  const out: Hotspot[] = [];
  for (const start of hot) {
    const k0 = `${start.ix},${start.iy}`;
    if (seen.has(k0)) continue;
    const members: GridCell[] = [];
    const stack = [start];
    seen.add(k0);
    while (stack.length) {
      const c = stack.pop()!;
      members.push(c);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const k = `${c.ix + dx},${c.iy + dy}`;
          const n = byKey.get(k);
          if (n && !seen.has(k)) {
            seen.add(k);
            stack.push(n);
          }
        }
    }
    const peakCell = members.reduce((a, b) => (b.mean > a.mean ? b : a));
    out.push({
      id: `hs-${peakCell.ix}-${peakCell.iy}`,
      cells: members,
      mean: members.reduce((s, c) => s + c.mean, 0) / members.length,
      max: Math.max(...members.map((c) => c.max)),
      count: members.reduce((s, c) => s + c.count, 0),
      peak: [(peakCell.bbox[0] + peakCell.bbox[2]) / 2, (peakCell.bbox[1] + peakCell.bbox[3]) / 2],
      bbox: [Math.min(...members.map((c) => c.bbox[0])), Math.min(...members.map((c) => c.bbox[1])), Math.max(...members.map((c) => c.bbox[2])), Math.max(...members.map((c) => c.bbox[3]))],
    });
  }
  out.sort((a, b) => b.mean - a.mean);
  return { threshold, hotspots: out };
}
