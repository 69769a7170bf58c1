/** Repair of self-intersecting polygons: polygon-clipping's union splits rings at crossings into valid polygons. */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping';
import type { AnyFeature } from './types';

export function repairPolygonGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const out = polygonClipping.union((g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown as PcMultiPolygon);
  if (out.length === 1) return { type: 'Polygon', coordinates: out[0] };
  return { type: 'MultiPolygon', coordinates: out };
}

/** returns a copy of the feature with its polygon geometry repaired (other geometry types unchanged) */
export function repairFeature<F extends AnyFeature>(f: F): F {
  const g = f.geometry as Geometry | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  return { ...f, geometry: repairPolygonGeometry(g) };
}
