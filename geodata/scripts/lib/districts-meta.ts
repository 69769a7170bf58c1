/** Beijing's 16 districts (GB/T 2260 codes) and the 经开区 management area. Pure data. */
export interface DistrictMeta {
  code: string;
  zh: string;
  en: string;
  /** 0 = 首都功能核心区, 1 = 中心城区其余, 2 = 平原新城, 3 = 生态涵养区 */
  ring: 0 | 1 | 2 | 3;
}

export const DISTRICTS: readonly DistrictMeta[] = [
  { code: '110101', zh: '东城区', en: 'Dongcheng', ring: 0 },
  { code: '110102', zh: '西城区', en: 'Xicheng', ring: 0 },
  { code: '110105', zh: '朝阳区', en: 'Chaoyang', ring: 1 },
  { code: '110106', zh: '丰台区', en: 'Fengtai', ring: 1 },
  { code: '110107', zh: '石景山区', en: 'Shijingshan', ring: 1 },
  { code: '110108', zh: '海淀区', en: 'Haidian', ring: 1 },
  { code: '110109', zh: '门头沟区', en: 'Mentougou', ring: 3 },
  { code: '110111', zh: '房山区', en: 'Fangshan', ring: 2 },
  { code: '110112', zh: '通州区', en: 'Tongzhou', ring: 2 },
  { code: '110113', zh: '顺义区', en: 'Shunyi', ring: 2 },
  { code: '110114', zh: '昌平区', en: 'Changping', ring: 2 },
  { code: '110115', zh: '大兴区', en: 'Daxing', ring: 2 },
  { code: '110116', zh: '怀柔区', en: 'Huairou', ring: 3 },
  { code: '110117', zh: '平谷区', en: 'Pinggu', ring: 3 },
  { code: '110118', zh: '密云区', en: 'Miyun', ring: 3 },
  { code: '110119', zh: '延庆区', en: 'Yanqing', ring: 3 },
];

/**
 * 北京经济技术开发区 has no GB/T 2260 county code; we use the custom code 110400 for the management area.
 * Its township-level NBS unit is 110115403000 (listed under 大兴区).
 */
export const ETDZ = { code: '110400', zh: '北京经济技术开发区', en: 'Beijing Economic-Technological Development Area', short: '经开区', streetId: '110115403000' } as const;

export function districtByCode(code: string): DistrictMeta | undefined {
  return DISTRICTS.find((d) => d.code === code);
}

export function districtByName(name: string): DistrictMeta | undefined {
  const n = name.trim();
  return DISTRICTS.find((d) => d.zh === n || d.zh.replace(/区$/, '') === n || d.en.toLowerCase() === n.toLowerCase());
}
