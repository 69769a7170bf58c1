/**
 * The only module that knows URLs. Data files are static (public/data/, built by geodata/);
 * the session comes from the API base (the agency's authenticating gateway, or msw in dev/tests).
 */
import type { FeatureCollection } from 'geojson';
import type { Manifest, ManifestLayer, StreetIndicators } from './manifest';

const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env ?? {};

/** Where public/data/ is served; override with VITE_DATA_BASE_URL (e.g. a CDN). */
export const DATA_BASE: string = env.VITE_DATA_BASE_URL ?? `${env.BASE_URL ?? '/'}data/`;
/** Where /api/* lives; override with VITE_API_BASE_URL. Empty = same origin. */
export const API_BASE: string = (env.VITE_API_BASE_URL ?? '').replace(/\/$/, '');

export type LoadProblem = 'http' | 'network' | 'malformed' | 'invalid';

/** A load failure that names the file and the problem; the UI shows it beside the failed layer only. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: LoadProblem,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

function resolve(base: string, path: string): string {
  if (/^https?:\/\//.test(base)) return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
  const origin = typeof location !== 'undefined' ? location.href : 'http://localhost/';
  return new URL(`${base}${path}`, origin).toString();
}

export function dataUrl(path: string): string {
  return resolve(DATA_BASE, path);
}

async function fetchOk(url: string, file: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DataLoadError(file, 'network', (e as Error).message || 'network error');
  }
  if (!res.ok) throw new DataLoadError(file, 'http', `HTTP ${res.status}`, res.status);
  return res;
}

const prefetched = new Map<string, Promise<Response>>();

/**
 * Starts fetching files the first view needs before the manifest has arrived (their names are the
 * manifest's, stable across builds); fetchJson then uses the response already on its way.
 * Only the first request of each path uses the prefetch, so a retry always goes to the network.
 */
export function prefetch(paths: string[]) {
  for (const p of paths) if (!prefetched.has(p)) {
    const req = fetchOk(dataUrl(p), p);
    req.catch(() => undefined);
    prefetched.set(p, req);
  }
}

export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const early = prefetched.get(path);
  if (early) prefetched.delete(path);
  const res = early ? await early : await fetchOk(dataUrl(path), path, signal);
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new DataLoadError(path, 'malformed', `invalid JSON (${(e as Error).message})`);
  }
}

export async function fetchBinary(path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetchOk(dataUrl(path), path, signal);
  return res.arrayBuffer();
}

export async function fetchManifest(signal?: AbortSignal): Promise<Manifest> {
  const m = await fetchJson<Manifest>('manifest.json', signal);
  if (!m || m.version !== 1 || !Array.isArray(m.layers)) throw new DataLoadError('manifest.json', 'invalid', 'not a version-1 manifest');
  return m;
}

/** Loads a GeoJSON layer (all its geojson files merged) and checks its shape. */
export async function fetchLayer(layer: ManifestLayer, signal?: AbortSignal): Promise<FeatureCollection> {
  const files = layer.files.filter((f) => f.format === 'geojson');
  const parts = await Promise.all(files.map((f) => fetchJson<FeatureCollection>(f.path, signal)));
  const features = [];
  for (let i = 0; i < parts.length; i++) {
    const fc = parts[i];
    if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      throw new DataLoadError(files[i].path, 'invalid', 'not a GeoJSON FeatureCollection');
    }
    features.push(...fc.features);
  }
  return { type: 'FeatureCollection', features };
}

export async function fetchStreetIndicators(signal?: AbortSignal): Promise<StreetIndicators> {
  const d = await fetchJson<StreetIndicators>('street-indicators.json', signal);
  if (!d || !Array.isArray(d.months) || !Array.isArray(d.streets)) throw new DataLoadError('street-indicators.json', 'invalid', 'missing months or streets');
  return d;
}

export type Role = 'inspector' | 'supervisor' | 'public';
export interface Session {
  role: Role;
  user?: string;
  /** street the inspector is responsible for */
  streetId?: string;
}

/** GET /api/session — served by the agency's authenticating gateway in production. */
export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const url = API_BASE ? `${API_BASE}/api/session` : resolve(env.BASE_URL ?? '/', 'api/session');
  const res = await fetchOk(url, 'api/session', signal);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new DataLoadError('api/session', 'malformed', 'invalid JSON');
  }
  const role = (body as { role?: unknown })?.role;
  if (role !== 'inspector' && role !== 'supervisor' && role !== 'public') throw new DataLoadError('api/session', 'invalid', `unknown role ${String(role)}`);
  const b = body as Session;
  return { role, user: typeof b.user === 'string' ? b.user : undefined, streetId: typeof b.streetId === 'string' ? b.streetId : undefined };
}

/** The public build (npm run build:public) never asks for a session and ships public data only. */
export { IS_PUBLIC_BUILD } from '../lib/build-flags';
