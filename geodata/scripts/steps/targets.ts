/** Typed, machine-usable targets from the plans (real text, with seed citations). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DISTRICTS } from '../lib/districts-meta';
import { resolveStreetName } from '../lib/streets';

export type TargetRule =
  | { kind: 'rankNotInBottom'; n: number; period: 'month' | 'year' }
  | { kind: 'rankNotInBottomConsecutive'; n: number; months: number; scope: 'singleRoad' }
  | { kind: 'bottomAppearancesMax'; n: number; max: number; period: 'quarter' | 'year'; basis: 'daily' | 'monthly' }
  | { kind: 'max'; value: number; unit: string }
  | { kind: 'min'; value: number; unit: string; strict?: boolean }
  | { kind: 'approx'; value: number; unit: string }
  | { kind: 'reductionPct'; value: number; approx: boolean; baseYear: number }
  | { kind: 'sectionCompliance'; compliancePct: number; goodSharePct: number; worseThanVSharePct: number }
  | { kind: 'waterClass'; atLeast: string }
  | { kind: 'yoyImprove' }
  | { kind: 'count'; value: number; unit: string }
  | { kind: 'notApplicable' };

export interface Target {
  id: string;
  scope: 'district' | 'street' | 'section';
  districtCode: string;
  streetId?: string;
  sectionId?: string;
  sectionName?: string;
  indicator: string;
  year: number;
  rule: TargetRule;
  text: string;
  source: string;
  draft: boolean;
}

export interface TargetsFile {
  description: string;
  indicators: Record<string, { zh: string; en: string; unit?: string }>;
  targets: Target[];
}

const INDICATORS: TargetsFile['indicators'] = {
  co2Intensity: { zh: '单位地区生产总值二氧化碳排放较2020年累计下降率', en: 'CO₂ per unit GDP, cumulative cut vs 2020', unit: '%' },
  pm25: { zh: 'PM2.5浓度', en: 'PM2.5 concentration', unit: 'µg/m³' },
  goodDays: { zh: '优良天数比率', en: 'Share of good days', unit: '%' },
  heavyPollutionDays: { zh: '重污染天数比率', en: 'Share of heavy-pollution days', unit: '%' },
  sectionCompliance: { zh: '断面水质达标率(优良水体比例,劣V类水体比例)', en: 'Water-section compliance (good share, worse-than-V share)', unit: '%' },
  contaminatedFarmland: { zh: '受污染耕地安全利用率', en: 'Safe use of contaminated farmland', unit: '%' },
  keyConstructionLand: { zh: '重点建设用地安全利用率', en: 'Safe use of key construction land', unit: '%' },
  noxReduction: { zh: 'NOx重点工程累计减排量', en: 'NOx cut from key projects', unit: 't' },
  vocsReduction: { zh: 'VOCs重点工程累计减排量', en: 'VOCs cut from key projects', unit: 't' },
  codReduction: { zh: 'COD重点工程累计减排量', en: 'COD cut from key projects', unit: 't' },
  nh3nReduction: { zh: 'NH3-N重点工程累计减排量', en: 'NH3-N cut from key projects', unit: 't' },
  vocsOnePlantOnePlan: { zh: 'VOCs"一厂一策"治理', en: 'VOC one-plant-one-plan firms', unit: '家' },
  hdvRoadChecks: { zh: '重型柴油车和重型燃气车路检', en: 'Heavy-duty vehicle roadside checks', unit: '万辆次' },
  soilRiskPlots: { zh: '土壤风险管控地块', en: 'Soil risk-control plots', unit: '块' },
  farmSoilWork: { zh: '规模化养殖场土壤环境治理', en: 'Large farms, soil work', unit: '家' },
  tsp: { zh: 'TSP浓度', en: 'TSP concentration', unit: 'µg/m³' },
  dustfall: { zh: '降尘量', en: 'Dustfall', unit: 't/(km²·月)' },
  roadDust: { zh: '道路尘负荷均值', en: 'Street road dust load', unit: 'g/m²' },
  roadDustSingle: { zh: '单条道路尘负荷均值', en: 'Single-road dust load', unit: 'g/m²' },
  exitRoadDust: { zh: '工地、场站出口道路尘负荷均值', en: 'Site/depot exit-road dust load', unit: 'g/m²' },
  waterClass: { zh: '断面水质类别', en: 'Water-quality class of the section' },
};

const COLS = ['co2Intensity', 'pm25', 'goodDays', 'heavyPollutionDays', 'sectionCompliance', 'contaminatedFarmland', 'keyConstructionLand', 'noxReduction', 'vocsReduction', 'codReduction', 'nh3nReduction', 'vocsOnePlantOnePlan', 'hdvRoadChecks', 'soilRiskPlots', 'farmSoilWork'];

function parseCell(indicator: string, cell: string): TargetRule {
  const c = cell.trim();
  if (c === '—' || c === '-' || c === '') return { kind: 'notApplicable' };
  const unit = INDICATORS[indicator].unit ?? '';
  if (indicator === 'co2Intensity') return { kind: 'reductionPct', value: parseFloat(c), approx: /左右/.test(c), baseYear: 2020 };
  if (indicator === 'sectionCompliance') {
    const m = /^([\d.]+)\(([\d.]+),([\d.]+)\)$/.exec(c.replace(/[（）]/g, (x) => (x === '（' ? '(' : ')')));
    if (!m) throw new Error(`bad section cell ${c}`);
    return { kind: 'sectionCompliance', compliancePct: Number(m[1]), goodSharePct: Number(m[2]), worseThanVSharePct: Number(m[3]) };
  }
  if (c.startsWith('>') || c.startsWith('＞')) return { kind: 'min', value: parseFloat(c.slice(1)), unit, strict: true };
  const v = parseFloat(c);
  if (Number.isNaN(v)) throw new Error(`bad cell ${indicator}=${c}`);
  if (indicator === 'pm25' || indicator === 'heavyPollutionDays') return { kind: 'max', value: v, unit };
  if (indicator === 'goodDays' || indicator === 'keyConstructionLand') return { kind: 'min', value: v, unit };
  if (indicator === 'soilRiskPlots' || indicator === 'farmSoilWork' || indicator === 'vocsOnePlantOnePlan') return { kind: 'count', value: v, unit };
  return { kind: 'min', value: v, unit };
}

const P10 = '力争持续提升，单月不进入全市后10名';
const P10Y30 = '力争持续提升，单月不进入全市后10名，全年累计不进入全市后30名';
/** 000:2111–2464: [printed name, seed line, PM2.5 has Y30, TSP has Y30] */
const CHAOYANG_2023: [string, number, boolean, boolean][] = [
  ['安贞街道', 2111, false, true], ['建外街道', 2120, false, false], ['左家庄街道', 2128, false, true], ['望京街道', 2137, false, true],
  ['潘家园街道', 2146, false, false], ['团结湖街道', 2154, false, false], ['小关街道', 2162, false, true], ['大屯街道指标', 2171, false, true],
  ['八里庄街道', 2180, false, false], ['劲松街道', 2188, false, false], ['呼家楼街道', 2196, false, false], ['亚运村街道', 2204, false, true],
  ['酒仙桥街道', 2213, false, true], ['麦子店街道', 2222, false, true], ['六里屯街道', 2231, false, false], ['东湖街道指标', 2239, false, true],
  ['朝外街道', 2249, false, false], ['三里屯街道', 2257, false, true], ['双井街道', 2266, false, false], ['和平街街道', 2274, false, true],
  ['香河园街道', 2283, false, false], ['首都机场街道', 2291, false, false], ['垡头街道', 2299, false, false], ['奥运村街道', 2307, false, false],
  ['高碑店乡指标', 2315, false, false], ['太阳宫乡', 2324, false, true], ['平房乡', 2333, false, false], ['东坝乡', 2341, false, false],
  ['黑庄户乡', 2349, true, false], ['东风乡', 2357, false, false], ['孙河乡', 2365, false, false], ['南磨房乡', 2373, false, false],
  ['十八里店乡', 2381, true, false], ['小红门乡指标', 2389, true, false], ['金盏乡', 2398, true, false], ['管庄乡', 2406, true, false],
  ['三间房乡', 2414, true, false], ['将台乡', 2422, true, true], ['来广营乡', 2431, true, false], ['王四营乡', 2439, true, false],
  ['崔各庄乡', 2447, true, true], ['常营乡', 2456, true, false], ['豆各庄乡', 2464, true, false],
];

