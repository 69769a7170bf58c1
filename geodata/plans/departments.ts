/**
 * THE department alias table for the action plans, and a longest-match tokenizer that splits
 * concatenated cells (区住房城乡建设委市规划自然资源委朝阳分局) into known units.
 *
 * Entries with scope 'district' are relative names ("区生态环境局") that stand for a different body in each
 * district plan; their output id is `${districtCode}:${name}`. Municipal bodies get `bj:${name}`, street units
 * `street:${12-digit id}`. Garbled OCR variants of 001 (Beijing municipal plan) are listed as aliases with a note.
 */
import type { DeptLevel } from './types';

export interface DeptEntry {
  name: string;
  aliases?: string[];
  level: DeptLevel;
  /** 'relative': a 区… name that belongs to the plan's district; 'fixed': `district` below (null = city-wide) */
  scope: 'relative' | 'fixed';
  district?: string | null;
  /** collective party (各街乡, 各区政府, 区有关部门 …) */
  collective?: true;
  /** street groups: which units of the plan's district they stand for */
  streets?: 'all' | 'xiang' | 'unspecified';
  note?: string;
}

const CY = '110105';
const DC = '110101';
const TZ = '110112';

const rel = (name: string, aliases: string[] = [], extra: Partial<DeptEntry> = {}): DeptEntry => ({ name, aliases, level: 'district', scope: 'relative', ...extra });
const muni = (name: string, aliases: string[] = [], district: string | null = null, extra: Partial<DeptEntry> = {}): DeptEntry => ({ name, aliases, level: 'municipal', scope: 'fixed', district, ...extra });
const fixed = (name: string, level: DeptLevel, district: string | null, aliases: string[] = [], extra: Partial<DeptEntry> = {}): DeptEntry => ({ name, aliases, level, scope: 'fixed', district, ...extra });

