/**
 * Seeded synthetic ledgers: street stations, construction sites + exits, bare land, water sections,
 * outfalls, wellheads + pollution sources, soil plots. Every generator assumption is listed in geodata/README.md.
 */
import type { Feature, Geometry, Position } from 'geojson';
import Flatbush from 'flatbush';
import type { BaseData, StreetGeom } from './base';
import { districtByCode } from '../lib/districts-meta';
import { bboxOfMulti, distanceM, labelPoint, multiAreaM2, offsetMetres, pointInMulti, r6, roundMulti, type MultiCoords } from '../lib/geo';
import { intBetween, normal, pick, rngFor, uniform, weightedPick, type Rng } from '../lib/prng';
import { lineFeature, pad, pointFeature, polyFeature, WeightedSampler, type Props } from '../lib/features';
import type { NamedPlace } from './places';

export type AnyFeature = Feature<Geometry, Props>;

/** urban intensity of a street: core districts and 街道 in the central city are the busiest */
export function intensity(s: StreetGeom): number {
  const ring = districtByCode(s.unit.districtCode)?.ring ?? 3;
  const base = [1, 0.8, 0.35, 0.12][ring];
  return s.unit.type === '街道' ? base * 1.3 : base;
}

export function randomPointInStreet(rng: Rng, s: StreetGeom): Position {
  const b = bboxOfMulti(s.geom);
  for (let k = 0; k < 5000; k++) {
    const x = b[0] + (b[2] - b[0]) * rng();
    const y = b[1] + (b[3] - b[1]) * rng();
    if (pointInMulti(x, y, s.geom)) return [x, y];
  }
  return s.seat;
}

/** street containing the (rounded) point, or undefined outside Beijing */
export function streetAt(base: BaseData, p: Position): StreetGeom | undefined {
  return base.streetIndex.find(r6(p[0]), r6(p[1]))?.props;
}

function streetProps(s: StreetGeom): Props {
  return { streetId: s.unit.id, streetName: s.unit.name, districtCode: s.unit.districtCode, districtName: s.unit.districtName };
}

// ---------------------------------------------------------------- street stations
export function genStreetStations(base: BaseData): AnyFeature[] {
  const rng = rngFor('stations-street');
  const out: AnyFeature[] = [];
  for (const s of base.streets) {
    const k = s.unit.type === '街道' && (districtByCode(s.unit.districtCode)?.ring ?? 3) <= 1 && rng() < 0.25 ? 2 : 1;
    for (let i = 0; i < k; i++) {
      let p = randomPointInStreet(rng, s);
      if (streetAt(base, p)?.unit.id !== s.unit.id) p = s.seat;
      out.push(pointFeature(p, {
        id: `st-${s.unit.id}-${i + 1}`,
        name: `${s.unit.shortName}${k > 1 ? ['一', '二'][i] + '号' : ''}站`,
        stationClass: '街乡站',
        assessed: i === 0,
        ...streetProps(s),
      }));
    }
  }
  return out;
}

// ---------------------------------------------------------------- construction sites and exits
const SITE_TYPES = [['房建', 40], ['轨道交通', 6], ['水务', 8], ['园林', 10], ['拆迁拆违', 8], ['线性工程', 8], ['小微工程', 20]] as const;
const SITE_DEPT: Record<string, string> = {
  房建: '区住房城乡建设委', 轨道交通: '区住房城乡建设委', 水务: '区水务局', 园林: '区园林绿化局', 拆迁拆违: '区城管执法局', 线性工程: '区交通委', 小微工程: '属地街乡',
};
const SITE_STATUS = [['在施', 60], ['停工', 10], ['未开工', 12], ['完工待验收', 18]] as const;

