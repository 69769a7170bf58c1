/**
 * npm run bench  (= node --expose-gc --import tsx bench/run.ts)
 *
 * Measures the analysis engine against the naive Turf way (turf.buffer + pointsWithinPolygon /
 * booleanIntersects over all pairs) on seeded synthetic data around Beijing, prints a table and
 * writes bench/results.json. Naive runs time a fixed sample of centres/streets and extrapolate
 * linearly (said in the table). This is a measurement, never a test: it does not fail for slowness.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { runPerStreet, runWithin } from '../src/analysis/cli';
import { randomPoints, randomPolygons, streetCells } from './lib/gen';

const SEED = 20231;
const gc = (globalThis as { gc?: () => void }).gc;

function peakRssMB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** wall-clock ms and CPU ms (user + system of this process; less sensitive to other load on the machine) */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

/** runs fn `reps` times; returns the first (cold, includes JIT warm-up) and the best run */
function measure<T>(fn: () => T, reps = 5): { coldMs: number; bestMs: number; bestCpuMs: number; value: T } {
  gc?.();
  const first = time(fn);
  let best = first.ms;
  let bestCpu = first.cpuMs;
  for (let i = 1; i < reps; i++) {
    gc?.();
    const t = time(fn);
    best = Math.min(best, t.ms);
    bestCpu = Math.min(bestCpu, t.cpuMs);
  }
  return { coldMs: first.ms, bestMs: best, bestCpuMs: bestCpu, value: first.value };
}

interface CaseResult {
  name: string;
  budgetMs: number;
  oursColdMs: number;
  oursBestMs: number;
  oursBestCpuMs: number;
  naiveMs: number;
  naiveNote: string;
  speedup: number;
  resultSize: number;
  agreement: string;
  peakRssAfterOursMB: number;
}

const results: CaseResult[] = [];
const loadBefore = os.loadavg();
console.log('generating data (seed %d)…', SEED);
const stations = randomPoints(1000, SEED + 1, 'st');
const points = randomPoints(100_000, SEED + 2, 'p');
const bare = randomPolygons(20_000, SEED + 3, 'b');
const streets = streetCells(SEED + 4);
const parcels = randomPolygons(20_000, SEED + 5, 'parcel');
console.log('streets: %d (%d vertices each), parcels: %d', streets.features.length, streets.features[0].geometry.coordinates[0].length, parcels.features.length);
gc?.();
const baseRss = peakRssMB();

// ---- ours ----
const w1 = measure(() => runWithin(stations, points, 500));
const rss1 = peakRssMB();
const w2 = measure(() => runWithin(stations, bare, 500));
const rss2 = peakRssMB();
const ps = measure(() => runPerStreet(streets, parcels), 3);
const rss3 = peakRssMB();

// ---- naive Turf (sampled) ----
function naiveWithinPoints(centers: Feature<Point>[], targets: FeatureCollection<Point>, r: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of centers) {
    const buf = turf.buffer(c, r, { units: 'meters' });
    if (!buf) continue;
    const inside = turf.pointsWithinPolygon(targets, buf);
    out.set(String(c.id), new Set(inside.features.map((f) => String(f.id))));
  }
  return out;
}
function naiveWithinPolys(centers: Feature<Point>[], targets: FeatureCollection<Polygon>, r: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of centers) {
    const buf = turf.buffer(c, r, { units: 'meters' });
    if (!buf) continue;
    const s = new Set<string>();
    for (const t of targets.features) if (turf.booleanIntersects(buf, t)) s.add(String(t.id));
    out.set(String(c.id), s);
  }
  return out;
}
function agreement(ours: { center: string | number; target: string | number }[], naive: Map<string, Set<string>>): string {
  let same = 0;
  let onlyOurs = 0;
  let onlyNaive = 0;
  for (const [c, set] of naive) {
    const mine = new Set(ours.filter((p) => String(p.center) === c).map((p) => String(p.target)));
    for (const t of mine) if (set.has(t)) same++;
      else onlyOurs++;
    for (const t of set) if (!mine.has(t)) onlyNaive++;
  }
  return `sampled centres: ${same} pairs agree, ${onlyOurs} only ours, ${onlyNaive} only Turf (Turf's buffer is a 64-gon on a sphere)`;
}

const SAMPLE1 = 20;
const sample1 = stations.features.slice(0, SAMPLE1);
const n1 = time(() => naiveWithinPoints(sample1, points, 500));
results.push({
  name: 'within: 1,000 stations × 100,000 points, 500 m',
  budgetMs: 100,
  oursColdMs: w1.coldMs,
  oursBestMs: w1.bestMs,
  oursBestCpuMs: w1.bestCpuMs,
  naiveMs: (n1.ms * stations.features.length) / SAMPLE1,
  naiveNote: `timed ${SAMPLE1} of 1,000 centres (${n1.ms.toFixed(0)} ms), extrapolated ×${1000 / SAMPLE1}`,
  speedup: 0,
  resultSize: w1.value.pairs.length,
  agreement: agreement(w1.value.pairs, n1.value),
  peakRssAfterOursMB: rss1,
});