export const DEPARTMENTS: DeptEntry[] = [
  // ---- district bureaus (relative to the plan's district) ----
  rel('区生态环境局'),
  rel('区水务局'),
  rel('区园林绿化局'),
  rel('区农业农村局'),
  rel('区城市管理委', ['区城管委'], { note: '区城管委 (2023) = 区城市管理委 (2024)' }),
  rel('区发展改革委', ['区发改委']),
  rel('区住房城乡建设委', ['区住建委']),
  rel('区交通委'),
  rel('区交通局', [], { note: 'Tongzhou name of the transport bureau' }),
  rel('区财政局'),
  rel('区市场监管局'),
  rel('区城管执法局'),
  rel('区环卫中心'),
  rel('区商务局', ['区商务局（职能改革有可能到区发展改革委）'], { note: '004:1149 adds "(职能改革有可能到区发展改革委)"' }),
  rel('区卫生健康委', ['区卫健委']),
  rel('区民政局'),
  rel('区统计局'),
  rel('区应急局', ['区应急管理局']),
  rel('区应急委'),
  rel('区国资委'),
  rel('区气象局'),
  rel('区文化和旅游局', ['区文旅局', '区文化旅游局']),
  rel('区房管局'),
  rel('区金融办'),
  rel('区机关事务管理服务中心', ['区机关事务服务中心']),
  rel('区精神文明办'),
  rel('区税务局'),
  rel('区教委'),
  rel('区信访办'),
  rel('区融媒体中心'),
  rel('区城市管理指挥中心'),
  rel('区科技和信息化局', ['区科信局']),
  rel('区经济和信息化局'),
  rel('区科委'),
  rel('区妇联'),
  rel('区委宣传部'),
  rel('区委组织部'),
  rel('区委党校'),
  rel('区政府办'),
  rel('区消防支队'),
  rel('区有关部门', ['区相关部门', '其他各相关委办局', '相关部门', '相关单位', '各相关单位', '相关行业主管部门'], { collective: true }),
  // committees (member units of a district command / working group)
  rel('区空气重污染应急指挥部成员单位', [], { level: 'committee', collective: true }),
  rel('区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位', [], { level: 'committee', collective: true }),
  rel('区烟花办成员单位', [], { level: 'committee', collective: true }),
  rel('河长制成员单位', [], { level: 'committee', collective: true }),
  rel('各成员单位', [], { level: 'committee', collective: true, note: '002: members of the district command named in the task' }),
  // ---- street groups (expanded to street units of the plan's district) ----
  rel('各街乡', ['各街道（地区）', '各街道', '各街道乡镇'], { level: 'street', collective: true, streets: 'all' }),
  rel('相关街乡', ['各相关街乡', '相关街道（地区）', '相关街道', '相关街道乡镇', '相关乡镇街道'], { level: 'street', collective: true, streets: 'unspecified' }),
  rel('各乡政府', ['相关乡', '各乡镇政府', '相关乡镇', '相关乡镇政府'], { level: 'street', collective: true, streets: 'xiang', note: 'the 乡/镇 units (Chaoyang: the 19 地区办事处; Tongzhou: 10 镇 + 于家务回族乡)' }),
  // ---- Chaoyang ----
  fixed('朝阳园管委会（区科信局）', 'district', CY, ['朝阳园管委会（区科技和信息化局）'], { note: '中关村科技园区朝阳园管委会 = 区科技和信息化局' }),
  muni('市规划自然资源委朝阳分局', [], CY),
  muni('公安朝阳分局', [], CY),
  muni('朝阳交通支队', [], CY, { note: '市公安局公安交通管理局朝阳交通支队' }),
  muni('市交通委朝阳运输管理分局', [], CY),
  muni('市交通运输综合执法总队五支队', ['市交通委运输综合执法总队五支队'], CY),
  fixed('国网北京朝阳供电公司', 'company', CY),
  fixed('高安屯循环经济产业园', 'company', CY, [], { note: '= 朝阳循环经济产业园' }),
  fixed('温榆河公园', 'district', CY, [], { note: 'park management unit' }),
  fixed('奥林匹克森林公园', 'district', CY, [], { note: 'park management unit' }),
  fixed('朝阳公园', 'district', CY, [], { note: 'park management unit' }),
  // ---- Dongcheng ----
  muni('市规划自然资源委东城分局', ['东城规自分局'], DC),
  muni('公安东城分局', ['东城公安分局'], DC),
  muni('东城交通支队', [], DC),
  muni('市交通委东城运输管理分局', [], DC),
  muni('市交通运输综合执法总队三支队', [], DC),
  muni('市河湖管理处', [], DC),
  fixed('东城园管委会', 'district', DC, [], { note: '中关村科技园区东城园' }),
  fixed('天街集团', 'company', DC),
  // ---- Tongzhou ----
  muni('市规划自然资源委通州分局', [], TZ),
  muni('公安通州分局', ['通州公安分局'], TZ),
  muni('通州交通支队', [], TZ),
  muni('通州公路分局', [], TZ),
  muni('副中心工程办', [], TZ, { note: '北京城市副中心工程建设管理办公室' }),
  fixed('中关村通州园管委会', 'district', TZ),
  fixed('通州供电公司', 'company', TZ),
  fixed('大运河水务公司', 'company', TZ, [], { note: '003 prints 区国资委（大运河水务公司）' }),
  // ---- companies / city-wide bodies used by district plans ----
  fixed('市排水集团', 'company', null, ['北京市排水集团']),
  fixed('市自来水集团', 'company', null),
  fixed('东区邮政管理局', 'municipal', null, [], { note: '北京市东区邮政管理局' }),
  // ---- municipal (001) ----
  muni('市生态环境局', ['市生态环境委', '市生态环境分局', '市生态环境建设委', '市生态环境'], null, { note: '001 OCR variants 市生态环境委/分局/建设委 and the truncated 市生态环境 (001:53, 001:111, 001:146, 001:174)' }),
  muni('市发展改革委', ['市发展和改革委员会', '市发展改革局', '市委改革委'], null, { note: '市委改革委 is an OCR garble (001:59)' }),
  muni('市城市管理委', ['市城市管理委员会', '市城市管理局', '市城管委']),
  muni('市住房城乡建设委', ['市住房和城乡建设委', '市住房和城乡建设委员会']),
  muni('市规划自然资源委', ['市规划和自然资源委', '市自然资源委', '市自然资源委员会'], null, { note: '001 often prints 市自然资源委' }),
  muni('市水务局'),
  muni('市园林绿化局', ['市园林局']),
  muni('市农业农村局', ['市农业局', '市农业农村委']),
  muni('市交通委', ['市交通运输局']),
  muni('市经济和信息化局'),
  muni('市财政局', ['市市财政局']),
  muni('市市场监管局', ['市场监管局']),
  muni('市公安局'),
  muni('市商务局'),
  muni('市科委、中关村管委会'),
  muni('市统计局'),
  muni('市应急局', ['市应急管理局']),
  muni('市文化和旅游局'),
  muni('市卫生健康委'),
  muni('市重大项目办'),
  muni('市气象局'),
  muni('市国资委'),
  muni('市金融监管局', ['市金融监督管理局']),
  muni('市邮政管理局', ['市邮政局']),
  muni('市司法局'),
  muni('市政府外事办'),
  muni('市机关事务局'),
  muni('市生态环境监测局', [], null, { note: 'as printed in 001:132 (probably 市生态环境监测中心)' }),
  muni('市民政局'),
  muni('市委宣传部（首都精神文明办）', ['市委宣传部(首都精神文明办)']),
  muni('市委', [], null, { note: 'as printed in 001:60' }),
  muni('市有关部门', [], null, { collective: true }),
  muni('城市副中心党工委管委会', [], TZ),
  muni('人民银行营业管理部'),
  muni('北京银保监局'),
  muni('北京证监局'),
  muni('北京市税务局'),
  muni('国家统计局北京调查总队'),
  fixed('市新能源汽车联席工作会议成员单位', 'committee', null, [], { collective: true }),
  fixed('市新能源汽车联席工作会议办公室', 'committee', null, [], { note: 'hosted by 市经济和信息化局' }),
  fixed('市推进运输结构调整工作推进小组成员单位', 'committee', null, [], { collective: true }),
  fixed('市推进运输结构调整工作推进小组办公室', 'committee', null),
  fixed('市空气重污染应急指挥部成员单位', 'committee', null, [], { collective: true }),
  fixed('中国铁路北京局集团有限公司', 'company', null),
  fixed('国网北京市电力公司', 'company', null),
  // district governments as parties of the municipal plan
  fixed('各区政府', 'district', null, ['各区人民政府', '市各区政府', '各北京经济技术开发区', '各区北京经济技术开发区管委会'], {
    collective: true,
    note: '001: "各区政府（含北京经济技术开发区管委会）"; the garbled 各北京经济技术开发区 / 各区北京经济技术开发区管委会 are OCR variants',
  }),
  fixed('相关区政府', 'district', null, ['有关区政府', '等相关区政府'], { collective: true }),
  fixed('各级政府', 'district', null, [], { collective: true }),
  fixed('北京经济技术开发区管委会', 'district', '110400', ['北京经济技术开发区', '北京经济委会'], { note: '北京经济委会 is an OCR garble (001)' }),
  ...(
    [
      ['110101', '东城区政府'], ['110102', '西城区政府'], ['110105', '朝阳区政府'], ['110106', '丰台区政府'], ['110107', '石景山区政府'],
      ['110108', '海淀区政府'], ['110109', '门头沟区政府'], ['110111', '房山区政府'], ['110112', '通州区政府'], ['110113', '顺义区政府'],
      ['110114', '昌平区政府'], ['110115', '大兴区政府'], ['110116', '怀柔区政府'], ['110117', '平谷区政府'], ['110118', '密云区政府'],
      ['110119', '延庆区政府'],
    ] as const
  ).map(([code, name]) => fixed(name, 'district', code, name === '昌平区政府' ? ['昌平区府'] : [])),
];

/**
 * Garbled 001 strings that stand for two units. Checked against the raw lines cited.
 * 市生态环境绿化局: 001:332–333, in nature-reserve tasks printed next to 市园林局.
 */
export const SPLIT_ALIASES: Record<string, string[]> = {
  市生态环境绿化局: ['市生态环境局', '市园林绿化局'],
  '区国资委（大运河水务公司）': ['区国资委', '大运河水务公司'],
};

/** Strings that are not parties: "none" dashes, "etc.", page numbers, the 001 "(含经开区)" remark. */
export const IGNORED = ['——', '—', '-1-', '等部门', '等'];

export function entryKey(e: DeptEntry): string {
  return e.name;
}