export function genSites(base: BaseData, places: NamedPlace[], count: number): { sites: AnyFeature[]; exits: AnyFeature[] } {
  const rng = rngFor('sites');
  const sampler = new WeightedSampler(base.streets, (s) => intensity(s) * Math.sqrt(s.areaM2 / 1e6));
  const works = places.filter((p) => p.kind === 'linear-work');
  const sites: AnyFeature[] = [];
  const exits: AnyFeature[] = [];
  for (let i = 1; sites.length < count; i++) {
    const type = weightedPick(rng, SITE_TYPES);
    let p: Position;
    let s: StreetGeom | undefined;
    if ((type === '轨道交通' || type === '线性工程') && rng() < 0.5) {
      const w = pick(rng, works);
      const c = w.geometry.coordinates as Position[];
      const j = Math.floor(rng() * (c.length - 1));
      const t = rng();
      p = offsetMetres(c[j][0] + (c[j + 1][0] - c[j][0]) * t, c[j][1] + (c[j + 1][1] - c[j][1]) * t, normal(rng, 0, 80), normal(rng, 0, 80));
      s = streetAt(base, p);
    } else {
      s = sampler.sample(rng());
      p = randomPointInStreet(rng, s);
      s = streetAt(base, p);
    }
    if (!s) continue;
    const id = `site-${pad(sites.length + 1)}`;
    const status = weightedPick(rng, SITE_STATUS);
    const areaM2 = Math.round(type === '小微工程' ? uniform(rng, 50, 2000) : Math.exp(uniform(rng, Math.log(2000), Math.log(200000))));
    sites.push(pointFeature(p, {
      id,
      name: `${s.unit.shortName}${type}项目${pad(i, 4)}`,
      siteType: type,
      status,
      department: SITE_DEPT[type] === '属地街乡' ? s.unit.name : SITE_DEPT[type],
      areaM2,
      videoMonitor: rng() < (type === '小微工程' ? 0.35 : 0.9),
      startMonth: `202${intBetween(rng, 2, 4)}-${pad(intBetween(rng, 1, 12), 2)}`,
      ...streetProps(s),
    }));
    // one exit a few tens of metres away, in the same street where possible
    let e: Position = p;
    for (let k = 0; k < 10; k++) {
      const ang = rng() * 2 * Math.PI;
      const d = uniform(rng, 20, 80);
      const cand = offsetMetres(p[0], p[1], d * Math.cos(ang), d * Math.sin(ang));
      if (streetAt(base, cand)) { e = cand; break; }
    }
    const es = streetAt(base, e) ?? s;
    exits.push(pointFeature(e, { id: `exit-${id.slice(5)}`, siteId: id, name: `${s.unit.shortName}${type}项目${pad(i, 4)}出口`, ...streetProps(es) }));
  }
  return { sites, exits };
}

// ---------------------------------------------------------------- bare land
const BARE_TYPES_URBAN = [['施工工地', 45], ['土储用地', 30], ['园林', 15], ['农用地', 10]] as const;
const BARE_TYPES_RURAL = [['农用地', 55], ['土储用地', 15], ['施工工地', 15], ['园林', 15]] as const;
const BARE_OWNER: Record<string, string> = { 农用地: '区农业农村局', 土储用地: '区土地储备中心', 施工工地: '区住房城乡建设委', 园林: '区园林绿化局' };
const TREATMENT = [['苫盖', 45], ['绿化', 20], ['硬化', 10], ['未治理', 25]] as const;

export function blob(rng: Rng, c: Position, areaM2: number, n: number): MultiCoords {
  const r = Math.sqrt(areaM2 / Math.PI);
  const start = rng() * 2 * Math.PI;
  const ring: Position[] = [];
  for (let k = 0; k < n; k++) {
    const ang = start + (2 * Math.PI * k) / n + uniform(rng, -0.25, 0.25);
    const rr = r * uniform(rng, 0.8, 1.15);
    const p = offsetMetres(c[0], c[1], rr * Math.cos(ang), rr * Math.sin(ang));
    ring.push([r6(p[0]), r6(p[1])]);
  }
  ring.push(ring[0]);
  return [[ring]];
}

function blobInside(base: BaseData, rng: Rng, c: Position, areaM2: number, n: number): MultiCoords | null {
  const g = blob(rng, c, areaM2, n);
  for (const p of g[0][0]) if (!base.streetIndex.find(p[0], p[1])) return null;
  return g;
}