const DONGCHENG_2022: [number, string[]][] = [
  [36, ['交道口', '前门', '崇文门外', '东花市', '体育馆路', '天坛']],
  [35, ['东四', '安定门', '永外']],
  [34, ['朝阳门', '东直门', '龙潭']],
  [33, ['东华门', '景山', '和平里']],
  [32, ['北新桥', '建国门']],
];

function must(name: string, dc: string): string {
  const u = resolveStreetName(name, dc);
  if (!u) throw new Error(`targets: cannot resolve ${name} in ${dc}`);
  return u.id;
}

export function buildTargets(): TargetsFile {
  const T: Target[] = [];
  const add = (t: Omit<Target, 'id'>) => T.push({ id: `t-${String(T.length + 1).padStart(4, '0')}`, ...t });

  // 1. municipal per-district table 2023 (001:359–374)
  const tsv = readFileSync(fileURLToPath(new URL('../../sources/district-targets-2023.tsv', import.meta.url)), 'utf8');
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const [lineNo, name, ...vals] = cells;
    const d = DISTRICTS.find((x) => x.zh === name.trim());
    if (!d) throw new Error(`targets: unknown district ${name}`);
    COLS.forEach((ind, i) => add({ scope: 'district', districtCode: d.code, indicator: ind, year: 2023, rule: parseCell(ind, vals[i] ?? ''), text: (vals[i] ?? '').trim(), source: `001:${lineNo}`, draft: false }));
  }

  // 2. Chaoyang per-street 2023 (000:2092–2471)
  for (const [name, line, pmY, tspY] of CHAOYANG_2023) {
    const streetId = must(name, '110105');
    const base = { scope: 'street' as const, districtCode: '110105', streetId, year: 2023, draft: false, source: `000:${line}` };
    for (const [ind, y30] of [['pm25', pmY], ['tsp', tspY]] as const) {
      add({ ...base, indicator: ind, rule: { kind: 'rankNotInBottom', n: 10, period: 'month' }, text: y30 ? P10Y30 : P10 });
      if (y30) add({ ...base, indicator: ind, rule: { kind: 'rankNotInBottom', n: 30, period: 'year' }, text: P10Y30 });
    }
    add({ ...base, indicator: 'dustfall', rule: { kind: 'approx', value: 5, unit: 't/(km²·月)' }, text: '5 吨/平方公里·月左右（扣除沙尘影响）' });
    add({ ...base, indicator: 'roadDust', rule: { kind: 'rankNotInBottom', n: 30, period: 'month' }, text: '力争不进入全市后30名' });
    add({ ...base, indicator: 'roadDustSingle', rule: { kind: 'rankNotInBottom', n: 30, period: 'month' }, text: '力争不进入全市后30名' });
    add({ ...base, indicator: 'exitRoadDust', rule: { kind: 'rankNotInBottom', n: 10, period: 'month' }, text: '力争不进入全市后10名' });
  }

  // 3. Chaoyang 2024 draft (征求意见稿), every street (004:29, 004:31)
  for (const [name] of CHAOYANG_2023) {
    const streetId = must(name, '110105');
    const base = { scope: 'street' as const, districtCode: '110105', streetId, year: 2024, draft: true };
    for (const ind of ['pm25', 'tsp']) {
      add({ ...base, indicator: ind, rule: { kind: 'rankNotInBottom', n: 30, period: 'year' }, text: '各街乡PM2.5、TSP年累计浓度力争不进入全市后30名，单月浓度力争不进入全市后10名', source: '004:29' });
      add({ ...base, indicator: ind, rule: { kind: 'rankNotInBottom', n: 10, period: 'month' }, text: '各街乡PM2.5、TSP年累计浓度力争不进入全市后30名，单月浓度力争不进入全市后10名', source: '004:29' });
    }
    add({ ...base, indicator: 'roadDust', rule: { kind: 'rankNotInBottom', n: 30, period: 'month' }, text: '各街乡单月道路尘负荷排名力争不进入全市后30名', source: '004:31' });
    add({ ...base, indicator: 'roadDustSingle', rule: { kind: 'rankNotInBottomConsecutive', n: 30, months: 3, scope: 'singleRoad' }, text: '单条道路尘负荷不得连续3个月进入全市后30名', source: '004:31' });
  }
  add({ scope: 'district', districtCode: '110105', indicator: 'pm25', year: 2024, rule: { kind: 'max', value: 33, unit: 'µg/m³' }, text: 'PM2.5年均浓度≤33微克/立方米', source: '004:15', draft: true });

  // 4. Dongcheng 2022 per-street PM2.5 (002:253) + bottom-30 exit (002:254)
  for (const [v, names] of DONGCHENG_2022) {
    for (const n of names) {
      const streetId = must(n, '110101');
      add({ scope: 'street', districtCode: '110101', streetId, indicator: 'pm25', year: 2022, rule: { kind: 'max', value: v, unit: 'µg/m³' }, text: `按照同比改善的原则，${n}街道PM2.5年均浓度目标为${v}微克/立方米`, source: '002:253', draft: false });
      for (const ind of ['pm25', 'tsp']) add({ scope: 'street', districtCode: '110101', streetId, indicator: ind, year: 2022, rule: { kind: 'rankNotInBottom', n: 30, period: 'year' }, text: '各街道2022年PM2.5、TSP累计浓度排名退出全市后30名', source: '002:254', draft: false });
      add({ scope: 'street', districtCode: '110101', streetId, indicator: 'dustfall', year: 2022, rule: { kind: 'approx', value: 5, unit: 't/(km²·月)' }, text: '降尘量控制在5吨/平方公里·月左右', source: '002:521', draft: false });
    }
  }
  add({ scope: 'district', districtCode: '110101', indicator: 'pm25', year: 2022, rule: { kind: 'max', value: 34, unit: 'µg/m³' }, text: 'PM2.5年均浓度34微克/立方米', source: '002:246', draft: false });

  // 5. Tongzhou 2023 counting rules (003:397–442), for every Tongzhou unit
  const tz = ['中仓街道', '新华街道', '北苑街道', '玉桥街道', '潞源街道', '通运街道', '文景街道', '九棵树街道', '临河里街道', '杨庄街道', '潞邑街道', '宋庄镇', '张家湾镇', '漷县镇', '马驹桥镇', '西集镇', '台湖镇', '永乐店镇', '潞城镇', '永顺镇', '梨园镇', '于家务回族乡'];
  for (const n of tz) {
    const streetId = must(n, '110112');
    const base = { scope: 'street' as const, districtCode: '110112', streetId, year: 2023, draft: false };
    add({ ...base, indicator: 'pm25', rule: { kind: 'yoyImprove' }, text: '各街道乡镇PM2.5累计浓度同比改善', source: '003:397' });
    add({ ...base, indicator: 'tsp', rule: { kind: 'bottomAppearancesMax', n: 10, max: 3, period: 'quarter', basis: 'daily' }, text: '各街道乡镇TSP每日浓度，每季度累计出现在全市通报倒数10名的频次不得超过3次，全年不得超过12次', source: '003:406' });
    add({ ...base, indicator: 'tsp', rule: { kind: 'bottomAppearancesMax', n: 10, max: 12, period: 'year', basis: 'daily' }, text: '各街道乡镇TSP每日浓度，每季度累计出现在全市通报倒数10名的频次不得超过3次，全年不得超过12次', source: '003:406' });
    add({ ...base, indicator: 'dustfall', rule: { kind: 'approx', value: 5, unit: 't/(km²·月)' }, text: '各街道乡镇降尘量控制在5吨/平方公里·月左右（扣除沙尘影响）', source: '003:433' });
    add({ ...base, indicator: 'roadDust', rule: { kind: 'bottomAppearancesMax', n: 30, max: 2, period: 'year', basis: 'monthly' }, text: '各街道乡镇全年进入全市道路尘负荷后30名的频次不得超过2次', source: '003:442' });
  }

  // 6. named water sections (002:749, 002:773)
  for (const [sid, name, cls, src] of [
    ['ws-dc-nanhuchenghe-dongbianmen', '南护城河东便门', 'Ⅲ', '002:749'], ['ws-dc-tongzihe-wenhuagong', '筒子河文化宫', 'Ⅲ', '002:749'],
    ['ws-dc-beihuchenghe-dongzhimen', '北护城河东直门桥', 'Ⅲ', '002:749'], ['ws-dc-longtan-east-lake', '龙潭东湖', 'Ⅳ', '002:749'], ['ws-dc-nanguan-park-lake', '南馆公园湖', 'Ⅳ', '002:773'],
  ]) {
    add({ scope: 'section', districtCode: '110101', sectionId: sid, sectionName: name, indicator: 'waterClass', year: 2022, rule: { kind: 'waterClass', atLeast: cls }, text: `${name}达到${cls}类水质`, source: src, draft: false });
  }

  return {
    description: 'Targets from the Beijing (001), Chaoyang (000, 004 draft), Dongcheng (002) and Tongzhou (003) plans. source = seed file:line. draft = 征求意见稿. Rank rules: rank 1 = best; "后N名" = rank > streetCount − N.',
    indicators: INDICATORS,
    targets: T,
  };
}
