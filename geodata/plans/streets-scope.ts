/**
 * The street-unit lookup used by the plan parser: a thin interface over geodata/scripts/lib/streets.ts
 * (349 Beijing units, id = 12-digit NBS code), so the parser does not depend on its internals.
 */
import { loadCrosswalk, loadStreetUnits, resolveStreetName, type StreetUnit } from '../scripts/lib/streets';
import type { StreetScope } from './types';

/** unit types that answer to 乡 / 乡镇 in the plans (Chaoyang's 19 乡 are NBS type 地区) */
export const XIANG_TYPES: ReadonlySet<string> = new Set(['乡', '镇', '地区']);

export function districtUnits(district: string): StreetUnit[] {
  return loadStreetUnits().filter((u) => u.districtCode === district);
}

export function streetExists(id: string): boolean {
  return loadStreetUnits().some((u) => u.id === id);
}

/** The names a plan may print for a unit: 高碑店地区 → 高碑店地区, 高碑店乡, 高碑店街道…, checked with resolveStreetName. */
export function unitNameVariants(u: StreetUnit): string[] {
  const cands = [u.name, `${u.shortName}街道`, `${u.shortName}乡`, `${u.shortName}镇`, `${u.shortName}地区`];
  for (const c of loadCrosswalk()) if (c.id === u.id && !/指标$/.test(c.alias)) cands.push(c.alias);
  return [...new Set(cands)].filter((c) => resolveStreetName(c, u.districtCode)?.id === u.id);
}

export function scopeOf(district: string | null, parts: { all: boolean; xiang: boolean; unspecified: boolean; ids: string[] }): StreetScope {
  if (district && parts.all) return { kind: 'all', ids: districtUnits(district).map((u) => u.id) };
  const ids = new Set(parts.ids);
  if (district && parts.xiang) for (const u of districtUnits(district)) if (XIANG_TYPES.has(u.type)) ids.add(u.id);
  if (ids.size > 0) return { kind: 'some', ids: [...ids].sort() };
  if (parts.unspecified) return { kind: 'unspecified', ids: [] };
  return { kind: 'none', ids: [] };
}