export function genBareland(base: BaseData, count: number): AnyFeature[] {
  const rng = rngFor('bareland');
  const sampler = new WeightedSampler(base.streets, (s) => (0.3 + intensity(s)) * Math.sqrt(s.areaM2 / 1e6));
  const out: AnyFeature[] = [];
  while (out.length < count) {
    const s0 = sampler.sample(rng());
    const c = randomPointInStreet(rng, s0);
    const ha = Math.exp(uniform(rng, Math.log(0.1), Math.log(5)));
    const g = blobInside(base, rng, c, ha * 1e4, intBetween(rng, 5, 8));
    const s = g ? streetAt(base, labelPoint(g)) : undefined;
    if (!g || !s) continue;
    const urban = (districtByCode(s.unit.districtCode)?.ring ?? 3) <= 1;
    const sub = weightedPick(rng, urban ? BARE_TYPES_URBAN : BARE_TYPES_RURAL);
    out.push(polyFeature(g, {
      id: `bare-${pad(out.length + 1)}`,
      subType: sub,
      treatment: weightedPick(rng, TREATMENT),
      owner: BARE_OWNER[sub],
      areaM2: Math.round(multiAreaM2(g)),
      ...streetProps(s),
    }));
  }
  return out;
}

// ---------------------------------------------------------------- rivers: helpers
interface RiverSeg { river: NamedPlace; a: Position; b: Position; lenM: number }

export function riverSegments(places: NamedPlace[]): RiverSeg[] {
  const segs: RiverSeg[] = [];
  for (const r of places.filter((p) => p.kind === 'river' || p.kind === 'lake')) {
    const c = r.geometry.coordinates as Position[];
    for (let i = 0; i + 1 < c.length; i++) segs.push({ river: r, a: c[i], b: c[i + 1], lenM: distanceM(c[i], c[i + 1]) });
  }
  return segs;
}

function alongSeg(seg: RiverSeg, t: number, offsetM: number): Position {
  const x = seg.a[0] + (seg.b[0] - seg.a[0]) * t;
  const y = seg.a[1] + (seg.b[1] - seg.a[1]) * t;
  const dx = (seg.b[0] - seg.a[0]) * Math.cos((y * Math.PI) / 180);
  const dy = seg.b[1] - seg.a[1];
  const L = Math.hypot(dx, dy) || 1;
  return offsetMetres(x, y, (-dy / L) * offsetM, (dx / L) * offsetM);
}

// ---------------------------------------------------------------- water sections (+ monthly classes)
export const WATER_CLASSES = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'] as const;

interface RealSection { id: string; name: string; river: string; t: number; target: string; source: string; at?: Position }
const REAL_SECTIONS: RealSection[] = [
  { id: 'ws-dc-nanhuchenghe-dongbianmen', name: '南护城河东便门', river: 'river-huchenghe-south', t: 0.98, target: 'Ⅲ', source: '002:749' },
  { id: 'ws-dc-tongzihe-wenhuagong', name: '筒子河文化宫', river: 'river-tongzihe', t: 0.05, target: 'Ⅲ', source: '002:749' },
  { id: 'ws-dc-beihuchenghe-dongzhimen', name: '北护城河东直门桥', river: 'river-huchenghe-north', t: 0.97, target: 'Ⅲ', source: '002:749' },
  { id: 'ws-dc-longtan-east-lake', name: '龙潭东湖', river: 'lake-longtan-east', t: 0.5, target: 'Ⅳ', source: '002:749' },
  { id: 'ws-dc-nanguan-park-lake', name: '南馆公园湖', river: '', t: 0, target: 'Ⅳ', source: '002:773', at: [116.4232, 39.9447] },
];

