/** Where to fly for a task highlight: the union bbox of its streets and of loaded features named like its places. */
import type { Feature, FeatureCollection } from 'geojson';
import { featureBbox, findFeature } from '../DetailPanel/feature-lookup';

export type Bbox = [number, number, number, number];

const nameIndex = new WeakMap<FeatureCollection, Map<string, Feature[]>>();

function byName(fc: FeatureCollection, name: string): Feature[] {
  let idx = nameIndex.get(fc);
  if (!idx) {
    idx = new Map();
    for (const f of fc.features) {
      const n = f.properties?.name;
      if (typeof n !== 'string') continue;
      if (!idx.has(n)) idx.set(n, []);
      idx.get(n)!.push(f);
    }
    nameIndex.set(fc, idx);
  }
  return idx.get(name) ?? [];
}

export function unionBbox(boxes: Bbox[]): Bbox | null {
  const finite = boxes.filter((b) => b.every(Number.isFinite));
  if (!finite.length) return null;
  return [Math.min(...finite.map((b) => b[0])), Math.min(...finite.map((b) => b[1])), Math.max(...finite.map((b) => b[2])), Math.max(...finite.map((b) => b[3]))];
}

/**
 * Streets are looked up by id in `features.streets`; place names in every other loaded layer
 * (rivers, plants, stations…). Returns null when nothing is loaded yet or nothing matches.
 */
export function highlightBbox(features: Record<string, FeatureCollection | undefined>, streetIds: string[], placeNames: string[]): Bbox | null {
  const boxes: Bbox[] = [];
  const streets = features.streets;
  for (const id of streetIds) {
    const f = findFeature(streets, id);
    if (f?.geometry) boxes.push(featureBbox(f));
  }
  if (placeNames.length) {
    for (const [layer, fc] of Object.entries(features)) {
      if (layer === 'streets' || !fc) continue;
      for (const name of placeNames) for (const f of byName(fc, name)) if (f.geometry) boxes.push(featureBbox(f));
    }
  }
  return unionBbox(boxes);
}
