/**
 * Typed client for the analysis worker, for the UI.
 *
 *   const analysis = createAnalysisClient();
 *   const res = await analysis.runRule(BUILTIN_RULES[0], layers, { onProgress: (f) => setPct(f) });
 *   analysis.cancel(); // rejects every pending call with an AbortError, terminates and respawns the worker
 *
 * Collections are sent to the worker once per object (a WeakMap remembers what was sent), so repeated
 * runs over the same layers do not copy them again. Pass `signal` to cancel one call's worker.
 */
import * as Comlink from 'comlink';
import type { StreetSummary } from '../per-street';
import type { WhyHotResult } from '../rules';
import type { AnyFeatureCollection, LayerMap, Rule, RuleResult } from '../types';
import type { GeoJsonIssue, ValidateOptions } from '../validate-feature-collection';
import { createAnalysisApi, type AnalysisApi, type LayerRefs, type PerStreetParams, type WhyHotParams } from './api';

export type { AnalysisApi, LayerRefs, PerStreetParams, WhyHotParams } from './api';
export type { RuleResult, RuleHit, RuleCenterSummary, Rule, LayerMap } from '../types';
export type { StreetSummary } from '../per-street';
export type { WhyHotResult, WhyHotCandidate } from '../rules';

export interface CallOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface AnalysisClient {
  runRule(rule: Rule, layers: LayerMap, opts?: CallOptions): Promise<RuleResult>;
  perStreet(layers: LayerMap, params?: PerStreetParams, opts?: CallOptions): Promise<StreetSummary[]>;
  whyHot(point: [number, number], layers: LayerMap, params?: WhyHotParams, opts?: CallOptions): Promise<WhyHotResult>;
  validate(input: unknown, opts?: ValidateOptions): Promise<{ issues: GeoJsonIssue[] }>;
  /** cancels every running call (they reject with an AbortError) */
  cancel(): void;
  dispose(): void;
}

/** something comlink can talk to, and a way to stop it */
export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  terminate(): void;
}

export function abortError(): Error {
  const e = new Error('analysis cancelled');
  e.name = 'AbortError';
  return e;
}

function defaultSpawn(): WorkerHandle {
  const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  return { endpoint: w, terminate: () => w.terminate() };
}

let keySeq = 0;

/** client over a Web Worker (or any comlink endpoint from `spawn`) */
export function createAnalysisClient(spawn: () => WorkerHandle = defaultSpawn): AnalysisClient {
  let handle: WorkerHandle | null = null;
  let remote: Comlink.Remote<AnalysisApi> | null = null;
  let sent = new WeakMap<AnyFeatureCollection, string>();
  const pending = new Set<(e: Error) => void>();

  const ensure = (): Comlink.Remote<AnalysisApi> => {
    if (!remote) {
      handle = spawn();
      remote = Comlink.wrap<AnalysisApi>(handle.endpoint);
      sent = new WeakMap();
    }
    return remote;
  };

  const refsFor = async (api: Comlink.Remote<AnalysisApi>, layers: LayerMap): Promise<LayerRefs> => {
    const refs: LayerRefs = {};
    for (const [layer, fc] of Object.entries(layers)) {
      if (!fc) continue;
      let key = sent.get(fc);
      if (!key) {
        key = `fc${++keySeq}`;
        await api.putLayer(key, fc);
        sent.set(fc, key);
      }
      refs[layer] = key;
    }
    return refs;
  };

  const cancel = () => {
    handle?.terminate();
    handle = null;
    remote = null;
    const err = abortError();
    for (const reject of [...pending]) reject(err);
    pending.clear();
  };

  /** runs one call; rejects on cancel() or on its own signal */
  const call = <T>(opts: CallOptions | undefined, fn: (api: Comlink.Remote<AnalysisApi>) => Promise<T>): Promise<T> => {
    if (opts?.signal?.aborted) return Promise.reject(abortError());
    return new Promise<T>((resolve, reject) => {
      pending.add(reject);
      const onAbort = () => cancel();
      opts?.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        pending.delete(reject);
        opts?.signal?.removeEventListener('abort', onAbort);
      };
      fn(ensure()).then(
        (v) => {
          if (!pending.has(reject)) return;
          done();
          resolve(v);
        },
        (e: unknown) => {
          if (!pending.has(reject)) return;
          done();
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  };

  const progress = (opts?: CallOptions) => (opts?.onProgress ? Comlink.proxy(opts.onProgress) : undefined);

  return {
    runRule: (rule, layers, opts) => call(opts, async (api) => api.runRule(rule, await refsFor(api, layers), progress(opts))),
    perStreet: (layers, params, opts) => call(opts, async (api) => api.perStreet(await refsFor(api, layers), params, progress(opts))),
    whyHot: (point, layers, params, opts) => call(opts, async (api) => api.whyHot(point, await refsFor(api, layers), params)),
    validate: (input, opts) => call(undefined, (api) => api.validate(input, opts)),
    cancel,
    dispose: cancel,
  };
}

/** the same API in the calling thread (tests, or environments without workers); cancel() only rejects pending calls */
export function createInProcessClient(): AnalysisClient {
  return createAnalysisClient(() => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createAnalysisApi(), port2);
    return {
      endpoint: port1,
      terminate: () => {
        port1.close();
        port2.close();
      },
    };
  });
}
