/**
 * Writes the golden INPUT fixtures (tests/golden/<rule>/in/*.geojson). Targets are placed at exact
 * geodesic distances with Vincenty's direct problem, so "499.9 m" really is 499.9 m on WGS84.
 * Run: npx tsx tests/golden/lib/make-fixtures.ts   (then REGEN=1 npx vitest run tests/golden)
 * Each fixture carries an ASCII drawing in its "description" member.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry, Position } from 'geojson';
import { destination, geodesicCircle } from '../../../src/analysis/geodesy';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

type Props = Record<string, unknown>;
const f = (id: string, layer: string, geometry: Geometry, props: Props = {}): Feature => ({ type: 'Feature', id, properties: { layer, ...props }, geometry });
const P = (c: Position): Geometry => ({ type: 'Point', coordinates: c });
const at = (c: Position, az: number, d: number): Position => destination(c[0], c[1], az, d);
/** a square of side `side` m whose nearest edge midpoint is `d` m from c along azimuth az (edge perpendicular to az) */
function squareAt(c: Position, az: number, d: number, side: number): Position[] {
  const m = at(c, az, d);
  const a = at(m, az - 90, side / 2);
  const b = at(m, az + 90, side / 2);
  const a2 = at(a, az, side);
  const b2 = at(b, az, side);
  return [a, b, b2, a2, a];
}

