/**
 * Named places in measure texts (seeds-digest §2, §5.4) so the map can highlight them.
 * Longest match wins and matches do not overlap (中坝河 is not also 坝河; 温榆河公园 is not also 温榆河).
 */
import { districtUnits } from './streets-scope';
import type { Place, PlaceKind } from './types';

interface PlaceDef {
  name: string;
  kind: PlaceKind;
  /** other spellings in the texts */
  aliases?: string[];
  /** the text must match this too (e.g. 高碑店 as a plant only next to 污水处理厂) */
  requires?: RegExp;
}

const PLANT_CONTEXT = /污水处理厂|再生水厂|污水厂/;

export const PLACES: PlaceDef[] = [
  // rivers and lakes
  ...['亮马河', '萧太后河', '通惠河', '坝河', '温榆河', '北运河', '潮白河', '大羊坊沟', '中坝河', '牛黄沟', '胜利干渠', '柏凤沟', '玉带河', '南护城河', '北护城河', '筒子河', '永定河', '大清河', '蓟运河', '潮河', '吴店河', '窦店沟', '金鸡河', '泃河', '凤河'].map(
    (name): PlaceDef => ({ name, kind: 'river' }),
  ),
  { name: '玉河', kind: 'river', aliases: ['玉河北段'] },
  { name: '龙潭东湖', kind: 'lake' },
  { name: '南馆公园', kind: 'park' },
  { name: '密云水库', kind: 'lake' },
  { name: '官厅水库', kind: 'lake' },
  // plants
  { name: '高碑店污水处理厂', kind: 'plant', aliases: ['高碑店'], requires: PLANT_CONTEXT },
  { name: '小红门污水处理厂', kind: 'plant', aliases: ['小红门'], requires: PLANT_CONTEXT },
  { name: '定福庄污水处理厂', kind: 'plant', aliases: ['定福庄'], requires: PLANT_CONTEXT },
  { name: '亦庄再生水厂', kind: 'plant' },
  { name: '金桥再生水厂', kind: 'plant', aliases: ['金桥污水厂'] },
  { name: '中信新城', kind: 'plant' },
  { name: '洳河污水处理厂', kind: 'plant' },
  { name: '华能电厂', kind: 'plant' },
  { name: '北京住总新型建材有限公司朝阳百子湾分站', kind: 'site', aliases: ['百子湾分站'] },
  // stations
  { name: '奥体中心', kind: 'station' },
  { name: '农展馆', kind: 'station', aliases: ['农业展览馆'] },
  { name: '市控高密站', kind: 'station' },
  // parks
  { name: '温榆河公园', kind: 'park' },
  { name: '奥林匹克森林公园', kind: 'park' },
  { name: '朝阳公园', kind: 'park' },
  { name: '奥体公园', kind: 'park' },
  { name: '绿隔地区公园环绿道', kind: 'park' },
  // linear works
  { name: '地铁3号线', kind: 'linear' },
  { name: '12号线', kind: 'linear' },
  { name: '京密路', kind: 'linear' },
  { name: '四环路', kind: 'linear' },
  { name: '通胡大街', kind: 'linear' },
  // zones and sites
  { name: '中关村科技园区朝阳园', kind: 'zone' },
  { name: '朝阳循环产业园', kind: 'zone', aliases: ['朝阳循环经济产业园', '高安屯循环经济产业园'] },
  { name: '张家湾工业开发区', kind: 'zone' },
  { name: '通州开发区西区', kind: 'zone' },
  { name: '中关村通州园', kind: 'zone' },
  { name: '百环家园', kind: 'site' },
  { name: '京贸国际公寓', kind: 'site' },
];

interface Matcher {
  pattern: string;
  def: PlaceDef;
  streetId?: string;
  kind: PlaceKind;
  name: string;
}

const cache = new Map<string, Matcher[]>();

function matchers(district: string | null): Matcher[] {
  const key = district ?? 'bj';
  const c = cache.get(key);
  if (c) return c;
  const out: Matcher[] = [];
  for (const def of PLACES) for (const p of [def.name, ...(def.aliases ?? [])]) out.push({ pattern: p, def, kind: def.kind, name: def.name });
  if (district) {
    // named street units of the plan's district (full names, and 乡/镇 variants)
    for (const u of districtUnits(district)) {
      const names = new Set([u.name, `${u.shortName}街道`, `${u.shortName}乡`, `${u.shortName}镇`, `${u.shortName}地区`]);
      if (u.name === '于家务回族乡') names.add('于家务乡');
      for (const n of names) if (n.length >= 3) out.push({ pattern: n, def: { name: u.name, kind: 'street' }, kind: 'street', name: u.name, streetId: u.id });
    }
  }
  out.sort((a, b) => b.pattern.length - a.pattern.length || (a.pattern < b.pattern ? -1 : 1));
  cache.set(key, out);
  return out;
}

/** Short street names in an enumeration, e.g. "平房、来广营、望京" or "奥运村、小关、建外、望京、来广营、平房". */
function enumeratedStreets(text: string, district: string | null, taken: boolean[]): Place[] {
  if (!district) return [];
  const units = districtUnits(district);
  const shortToUnit = new Map(units.filter((u) => u.shortName.length >= 2).map((u) => [u.shortName, u] as const));
  const names = [...shortToUnit.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return [];
  const alt = names.join('|');
  const re = new RegExp(`(?:${alt})(?:、(?:${alt}))+`, 'g');
  const out: Place[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let pos = m.index;
    for (const part of m[0].split('、')) {
      const u = shortToUnit.get(part);
      const free = !taken.slice(pos, pos + part.length).some(Boolean);
      if (u && free) {
        out.push({ name: u.name, kind: 'cluster', streetId: u.id });
        for (let k = pos; k < pos + part.length; k++) taken[k] = true;
      }
      pos += part.length + 1;
    }
  }
  return out;
}

export function findPlaces(text: string, district: string | null): Place[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: { at: number; place: Place }[] = [];
  for (const m of matchers(district)) {
    if (m.def.requires && !m.def.requires.test(text)) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(m.pattern, from);
      if (at < 0) break;
      from = at + 1;
      if (taken.slice(at, at + m.pattern.length).some(Boolean)) continue;
      for (let k = at; k < at + m.pattern.length; k++) taken[k] = true;
      const place: Place = { name: m.name, kind: m.kind };
      if (m.streetId) place.streetId = m.streetId;
      found.push({ at, place });
    }
  }
  const enumerated = enumeratedStreets(text, district, taken);
  const all = [...found.sort((a, b) => a.at - b.at).map((f) => f.place), ...enumerated];
  const seen = new Set<string>();
  return all.filter((p) => {
    const k = `${p.kind}|${p.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
