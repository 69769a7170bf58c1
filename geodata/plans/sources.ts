/**
 * The five action plans (/work/shared/seeds/000–004) and where their task annexes sit.
 * Line ranges are 1-based, inclusive, in the raw files (see seeds-digest §0); each annex's
 * first line must contain its title (checked by the parser, so a changed seed fails loudly).
 */
import type { Theme } from './types';

export interface AnnexSpec {
  theme: Theme;
  /** text the title line must contain */
  title: string;
  lines: [number, number];
}

export interface PlanSpec {
  id: string;
  prefix: string;
  /** file name pattern under the seeds folder */
  filePrefix: string;
  title: string;
  issuer: string;
  district: string | null;
  districtName: string | null;
  year: number;
  docNo: string | null;
  draft: boolean;
  /** 'cells': one TAB-started cell per line (000, 002–004); 'rows': one TAB-separated row per line (001) */
  layout: 'cells' | 'rows';
  annexes: AnnexSpec[];
  /** citation of title/doc no. */
  source: string;
}

export const DISTRICT = { dongcheng: '110101', chaoyang: '110105', tongzhou: '110112' } as const;

export const PLANS: PlanSpec[] = [
  {
    id: 'cy2023',
    prefix: '000',
    filePrefix: '000_',
    title: '北京市朝阳区深入打好污染防治攻坚战2023年行动计划',
    issuer: '北京市朝阳区人民政府办公室',
    district: DISTRICT.chaoyang,
    districtName: '朝阳区',
    year: 2023,
    docNo: '朝政办发〔2023〕3号',
    draft: false,
    layout: 'cells',
    annexes: [
      { theme: 'climate', title: '附件1', lines: [27, 361] },
      { theme: 'air', title: '附件2', lines: [362, 1107] },
      { theme: 'water', title: '附件3', lines: [1108, 1428] },
      { theme: 'soil', title: '附件4', lines: [1429, 1721] },
      { theme: 'ecology', title: '附件5', lines: [1722, 2054] },
      // 附件6 (2055–2471) holds indicator tables (targets), handled elsewhere.
    ],
    source: '000:3-7',
  },
  {
    id: 'bj2023',
    prefix: '001',
    filePrefix: '001_',
    title: '北京市深入打好污染防治攻坚战2023年行动计划',
    issuer: '北京市人民政府办公厅',
    district: null,
    districtName: null,
    year: 2023,
    docNo: '京政办发〔2023〕4号',
    draft: false,
    layout: 'rows',
    annexes: [
      { theme: 'climate', title: '北京市应对气候变化 2023 年行动计划', lines: [41, 100] },
      { theme: 'air', title: '北京市大气污染防治 2023 年行动计划', lines: [101, 197] },
      { theme: 'water', title: '北京市水污染防治 2023 年行动计划', lines: [198, 255] },
      { theme: 'soil', title: '北京市土壤污染防治 2023 年行动计划', lines: [256, 303] },
      { theme: 'ecology', title: '北京市生态环境保护 2023 年行动计划', lines: [304, 355] },
      // 356–374: per-district indicator table, handled elsewhere.
    ],
    source: '001:1-7',
  },
  {
    id: 'dc2022',
    prefix: '002',
    filePrefix: '002_',
    title: '东城区深入打好污染防治攻坚战2022年行动计划',
    issuer: '北京市东城区人民政府办公室',
    district: DISTRICT.dongcheng,
    districtName: '东城区',
    year: 2022,
    docNo: '东政办发〔2022〕2号',
    draft: false,
    layout: 'cells',
    annexes: [
      { theme: 'climate', title: '附件1', lines: [24, 231] },
      { theme: 'air', title: '附件2', lines: [232, 735] },
      { theme: 'water', title: '附件3', lines: [736, 961] },
      { theme: 'soil', title: '附件4', lines: [962, 1095] },
      { theme: 'ecology', title: '附件5', lines: [1096, 1197] },
    ],
    source: '002:1-6',
  },
  {
    id: 'tz2023',
    prefix: '003',
    filePrefix: '003_',
    title: '通州区深入打好污染防治攻坚战2023年行动计划',
    issuer: '北京市通州区人民政府',
    district: DISTRICT.tongzhou,
    districtName: '通州区',
    year: 2023,
    docNo: '通政发〔2023〕4号',
    draft: false,
    layout: 'cells',
    annexes: [
      { theme: 'climate', title: '附件1', lines: [33, 373] },
      { theme: 'air', title: '附件2', lines: [374, 1291] },
      { theme: 'water', title: '附件3', lines: [1292, 1733] },
      { theme: 'soil', title: '附件4', lines: [1734, 2133] },
      { theme: 'ecology', title: '附件5', lines: [2134, 2360] },
    ],
    source: '003:8-12',
  },
  {
    id: 'cy2024d',
    prefix: '004',
    filePrefix: '004_',
    title: '朝阳区深入打好污染防治攻坚战2024年行动计划（征求意见稿，六个专项）',
    issuer: '北京市朝阳区（征求意见稿，未署名）',
    district: DISTRICT.chaoyang,
    districtName: '朝阳区',
    year: 2024,
    docNo: null,
    draft: true,
    layout: 'cells',
    annexes: [
      { theme: 'air', title: '朝阳区蓝天保卫战2024年行动计划（征求意见稿）', lines: [2, 672] },
      { theme: 'water', title: '朝阳区碧水保卫战2024年行动计划（征求意见稿）', lines: [673, 1018] },
      { theme: 'soil', title: '朝阳区净土保卫战2024年行动计划（征求意见稿）', lines: [1019, 1481] },
      { theme: 'climate', title: '朝阳区应对气候变化2024年行动计划（征求意见稿）', lines: [1482, 1868] },
      { theme: 'ecology', title: '朝阳区生态保护2024年行动计划（征求意见稿）', lines: [1869, 2237] },
      { theme: 'noise', title: '朝阳区静音保卫战2024年行动计划（征求意见稿）', lines: [2238, 2477] },
    ],
    source: '004:2',
  },
];