export function genWaterSections(base: BaseData, places: NamedPlace[], months: string[]): { features: AnyFeature[]; classes: string[][]; ids: string[] } {
  const rng = rngFor('water-sections');
  const features: AnyFeature[] = [];
  const classes: string[][] = [];
  const ids: string[] = [];
  const push = (p: Position, props: Props, targetIdx: number) => {
    const s = streetAt(base, p);
    if (!s) return;
    // persistent section quality around the target, seasonal (summer storms worse), slow improvement
    const bias = normal(rng, -0.2, 0.5);
    const series = months.map((m, i) => {
      const mon = Number(m.slice(5));
      const storm = mon >= 6 && mon <= 8 ? 0.6 : 0;
      const v = targetIdx + bias + storm - i * 0.01 + normal(rng, 0, 0.45);
      return WATER_CLASSES[Math.max(0, Math.min(5, Math.round(v)))];
    });
    const compliant = series.filter((c) => WATER_CLASSES.indexOf(c as (typeof WATER_CLASSES)[number]) <= targetIdx).length;
    ids.push(String(props.id));
    classes.push(series);
    features.push(pointFeature(p, { ...props, latestClass: series[series.length - 1], compliantMonths: compliant, ...streetProps(s) }));
  };
  for (const rs of REAL_SECTIONS) {
    let p = rs.at;
    if (!p) {
      const river = places.find((x) => x.id === rs.river)!;
      const c = river.geometry.coordinates as Position[];
      const j = Math.min(c.length - 2, Math.floor(rs.t * (c.length - 1)));
      p = c[j + (rs.t * (c.length - 1) - j > 0.5 ? 1 : 0)];
    }
    const ti = WATER_CLASSES.indexOf(rs.target as (typeof WATER_CLASSES)[number]);
    push(p, { id: rs.id, name: rs.name, level: '市考', riverName: rs.name.startsWith('南馆') ? '南馆公园湖' : (places.find((x) => x.id === rs.river)?.name ?? ''), riverId: rs.river, targetClass: rs.target, targetSource: rs.source, real: true }, ti);
  }
  let n = 0;
  for (const river of places.filter((x) => x.kind === 'river')) {
    if (['river-huchenghe-south', 'river-tongzihe', 'river-huchenghe-north'].includes(river.id)) continue;
    const c = river.geometry.coordinates as Position[];
    const k = c.length >= 8 ? 3 : c.length >= 5 ? 2 : 1;
    for (let i = 0; i < k; i++) {
      const t = (i + 0.5) / k;
      const j = Math.min(c.length - 2, Math.floor(t * (c.length - 1)));
      const f = t * (c.length - 1) - j;
      const p: Position = [c[j][0] + (c[j + 1][0] - c[j][0]) * f, c[j][1] + (c[j + 1][1] - c[j][1]) * f];
      const level = c.length >= 8 && i === k - 1 ? '国考' : '市考';
      const target = level === '国考' ? 'Ⅲ' : pick(rng, ['Ⅲ', 'Ⅳ', 'Ⅳ', 'Ⅴ']);
      n++;
      push(p, { id: `ws-${pad(n, 3)}`, name: `${river.name}${i + 1}号断面`, level, riverName: river.name, riverId: river.id, targetClass: target, targetSource: 'synthetic', real: false }, WATER_CLASSES.indexOf(target as (typeof WATER_CLASSES)[number]));
    }
  }
  return { features, classes, ids };
}

// ---------------------------------------------------------------- outfalls
const OUTFALL_TYPES = [['雨水', 35], ['合流制溢流', 15], ['生活污水', 20], ['工业废水', 12], ['农业退水', 10], ['再生水厂排口', 8]] as const;
const OUTFALL_STATUS = [['正常', 70], ['溢流', 10], ['违规', 8], ['已封堵', 12]] as const;
const DISCHARGERS = ['小区', '商业综合体', '食品厂', '汽修厂', '洗车场', '医院', '学校', '农贸市场', '养殖场', '村庄', '物流园', '印刷厂'];

