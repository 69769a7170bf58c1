/**
 * Golden tests: tests/golden/<rule>/in/*.geojson → out/*.geojson (input + result, coordinates
 * rounded to 6 decimals, openable in geojson.io). One runner for all rules.
 *   REGEN=1 npx vitest run tests/golden    rewrites the out files
 * A missing out file fails when CI is set; otherwise it is written (and the test says so).
 *
 * Input features carry properties.layer (a manifest layer id). Besides comparing with the stored
 * out file, every rule case is checked independently against geographiclib: each centre–target pair
 * clearly inside the radius must be a hit, each clearly outside must not, and every hit distance must
 * agree within max(0.05 m, 0.1 % of the radius). Fixtures (with ASCII drawings in "description")
 * come from tests/golden/lib/make-fixtures.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { stringifyGeoJSON } from '../../src/analysis/export-results';
import { geodesicCircle } from '../../src/analysis/geodesy';
import { nearestOnGeometry, prepareGeometry } from '../../src/analysis/geometry';
import { perStreetCounts, perStreetSummary } from '../../src/analysis/per-street';
import { BUILTIN_RULES, ruleCenterLayers, runRuleSync, whyHot } from '../../src/analysis/rules';
import type { AnyFeature, AnyFeatureCollection, LayerMap, RuleResult } from '../../src/analysis/types';
import { validateFeatureCollection } from '../../src/analysis/validate-feature-collection';
import { refDistanceToGeometry, tolerance } from './lib/reference';

const ROOT = dirname(fileURLToPath(import.meta.url));
const REGEN = !!process.env.REGEN;
const CI = !!process.env.CI;

interface Fixture extends AnyFeatureCollection {
  description?: string[];
  query?: { radius_m?: number };
}

function layersOf(fc: Fixture): LayerMap {
  const out: Record<string, AnyFeatureCollection> = {};
  for (const f of fc.features) {
    const layer = String(f.properties?.layer ?? 'unknown');
    (out[layer] ??= { type: 'FeatureCollection', features: [] }).features.push(f);
  }
  return out;
}

const byLayerId = (layers: LayerMap, layer: string, id: string | number): AnyFeature | undefined => layers[layer]?.features.find((f) => f.id === id);

/** result features for a rule: zone circles and centre→nearest-point lines labelled with the distance */
function ruleFeatures(res: RuleResult, layers: LayerMap): Feature[] {
  const out: Feature[] = res.centers.map((c) => ({ type: 'Feature', properties: { _result: 'zone', center: c.centerId, radius_m: res.radius_m, count: c.count }, geometry: { type: 'Polygon', coordinates: [geodesicCircle(c.position, res.radius_m)] } }));
  for (const h of res.hits) {
    const c = res.centers.find((x) => x.centerLayer === h.centerLayer && x.centerId === h.centerId);
    const t = byLayerId(layers, h.targetLayer, h.targetId);
    const pg = t ? prepareGeometry(t.geometry as Geometry) : null;
    if (!c || !pg) continue;
    const n = nearestOnGeometry(c.position[0], c.position[1], pg);
    out.push({ type: 'Feature', properties: { _result: 'hit', center: h.centerId, target: h.targetId, distance_m: h.distance_m }, geometry: { type: 'LineString', coordinates: [c.position, n.nearest] } });
  }
  return out;
}

/** independent check of a rule result against geographiclib distances over all pairs */
function checkAgainstReference(res: RuleResult, layers: LayerMap): void {
  const rule = BUILTIN_RULES.find((r) => r.id === res.ruleId);
  if (!rule) throw new Error(`no rule ${res.ruleId}`);
  const tol = tolerance(rule.radius_m);
  const hitKey = new Map(res.hits.map((h) => [`${h.centerLayer}/${h.centerId}/${h.targetLayer}/${h.targetId}`, h.distance_m]));
  let checked = 0;
  for (const cl of ruleCenterLayers(rule))
    for (const c of layers[cl]?.features ?? [])
      for (const tl of rule.targetLayers)
        for (const t of layers[tl]?.features ?? []) {
          const ref = refDistanceToGeometry((c.geometry as Geometry & { coordinates: Position }).coordinates, t.geometry as Geometry);
          const key = `${cl}/${c.id}/${tl}/${t.id}`;
          const got = hitKey.get(key);
          if (ref <= rule.radius_m - tol || ref > rule.radius_m + tol) expect(got !== undefined, `${key} ref ${ref.toFixed(3)} m`).toBe(ref <= rule.radius_m);
          if (got !== undefined) expect(Math.abs(got - ref), `${key}: ${got} vs reference ${ref}`).toBeLessThanOrEqual(tol + 0.005);
          checked++;
        }
  expect(checked).toBeGreaterThan(0);
}

