/**
 * Labels for districts and streets, drawn with deck.gl's TextLayer: glyphs come from the browser's
 * own fonts, so the offline basemap needs no glyph server and Chinese renders everywhere.
 */
import { TextLayer } from '@deck.gl/layers';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Theme } from '../theme';

export interface LabelPoint {
  id: string;
  text: string;
  position: [number, number];
}

const cache = new WeakMap<FeatureCollection, Map<string, LabelPoint[]>>();

/** A point inside each polygon (not the centroid, which can fall outside), cached per collection and key (language). */
export function labelPoints(fc: FeatureCollection, nameProp: (f: Feature) => string, key = ''): LabelPoint[] {
  let byKey = cache.get(fc);
  if (!byKey) cache.set(fc, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const out: LabelPoint[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const p = pointOnFeature(f).geometry.coordinates as [number, number];
    out.push({ id: String(f.id ?? f.properties?.id), text: nameProp(f), position: p });
  }
  byKey.set(key, out);
  return out;
}

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

export function labelLayer(id: string, points: LabelPoint[], theme: Theme, size: number, visible: boolean) {
  return new TextLayer<LabelPoint>({
    id: `labels-${id}`,
    data: points,
    visible,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: size,
    sizeUnits: 'pixels',
    characterSet: 'auto',
    fontFamily: '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    fontWeight: id === 'districts' ? 700 : 400,
    getColor: [...rgb(theme.label), 255],
    outlineWidth: 3,
    outlineColor: [...rgb(theme.labelHalo), 230],
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
  });
}