export function genOutfalls(base: BaseData, places: NamedPlace[], count: number): AnyFeature[] {
  const rng = rngFor('outfalls');
  const segs = riverSegments(places).filter((s) => s.river.kind === 'river');
  const sampler = new WeightedSampler(segs, (s) => s.lenM);
  const out: AnyFeature[] = [];
  let tries = 0;
  while (out.length < count && tries++ < count * 20) {
    const seg = sampler.sample(rng());
    const side = rng() < 0.5 ? -1 : 1;
    const p = alongSeg(seg, rng(), side * uniform(rng, 8, 120));
    const s = streetAt(base, p);
    if (!s) continue;
    const type = weightedPick(rng, OUTFALL_TYPES);
    const n = out.length + 1;
    const discharger = `${s.unit.shortName}${pick(rng, DISCHARGERS)}${pad(intBetween(rng, 1, 99), 2)}（模拟）`;
    out.push(pointFeature(p, {
      id: `outfall-${pad(n, 5)}`,
      code: `${s.unit.districtCode}-PK-${pad(n, 5)}`,
      outfallType: type,
      status: weightedPick(rng, OUTFALL_STATUS),
      discharger,
      channel: `${discharger}${pick(rng, ['排水管', '排水暗涵', '明渠'])}`,
      receivingWater: seg.river.id,
      receivingWaterName: seg.river.name,
      onlineMonitor: type === '工业废水' || type === '再生水厂排口' ? rng() < 0.8 : rng() < 0.15,
      ...streetProps(s),
    }));
  }
  return out;
}

// ---------------------------------------------------------------- wellheads and pollution sources
const SOURCE_TYPES = [['污水', 30], ['垃圾', 30], ['厕所(渗厕)', 20], ['养殖', 20]] as const;

export function wellheadEligible(s: StreetGeom): boolean {
  const ring = districtByCode(s.unit.districtCode)?.ring ?? 3;
  if (s.unit.type === '街道' || s.unit.type === '开发区') return false;
  if (ring >= 2) return true;
  return ['110105', '110106', '110108'].includes(s.unit.districtCode);
}

export function genWellheadsAndSources(base: BaseData, count: number): { wellheads: AnyFeature[]; sources: AnyFeature[] } {
  const rng = rngFor('wellheads');
  const eligible = base.streets.filter(wellheadEligible);
  const sampler = new WeightedSampler(eligible, (s) => Math.sqrt(s.areaM2 / 1e6));
  const wells: Position[] = [];
  const wellheads: AnyFeature[] = [];
  const sources: AnyFeature[] = [];
  const srcPos: Position[] = [];
  const addSource = (p: Position, near: string | null) => {
    const s = streetAt(base, p);
    if (!s) return;
    srcPos.push([r6(p[0]), r6(p[1])]);
    sources.push(pointFeature(p, {
      id: `src-${pad(sources.length + 1)}`,
      sourceType: weightedPick(rng, SOURCE_TYPES),
      nearWellhead: near ?? '',
      status: pick(rng, ['待整治', '整治中', '已整治', '待核查']),
      ...streetProps(s),
    }));
  };
  while (wellheads.length < count) {
    const s0 = sampler.sample(rng());
    const p = randomPointInStreet(rng, s0);
    const s = streetAt(base, p);
    if (!s || !wellheadEligible(s)) continue;
    const id = `well-${pad(wellheads.length + 1, 5)}`;
    wells.push([r6(p[0]), r6(p[1])]);
    wellheads.push(pointFeature(p, {
      id,
      name: `${s.unit.shortName}${pad(wellheads.length + 1, 4)}号水源井`,
      village: `${s.unit.shortName}${pick(rng, ['东', '西', '南', '北', '前', '后', '中'])}${pick(rng, ['庄', '村', '营', '屯'])}`,
      fenced: rng() < 0.8,
      signage: rng() < 0.85,
      ...streetProps(s),
    }));
    // ~7% get a source inside 30 m (a violation), ~45% one just outside (30–60 m)
    const r = rng();
    const ang = rng() * 2 * Math.PI;
    if (r < 0.07) {
      const d = uniform(rng, 8, 27);
      addSource(offsetMetres(p[0], p[1], d * Math.cos(ang), d * Math.sin(ang)), id);
    } else if (r < 0.52) {
      const d = uniform(rng, 33, 60);
      addSource(offsetMetres(p[0], p[1], d * Math.cos(ang), d * Math.sin(ang)), id);
    }
  }
  // background sources scattered in the same townships
  const bg = Math.round(count * 0.6);
  for (let i = 0; i < bg; i++) addSource(randomPointInStreet(rng, sampler.sample(rng())), null);
  // count sources within 30 m of each wellhead (flatbush over sources, bbox prefilter + geodesic distance)
  const idx = new Flatbush(Math.max(1, srcPos.length));
  for (const q of srcPos) idx.add(q[0], q[1], q[0], q[1]);
  if (srcPos.length === 0) idx.add(0, 0, 0, 0);
  idx.finish();
  wellheads.forEach((w, i) => {
    const p = wells[i];
    const dLat = 30 / 111_320;
    const dLon = 30 / (111_320 * Math.cos((p[1] * Math.PI) / 180));
    const near = idx.search(p[0] - dLon, p[1] - dLat, p[0] + dLon, p[1] + dLat).filter((j) => j < srcPos.length && distanceM(p, srcPos[j]) <= 30);
    const props = w.properties;
    const reordered: Props = {};
    for (const [k, v] of Object.entries(props)) {
      reordered[k] = v;
      if (k === 'signage') {
        reordered.sourcesWithin30m = near.length;
        reordered.safetyStatus = near.length === 0 ? '达标' : '存在隐患';
      }
    }
    w.properties = reordered;
  });
  return { wellheads, sources };
}

