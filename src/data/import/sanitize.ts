/**
 * Properties are data, never code. This step copies parsed properties into fresh objects keeping only
 * JSON values: strings verbatim (the UI renders them as text), finite numbers, booleans, null, arrays
 * and plain objects. It drops keys that could reach an object's prototype (`__proto__`, `constructor`,
 * `prototype`), functions, symbols and other non-JSON values, turns Dates into ISO strings, and cuts
 * strings longer than MAX_STRING_CHARS.
 */
import type { GeoJsonProperties } from 'geojson';
import type { IssueCollector, IssueInit } from './issues';

export const MAX_STRING_CHARS = 10_000;
export const MAX_DEPTH = 16;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SanitizeContext {
  issues: IssueCollector;
  where: IssueInit;
}

function sanitizeValue(v: unknown, path: string, depth: number, ctx: SanitizeContext): { keep: boolean; value?: unknown } {
  if (v === null) return { keep: true, value: null };
  switch (typeof v) {
    case 'string':
      if (v.length > MAX_STRING_CHARS) {
        ctx.issues.push('string-truncated', 'warning', `property "${path}" is ${v.length} characters long; kept the first ${MAX_STRING_CHARS}`, {
          ...ctx.where,
          params: { property: path, length: v.length, limit: MAX_STRING_CHARS },
        });
        return { keep: true, value: v.slice(0, MAX_STRING_CHARS) };
      }
      return { keep: true, value: v };
    case 'boolean':
      return { keep: true, value: v };
    case 'number':
      if (Number.isFinite(v)) return { keep: true, value: v };
      ctx.issues.push('non-json-value-dropped', 'warning', `property "${path}" is ${String(v)}, not a JSON number; dropped`, { ...ctx.where, params: { property: path } });
      return { keep: false };
    case 'object':
      break;
    default:
      ctx.issues.push('non-json-value-dropped', 'warning', `property "${path}" holds a ${typeof v}; dropped`, { ...ctx.where, params: { property: path, type: typeof v } });
      return { keep: false };
  }
  if (v instanceof Date) return { keep: true, value: Number.isNaN(v.getTime()) ? null : v.toISOString() };
  if (depth >= MAX_DEPTH) {
    ctx.issues.push('too-deep-value-dropped', 'warning', `property "${path}" is nested more than ${MAX_DEPTH} levels deep; dropped`, { ...ctx.where, params: { property: path } });
    return { keep: false };
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    v.forEach((item, i) => {
      const r = sanitizeValue(item, `${path}[${i}]`, depth + 1, ctx);
      out.push(r.keep ? r.value : null);
    });
    return { keep: true, value: out };
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    ctx.issues.push('non-json-value-dropped', 'warning', `property "${path}" is not a plain object; dropped`, { ...ctx.where, params: { property: path, type: 'object' } });
    return { keep: false };
  }
  return { keep: true, value: sanitizeObject(v as Record<string, unknown>, path, depth + 1, ctx) };
}

function sanitizeObject(o: Record<string, unknown>, prefix: string, depth: number, ctx: SanitizeContext): Record<string, unknown> {
  // null-prototype accumulator: no key written here can reach Object.prototype
  const acc: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (UNSAFE_KEYS.has(key)) {
      ctx.issues.push('unsafe-key-dropped', 'warning', `property key "${path}" is not allowed (prototype pollution guard); dropped`, { ...ctx.where, params: { property: path } });
      continue;
    }
    const r = sanitizeValue(o[key], path, depth, ctx);
    if (r.keep) acc[key] = r.value;
  }
  // Object.fromEntries defines own data properties (never invokes setters), giving a normal plain object
  return Object.fromEntries(Object.entries(acc));
}

/** Sanitised copy of a feature's properties (null stays null; non-objects become {}). */
export function sanitizeProperties(props: unknown, ctx: SanitizeContext): GeoJsonProperties {
  if (props === null || props === undefined) return {};
  if (typeof props !== 'object' || Array.isArray(props)) {
    ctx.issues.push('non-json-value-dropped', 'warning', '"properties" is not an object; replaced with {}', { ...ctx.where, params: { property: 'properties' } });
    return {};
  }
  const out = sanitizeObject(props as Record<string, unknown>, '', 0, ctx);
  // togeojson gives KML descriptions as { '@type': 'html', value }: keep the text verbatim as a string
  for (const [k, v] of Object.entries(out)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (Object.keys(o).length === 2 && typeof o.value === 'string' && typeof o['@type'] === 'string') out[k] = o.value;
    }
  }
  return out;
}
