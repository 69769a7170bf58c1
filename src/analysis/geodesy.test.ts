import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { refDistance, refDistanceToGeometry, refPolygonArea, tolerance } from '../../tests/golden/lib/reference';
import { WGS84 } from '../../tests/golden/lib/geographiclib';
import { destination, distance, geodesicCircle, polygonArea, radiusBox } from './geodesy';
import { nearestOnGeometry, prepareGeometry } from './geometry';
import { TargetSet, withinJoin } from './within';
import { PreparedPolygonArea, overlayGeometry } from './overlay';
import { mulberry32 } from '../../bench/lib/gen';

const rnd = mulberry32(7);
const around = (lon = 116.4, lat = 39.9, spread = 0.05): [number, number] => [lon + (rnd() - 0.5) * spread, lat + (rnd() - 0.5) * spread];

describe('geodesic distance vs geographiclib', () => {
  it('agrees within max(0.05 m, 0.1%) for 2,000 random pairs up to 50 km (in fact ~1e-6)', () => {
    for (let i = 0; i < 2000; i++) {
      const a = around(116.4, 39.9, 1);
      const az = rnd() * 360;
      const s = rnd() < 0.5 ? rnd() * 600 : rnd() * 50_000;
      const b = WGS84.Direct(a[1], a[0], az, s);
      const d = distance(a[0], a[1], b.lon2 ?? 0, b.lat2 ?? 0);
      expect(Math.abs(d - s)).toBeLessThanOrEqual(Math.max(0.05, s * 1e-6));
    }
  });

  it('solves the direct problem (Vincenty) to a millimetre', () => {
    for (let i = 0; i < 200; i++) {
      const a = around();
      const az = rnd() * 360;
      const s = rnd() * 5000;
      const p = destination(a[0], a[1], az, s);
      expect(Math.abs(refDistance(a, p) - s)).toBeLessThan(1e-3);
    }
  });

  it('draws geodesic circles whose every vertex is at the radius', () => {
    for (const r of [30, 100, 500, 3000]) {
      const ring = geodesicCircle([116.4, 39.9], r);
      expect(ring.length).toBe(65);
      expect(ring[0]).toEqual(ring[64]);
      for (const v of ring) expect(Math.abs(refDistance([116.4, 39.9], v) - r)).toBeLessThan(1e-3);
    }
    expect(geodesicCircle([116.4, 39.9], 500, 128)).toHaveLength(129);
  });

  it('radiusBox contains points at the radius in every direction, at 40°N and near the pole', () => {
    for (const lat of [0, 39.9, 40, 75]) {
      const box = radiusBox(116.4, lat, 1000);
      for (let az = 0; az < 360; az += 7.5) {
        const [x, y] = destination(116.4, lat, az, 1000);
        expect(x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]).toBe(true);
      }
    }
  });
});

describe('distance to the nearest point of a geometry vs geographiclib', () => {
  const cases: Geometry[] = [];
  for (let i = 0; i < 60; i++) {
    const c = around();
    const k = 3 + Math.floor(rnd() * 6);
    const rad = 50 + rnd() * 2000;
    const ring: Position[] = [];
    for (let j = 0; j < k; j++) ring.push(destination(c[0], c[1], (360 * j) / k + rnd() * 20, rad * (0.5 + rnd() * 0.5)));
    ring.push(ring[0]);
    cases.push(i % 3 === 0 ? { type: 'LineString', coordinates: ring.slice(0, -1) } : { type: 'Polygon', coordinates: [ring] });
  }
  it('agrees within max(0.05 m, 0.1% of the distance) for lines and polygons (edges up to ~4 km)', () => {
    for (const g of cases) {
      const pg = prepareGeometry(g);
      if (!pg) throw new Error('prepare failed');
      for (let t = 0; t < 5; t++) {
        const c = around();
        const mine = nearestOnGeometry(c[0], c[1], pg).distance_m;
        const ref = refDistanceToGeometry(c, g);
        expect(Math.abs(mine - ref)).toBeLessThanOrEqual(tolerance(ref));
      }
    }
  });
});

describe('within join', () => {
  it('finds exactly the pairs a brute-force geographiclib scan finds (outside a tolerance band)', () => {
    const centers = Array.from({ length: 30 }, (_, i) => {
      const p = around(116.4, 39.9, 0.03);
      return { id: `c${i}`, lon: p[0], lat: p[1] };
    });
    const targets = Array.from({ length: 400 }, (_, i) => ({ type: 'Feature' as const, id: `t${i}`, properties: {}, geometry: { type: 'Point' as const, coordinates: around(116.4, 39.9, 0.04) } }));
    const set = new TargetSet(targets);
    const R = 500;
    const pairs = withinJoin(centers, set, R);
    const got = new Set(pairs.map((p) => `${p.center}/${p.target}`));
    let inBand = 0;
    centers.forEach((c, ci) =>
      targets.forEach((t, ti) => {
        const d = refDistance([c.lon, c.lat], t.geometry.coordinates);
        if (Math.abs(d - R) <= tolerance(R)) inBand++;
        else expect(got.has(`${ci}/${ti}`)).toBe(d <= R);
      }),
    );
    expect(inBand).toBeLessThan(5);
    for (const p of pairs) expect(Math.abs(p.distance_m - refDistance([centers[p.center].lon, centers[p.center].lat], targets[p.target].geometry.coordinates))).toBeLessThan(0.05);
  });
});

describe('geodesic areas vs geographiclib PolygonArea', () => {
  it('agrees within 0.5% for parcels, streets and a polygon with a hole', () => {
    for (const size of [20, 300, 5000]) {
      const c = around();
      const outer = geodesicCircle(c, size, 12);
      const hole = geodesicCircle(c, size / 3, 8).reverse();
      for (const rings of [[outer], [outer, hole]]) {
        const mine = polygonArea(rings);
        const ref = refPolygonArea(rings);
        expect(Math.abs(mine - ref) / ref).toBeLessThan(0.005);
      }
    }
  });

  it('measures a clipped intersection geodesically (half of a square)', () => {
    const sq = (x0: number, y0: number, x1: number, y1: number): Position[] => [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ];
    const street = new PreparedPolygonArea('s', [[sq(116.4, 39.9, 116.41, 39.91)]]);
    const parcel: Geometry = { type: 'Polygon', coordinates: [sq(116.405, 39.901, 116.415, 39.902)] };
    const hit = overlayGeometry(parcel, street);
    expect(hit.intersects).toBe(true);
    const ref = refPolygonArea([sq(116.405, 39.901, 116.41, 39.902)]);
    expect(Math.abs(hit.area_m2 - ref) / ref).toBeLessThan(0.005);
  });
});
