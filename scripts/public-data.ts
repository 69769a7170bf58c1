/**
 * Pure: which data the public build may ship, derived from the manifest's per-layer and per-property
 * visibility (seeds-digest §7). Internal layers are dropped, or replaced by a per-street aggregate when
 * their publicMode is 'aggregated'; internal properties are stripped; the Tongzhou lead officials'
 * names are removed from tasks.json.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Manifest, ManifestLayer, PropertySpec } from '../src/data/manifest';

export const AGG_SUFFIX = '-by-street';

export function stripProperties(fc: FeatureCollection, layer: ManifestLayer): FeatureCollection {
  const keep = Object.entries(layer.properties).filter(([, s]) => s.visibility === 'public').map(([k]) => k);
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const props: Record<string, unknown> = {};
      for (const k of keep) if (f.properties && k in f.properties) props[k] = f.properties[k];
      return { type: 'Feature', id: f.id, properties: props, geometry: f.geometry };
    }),
  };
}

/** One point per street (at the street's label point) with the count and the public categorical breakdown. */
export function aggregateByStreet(fc: FeatureCollection, layer: ManifestLayer, streetPoints: Map<string, { name: string; point: [number, number] }>): FeatureCollection {
  const categorical = Object.entries(layer.properties)
    .filter(([k, s]) => s.visibility === 'public' && s.type === 'string' && !['id', 'name', 'nameEn', 'streetId', 'streetName', 'districtCode', 'districtName'].includes(k))
    .map(([k]) => k);
  const by = new Map<string, { count: number; cats: Record<string, number> }>();
  for (const f of fc.features) {
    const sid = String(f.properties?.streetId ?? '');
    if (!streetPoints.has(sid)) continue;
    let a = by.get(sid);
    if (!a) by.set(sid, (a = { count: 0, cats: {} }));
    a.count++;
    for (const k of categorical) {
      const v = f.properties?.[k];
      if (typeof v === 'string') a.cats[`${k}:${v}`] = (a.cats[`${k}:${v}`] ?? 0) + 1;
    }
  }
  const features: Feature[] = [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sid, a]) => ({
      type: 'Feature',
      id: `${layer.id}${AGG_SUFFIX}-${sid}`,
      properties: { id: `${layer.id}${AGG_SUFFIX}-${sid}`, name: streetPoints.get(sid)!.name, streetId: sid, count: a.count, breakdown: Object.entries(a.cats).map(([k, n]) => `${k.split(':')[1]} ${n}`).join('，') },
      geometry: { type: 'Point', coordinates: streetPoints.get(sid)!.point },
    }));
  return { type: 'FeatureCollection', features };
}

export function aggregateLayerSpec(layer: ManifestLayer, count: number, path: string): ManifestLayer {
  const p = (zh: string, en: string, type: PropertySpec['type']): PropertySpec => ({ visibility: 'public', type, label: { zh, en } });
  return {
    ...layer,
    id: `${layer.id}${AGG_SUFFIX}`,
    title: { zh: `${layer.title.zh}（按街乡汇总）`, en: `${layer.title.en} (per street)` },
    geometry: 'Point',
    featureCount: count,
    visibility: 'public',
    publicMode: 'full',
    provenanceNote: { zh: `${layer.provenanceNote.zh} 公众版仅发布按街乡汇总的数量。`, en: `${layer.provenanceNote.en} The public map shows per-street counts only.` },
    properties: { id: p('编号', 'ID', 'string'), name: p('街乡', 'Street', 'string'), streetId: p('街乡代码', 'Street code', 'string'), count: p('数量', 'Count', 'number'), breakdown: p('分类', 'Breakdown', 'string') },
    files: [{ path, format: 'geojson', bytes: 0, gzipBytes: 0 }],
    lazy: true,
    defaultVisible: false,
  };
}

export interface TasksFile {
  tasks: { measures: { leadPersons?: string[] }[] }[];
}

export function stripTasks<T extends TasksFile>(t: T): T {
  return { ...t, tasks: t.tasks.map((task) => ({ ...task, measures: task.measures.map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'leadPersons'))) })) } as T;
}

/** Tokens that must never appear in the public build. */
export function forbiddenTokens(m: Manifest, internalValues: string[]): { layerIds: string[]; propertyNames: string[]; values: string[] } {
  const layerIds = m.layers.filter((l) => l.visibility === 'internal').map((l) => l.id);
  const publicProps = new Set<string>();
  const internalProps = new Set<string>();
  for (const l of m.layers)
    for (const [k, s] of Object.entries(l.properties)) (l.visibility === 'public' && s.visibility === 'public' ? publicProps : internalProps).add(k);
  // generic words that also name public things (pm25 is a public indicator) or appear in any program
  const generic = new Set(['id', 'name', 'code', 'status', 'type', 'kind', 'class', 'source', 'level', 'pm25', 'minutes', 'owner', 'channel', 'areaM2', 'real']);
  const propertyNames = [...internalProps].filter((k) => !publicProps.has(k) && !generic.has(k));
  return { layerIds, propertyNames, values: [...new Set(internalValues)] };
}

export interface LeakHit {
  file: string;
  token: string;
  kind: 'layerId' | 'property' | 'value';
}

/** Scans one file's text: layer ids and property names as quoted strings or paths, values verbatim. */
export function scanText(file: string, text: string, t: ReturnType<typeof forbiddenTokens>): LeakHit[] {
  const hits: LeakHit[] = [];
  // Layer ids as string literals or file names: how code and data refer to a layer. (Bare identifiers are
  // not checked: i18n keys and store fields such as `outfalls:` or `.mobile` name no data.)
  for (const id of t.layerIds) if (text.includes(`"${id}"`) || text.includes(`'${id}'`) || text.includes(`\`${id}\``) || text.includes(`${id}.geojson`)) hits.push({ file, token: id, kind: 'layerId' });
  for (const p of t.propertyNames) if (text.includes(`"${p}"`) || text.includes(`'${p}'`) || new RegExp(`\\.${p}\\b`).test(text)) hits.push({ file, token: p, kind: 'property' });
  for (const v of t.values) if (text.includes(v)) hits.push({ file, token: v, kind: 'value' });
  return hits;
}