// ---------------------------------------------------------------- soil risk plots
/** 土壤风险管控地块 per district, 001:359–374 column 15 */
export const SOIL_PLOT_COUNTS: Record<string, { n: number; line: number }> = {
  '110105': { n: 5, line: 361 }, '110106': { n: 5, line: 363 }, '110107': { n: 12, line: 364 }, '110109': { n: 1, line: 365 },
  '110111': { n: 5, line: 366 }, '110112': { n: 17, line: 367 }, '110113': { n: 6, line: 368 }, '110114': { n: 4, line: 369 },
  '110115': { n: 17, line: 370 }, '110117': { n: 7, line: 371 }, '110116': { n: 1, line: 372 }, '110118': { n: 2, line: 373 }, '110119': { n: 1, line: 374 },
};

export function genSoilPlots(base: BaseData): AnyFeature[] {
  const rng = rngFor('soil-plots');
  const out: AnyFeature[] = [];
  for (const code of Object.keys(SOIL_PLOT_COUNTS).sort()) {
    const { n, line } = SOIL_PLOT_COUNTS[code];
    const streets = base.streets.filter((s) => s.unit.districtCode === code);
    const sampler = new WeightedSampler(streets, (s) => intensity(s) + 0.2);
    let k = 0;
    while (k < n) {
      const s0 = sampler.sample(rng());
      const c = randomPointInStreet(rng, s0);
      const g = blobInside(base, rng, c, uniform(rng, 1, 10) * 1e4, intBetween(rng, 5, 7));
      const s = g ? streetAt(base, labelPoint(g)) : undefined;
      if (!g || !s || s.unit.districtCode !== code) continue;
      k++;
      out.push(polyFeature(roundMulti(g), {
        id: `soil-${code}-${pad(k, 2)}`,
        name: `${s.unit.shortName}${pick(rng, ['原化工厂', '原焦化厂', '原电镀厂', '原加油站', '原农药厂', '原仓储'])}地块（模拟）`,
        formerUse: pick(rng, ['化工', '焦化', '电镀', '加油站', '农药', '仓储物流']),
        riskStatus: pick(rng, ['风险管控中', '修复中', '已完成管控']),
        areaM2: Math.round(multiAreaM2(g)),
        countSource: `001:${line}`,
        ...streetProps(s),
      }));
    }
  }
  return out;
}

export { lineFeature };
