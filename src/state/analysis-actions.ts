/**
 * Analysis actions: run a rule, the per-street summary or "why is this hot" in the analysis worker,
 * with progress and cancellation, and write the results back to the store.
 */
import { ruleCenterLayers } from '../analysis/rules';
import type { AnalysisClient, StreetSummary, WhyHotResult } from '../analysis/worker/client';
import type { LayerMap, Rule } from '../analysis/types';
import { layerAllowed, layerById, loadLayer } from './actions';
import { useStore } from './store';

let client: AnalysisClient | null = null;
async function getClient(): Promise<AnalysisClient> {
  if (!client) {
    const { createAnalysisClient } = await import('../analysis/worker/client');
    client = createAnalysisClient();
  }
  return client;
}

/** Loads the layers (those this role may see) and returns them as a LayerMap. */
async function layersFor(ids: string[]): Promise<LayerMap> {
  const allowed = ids.filter((id) => {
    const l = layerById(id);
    return l ? layerAllowed(l) : !!useStore.getState().features[id];
  });
  await Promise.all(allowed.map((id) => loadLayer(id)));
  const features = useStore.getState().features;
  const map: LayerMap = {};
  for (const id of allowed) if (features[id]) map[id] = features[id] as LayerMap[string];
  return map;
}

export async function runAnalysis(rule: Rule): Promise<void> {
  const st = useStore.getState();
  st.setRule(rule);
  st.setAnalysis({ analysisStatus: 'running', analysisProgress: 0 });
  performance.mark('eco:analysis-start');
  try {
    const layers = await layersFor([...ruleCenterLayers(rule), ...rule.targetLayers]);
    const c = await getClient();
    const result = await c.runRule(rule, layers, { onProgress: (f) => useStore.getState().setAnalysis({ analysisProgress: f }) });
    // e2e measures main-thread long tasks between these marks (the run itself, not drawing its result)
    performance.mark('eco:analysis-done');
    if (useStore.getState().rule?.id !== rule.id) return;
    useStore.getState().setAnalysis({ result, analysisStatus: 'done', analysisProgress: 1 });
  } catch (e) {
    const err = e as Error;
    useStore.getState().setAnalysis({ analysisStatus: err.name === 'AbortError' ? 'cancelled' : 'error', analysisError: err.name === 'AbortError' ? null : err.message });
  }
}

export function cancelAnalysis() {
  client?.cancel();
  useStore.getState().setAnalysis({ analysisStatus: 'cancelled' });
}

export function clearAnalysis() {
  useStore.getState().setRule(null);
}

let summaries: Promise<StreetSummary[]> | null = null;

/** The per-street aggregation over every layer this role may see (computed once per session). */
export function streetSummaries(): Promise<StreetSummary[]> {
  if (!summaries) {
    summaries = (async () => {
      const m = useStore.getState().manifest;
      const ids = (m?.layers ?? []).filter((l) => l.files.some((f) => f.format === 'geojson') && l.id !== 'districts').map((l) => l.id);
      const layers = await layersFor(ids);
      const c = await getClient();
      return c.perStreet(layers);
    })();
    summaries.catch(() => (summaries = null));
  }
  return summaries;
}

export const WHY_HOT_RADIUS_M = 1000;

export async function whyHotAt(point: [number, number], radius_m = WHY_HOT_RADIUS_M): Promise<WhyHotResult> {
  const layers = await layersFor(['sites', 'bareland', 'repair-clusters', 'outfalls', 'pollution-sources']);
  const c = await getClient();
  return c.whyHot(point, layers, { radius_m, layers: Object.keys(layers), limit: 30 });
}

/** Runs a rule without making it the panel's current rule (high-value lists, patrol lists). */
export async function computeRule(rule: Rule, onProgress?: (f: number) => void): Promise<import('../analysis/types').RuleResult> {
  const layers = await layersFor([...ruleCenterLayers(rule), ...rule.targetLayers]);
  const c = await getClient();
  return c.runRule(rule, layers, { onProgress });
}

/** Everything of the given layers within radius of a point, nearest first. */
export async function nearby(point: [number, number], radius_m: number, layerIds: string[]): Promise<WhyHotResult> {
  const layers = await layersFor(layerIds);
  const c = await getClient();
  return c.whyHot(point, layers, { radius_m, layers: Object.keys(layers), limit: 200 });
}

/** Runs a rule over explicit layers (e.g. one street's stations), loading any missing ones by id. */
export async function runRuleOn(rule: Rule, given: LayerMap): Promise<import('../analysis/types').RuleResult> {
  const missing = [...ruleCenterLayers(rule), ...rule.targetLayers].filter((id) => !given[id]);
  const layers = { ...(await layersFor(missing)), ...given };
  const c = await getClient();
  return c.runRule(rule, layers);
}

/** Layers an inspector sees around a point. */
export const NEARBY_LAYERS = ['sites', 'site-exits', 'bareland', 'outfalls', 'wellheads', 'pollution-sources', 'stations-street', 'stations-national', 'soil-plots', 'water-sections', 'plants'];
