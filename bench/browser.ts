/**
 * npm run bench:browser  (= node --import tsx bench/browser.ts)
 *
 * Issue 5's speed goals, measured in one run against the production build in headless Chromium
 * (software WebGL, see docs/stack-notes.md §4–5):
 *   1. navigation start → first street choropleth drawn (the app's first map `idle` with a
 *      data-driven `streets-fill`), against a bare MapLibre page with the districts GeoJSON as one fill
 *      layer at the same view and map size (navigation start → its first `idle`); median of 3, goal < 2×;
 *   2. gzip (zlib 9) of the JavaScript dist/index.html loads eagerly; goal < 900 KB;
 *   3. layer toggle → map `idle` and month change → map `idle`, median of 5 each; goal < 300 ms.
 * Prints a table and writes bench/browser-results.json. A benchmark, not a test: slowness never fails
 * it; only real errors (build, server, browser, timeouts) exit non-zero.
 *
 *   --skip-build   reuse dist/ as it is
 *   --reps N       page loads per side (default 3)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Browser } from '../tests/e2e/browser';
import { BEIJING_VIEW } from '../src/state/url-state';
import { bareHtml, serveBare, type BareServer } from './browser/bare';
import { analyseBundle, type BundleReport } from './browser/bundle';
import { APP_INIT_SCRIPT, arm, READ_MARKS, READ_RESOURCES, READ_RESULT, type ActionResult, type AppLoadMarks } from './browser/page-scripts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT_FILE = path.join(ROOT, 'bench/browser-results.json');
const VIEWPORT = { width: 1440, height: 900 };
const GOALS = { loadRatio: 2, initialJsGzipKB: 900, interactionMs: 300 };
const TOGGLE_LAYER = 'water-sections';
const INTERACTIONS = 5;
const PAGE_TIMEOUT = 120_000;

const args = process.argv.slice(2);
const SKIP_BUILD = args.includes('--skip-build');
const REPS = args.includes('--reps') ? Math.max(1, Number(args[args.indexOf('--reps') + 1]) || 3) : 3;

// ---------- small helpers ----------

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
/** kB = 1000 bytes, as Vite's build report counts */
const kb = (bytes: number) => round(bytes / 1000, 1);
const log = (msg: string) => console.log(`[bench:browser] ${msg}`);

function run(cmd: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${argv.join(' ')} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, ms: number, proc: ChildProcess) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`vite preview exited early with ${proc.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer at ${url} within ${ms} ms`);
}

function stop(proc: ChildProcess | undefined): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      proc.kill('SIGKILL');
      resolve();
    }, 5000);
    proc.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

/** Console noise that is expected: the production build has no /api/session (→ public role). */
const expectedError = (e: string) => /Failed to load resource.*404|api\/session/.test(e);

// ---------- measurements ----------

interface AppLoad extends AppLoadMarks {
  resources: Record<string, number | null>;
  mapBox: { width: number; height: number };
  errors: string[];
}

/**
 * Polls an expression with page.evaluate (CDP Runtime.evaluate, which the build's CSP does not block,
 * unlike waitForFunction with a string). The timings themselves are taken inside the page.
 */
async function waitForExpr(page: Page, expr: string, timeout = PAGE_TIMEOUT): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expr))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${expr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const b = await launch(VIEWPORT);
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.addInitScript({ content: APP_INIT_SCRIPT });
  await page.goto(url);
  await waitForExpr(page, '!!window.__bench && window.__bench.choroplethIdleAt !== null');
}

async function measureAppLoad(url: string): Promise<AppLoad> {
  return withBrowser(async (b) => {
    await openApp(b.page, url);
    const marks = (await b.page.evaluate(READ_MARKS)) as AppLoadMarks;
    const resources = (await b.page.evaluate(READ_RESOURCES)) as Record<string, number | null>;
    const box = await b.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('app map not visible');
    return { ...marks, resources, mapBox: { width: Math.round(box.width), height: Math.round(box.height) }, errors: b.errors.filter((e) => !expectedError(e)) };
  });
}

interface BareLoad {
  loadAt: number;
  idleAt: number;
  resources: Record<string, number | null>;
  errors: string[];
}

