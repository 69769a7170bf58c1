/**
 * Seeded synthetic benchmark data around Beijing (not real data; only shapes and densities matter).
 */
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { mulberry32 } from '../../src/lib/prng';

export { mulberry32 };


/** study area: roughly the six urban districts plus inner suburbs */
export const AREA = { minLon: 116.0, minLat: 39.6, maxLon: 116.8, maxLat: 40.2 };
const M_PER_DEG_LAT = 111_000;
const mPerDegLon = (lat: number) => 111_320 * Math.cos((lat * Math.PI) / 180);

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** points: half uniform, half in 200 gaussian clusters (σ ≈ 1.5 km), like sites around town centres */
export function randomPoints(n: number, seed: number, prefix: string): FeatureCollection<Point> {
  const r = mulberry32(seed);
  const clusters = Array.from({ length: 200 }, () => [AREA.minLon + r() * (AREA.maxLon - AREA.minLon), AREA.minLat + r() * (AREA.maxLat - AREA.minLat)]);
  const features: Feature<Point>[] = [];
  for (let i = 0; i < n; i++) {
    let lon: number;
    let lat: number;
    if (r() < 0.5) {
      lon = AREA.minLon + r() * (AREA.maxLon - AREA.minLon);
      lat = AREA.minLat + r() * (AREA.maxLat - AREA.minLat);
    } else {
      const c = clusters[Math.floor(r() * clusters.length)];
      lat = c[1] + (gauss(r) * 1500) / M_PER_DEG_LAT;
      lon = c[0] + (gauss(r) * 1500) / mPerDegLon(lat);
    }
    features.push({ type: 'Feature', id: `${prefix}${i}`, properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });
  }
  return { type: 'FeatureCollection', features };
}

/** irregular star-shaped polygons (6–12 vertices, 20–150 m radius) at random points */
export function randomPolygons(n: number, seed: number, prefix: string): FeatureCollection<Polygon> {
  const pts = randomPoints(n, seed, prefix);
  const r = mulberry32(seed ^ 0x9e3779b9);
  const features = pts.features.map((p): Feature<Polygon> => {
    const [lon, lat] = p.geometry.coordinates;
    const k = 6 + Math.floor(r() * 7);
    const base = 20 + r() * 130;
    const ring: Position[] = [];
    for (let j = 0; j < k; j++) {
      const a = (2 * Math.PI * j) / k;
      const rad = base * (0.6 + 0.4 * r());
      ring.push([lon + (Math.cos(a) * rad) / mPerDegLon(lat), lat + (Math.sin(a) * rad) / M_PER_DEG_LAT]);
    }
    ring.push([ring[0][0], ring[0][1]]);
    return { type: 'Feature', id: p.id, properties: { treatment: r() < 0.3 ? '未治理' : '苫盖' }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * 349 street-like cells tiling the area: a 19 × 19 grid (12 cells dropped) whose shared edges follow
 * a jittered lattice with `sub` vertices per edge, so neighbouring streets share boundaries exactly.
 */
export function streetCells(seed: number, sub = 16): FeatureCollection<Polygon> {
  const r = mulberry32(seed);
  const G = 19;
  const N = G * sub;
  const dx = (AREA.maxLon - AREA.minLon) / N;
  const dy = (AREA.maxLat - AREA.minLat) / N;
  const lattice: Position[][] = [];
  for (let i = 0; i <= N; i++) {
    lattice.push([]);
    for (let j = 0; j <= N; j++) {
      const edgeX = i === 0 || i === N;
      const edgeY = j === 0 || j === N;
      const jx = edgeX ? 0 : (r() - 0.5) * dx * 0.6;
      const jy = edgeY ? 0 : (r() - 0.5) * dy * 0.6;
      lattice[i].push([AREA.minLon + i * dx + jx, AREA.minLat + j * dy + jy]);
    }
  }
  const dropped = new Set(['0,0', '0,18', '18,0', '18,18', '0,1', '1,0', '17,0', '18,1', '0,17', '1,18', '17,18', '18,17']);
  const features: Feature<Polygon>[] = [];
  for (let gi = 0; gi < G; gi++)
    for (let gj = 0; gj < G; gj++) {
      if (dropped.has(`${gi},${gj}`)) continue;
      const i0 = gi * sub;
      const j0 = gj * sub;
      const ring: Position[] = [];
      for (let k = 0; k < sub; k++) ring.push(lattice[i0 + k][j0]);
      for (let k = 0; k < sub; k++) ring.push(lattice[i0 + sub][j0 + k]);
      for (let k = 0; k < sub; k++) ring.push(lattice[i0 + sub - k][j0 + sub]);
      for (let k = 0; k < sub; k++) ring.push(lattice[i0][j0 + sub - k]);
      ring.push(ring[0]);
      features.push({ type: 'Feature', id: `street-${gi}-${gj}`, properties: { name: `街道 ${gi}-${gj}` }, geometry: { type: 'Polygon', coordinates: [ring.map((p) => [p[0], p[1]])] } });
    }
  return { type: 'FeatureCollection', features };
}