const SAMPLE2 = 5;
const sample2 = stations.features.slice(0, SAMPLE2);
const n2 = time(() => naiveWithinPolys(sample2, bare, 500));
results.push({
  name: 'within: 1,000 stations × 20,000 bare-land polygons, 500 m',
  budgetMs: 300,
  oursColdMs: w2.coldMs,
  oursBestMs: w2.bestMs,
  oursBestCpuMs: w2.bestCpuMs,
  naiveMs: (n2.ms * stations.features.length) / SAMPLE2,
  naiveNote: `timed ${SAMPLE2} of 1,000 centres (${n2.ms.toFixed(0)} ms), extrapolated ×${1000 / SAMPLE2}`,
  speedup: 0,
  resultSize: w2.value.pairs.length,
  agreement: agreement(w2.value.pairs, n2.value),
  peakRssAfterOursMB: rss2,
});

const SAMPLE3 = 3;
const sample3 = streets.features.slice(150, 150 + SAMPLE3);
const n3 = time(() => {
  const out: { street: string; count: number; area: number }[] = [];
  for (const s of sample3) {
    let count = 0;
    let area = 0;
    for (const p of parcels.features) {
      if (!turf.booleanIntersects(s, p)) continue;
      count++;
      const x = turf.intersect(turf.featureCollection([s, p]));
      if (x) area += turf.area(x);
    }
    out.push({ street: String(s.id), count, area });
  }
  return out;
});
const ourSample3 = ps.value.streets.filter((s) => sample3.some((f) => f.id === s.street));
results.push({
  name: 'per-street: 349 streets × 20,000 parcels',
  budgetMs: 2000,
  oursColdMs: ps.coldMs,
  oursBestMs: ps.bestMs,
  oursBestCpuMs: ps.bestCpuMs,
  naiveMs: (n3.ms * streets.features.length) / SAMPLE3,
  naiveNote: `timed ${SAMPLE3} of 349 streets (${n3.ms.toFixed(0)} ms), extrapolated ×${(349 / SAMPLE3).toFixed(1)}`,
  speedup: 0,
  resultSize: ps.value.streets.reduce((a, s) => a + s.count, 0),
  agreement: n3.value
    .map((t, i) => `${t.street}: count ${ourSample3[i]?.count}/${t.count}, area ${ourSample3[i]?.area_m2.toFixed(0)}/${t.area.toFixed(0)} m² (ours/Turf spherical)`)
    .join('; '),
  peakRssAfterOursMB: rss3,
});
for (const r of results) r.speedup = r.naiveMs / r.oursBestMs; // naive wall time (sampled) vs our best wall time

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
console.log(`\nload average before the runs: ${loadBefore.map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} cores (wall times on a shared machine vary; CPU ms is steadier)`);
console.log(pad('case', 58) + pad('ours cold', 11) + pad('ours best', 11) + pad('best CPU', 10) + pad('budget', 9) + pad('naive (extrap.)', 17) + pad('speedup', 10) + 'peak RSS');
for (const r of results) {
  console.log(
    pad(r.name, 58) +
      pad(`${r.oursColdMs.toFixed(1)} ms`, 11) +
      pad(`${r.oursBestMs.toFixed(1)} ms`, 11) +
      pad(`${r.oursBestCpuMs.toFixed(1)} ms`, 10) +
      pad(`${r.budgetMs} ms`, 9) +
      pad(`${(r.naiveMs / 1000).toFixed(1)} s`, 17) +
      pad(`${r.speedup.toFixed(0)}×`, 10) +
      `${r.peakRssAfterOursMB} MB`,
  );
}
console.log('');
for (const r of results) console.log(`- ${r.name}: ${r.resultSize} results; naive: ${r.naiveNote}; ${r.agreement}`);
const finalPeak = peakRssMB();
console.log(`\npeak RSS: ${rss3} MB after our three cases (data generated: ${baseRss} MB), ${finalPeak} MB including the naive Turf runs`);
console.log('naive times are extrapolated from the samples above; this benchmark never fails for slowness.');

writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify(
    {
      seed: SEED,
      node: process.version,
      cpus: os.cpus().length,
      loadAverageBefore: loadBefore,
      date: new Date().toISOString().slice(0, 10),
      cases: results.map((r) => ({ ...r, oursColdMs: +r.oursColdMs.toFixed(1), oursBestMs: +r.oursBestMs.toFixed(1), oursBestCpuMs: +r.oursBestCpuMs.toFixed(1), naiveMs: Math.round(r.naiveMs), speedup: +r.speedup.toFixed(1) })),
      peakRssMB: { afterData: baseRss, afterOurs: rss3, total: finalPeak },
    },
    null,
    2,
  )}\n`,
);
console.log('wrote bench/results.json');
