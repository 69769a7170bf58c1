import type { Feature } from 'geojson';

/** A feature's id as a string: `feature.id`, else `properties.id` (our data files carry it there). */
export function featureId(f: Feature): string {
  return String(f.id ?? f.properties?.id ?? '');
}
