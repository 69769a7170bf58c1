/** Synthetic 走航 (mobile monitoring) readings for one month: vehicle tracks on a street grid, VOC hotspots near auto-repair clusters and main roads. */
import type { Position } from 'geojson';
import type { MobileReadings } from '../../../src/data/formats/mobile-bin';
import type { BaseData } from './base';
import type { NamedPlace } from './places';
import { intensity } from './synthetic';
import { WeightedSampler } from '../lib/features';
import { normal, rngFor, uniform } from '../lib/prng';

const M_PER_DEG_LAT = 111_320;

function daysInMonth(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function segDistM(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1] * Math.PI) / 180) * M_PER_DEG_LAT;
  const ax = (a[0] - p[0]) * k, ay = (a[1] - p[1]) * M_PER_DEG_LAT;
  const bx = (b[0] - p[0]) * k, by = (b[1] - p[1]) * M_PER_DEG_LAT;
  const dx = bx - ax, dy = by - ay;
  const L2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / L2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

export function buildMobileMonth(base: BaseData, places: NamedPlace[], month: string, count: number): MobileReadings {
  const rng = rngFor(`mobile-${month}`);
  const mon = Number(month.slice(5));
  const days = daysInMonth(month);
  const clusters = places.filter((p) => p.kind === 'repair-cluster').map((p) => p.geometry.coordinates as Position);
  const roads = places.filter((p) => p.kind === 'linear-work').flatMap((p) => {
    const c = p.geometry.coordinates as Position[];
    return c.slice(1).map((q, i) => [c[i], q] as [Position, Position]);
  });
  // daily regional PM2.5 background: winter higher with haze episodes
  const seasonal = [42, 45, 44, 38, 30, 29, 27, 24, 26, 34, 42, 40][mon - 1];
  const daily = Array.from({ length: days }, () => seasonal * Math.exp(normal(rng, -0.1, 0.45)));
  const starts = new WeightedSampler(base.streets, (s) => intensity(s) ** 2 * Math.sqrt(s.areaM2 / 1e6));
  const lon = new Float32Array(count), lat = new Float32Array(count), vocs = new Float32Array(count), pm25 = new Float32Array(count);
  const minutes = new Uint32Array(count);
  let n = 0;
  while (n < count) {
    // a trip: start near a repair cluster (40%) or in a busy street
    let p: Position;
    if (rng() < 0.4) {
      const c = clusters[Math.floor(rng() * clusters.length)];
      p = [c[0] + normal(rng, 0, 0.02), c[1] + normal(rng, 0, 0.015)];
    } else {
      p = starts.sample(rng()).seat;
    }
    if (!base.streetIndex.find(p[0], p[1])) continue;
    const day = Math.floor(rng() * days);
    let t = day * 1440 + Math.floor(uniform(rng, 7, 17) * 60);
    const len = Math.floor(uniform(rng, 300, 900));
    let dir = Math.floor(rng() * 4);
    const stepM = uniform(rng, 60, 140); // ≈ 15–35 km/h at one reading per 15 s
    for (let i = 0; i < len && n < count; i++) {
      if (rng() < 0.04) dir = (dir + (rng() < 0.5 ? 1 : 3)) % 4;
      const dx = [1, 0, -1, 0][dir] * stepM, dy = [0, 1, 0, -1][dir] * stepM;
      const q: Position = [p[0] + dx / (M_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180)), p[1] + dy / M_PER_DEG_LAT];
      if (!base.streetIndex.find(q[0], q[1])) { dir = (dir + 2) % 4; continue; }
      p = q;
      let v = 12 * Math.exp(normal(rng, 0, 0.35));
      for (const c of clusters) {
        const dxm = (p[0] - c[0]) * M_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180);
        const dym = (p[1] - c[1]) * M_PER_DEG_LAT;
        v += 90 * Math.exp(-(dxm * dxm + dym * dym) / (2 * 700 * 700)) * Math.exp(normal(rng, 0, 0.3));
      }
      let road = Infinity;
      for (const [a, b] of roads) road = Math.min(road, segDistM(p, a, b));
      if (road < 300) v += 25 * (1 - road / 300);
      const hour = (t % 1440) / 60;
      const rush = hour >= 7 && hour <= 9 ? 1.15 : hour >= 17 && hour <= 19 ? 1.2 : 1;
      const south = 1 + 0.25 * (39.95 - p[1]);
      lon[n] = p[0];
      lat[n] = p[1];
      vocs[n] = Math.round(v * rush * 10) / 10;
      pm25[n] = Math.round(daily[day] * south * rush * Math.exp(normal(rng, 0, 0.12)) * (road < 200 ? 1.1 : 1) * 10) / 10;
      minutes[n] = Math.min(t, days * 1440 - 1);
      n++;
      t += 0.25;
    }
  }
  // minutes are whole numbers: readings every 15 s share the minute
  for (let i = 0; i < count; i++) minutes[i] = Math.floor(minutes[i]);
  return { month, lon, lat, vocs, pm25, minutes };
}
