/**
 * npm run geodata [-- --out <dir>] [--scale <n>] [--mobile-month YYYY-MM] [--check]
 *
 * Writes every layer + manifest.json into --out (default public/data). --scale n multiplies the synthetic
 * counts and must not target public/data (default geodata/out/scale-<n>). --mobile-month generates that
 * month's 走航 file into --out. --check runs the full consistency checks on the output afterwards.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_COUNTS, buildAll, LATEST_MOBILE_MONTH } from './build';
import { INDICATOR_MONTHS } from './steps/indicators';
import { runAllChecks } from './lib/checks';

export interface CliOptions {
  outDir: string;
  scale: number;
  mobileMonth: string;
  check: boolean;
}

export class CliError extends Error {}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PUBLIC_DATA = resolve(ROOT, 'public/data');

export function parseArgs(argv: string[]): CliOptions {
  let out: string | undefined;
  let scale = 1;
  let mobileMonth = LATEST_MOBILE_MONTH;
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
      mobileMonth = val();
      if (!INDICATOR_MONTHS.includes(mobileMonth)) throw new CliError(`--mobile-month must be YYYY-MM between ${INDICATOR_MONTHS[0]} and ${INDICATOR_MONTHS[INDICATOR_MONTHS.length - 1]}, got "${mobileMonth}"`);
    } else if (a === '--check') check = true;
    else if (a === '--help' || a === '-h') throw new CliError('usage: npm run geodata -- [--out <dir>] [--scale <n>] [--mobile-month YYYY-MM] [--check]');
    else throw new CliError(`unknown argument "${a}"`);
  }
  const outDir = resolve(out ?? (scale !== 1 ? resolve(ROOT, `geodata/out/scale-${scale}`) : PUBLIC_DATA));
  if (scale !== 1 && outDir === PUBLIC_DATA) throw new CliError('refusing to write a scaled data set into public/data; give --out <dir>');
  return { outDir, scale, mobileMonth, check };
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
  const manifest = buildAll({ outDir: opts.outDir, scale: opts.scale, mobileMonth: opts.mobileMonth, mobileCount: BASE_COUNTS.mobile, log: (m) => console.log(`  ${m}`) });
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