async function measureBareLoad(url: string): Promise<BareLoad> {
  return withBrowser(async (b) => {
    await b.page.goto(url);
    await waitForExpr(b.page, '!!window.__bare && window.__bare.idleAt !== null');
    const r = (await b.page.evaluate('({ loadAt: window.__bare.loadAt, idleAt: window.__bare.idleAt })')) as { loadAt: number; idleAt: number };
    const resources = (await b.page.evaluate(READ_RESOURCES)) as Record<string, number | null>;
    return { ...r, resources, errors: b.errors.filter((e) => !expectedError(e)) };
  });
}

interface Interaction extends ActionResult {
  action: string;
}

async function measureInteractions(url: string): Promise<{ toggles: Interaction[]; months: Interaction[]; errors: string[] }> {
  return withBrowser(async (b) => {
    const page = b.page;
    await openApp(page, url);
    // let the start settle: nothing loading, one more idle
    await waitForExpr(page, `document.querySelectorAll('[data-status="loading"]').length === 0`);
    await page.waitForTimeout(500);

    const act = async (label: string, kind: 'layer-on' | 'layer-off' | 'month', arg: string, doIt: () => Promise<void>): Promise<Interaction> => {
      await page.evaluate(arm(kind, arg, 30_000));
      await doIt();
      const r = (await page.evaluate(READ_RESULT)) as ActionResult;
      if (!r.matched) throw new Error(`${label}: the map never became idle with the change in place (first idle after the event: ${r.firstIdleMs ?? 'none'} ms)`);
      await page.waitForTimeout(300);
      return { action: label, ...r };
    };

    const toggle = page.locator(`[data-testid="layer-${TOGGLE_LAYER}"] input[type="checkbox"]`);
    await toggle.waitFor({ state: 'visible', timeout: PAGE_TIMEOUT });
    const toggles: Interaction[] = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      const on = !(await toggle.isChecked());
      const label = `${TOGGLE_LAYER} ${on ? 'on' : 'off'}${on && i === 0 ? ' (first: fetches the file)' : ''}`;
      toggles.push(await act(label, on ? 'layer-on' : 'layer-off', TOGGLE_LAYER, () => toggle.click()));
    }

    const slider = page.locator('[data-testid="month-slider"]');
    await slider.waitFor({ state: 'visible', timeout: PAGE_TIMEOUT });
    const max = Number(await slider.getAttribute('max'));
    const months: Interaction[] = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      const cur = Number(await slider.inputValue());
      const next = cur >= 1 ? cur - 1 : max;
      const monthLabel = async () => (await page.textContent('[data-testid="month"]'))?.trim() ?? '?';
      const from = await monthLabel();
      const r = await act(`month index ${cur} → ${next}`, 'month', '', () => slider.fill(String(next)));
      months.push({ ...r, action: `month ${from} → ${await monthLabel()}` });
    }
    return { toggles, months, errors: b.errors.filter((e) => !expectedError(e)) };
  });
}

// ---------- report ----------

interface Row {
  metric: string;
  goal: string;
  measured: string;
  ratio: string;
  verdict: string;
}

