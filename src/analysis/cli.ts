/**
 * The command-line tool's logic (scripts/analyze.ts is the thin Node wrapper). I/O is injected so
 * tests can call it directly. Exit codes: 0 ok, 2 bad input/usage (nothing written).
 *
 *   within     --centers <file> --targets <file> --radius <metres> [--out <file>]
 *   per-street --streets <file> --features <file> [--out <file>]
 */
import type { Geometry } from 'geojson';
import { perStreetCounts } from './per-street';
import { repairFeature } from './repair';
import type { AnyFeature, AnyFeatureCollection, FeatureId } from './types';
import { validateFeatureCollection, type GeoJsonIssue } from './validate-feature-collection';
import { TargetSet, idOrIndex, round2, withinJoin, type Center } from './within';

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, data: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `usage:
  analyze within --centers <file> --targets <file> --radius <metres> [--out <file>]
  analyze per-street --streets <file> --features <file> [--out <file>]`;

export interface WithinOutput {
  rule: 'within';
  radius_m: number;
  pairs: { center: FeatureId; target: FeatureId; distance_m: number }[];
}

export interface PerStreetOutput {
  streets: { street: FeatureId; count: number; area_m2: number }[];
}

class CliError extends Error {}

const MAX_LISTED = 20;

function parseFlags(args: string[], allowed: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) throw new CliError(`unexpected argument ${JSON.stringify(a)}\n${USAGE}`);
    const name = a.slice(2);
    if (!allowed.includes(name)) throw new CliError(`unknown option --${name}\n${USAGE}`);
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new CliError(`option --${name} needs a value\n${USAGE}`);
    if (name in out) throw new CliError(`option --${name} given twice`);
    out[name] = v;
    i++;
  }
  return out;
}

function need(flags: Record<string, string>, name: string): string {
  const v = flags[name];
  if (v === undefined) throw new CliError(`missing --${name}\n${USAGE}`);
  return v;
}

function loadCollection(io: CliIo, path: string, role: string): AnyFeatureCollection {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read ${role} file (${e instanceof Error ? e.message : String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new CliError(`${path}: invalid JSON in ${role} file (${e instanceof Error ? e.message : String(e)})`);
  }
  const { issues } = validateFeatureCollection(json, { requireIds: true, source: path });
  const fatal = issues.filter((i) => i.code !== 'self-intersection');
  if (fatal.length) {
    const lines = fatal.slice(0, MAX_LISTED).map((i) => `  ${i.problem} [${i.code}]`);
    if (fatal.length > MAX_LISTED) lines.push(`  …and ${fatal.length - MAX_LISTED} more problems`);
    throw new CliError(`${path}: invalid ${role} file:\n${lines.join('\n')}`);
  }
  const fc = json as AnyFeatureCollection;
  const repairs = issues.filter((i): i is GeoJsonIssue & { featureIndex: number } => i.code === 'self-intersection' && i.featureIndex !== null);
  if (!repairs.length) return fc;
  const features = fc.features.slice();
  for (const r of repairs) {
    io.stderr(`warning: ${r.problem}; repaired (split at the crossings into valid polygons) before measuring\n`);
    features[r.featureIndex] = repairFeature(features[r.featureIndex]);
  }
  return { ...fc, features };
}

function requireGeometry(fc: AnyFeatureCollection, path: string, file: string, role: string, types: string[], code: string): void {
  const bad: string[] = [];
  fc.features.forEach((f, i) => {
    const g = f.geometry as Geometry | null;
    if (!g || !types.includes(g.type)) bad.push(`  ${path}: feature ${i} (id ${JSON.stringify(idOrIndex(f, i))}): ${role} must be ${types.join(' or ')}, got ${g ? g.type : 'no geometry'} [${code}]`);
  });
  if (bad.length) throw new CliError(`${path}: invalid ${file} file:\n${bad.slice(0, MAX_LISTED).join('\n')}${bad.length > MAX_LISTED ? `\n  …and ${bad.length - MAX_LISTED} more` : ''}`);
}

function parseRadius(v: string): number {
  const t = v.trim();
  const r = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(r) || r < 0 || r > 1e6) throw new CliError(`bad --radius ${JSON.stringify(v)}: expected a number of metres between 0 and 1000000`);
  return r;
}

export function runWithin(centersFc: AnyFeatureCollection, targetsFc: AnyFeatureCollection, radius_m: number): WithinOutput {
  const centers: Center[] = centersFc.features.map((f: AnyFeature, i) => {
    const g = f.geometry as Geometry & { type: 'Point' };
    return { id: idOrIndex(f, i), lon: g.coordinates[0], lat: g.coordinates[1] };
  });
  const targets = new TargetSet(targetsFc.features);
  const pairs = withinJoin(centers, targets, radius_m);
  return {
    rule: 'within',
    radius_m,
    pairs: pairs.map((p) => ({ center: centers[p.center].id, target: targets.id(p.target), distance_m: round2(p.distance_m) })),
  };
}

export function runPerStreet(streetsFc: AnyFeatureCollection, featuresFc: AnyFeatureCollection): PerStreetOutput {
  return { streets: perStreetCounts(streetsFc.features, featuresFc.features).map((s) => ({ street: s.street, count: s.count, area_m2: round2(s.area_m2) })) };
}

/** compact, diff-friendly JSON: one array element per line */
export function formatOutput(result: WithinOutput | PerStreetOutput): string {
  const entries = Object.entries(result).map(([k, v]) => {
    if (Array.isArray(v)) return `${JSON.stringify(k)}:[${v.length ? `\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n` : ''}]`;
    return `${JSON.stringify(k)}:${JSON.stringify(v)}`;
  });
  return `{${entries.join(',')}}\n`;
}

/** runs the CLI; returns the exit code */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    let result: WithinOutput | PerStreetOutput;
    let out: string | undefined;
    if (command === 'within') {
      const flags = parseFlags(rest, ['centers', 'targets', 'radius', 'out']);
      const radius = parseRadius(need(flags, 'radius'));
      const cPath = need(flags, 'centers');
      const tPath = need(flags, 'targets');
      out = flags.out;
      const centers = loadCollection(io, cPath, 'centres');
      requireGeometry(centers, cPath, 'centres', 'a centre', ['Point'], 'center-not-point');
      const targets = loadCollection(io, tPath, 'targets');
      result = runWithin(centers, targets, radius);
    } else if (command === 'per-street') {
      const flags = parseFlags(rest, ['streets', 'features', 'out']);
      const sPath = need(flags, 'streets');
      const fPath = need(flags, 'features');
      out = flags.out;
      const streets = loadCollection(io, sPath, 'streets');
      requireGeometry(streets, sPath, 'streets', 'a street', ['Polygon', 'MultiPolygon'], 'street-not-polygon');
      const features = loadCollection(io, fPath, 'features');
      result = runPerStreet(streets, features);
    } else {
      throw new CliError(`${command === undefined ? 'missing command' : `unknown command ${JSON.stringify(command)}`}\n${USAGE}`);
    }
    const text = formatOutput(result);
    if (out !== undefined) {
      try {
        io.writeFile(out, text);
      } catch (e) {
        throw new CliError(`${out}: cannot write output (${e instanceof Error ? e.message : String(e)})`);
      }
    } else io.stdout(text);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