async function run(kind: string, fc: Fixture): Promise<{ result: unknown; features: Feature[] }> {
  const layers = layersOf(fc);
  const rule = BUILTIN_RULES.find((r) => r.id === kind);
  if (rule) {
    const res = runRuleSync(rule, layers);
    checkAgainstReference(res, layers);
    const { elapsed_ms: _elapsed, ...stable } = res;
    return { result: stable, features: ruleFeatures(res, layers) };
  }
  if (kind === 'per-street') {
    const summary = await perStreetSummary(layers);
    const nonStreet = fc.features.filter((f) => f.properties?.layer !== 'streets');
    const counts = perStreetCounts(layers.streets?.features ?? [], nonStreet);
    return { result: { summary, cli: counts.map((c) => ({ ...c, area_m2: Math.round(c.area_m2 * 100) / 100 })) }, features: [] };
  }
  if (kind === 'why-hot') {
    const q = layers.query?.features[0];
    if (!q || q.geometry?.type !== 'Point') throw new Error('why-hot fixture needs one query point');
    const c = q.geometry.coordinates as [number, number];
    const res = whyHot(c, layers, { radius_m: fc.query?.radius_m ?? 1000 });
    for (const cand of res.candidates) {
      const t = byLayerId(layers, cand.layer, cand.id);
      expect(Math.abs(refDistanceToGeometry(c, t?.geometry as Geometry) - cand.distance_m)).toBeLessThan(tolerance(res.radius_m));
    }
    return { result: res, features: res.candidates.map((cand) => ({ type: 'Feature', properties: { _result: 'candidate', layer: cand.layer, id: cand.id, distance_m: cand.distance_m }, geometry: { type: 'LineString', coordinates: [c, cand.nearest] } })) };
  }
  throw new Error(`no runner for golden folder ${kind}`);
}

const kinds = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'in')) && statSync(join(ROOT, d, 'in')).isDirectory());

describe('golden', () => {
  it('has fixtures for every built-in rule, per-street and why-hot', () => {
    for (const k of [...BUILTIN_RULES.map((r) => r.id), 'per-street', 'why-hot']) expect(kinds).toContain(k);
  });
  for (const kind of kinds) {
    for (const file of readdirSync(join(ROOT, kind, 'in')).filter((f) => f.endsWith('.geojson'))) {
      it(`${kind}/${file}`, async () => {
        const fc = JSON.parse(readFileSync(join(ROOT, kind, 'in', file), 'utf8')) as Fixture;
        expect(validateFeatureCollection(fc, { requireIds: true }).issues).toEqual([]);
        const { result, features } = await run(kind, fc);
        const out = { type: 'FeatureCollection', description: fc.description, result, features: [...fc.features, ...features] };
        const text = `${stringifyGeoJSON(out, 1)}\n`;
        const outPath = join(ROOT, kind, 'out', file);
        if (REGEN || (!existsSync(outPath) && !CI)) {
          mkdirSync(dirname(outPath), { recursive: true });
          writeFileSync(outPath, text);
          if (!REGEN) console.warn(`golden: wrote missing ${kind}/out/${file}; review and commit it`);
        }
        if (!existsSync(outPath)) throw new Error(`missing golden ${kind}/out/${file} (run REGEN=1 npx vitest run tests/golden)`);
        expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
      });
    }
  }
});