function table(rows: Row[]): string {
  const cols: (keyof Row)[] = ['metric', 'goal', 'measured', 'ratio', 'verdict'];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const w = cols.map((c) => Math.max(width(c), ...rows.map((r) => width(r[c]))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(w[i] - width(c))).join(' | ')} |`;
  return [line(cols), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

const verdict = (ok: boolean) => (ok ? 'meets goal' : 'MISSES goal');

function packageGroups(bundle: BundleReport) {
  const groupOf = (n: string) =>
    n === 'maplibre-gl'
      ? 'maplibre-gl'
      : /^@(deck\.gl|luma\.gl|math\.gl|loaders\.gl|probe\.gl)\//.test(n) || ['mjolnir.js', 'earcut', 'gl-matrix'].includes(n)
        ? 'deck.gl + luma.gl stack'
        : ['react', 'react-dom', 'scheduler'].includes(n)
          ? 'react + react-dom'
          : ['i18next', 'react-i18next'].includes(n)
            ? 'i18next'
            : n.startsWith('app: ')
              ? 'app code (src/)'
              : 'other';
  const g = new Map<string, { rawBytes: number; gzipBytes: number }>();
  for (const p of bundle.eagerByPackage) {
    const k = groupOf(p.name);
    const v = g.get(k) ?? { rawBytes: 0, gzipBytes: 0 };
    g.set(k, { rawBytes: v.rawBytes + p.rawBytes, gzipBytes: v.gzipBytes + p.gzipBytes });
  }
  return [...g].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.rawBytes - a.rawBytes);
}

// ---------- main ----------

async function main() {
  let preview: ChildProcess | undefined;
  let bare: BareServer | undefined;
  const cleanup = async () => {
    await stop(preview);
    await bare?.close();
  };
  const onSignal = (sig: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (!SKIP_BUILD) {
      log('building the production app (vite build → dist/)');
      await run(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
    }
    if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/index.html is missing (build failed?)');
    if (!fs.existsSync(path.join(DIST, 'data/districts.geojson'))) throw new Error('dist/data/districts.geojson is missing (run npm run geodata?)');

    log('bundle: eager scripts from dist/index.html, gzip level 9');
    const bundle = analyseBundle(DIST);

    const port = await freePort();
    preview = spawn(path.join(ROOT, 'node_modules/.bin/vite'), ['preview', '--outDir', 'dist', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const appUrl = `http://127.0.0.1:${port}/`;
    await waitForHttp(appUrl, 30_000, preview);
    bare = await serveBare(bareHtml(BEIJING_VIEW, 'districts.geojson'), path.join(ROOT, 'node_modules/maplibre-gl/dist'), path.join(DIST, 'data'));
    log(`app at ${appUrl} (vite preview), bare MapLibre at ${bare.url}; Chromium ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}, ${VIEWPORT.width}×${VIEWPORT.height}, fresh profile per load`);

    const apps: AppLoad[] = [];
    const bares: BareLoad[] = [];
    for (let i = 0; i < REPS; i++) {
      const a = await measureAppLoad(appUrl);
      apps.push(a);
      const bl = await measureBareLoad(`${bare.url}?w=${a.mapBox.width}&h=${a.mapBox.height}`);
      bares.push(bl);
      log(`load ${i + 1}/${REPS}: app choropleth idle ${round(a.choroplethIdleAt ?? Number.NaN)} ms, bare idle ${round(bl.idleAt)} ms`);
    }
    const appMs = median(apps.map((a) => a.choroplethIdleAt ?? Number.NaN));
    const bareMs = median(bares.map((b) => b.idleAt));
    const loadRatio = appMs / bareMs;

    log(`interactions: ${INTERACTIONS} × toggle "${TOGGLE_LAYER}", ${INTERACTIONS} × month slider`);
    const inter = await measureInteractions(appUrl);
    for (const r of [...inter.toggles, ...inter.months]) log(`  ${r.action}: ${round(r.ms ?? Number.NaN)} ms (first idle after the event ${round(r.firstIdleMs ?? Number.NaN)} ms)`);
    const toggleMs = median(inter.toggles.map((r) => r.ms ?? Number.NaN));
    const monthMs = median(inter.months.map((r) => r.ms ?? Number.NaN));

    const eagerKB = kb(bundle.eagerGzipBytes);
    const rows: Row[] = [
      {
        metric: `first street choropleth, app (median of ${REPS})`,
        goal: `< ${GOALS.loadRatio}× bare`,
        measured: `${round(appMs)} ms`,
        ratio: `${round(loadRatio, 2)}× bare`,
        verdict: verdict(loadRatio < GOALS.loadRatio),
      },
      { metric: `bare MapLibre page → idle (median of ${REPS})`, goal: 'baseline', measured: `${round(bareMs)} ms`, ratio: '1×', verdict: '' },
      {
        metric: `initial JS, gzip (${bundle.eager.length} eager files)`,
        goal: `< ${GOALS.initialJsGzipKB} kB`,
        measured: `${eagerKB} kB`,
        ratio: `${round(eagerKB / GOALS.initialJsGzipKB, 2)}× goal`,
        verdict: verdict(eagerKB < GOALS.initialJsGzipKB),
      },
      {
        metric: `toggle layer → idle (median of ${inter.toggles.length})`,
        goal: `< ${GOALS.interactionMs} ms`,
        measured: `${round(toggleMs)} ms`,
        ratio: `${round(toggleMs / GOALS.interactionMs, 2)}× goal`,
        verdict: verdict(toggleMs < GOALS.interactionMs),
      },
      {
        metric: `change month → idle (median of ${inter.months.length})`,
        goal: `< ${GOALS.interactionMs} ms`,
        measured: `${round(monthMs)} ms`,
        ratio: `${round(monthMs / GOALS.interactionMs, 2)}× goal`,
        verdict: verdict(monthMs < GOALS.interactionMs),
      },
    ];

    const medianApp = [...apps].sort((a, b) => (a.choroplethIdleAt ?? 0) - (b.choroplethIdleAt ?? 0))[apps.length >> 1];
    const groups = packageGroups(bundle);
    console.log('\nBeijing Eco Map: browser benchmark (production build, headless Chromium, software WebGL)\n');
    console.log(table(rows));
    console.log(
      `\nApp load, median run (ms since navigation start): ${Object.entries({ ...medianApp.resources, mapCreated: medianApp.mapCreatedAt, mapLoad: medianApp.loadAt, streetsLayer: medianApp.streetsLayerAt, choropleth: medianApp.choroplethAt, choroplethIdle: medianApp.choroplethIdleAt })
        .map(([k, v]) => `${k} ${v === null || v === undefined ? '–' : round(v)}`)
        .join(', ')}`,
    );
    console.log(`Map size ${medianApp.mapBox.width}×${medianApp.mapBox.height}; the bare page used the same.`);
    console.log('\nEager JavaScript (dist/index.html):');
    for (const c of bundle.eager) console.log(`  ${c.file.padEnd(48)} ${String(kb(c.rawBytes)).padStart(8)} kB raw ${String(kb(c.gzipBytes)).padStart(7)} kB gzip`);
    console.log('Lazy chunks and workers (not in the initial total):');
    for (const c of bundle.lazy) console.log(`  ${c.file.padEnd(48)} ${String(kb(c.rawBytes)).padStart(8)} kB raw ${String(kb(c.gzipBytes)).padStart(7)} kB gzip`);
    for (const c of bundle.css) console.log(`  CSS ${c.file.padEnd(44)} ${String(kb(c.rawBytes)).padStart(8)} kB raw ${String(kb(c.gzipBytes)).padStart(7)} kB gzip`);
    console.log('Eager bytes by package (source maps; gzip of each part alone):');
    for (const g of groups) console.log(`  ${g.name.padEnd(28)} ${String(kb(g.rawBytes)).padStart(8)} kB raw ${String(kb(g.gzipBytes)).padStart(7)} kB gzip`);
    console.log(`  top packages: ${bundle.eagerByPackage.slice(0, 8).map((p) => `${p.name} ${kb(p.gzipBytes)} kB`).join(', ')}`);

    const errors = [...new Set([...apps.flatMap((a) => a.errors), ...bares.flatMap((b) => b.errors), ...inter.errors])];
    if (errors.length) console.log(`\nPage errors seen (reported, not fatal):\n  ${errors.slice(0, 10).join('\n  ')}`);

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version, platform: `${os.platform()} ${os.release()}` },
      browser: { executable: process.env.CHROMIUM_PATH || '/usr/bin/chromium', viewport: VIEWPORT, webgl: 'SwiftShader (software)' },
      goals: GOALS,
      load: {
        reps: REPS,
        appChoroplethIdleMs: { median: round(appMs, 1), samples: apps.map((a) => round(a.choroplethIdleAt ?? Number.NaN, 1)) },
        bareIdleMs: { median: round(bareMs, 1), samples: bares.map((b) => round(b.idleAt, 1)) },
        ratio: round(loadRatio, 3),
        meetsGoal: loadRatio < GOALS.loadRatio,
        appRuns: apps,
        bareRuns: bares,
      },
      bundle: { ...bundle, eagerGzipKB: eagerKB, meetsGoal: eagerKB < GOALS.initialJsGzipKB, groups },
      interactions: {
        layer: TOGGLE_LAYER,
        toggleMs: { median: round(toggleMs, 1), meetsGoal: toggleMs < GOALS.interactionMs, samples: inter.toggles },
        monthMs: { median: round(monthMs, 1), meetsGoal: monthMs < GOALS.interactionMs, samples: inter.months },
      },
      table: rows,
      errors,
    };
    fs.writeFileSync(OUT_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${path.relative(ROOT, OUT_FILE)}`);
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((e: unknown) => {
  console.error(`[bench:browser] error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
