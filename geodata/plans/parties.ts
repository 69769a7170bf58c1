/**
 * Splits responsibility cells into department ids with one longest-match tokenizer over the alias table
 * (departments.ts) plus the street units of the plan's district (geodata/scripts/lib/streets.ts).
 */
import { DEPARTMENTS, IGNORED, SPLIT_ALIASES, type DeptEntry } from './departments';
import { districtUnits, unitNameVariants, XIANG_TYPES } from './streets-scope';
import type { Department } from './types';

export interface PartyContext {
  /** the plan's district (null for the municipal plan) */
  district: string | null;
}

interface Hit {
  /** canonical names (several for SPLIT_ALIASES), or a street id, or nothing for ignored strings */
  entries: DeptEntry[];
  streetId?: string;
}

export interface PartyResult {
  ids: string[];
  /** substrings that matched nothing; must be empty for a clean parse */
  unknown: string[];
  /** street scope contributions */
  streetAll: boolean;
  streetXiang: boolean;
  streetUnspecified: boolean;
  streetIds: string[];
}

const byName = new Map<string, DeptEntry>();
for (const e of DEPARTMENTS) byName.set(e.name, e);

/** id of a table entry in a plan's context */
export function deptId(e: DeptEntry, ctx: PartyContext): string {
  if (e.scope === 'relative') return `${ctx.district ?? 'bj'}:${e.name}`;
  return e.level === 'municipal' || e.district === null || e.district === undefined ? `bj:${e.name}` : `${e.district}:${e.name}`;
}

const SEPARATORS = /^[、，,；;\s/／()（）]+/;

const dictCache = new Map<string, Map<string, Hit>>();

function dictionary(ctx: PartyContext): Map<string, Hit> {
  const key = ctx.district ?? 'bj';
  const cached = dictCache.get(key);
  if (cached) return cached;
  const d = new Map<string, Hit>();
  for (const e of DEPARTMENTS) {
    d.set(e.name, { entries: [e] });
    for (const a of e.aliases ?? []) d.set(a, { entries: [e] });
  }
  for (const [alias, names] of Object.entries(SPLIT_ALIASES)) {
    d.set(alias, { entries: names.map((n) => byName.get(n)).filter((x): x is DeptEntry => x !== undefined) });
  }
  for (const s of IGNORED) d.set(s, { entries: [] });
  if (ctx.district) {
    for (const u of districtUnits(ctx.district)) {
      for (const v of unitNameVariants(u)) if (!d.has(v)) d.set(v, { entries: [], streetId: u.id });
    }
  }
  dictCache.set(key, d);
  return d;
}

/** Longest-match tokenization of a compacted cell (no whitespace). */
export function tokenize(text: string, ctx: PartyContext): { hits: Hit[]; unknown: string[] } {
  const d = dictionary(ctx);
  const maxLen = Math.max(...[...d.keys()].map((k) => k.length));
  const hits: Hit[] = [];
  const unknown: string[] = [];
  let pending = '';
  let i = 0;
  while (i < text.length) {
    const sep = SEPARATORS.exec(text.slice(i));
    if (sep) {
      if (pending) unknown.push(pending);
      pending = '';
      i += sep[0].length;
      continue;
    }
    let found: Hit | null = null;
    let len = 0;
    for (let l = Math.min(maxLen, text.length - i); l > 0; l--) {
      const h = d.get(text.slice(i, i + l));
      if (h) {
        found = h;
        len = l;
        break;
      }
    }
    if (found) {
      if (pending) unknown.push(pending);
      pending = '';
      hits.push(found);
      i += len;
    } else {
      pending += text[i];
      i++;
    }
  }
  if (pending) unknown.push(pending);
  return { hits, unknown };
}

/** Resolve one responsibility cell (already compacted) into department ids and street scope parts. */
export function resolveParties(text: string, ctx: PartyContext): PartyResult {
  const { hits, unknown } = tokenize(text, ctx);
  const out: PartyResult = { ids: [], unknown, streetAll: false, streetXiang: false, streetUnspecified: false, streetIds: [] };
  for (const h of hits) {
    if (h.streetId) {
      out.ids.push(`street:${h.streetId}`);
      out.streetIds.push(h.streetId);
    }
    for (const e of h.entries) {
      out.ids.push(deptId(e, ctx));
      if (e.streets === 'all') out.streetAll = true;
      if (e.streets === 'xiang') out.streetXiang = true;
      if (e.streets === 'unspecified') out.streetUnspecified = true;
    }
  }
  out.ids = [...new Set(out.ids)];
  return out;
}

/** Collects the departments actually used, for the output's departments[]. */
export class DepartmentRegistry {
  private used = new Map<string, Department>();

  add(ids: string[], ctx: PartyContext): void {
    for (const id of ids) {
      if (this.used.has(id)) continue;
      if (id.startsWith('street:')) {
        const sid = id.slice(7);
        const u = districtUnits(sid.slice(0, 6)).find((x) => x.id === sid);
        if (!u) throw new Error(`unknown street id ${sid}`);
        this.used.set(id, { id, name: u.name, aliases: unitNameVariants(u).filter((v) => v !== u.name), level: 'street', district: u.districtCode, streetIds: [u.id] });
        continue;
      }
      const name = id.slice(id.indexOf(':') + 1);
      const e = byName.get(name);
      if (!e) throw new Error(`unknown department id ${id}`);
      const district = e.scope === 'relative' ? ctx.district : (e.district ?? null);
      const dep: Department = { id, name: e.name, aliases: [...(e.aliases ?? [])], level: e.level, district };
      if (e.collective) dep.collective = true;
      if (e.streets && district) {
        const units = districtUnits(district);
        if (e.streets === 'all') dep.streetIds = units.map((u) => u.id);
        if (e.streets === 'xiang') dep.streetIds = units.filter((u) => XIANG_TYPES.has(u.type)).map((u) => u.id);
      }
      this.used.set(id, dep);
    }
  }

  list(): Department[] {
    return [...this.used.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
