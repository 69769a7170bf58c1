/**
 * npm run geodata [-- --out <dir>] [--scale <n>] [--mobile-month YYYY-MM] [--check]
 *
 * Writes every layer + manifest.json into --out (default public/data). --scale n multiplies the synthetic
 * counts and must not target public/data (default geodata/out/scale-<n>). --mobile-month YYYY-MM writes only
 * that month's 走航 file, mobile/mobile-YYYY-MM.bin, into --out (default geodata/out) and leaves every
 * manifest alone. --check runs the full consistency checks on the output afterwards.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_COUNTS, buildAll, buildMobileOnly, LATEST_MOBILE_MONTH } from './build';
import { INDICATOR_MONTHS } from './steps/indicators';
import { runAllChecks } from './lib/checks';

export interface CliOptions {
  outDir: string;
  scale: number;
  /** set by --mobile-month: write only that month's 走航 file (the manifest is not touched) */
  mobileOnly: string | null;
  check: boolean;
}

export class CliError extends Error {}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PUBLIC_DATA = resolve(ROOT, 'public/data');

export function parseArgs(argv: string[]): CliOptions {
  let out: string | undefined;
  let scale = 1;
  let mobileOnly: string | null = null;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${a} needs a value`);
      return v;
    };
    if (a === '--out') out = val();
    else if (a === '--scale') {
      const v = val();
      scale = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || !(scale > 0) || scale > 50) throw new CliError(`--scale must be a number in (0, 50], got "${v}"`);
    } else if (a === '--mobile-month') {
      mobileOnly = val();
      if (!INDICATOR_MONTHS.includes(mobileOnly)) throw new CliError(`--mobile-month must be YYYY-MM between ${INDICATOR_MONTHS[0]} and ${INDICATOR_MONTHS[INDICATOR_MONTHS.length - 1]}, got "${mobileOnly}"`);
    } else if (a === '--check') check = true;
    else if (a === '--help' || a === '-h') throw new CliError('usage: npm run geodata -- [--out <dir>] [--scale <n>] [--mobile-month YYYY-MM] [--check]');
    else throw new CliError(`unknown argument "${a}"`);
  }
  if (mobileOnly && (scale !== 1 || check)) throw new CliError('--mobile-month cannot be combined with --scale or --check');
  const outDir = resolve(out ?? (mobileOnly ? resolve(ROOT, 'geodata/out') : scale !== 1 ? resolve(ROOT, `geodata/out/scale-${scale}`) : PUBLIC_DATA));
  if (scale !== 1 && outDir === PUBLIC_DATA) throw new CliError('refusing to write a scaled data set into public/data; give --out <dir>');
  return { outDir, scale, mobileOnly, check };
}

export function main(argv: string[]): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`geodata: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const t0 = performance.now();
  if (opts.mobileOnly) {
    const file = buildMobileOnly(opts.outDir, opts.mobileOnly, BASE_COUNTS.mobile);
    console.log(`geodata: wrote ${file.path} (${file.bytes} B) into ${opts.outDir}; manifest.json not changed`);
    console.log(JSON.stringify(file));
    return 0;
  }
  const manifest = buildAll({ outDir: opts.outDir, scale: opts.scale, mobileMonth: LATEST_MOBILE_MONTH, mobileCount: BASE_COUNTS.mobile, log: (m) => console.log(`  ${m}`) });
  console.log(`geodata: ${manifest.layers.length} layers, ${manifest.datasets.length} datasets → ${opts.outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (opts.check) {
    const problems = runAllChecks(opts.outDir, { full: true });
    if (problems.length) {
      for (const p of problems) console.error(`  ✗ ${p}`);
      return 1;
    }
    console.log('geodata: all checks passed');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
