/**
 * npm run build:public → dist-public/: the read-only public map. Builds the app with VITE_PUBLIC_BUILD=1
 * (no internal panels bundled, no source maps, no mock worker), then rewrites dist-public/data/ from
 * public/data/ keeping only public layers and properties (internal ones stripped, ledgers aggregated per
 * street or left out), and finally scans every file for internal layer ids, property names and values.
 * Usage: tsx scripts/build-public.ts [--skip-build] [--out dist-public]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Manifest, ManifestDataset, ManifestLayer } from '../src/data/manifest';
import { aggregateByStreet, aggregateLayerSpec, AGG_SUFFIX, forbiddenTokens, scanText, stripProperties, stripTasks, type LeakHit, type TasksFile } from './public-data';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = path.resolve(root, outArg >= 0 ? args[outArg + 1] ?? '' : 'dist-public');
for (const a of args) if (a.startsWith('--') && !['--skip-build', '--out'].includes(a)) {
  console.error(`build:public: unknown option ${a} (use --skip-build, --out <dir>)`);
  process.exit(2);
}
const src = path.join(root, 'public/data');
const readJson = <T>(p: string): T => JSON.parse(fs.readFileSync(p, 'utf8')) as T;

export function internalSampleValues(m: Manifest, dataDir: string): string[] {
  const values: string[] = [];
  for (const l of m.layers) {
    const file = l.files.find((f) => f.format === 'geojson');
    if (!file) continue;
    const fc = readJson<FeatureCollection>(path.join(dataDir, file.path));
    // internal properties; for layers not shipped in full, their names too (public categories of aggregated layers may appear)
    const keys = Object.entries(l.properties)
      .filter(([k, s]) => s.visibility === 'internal' || (l.publicMode === 'none' && l.visibility === 'internal') || (l.publicMode !== 'full' && k === 'name'))
      .filter(([k]) => !['id', 'streetId', 'streetName', 'districtCode', 'districtName'].includes(k))
      .map(([k]) => k);
    const seen = new Set<string>();
    for (const f of fc.features.slice(0, 400)) {
      for (const k of keys) {
        const v = f.properties?.[k];
        if (typeof v === 'string' && v.length >= 5 && !/^\d{4}-\d{2}$/.test(v) && seen.size < 12 && !isPublicValue(m, v, dataDir)) seen.add(v);
      }
    }
    values.push(...seen);
  }
  const tasks = fs.existsSync(path.join(dataDir, 'tasks.json')) ? readJson<TasksFile>(path.join(dataDir, 'tasks.json')) : null;
  for (const t of tasks?.tasks ?? []) for (const ms of t.measures) for (const p of ms.leadPersons ?? []) if (p.replace(/\s/g, '').length >= 2) values.push(p);
  return [...new Set(values)];
}

const publicValueCache = new Map<string, Set<string>>();
/** A value that public layers also carry (a street name, a department in the plans) is not a leak. */
function isPublicValue(m: Manifest, v: string, dataDir: string): boolean {
  let set = publicValueCache.get(dataDir);
  if (!set) {
    set = new Set();
    for (const l of m.layers.filter((x) => x.visibility === 'public'))
      for (const f of l.files.filter((x) => x.format === 'geojson'))
        for (const feat of readJson<FeatureCollection>(path.join(dataDir, f.path)).features) for (const x of Object.values(feat.properties ?? {})) if (typeof x === 'string') set.add(x);
    const tasks = path.join(dataDir, 'tasks.json');
    if (fs.existsSync(tasks)) set.add(fs.readFileSync(tasks, 'utf8'));
    publicValueCache.set(dataDir, set);
  }
  for (const x of set) if (x === v || (x.length > 200 && x.includes(v))) return true;
  return false;
}

function writeFile(rel: string, text: string) {
  const p = path.join(out, 'data', rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  const buf = Buffer.from(text);
  return { bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length };
}

export function buildPublicData(): Manifest {
  const m = readJson<Manifest>(path.join(src, 'manifest.json'));
  fs.rmSync(path.join(out, 'data'), { recursive: true, force: true });
  const streets = readJson<FeatureCollection>(path.join(src, 'streets.geojson'));
  const points = new Map(streets.features.map((f) => [String(f.id ?? f.properties?.id), { name: String(f.properties?.name ?? ''), point: pointOnFeature(f).geometry.coordinates as [number, number] }]));
  const layers: ManifestLayer[] = [];
  for (const l of m.layers) {
    const file = l.files.find((f) => f.format === 'geojson');
    if (l.visibility === 'public' && l.publicMode === 'full' && file) {
      const fc = stripProperties(readJson<FeatureCollection>(path.join(src, file.path)), l);
      const size = writeFile(file.path, JSON.stringify(fc));
      layers.push({ ...l, properties: Object.fromEntries(Object.entries(l.properties).filter(([, s]) => s.visibility === 'public')), files: [{ ...file, ...size }] });
    } else if (l.publicMode === 'aggregated' && file) {
      const agg = aggregateByStreet(readJson<FeatureCollection>(path.join(src, file.path)), l, points);
      const rel = `${l.id}${AGG_SUFFIX}.geojson`;
      const size = writeFile(rel, JSON.stringify(agg));
      const spec = aggregateLayerSpec(l, agg.features.length, rel);
      layers.push({ ...spec, files: [{ ...spec.files[0], ...size }] });
    }
  }
  const datasets: ManifestDataset[] = [];
  for (const d of m.datasets.filter((x) => x.visibility === 'public')) {
    const files = d.files.map((f) => ({ ...f, ...writeFile(f.path, fs.readFileSync(path.join(src, f.path), 'utf8')) }));
    datasets.push({ ...d, files });
  }
  if (fs.existsSync(path.join(src, 'tasks.json'))) writeFile('tasks.json', JSON.stringify(stripTasks(readJson<TasksFile>(path.join(src, 'tasks.json')))));
  const pub: Manifest = { ...m, layers, datasets, mobileMonthsAvailable: [], mobileMonthsGeneratable: [] };
  writeFile('manifest.json', JSON.stringify(pub, null, 1));
  return m;
}

export function scanDir(dir: string, t: ReturnType<typeof forbiddenTokens>): LeakHit[] {
  const hits: LeakHit[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hits.push(...scanText(path.relative(dir, p), fs.readFileSync(p, 'latin1') === '' ? '' : fs.readFileSync(p, 'utf8'), t));
    }
  };
  walk(dir);
  return hits;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (!args.includes('--skip-build')) {
    execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'public', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  fs.rmSync(path.join(out, 'mockServiceWorker.js'), { force: true });
  const m = buildPublicData();
  const tokens = forbiddenTokens(m, internalSampleValues(m, src));
  const hits = scanDir(out, tokens);
  if (hits.length) {
    console.error(`build:public: internal data found in ${out}:`);
    for (const h of hits.slice(0, 40)) console.error(`  ${h.file}: ${h.kind} "${h.token}"`);
    process.exit(1);
  }
  console.log(`build:public: ${out} written; scanned for ${tokens.layerIds.length} internal layer ids, ${tokens.propertyNames.length} internal property names and ${tokens.values.length} sample internal values: no leak.`);
}
