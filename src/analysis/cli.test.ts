import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refDistance } from '../../tests/golden/lib/reference';
import { destination } from './geodesy';
import { runCli, type CliIo } from './cli';

/** in-memory files for runCli */
function memIo(files: Record<string, string>) {
  const written: Record<string, string> = {};
  let out = '';
  let err = '';
  const io: CliIo = {
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file '${p}'`);
      return files[p];
    },
    writeFile: (p, d) => {
      written[p] = d;
    },
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  };
  return { io, written, get out() { return out; }, get err() { return err; } };
}

const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const pt = (id: unknown, c: unknown, props: Record<string, unknown> = {}) => ({ type: 'Feature', ...(id === undefined ? {} : { id }), properties: props, geometry: { type: 'Point', coordinates: c } });
const C: [number, number] = [116.4, 39.9];
const at = (az: number, d: number) => destination(C[0], C[1], az, d);
const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

const good = {
  'c.geojson': fc([pt('s1', C), pt('s2', at(90, 2000))]),
  't.geojson': fc([pt('near', at(0, 499.9)), pt('far', at(0, 500.1)), { type: 'Feature', properties: { id: 'east' }, geometry: { type: 'Point', coordinates: at(90, 300) } }]),
};

describe('analyze within', () => {
  it('lists every pair within the radius, sorted, distances to 0.01 m', () => {
    const m = memIo(good);
    expect(runCli(['within', '--centers', 'c.geojson', '--targets', 't.geojson', '--radius', '500'], m.io)).toBe(0);
    const res = JSON.parse(m.out) as { rule: string; radius_m: number; pairs: { center: string; target: string; distance_m: number }[] };
    expect(res.rule).toBe('within');
    expect(res.radius_m).toBe(500);
    expect(res.pairs.map((p) => `${p.center}>${p.target}`)).toEqual(['s1>east', 's1>near']);
    expect(res.pairs[1].distance_m).toBeCloseTo(refDistance(C, at(0, 499.9)), 2);
    expect(m.err).toBe('');
  });

  it('writes --out and nothing to stdout', () => {
    const m = memIo(good);
    expect(runCli(['within', '--centers', 'c.geojson', '--targets', 't.geojson', '--radius', '2100', '--out', 'o.json'], m.io)).toBe(0);
    expect(m.out).toBe('');
    const res = JSON.parse(m.written['o.json']) as { pairs: { center: string; target: string }[] };
    expect(res.pairs.filter((p) => p.center === 's2').map((p) => p.target)).toEqual(['east', 'near', 'far']);
  });

  const bad: [string, Record<string, string>, string[], RegExp][] = [
    ['an unreadable file', { 't.geojson': good['t.geojson'] }, [], /c\.geojson: cannot read/],
    ['invalid JSON', { ...good, 'c.geojson': '{"type": "FeatureCollection", ' }, [], /c\.geojson: invalid JSON/],
    ['not a FeatureCollection', { ...good, 'c.geojson': '{"type":"Feature"}' }, [], /not-feature-collection/],
    ['a missing id', { ...good, 't.geojson': fc([pt(undefined, C)]) }, [], /t\.geojson: feature 0: has no id/],
    ['a duplicate id', { ...good, 't.geojson': fc([pt('a', C), pt('a', C)]) }, [], /feature 1 \(id "a"\).*duplicate|repeats id "a"/],
    ['longitude out of range', { ...good, 't.geojson': fc([pt('a', [190, 39.9])]) }, [], /feature 0 \(id "a"\).*out-of-range/],
    ['projected metres', { ...good, 't.geojson': fc([pt('m', [448000, 4418000])]) }, [], /feature 0 \(id "m"\).*projected-coordinates/],
    ['a null coordinate', { ...good, 't.geojson': fc([pt('n', [null, 39.9])]) }, [], /null-coordinate/],
    ['an unclosed ring', { ...good, 't.geojson': fc([{ type: 'Feature', id: 'p', properties: {}, geometry: { type: 'Polygon', coordinates: [square(116, 39, 116.1, 39.1).slice(0, 4)] } }]) }, [], /feature 0 \(id "p"\).*not closed/],
    ['a non-point centre', { ...good, 'c.geojson': fc([{ type: 'Feature', id: 'l', properties: {}, geometry: { type: 'LineString', coordinates: [C, at(0, 10)] } }]) }, [], /center-not-point/],
    ['a missing radius', good, ['--radius'], /missing --radius/],
    ['a negative radius', good, ['--radius', '-5'], /bad --radius/],
    ['a non-numeric radius', good, ['--radius', '5km'], /bad --radius/],
  ];
  for (const [what, files, radiusArgs, msg] of bad) {
    it(`exits 2 on ${what}, names the problem, writes nothing`, () => {
      const m = memIo(files);
      const args = ['within', '--centers', 'c.geojson', '--targets', 't.geojson', '--out', 'o.json', ...(radiusArgs.length ? (radiusArgs[0] === '--radius' && radiusArgs.length === 1 ? [] : radiusArgs) : ['--radius', '100'])];
      expect(runCli(args, m.io)).toBe(2);
      expect(m.err).toMatch(msg);
      expect(m.written).toEqual({});
      expect(m.out).toBe('');
    });
  }

  it('exits 2 on an unknown command or option', () => {
    const m = memIo(good);
    expect(runCli(['buffer', '--radius', '5'], m.io)).toBe(2);
    expect(m.err).toMatch(/unknown command "buffer"/);
    const m2 = memIo(good);
    expect(runCli(['within', '--centres', 'c.geojson'], m2.io)).toBe(2);
    expect(m2.err).toMatch(/unknown option --centres/);
  });
});

describe('analyze per-street', () => {
  const streets = fc([
    { type: 'Feature', id: 'A', properties: {}, geometry: { type: 'Polygon', coordinates: [square(116.4, 39.9, 116.41, 39.91)] } },
    { type: 'Feature', id: 'B', properties: {}, geometry: { type: 'Polygon', coordinates: [square(116.41, 39.9, 116.42, 39.91)] } },
  ]);
  const features = fc([
    pt('p1', [116.405, 39.905]),
    { type: 'Feature', id: 'straddle', properties: {}, geometry: { type: 'Polygon', coordinates: [square(116.409, 39.901, 116.411, 39.902)] } },
    { type: 'Feature', id: 'line', properties: {}, geometry: { type: 'LineString', coordinates: [[116.395, 39.905], [116.402, 39.905]] } },
    { type: 'Feature', id: 'away', properties: {}, geometry: { type: 'Point', coordinates: [116.5, 39.9] } },
  ]);
  it('counts intersecting features and splits polygon area between streets', () => {
    const m = memIo({ 's.geojson': streets, 'f.geojson': features });
    expect(runCli(['per-street', '--streets', 's.geojson', '--features', 'f.geojson'], m.io)).toBe(0);
    const res = JSON.parse(m.out) as { streets: { street: string; count: number; area_m2: number }[] };
    expect(res.streets.map((s) => [s.street, s.count])).toEqual([
      ['A', 3],
      ['B', 1],
    ]);
    const [a, b] = res.streets;
    expect(a.area_m2).toBeGreaterThan(0);
    expect(Math.abs(a.area_m2 - b.area_m2) / a.area_m2).toBeLessThan(0.001);
  });

  it('repairs a self-intersecting polygon with a warning instead of mis-measuring it', () => {
    const bow = { type: 'Feature', id: 'bow', properties: {}, geometry: { type: 'Polygon', coordinates: [[[116.401, 39.901], [116.403, 39.903], [116.403, 39.901], [116.401, 39.903], [116.401, 39.901]]] } };
    const m = memIo({ 's.geojson': streets, 'f.geojson': fc([bow]) });
    expect(runCli(['per-street', '--streets', 's.geojson', '--features', 'f.geojson'], m.io)).toBe(0);
    expect(m.err).toMatch(/f\.geojson: feature 0 \(id "bow"\).*intersects itself.*repaired/);
    const res = JSON.parse(m.out) as { streets: { area_m2: number }[] };
    // two triangles, each a quarter of the 0.002° square: half of the square's area, not ~0 as the signed shoelace would give
    const sq = JSON.parse(fc([{ type: 'Feature', id: 'sq', properties: {}, geometry: { type: 'Polygon', coordinates: [square(116.401, 39.901, 116.403, 39.903)] } }]));
    const m2 = memIo({ 's.geojson': streets, 'f.geojson': JSON.stringify(sq) });
    runCli(['per-street', '--streets', 's.geojson', '--features', 'f.geojson'], m2.io);
    const full = (JSON.parse(m2.out) as { streets: { area_m2: number }[] }).streets[0].area_m2;
    expect(res.streets[0].area_m2 / full).toBeCloseTo(0.5, 3);
  });

  it('exits 2 when a street is not a polygon', () => {
    const m = memIo({ 's.geojson': fc([pt('x', C)]), 'f.geojson': features });
    expect(runCli(['per-street', '--streets', 's.geojson', '--features', 'f.geojson', '--out', 'o.json'], m.io)).toBe(2);
    expect(m.err).toMatch(/s\.geojson: feature 0 \(id "x"\).*street-not-polygon/);
    expect(m.written).toEqual({});
  });
});

describe('scripts/analyze.ts as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  it('writes the output file on success and none (exit 2) on bad input', () => {
    writeFileSync(join(dir, 'c.geojson'), good['c.geojson']);
    writeFileSync(join(dir, 't.geojson'), good['t.geojson']);
    writeFileSync(join(dir, 'bad.geojson'), fc([pt('n', [Number.NaN, 39.9])]).replace('null', 'NaN'));
    const ok = spawnSync(tsx, ['scripts/analyze.ts', 'within', '--centers', join(dir, 'c.geojson'), '--targets', join(dir, 't.geojson'), '--radius', '500', '--out', join(dir, 'o.json')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'o.json'), 'utf8')) as { pairs: unknown[] }).pairs).toHaveLength(2);
    const bad = spawnSync(tsx, ['scripts/analyze.ts', 'within', '--centers', join(dir, 'c.geojson'), '--targets', join(dir, 'bad.geojson'), '--radius', '500', '--out', join(dir, 'o2.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.geojson/);
    expect(existsSync(join(dir, 'o2.json'))).toBe(false);
  });
});
