/** Pure search over named features: streets by name or 12-digit code, stations, rivers, water sections, plants, parks. */
import type { FeatureCollection } from 'geojson';

export const SEARCH_LAYERS = ['streets', 'districts', 'stations-national', 'stations-street', 'rivers', 'water-sections', 'plants', 'parks', 'repair-clusters', 'linear-works'];

export interface SearchItem {
  layer: string;
  id: string;
  name: string;
  /** district name or river name, shown beside */
  context: string;
  haystack: string;
}

export function buildIndex(features: Record<string, FeatureCollection | undefined>, layers = SEARCH_LAYERS): SearchItem[] {
  const out: SearchItem[] = [];
  for (const layer of layers)
    for (const f of features[layer]?.features ?? []) {
      const p = f.properties ?? {};
      const id = String(f.id ?? p.id ?? '');
      const name = String(p.name ?? '');
      if (!id || !name) continue;
      const context = String(p.districtName ?? p.riverName ?? '');
      out.push({ layer, id, name, context, haystack: [name, p.nameEn, id, context, p.riverName].filter(Boolean).join(' ').toLowerCase() });
    }
  return out;
}

/** Every whitespace-separated term must match; exact code and name-prefix matches rank first. */
export function search(index: SearchItem[], query: string, limit = 12): SearchItem[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const scored: [number, SearchItem][] = [];
  for (const it of index) {
    if (!terms.every((t) => it.haystack.includes(t))) continue;
    const q = terms.join(' ');
    const score = it.id === q ? 0 : it.name.toLowerCase() === q ? 1 : it.name.toLowerCase().startsWith(terms[0]) ? 2 : 3;
    scored.push([score * 10 + (it.layer === 'streets' ? 0 : it.layer === 'districts' ? 1 : 2), it]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name, 'zh-CN')).slice(0, limit).map(([, it]) => it);
}
