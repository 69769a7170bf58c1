/** A small hand-made tasks.json for the plans tests (shape: geodata/plans/types.ts). */
import type { FeatureCollection, Polygon } from 'geojson';
import type { Department, Measure, Plan, Task, TasksFile } from './tasks-query';

export const A = '110105001000';
export const B = '110105002000';
export const C = '110105003000';
export const T = '110112001000';

const plan = (id: string, prefix: string, district: string | null, draft = false): Plan => ({
  id,
  file: `${prefix}_x.txt`,
  prefix,
  title: `${id} 行动计划`,
  issuer: 'x',
  district,
  year: draft ? 2024 : 2023,
  docNo: null,
  draft,
  publicMarker: true,
  annexes: [],
  source: `${prefix}:1`,
});

const dept = (id: string, name: string, level: Department['level'], district: string | null, extra: Partial<Department> = {}): Department => ({
  id,
  name,
  aliases: [],
  level,
  district,
  ...extra,
});

const m = (over: Partial<Measure> & Pick<Measure, 'text' | 'source'>): Measure => ({
  id: '', // set by task()
  deadline: { raw: '年底前', kind: 'yearEnd', date: '2023-12-31' },
  lead: [],
  responsible: [],
  assisting: [],
  streets: { kind: 'none', ids: [] },
  places: [],
  ...over,
});

const task = (id: string, planId: string, annex: Task['annex'], taskNo: number, title: string, measures: Measure[]): Task => ({
  id,
  planId,
  annex,
  section: `${taskNo}、${title}`,
  taskNo,
  title,
  measures: measures.map((x, i) => ({ ...x, id: `${id}-m${i + 1}` })),
});

export function fixtureTasks(): TasksFile {
  return {
    version: 1,
    plans: [plan('cy2023', '000', '110105'), plan('cy2024d', '004', '110105', true), plan('tz2023', '003', '110112'), plan('bj2023', '001', null)],
    departments: [
      dept('110105:区生态环境局', '区生态环境局', 'district', '110105'),
      dept('110105:区水务局', '区水务局', 'district', '110105', { aliases: ['区水务'] }),
      dept('110105:各街乡', '各街乡', 'street', '110105', { collective: true, streetIds: [A, B, C] }),
      dept('110105:相关街乡', '相关街乡', 'street', '110105', { collective: true }),
      dept(`street:${A}`, '建外街道', 'street', '110105', { streetIds: [A] }),
      dept('110112:区生态环境局', '区生态环境局', 'district', '110112'),
      dept('bj:市生态环境局', '市生态环境局', 'municipal', null),
    ],
    tasks: [
      task('cy2023-air-1', 'cy2023', 'air', 1, '扬尘管控', [
        m({ text: '全面落实施工工地扬尘管控', source: '000:100', lead: ['110105:区生态环境局'], responsible: ['110105:各街乡'], streets: { kind: 'all', ids: [A, B, C] } }),
        m({
          text: '开展亮马河沿线道路保洁',
          source: '000:101',
          deadline: { raw: '长期坚持', kind: 'ongoing' },
          responsible: [`street:${A}`, '110105:区水务局'],
          streets: { kind: 'some', ids: [A] },
          places: [{ name: '亮马河', kind: 'river' }],
        }),
      ]),
      task('cy2023-water-2', 'cy2023', 'water', 2, '河道治理', [
        m({
          text: '亮马河水质提升',
          source: '000:200',
          deadline: { raw: '4—9月', kind: 'window', from: '04', to: '09' },
          lead: ['110105:区水务局'],
          responsible: ['110105:相关街乡'],
          streets: { kind: 'unspecified', ids: [] },
          places: [{ name: '亮马河', kind: 'river' }],
        }),
      ]),
      task('cy2024d-noise-1', 'cy2024d', 'noise', 1, '噪声治理', [m({ text: '夜间施工噪声管控', source: '004:50', lead: ['110105:区生态环境局'] })]),
      task('tz2023-air-3', 'tz2023', 'air', 3, '机动车治理', [
        m({ text: '重型柴油车检查', source: '003:30', lead: ['110112:区生态环境局'], leadPersons: ['张三'], streets: { kind: 'all', ids: [T] } }),
      ]),
      task('bj2023-soil-1', 'bj2023', 'soil', 1, '土壤管控', [m({ text: '建设用地准入管理', source: '001:280', lead: ['bj:市生态环境局'] })]),
    ],
    gaps: [{ plan: 'bj2023', annex: 'soil', missingTaskNumbers: [15, 16], note: 'missing', source: '001:294-298' }],
  };
}

const square = (x: number, y: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

export function fixtureStreets(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: A, properties: { name: '建外街道(图层)' }, geometry: square(116.44, 39.9) },
      { type: 'Feature', id: B, properties: { name: '朝外街道' }, geometry: square(116.43, 39.92) },
      { type: 'Feature', id: C, properties: { name: '呼家楼街道' }, geometry: square(116.46, 39.91) },
    ],
  };
}

export function fixtureRivers(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'r1',
        properties: { name: '亮马河' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [116.45, 39.95],
            [116.5, 39.96],
          ],
        },
      },
    ],
  };
}
