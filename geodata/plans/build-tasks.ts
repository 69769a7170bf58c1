/**
 * Build public/data/tasks.json from the five action plans.
 *   npx tsx geodata/plans/build-tasks.ts [--out <file>] [--seeds <dir>]
 * Deterministic: the same seeds give byte-identical output. Bad arguments exit 2.
 * Exits 1 when a department name is unknown to geodata/plans/departments.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTasks, DEFAULT_SEEDS_DIR } from './build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliArgs {
  out: string;
  seeds: string;
}

export function parseArgs(argv: string[]): CliArgs | string {
  const args: CliArgs = { out: resolve(ROOT, 'public/data/tasks.json'), seeds: DEFAULT_SEEDS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '--seeds') {
      const v = argv[i + 1];
      if (!v || v.startsWith('--')) return `${a} needs a value`;
      if (a === '--out') args.out = resolve(v);
      else args.seeds = resolve(v);
      i++;
    } else return `unknown argument: ${a}`;
  }
  return args;
}

/** compact JSON: one task per line, so diffs stay readable */
export function serialise(data: ReturnType<typeof buildTasks>['data']): string {
  const { tasks, ...rest } = data;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)},"tasks":[\n${tasks.map((t) => JSON.stringify(t)).join(',\n')}\n]}\n`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`build-tasks: ${args}\nusage: npx tsx geodata/plans/build-tasks.ts [--out <file>] [--seeds <dir>]`);
    process.exit(2);
  }
  const { data, diagnostics } = buildTasks(args.seeds);
  if (diagnostics.unknownDepartments.length) {
    for (const u of diagnostics.unknownDepartments) console.error(`unknown department "${u.text}" at ${u.source}`);
    process.exit(1);
  }
  for (const n of diagnostics.notes) console.warn(`note: ${n}`);
  const text = serialise(data);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  const measures = data.tasks.reduce((s, t) => s + t.measures.length, 0);
  console.log(`wrote ${args.out}: ${data.plans.length} plans, ${data.tasks.length} tasks, ${measures} measures, ${data.departments.length} departments, ${data.gaps.length} gaps, ${text.length} chars`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