function write(rule: string, name: string, description: string[], features: Feature[], extra: Props = {}): void {
  const path = join(ROOT, rule, 'in', `${name}.geojson`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ type: 'FeatureCollection', description, ...extra, features }, null, 1)}\n`);
}

const S: Position = [116.4, 39.9];
const S40: Position = [116.4, 40.0];

write(
  'station-500m',
  'boundary-499.9-vs-500.1',
  [
    'Station S; sites and bare land just inside and just outside 500 m.',
    '                 site-in (499.9 m N)   site-out (500.1 m, az 20)',
    '                          o              x',
    '                          |',
    '   bare-out  [##] 500.1 W-+- S -+ 499.9 E [##] bare-in',
    'Expected: site-in, bare-in within; site-out, bare-out not.',
  ],
  [
    f('S', 'stations-street', P(S)),
    f('site-in', 'sites', P(at(S, 0, 499.9)), { siteType: '小微工程' }),
    f('site-out', 'sites', P(at(S, 20, 500.1)), { siteType: '房建' }),
    f('bare-in', 'bareland', { type: 'Polygon', coordinates: [squareAt(S, 90, 499.9, 80)] }, { treatment: '未治理' }),
    f('bare-out', 'bareland', { type: 'Polygon', coordinates: [squareAt(S, 270, 500.1, 80)] }, { treatment: '苫盖' }),
  ],
);

write(
  'station-500m',
  'north-south-vs-east-west-40N',
  [
    'At 40°N one degree of longitude is ~85.4 km but one of latitude ~111.0 km: a degree-based',
    'radius gets one of the axes wrong. National station N at 40°N.',
    '            n-499.9 o   n-500.1 x        (due north)',
    '                    |',
    '   N ---------------+-------- o e-499.9  x e-500.1   (due east)',
    '   deg-traps: 0.0045° east of N is ~384 m, 0.0045° north is ~499.7 m: same degrees, different metres',
  ],
  [
    f('N', 'stations-national', P(S40)),
    f('n-499.9', 'sites', P(at(S40, 0, 499.9))),
    f('n-500.1', 'sites', P(at(S40, 0, 500.1))),
    f('e-499.9', 'sites', P(at(S40, 90, 499.9))),
    f('e-500.1', 'sites', P(at(S40, 90, 500.1))),
    f('deg-trap-east', 'sites', P([S40[0] + 0.0045, S40[1]])),
    f('deg-trap-north', 'sites', P([S40[0], S40[1] + 0.0045])),
  ],
);

const holeRing = geodesicCircle(S, 120, 16).reverse();
const bigHole = geodesicCircle(S, 600, 32).reverse();
write(
  'station-500m',
  'polygons-containing-holes-multipolygons',
  [
    'Station S inside polygons, and inside holes (a hole means: outside; distance = to the hole ring).',
    '  +---------------------------+   contains: S inside the outer ring, no hole     -> 0 m',
    '  |   .-----.                 |   holed-120: S inside a 120 m hole (outer 900 m) -> ~120 m, within',
    '  |  (   S   )  hole          |   holed-600: S inside a 600 m hole (outer 900 m) -> ~600 m, NOT within',
    '  |   `-----`                 |   multi: MultiPolygon, one part 2 km away, one part 450 m away -> 450 m',
    '  +---------------------------+',
  ],
  [
    f('S', 'stations-street', P(S)),
    f('contains', 'bareland', { type: 'Polygon', coordinates: [squareAt(at(S, 180, 50), 0, 0, 200).map((p) => p)] }),
    f('holed-120', 'bareland', { type: 'Polygon', coordinates: [geodesicCircle(S, 900, 24), holeRing] }),
    f('holed-600', 'bareland', { type: 'Polygon', coordinates: [geodesicCircle(S, 900, 24), bigHole] }),
    f('multi', 'sites', { type: 'MultiPolygon', coordinates: [[squareAt(S, 45, 2000, 100)], [squareAt(S, 135, 450, 60)]] }),
  ],
);

const E: Position = [116.45, 39.95];
write(
  'site-exit-100m',
  'lines-passing-near',
  [
    'Site exit X; roads (streets layer, here as lines) whose vertices are far away but pass close by.',
    '   road-in:  A (2 km W) -------------------------- B (2 km E), passing 99.9 m north of X',
    '   road-out: C (2 km W) -------------------------- D (2 km E), passing 100.1 m south of X',
    '                               X',
    '   outfall-in o 99.9 m E,  outfall-out x 100.1 m W; ring-road MultiLineString, one part at 60 m',
    'The 4 km edges are great-circle arcs, densified before measuring.',
  ],
  [
    f('X', 'site-exits', P(E)),
    f('road-in', 'streets', { type: 'LineString', coordinates: [at(at(E, 0, 99.9), 270, 2000), at(at(E, 0, 99.9), 90, 2000)] }),
    f('road-out', 'streets', { type: 'LineString', coordinates: [at(at(E, 180, 100.1), 270, 2000), at(at(E, 180, 100.1), 90, 2000)] }),
    f('ring-road', 'streets', { type: 'MultiLineString', coordinates: [[at(E, 45, 500), at(E, 60, 800)], [at(at(E, 225, 60), 135, 300), at(at(E, 225, 60), 315, 300)]] }),
    f('outfall-in', 'outfalls', P(at(E, 90, 99.9)), { status: '在用' }),
    f('outfall-out', 'outfalls', P(at(E, 270, 100.1)), { status: '已封堵' }),
  ],
);

const W: Position = [116.6, 40.1];
write(
  'wellhead-30m',
  'violations',
  [
    'Wellhead W; each polluter inside 30 m is one violation.',
    '      latrine o 29.9 m N      garbage x 30.1 m E',
    '             W   [farm] polygon edge 10 m S',
    '      sewage o at the wellhead itself (0 m);  wellhead W2 200 m away has none',
  ],
  [
    f('W', 'wellheads', P(W)),
    f('W2', 'wellheads', P(at(W, 270, 200))),
    f('latrine', 'pollution-sources', P(at(W, 0, 29.9)), { sourceType: '渗厕' }),
    f('garbage', 'pollution-sources', P(at(W, 90, 30.1)), { sourceType: '垃圾' }),
    f('farm', 'pollution-sources', { type: 'Polygon', coordinates: [squareAt(W, 180, 10, 40)] }, { sourceType: '养殖' }),
    f('sewage', 'pollution-sources', P(W), { sourceType: '污水' }),
  ],
);

const sq = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
write(
  'per-street',
  'two-streets',
  [
    'Two adjacent streets A | B (0.01° squares). Bare land inside A, straddling A|B, untreated in B.',
    '  +-----------+-----------+',
    '  | A  [b1]  [b2|b2]   B  |   b1 inside A; b2 straddles; b3 (未治理) inside B',
    '  |  st o  s1 |  [b3]  w  |   station st in A with site s1 300 m away; wellhead w in B with',
    '  |   o1  o2  |  o3       |   a garbage point 20 m away (violation); outfalls o1..o3 by status',
    '  +-----------+-----------+',
  ],
  [
    f('A', 'streets', { type: 'Polygon', coordinates: [sq(116.4, 39.9, 116.41, 39.91)] }, { name: '甲街道' }),
    f('B', 'streets', { type: 'Polygon', coordinates: [sq(116.41, 39.9, 116.42, 39.91)] }, { name: '乙街道' }),
    f('b1', 'bareland', { type: 'Polygon', coordinates: [sq(116.401, 39.905, 116.402, 39.906)] }, { treatment: '苫盖' }),
    f('b2', 'bareland', { type: 'Polygon', coordinates: [sq(116.409, 39.905, 116.411, 39.906)] }, { treatment: '绿化' }),
    f('b3', 'bareland', { type: 'Polygon', coordinates: [sq(116.412, 39.903, 116.413, 39.904)] }, { treatment: '未治理' }),
    f('st', 'stations-street', P([116.403, 39.902])),
    f('s1', 'sites', P(at([116.403, 39.902], 90, 300))),
    f('w', 'wellheads', P([116.417, 39.902])),
    f('g', 'pollution-sources', P(at([116.417, 39.902], 0, 20)), { sourceType: '垃圾' }),
    f('o1', 'outfalls', P([116.402, 39.901]), { status: '在用' }),
    f('o2', 'outfalls', P([116.405, 39.901]), { status: '在用' }),
    f('o3', 'outfalls', P([116.415, 39.901]), { status: '已封堵' }),
  ],
);

const H: Position = [116.35, 39.93];
write(
  'why-hot',
  'hotspot',
  [
    'Query point Q (a hotspot); candidate sources within 1000 m, nearest first.',
    '   site-a o 120 m   bare (polygon, edge 300 m)   repair cluster o 650 m   outfall o 999 m   site-far x 1001 m',
    '   (a wellhead pollution source 50 m away is not a candidate layer for air hotspots)',
  ],
  [
    f('Q', 'query', P(H)),
    f('site-a', 'sites', P(at(H, 30, 120)), { name: '某小微工程', siteType: '小微工程' }),
    f('bare', 'bareland', { type: 'Polygon', coordinates: [squareAt(H, 200, 300, 50)] }, { treatment: '未治理' }),
    f('repair', 'repair-clusters', P(at(H, 300, 650)), { name: '某汽修集群', kind: 'repair-cluster' }),
    f('wellhead-source', 'pollution-sources', P(at(H, 0, 50)), { sourceType: '垃圾' }),
    f('outfall', 'outfalls', P(at(H, 100, 999)), { status: '在用' }),
    f('site-far', 'sites', P(at(H, 100, 1001))),
  ],
  { query: { radius_m: 1000 } },
);
console.log('fixtures written under', ROOT);
