import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTasks, DEFAULT_SEEDS_DIR, seedFile, type BuildResult } from './build';
import { parseArgs, serialise } from './build-tasks';
import { PLANS } from './sources';
import { streetExists } from './streets-scope';
import { cleanText } from './table';

/**
 * Tasks (distinct 序号) per annex, counted by hand from the raw files (numbers printed twice across a page
 * break counted once). Cross-checked with `grep -P '^ *\t\d+\s*$'` over each annex's line range (001: first
 * TAB field). They agree with seeds-digest §5.1; 001 soil/ecology have 18/16 numbers with 15–16 / 4–5 missing.
 */
const HAND_COUNTS: Record<string, Record<string, number>> = {
  cy2023: { climate: 21, air: 34, water: 15, soil: 16, ecology: 17 },
  bj2023: { climate: 26, air: 28, water: 19, soil: 16, ecology: 14 },
  dc2022: { climate: 20, air: 27, water: 13, soil: 11, ecology: 9 },
  tz2023: { climate: 20, air: 75, water: 17, soil: 17, ecology: 11 },
  cy2024d: { air: 28, water: 16, soil: 18, climate: 17, ecology: 14, noise: 16 },
};

let res: BuildResult;
const rawLines = new Map<string, string[]>();

beforeAll(() => {
  res = buildTasks();
  for (const p of PLANS) rawLines.set(p.prefix, readFileSync(join(DEFAULT_SEEDS_DIR, seedFile(DEFAULT_SEEDS_DIR, p)), 'utf8').split('\n'));
});

const allMeasures = () => res.data.tasks.flatMap((t) => t.measures.map((m) => ({ task: t, m })));

describe('tasks.json from the five plans', () => {
  it('has the hand-counted number of tasks per plan and annex', () => {
    const got: Record<string, Record<string, number>> = {};
    for (const t of res.data.tasks) {
      got[t.planId] ??= {};
      got[t.planId][t.annex] = (got[t.planId][t.annex] ?? 0) + 1;
    }
    expect(got).toEqual(HAND_COUNTS);
    const perPlan = Object.fromEntries(Object.entries(HAND_COUNTS).map(([k, v]) => [k, Object.values(v).reduce((a, b) => a + b, 0)]));
    expect(perPlan).toEqual({ cy2023: 103, bj2023: 103, dc2022: 80, tz2023: 140, cy2024d: 109 });
  });

  it('numbers tasks 1..n per annex, except the reported 001 gaps', () => {
    for (const p of PLANS) {
      for (const a of p.annexes) {
        const nos = res.data.tasks.filter((t) => t.planId === p.id && t.annex === a.theme).map((t) => t.taskNo);
        const gap = res.data.gaps.find((g) => g.plan === p.id && g.annex === a.theme);
        const expected = Array.from({ length: nos.length + (gap?.missingTaskNumbers.length ?? 0) }, (_, i) => i + 1).filter((n) => !gap?.missingTaskNumbers.includes(n));
        expect(nos).toEqual(expected);
      }
    }
    expect(res.data.gaps.map((g) => [g.plan, g.annex, g.missingTaskNumbers])).toEqual([
      ['bj2023', 'soil', [15, 16]],
      ['bj2023', 'ecology', [4, 5]],
    ]);
  });

  it('every task has a section heading, a title and at least one measure with text', () => {
    for (const t of res.data.tasks) {
      expect(t.section, t.id).toMatch(/^[一二三四五六七八九十]+、/);
      expect(t.title.length, t.id).toBeGreaterThan(1);
      expect(t.measures.length, t.id).toBeGreaterThan(0);
      for (const m of t.measures) expect(m.text.length, m.id).toBeGreaterThan(5);
    }
  });

  it('round-trips a sample of 40 measures to their cited line', () => {
    const ms = allMeasures();
    const step = Math.floor(ms.length / 40);
    let checked = 0;
    for (let i = 0; i < ms.length && checked < 40; i += step, checked++) {
      const { m } = ms[i];
      const [prefix, line] = m.source.split(':');
      const raw = cleanText(rawLines.get(prefix)![Number(line) - 1]);
      expect(raw, m.source).toContain(m.text.split('\n')[0].slice(0, 12));
    }
    expect(checked).toBe(40);
  });

  it('knows every department name (no unknown strings left)', () => {
    expect(res.diagnostics.unknownDepartments).toEqual([]);
    const ids = new Set(res.data.departments.map((d) => d.id));
    for (const { m } of allMeasures()) for (const id of [...m.lead, ...m.responsible, ...m.assisting]) expect(ids.has(id), id).toBe(true);
  });

  it('splits concatenated unit cells', () => {
    const bySource = (s: string) => allMeasures().find(({ m }) => m.source === s)!.m;
    // 000:941 区住房城乡建设委市规划自然资源委朝阳分局 (主责单位 of the measure on 000:939)
    expect(bySource('000:939').responsible).toEqual(['110105:区住房城乡建设委', 'bj:市规划自然资源委朝阳分局']);
    // 003:1458 市规划自然资源委通州分局区水务局 (牵头部门 of the measure on 003:1451)
    expect(bySource('003:1451').lead).toEqual(['110112:区发展改革委', 'bj:市规划自然资源委通州分局', '110112:区水务局', '110112:区生态环境局']);
    // 004:1194 区市场监管局区应急局
    expect(bySource('004:1189').lead).toEqual(['110105:区商务局', '110105:区市场监管局', '110105:区应急局']);
  });

  it('uses only existing 12-digit street ids and the right street sets', () => {
    for (const { m } of allMeasures()) for (const id of m.streets.ids) expect(streetExists(id), id).toBe(true);
    for (const d of res.data.departments) for (const id of d.streetIds ?? []) expect(streetExists(id), id).toBe(true);
    const dept = (id: string) => res.data.departments.find((d) => d.id === id);
    expect(dept('110105:各街乡')?.streetIds).toHaveLength(43);
    expect(dept('110105:各乡政府')?.streetIds).toHaveLength(19);
    expect(dept('110101:各街乡')?.streetIds).toHaveLength(17);
    expect(dept('110112:各街乡')?.streetIds).toHaveLength(22);
    for (const n of ['交道口街道', '和平里街道', '通运街道', '王四营地区', '金盏地区', '杨庄街道', '宋庄镇']) {
      expect(res.data.departments.some((d) => d.level === 'street' && d.name === n), n).toBe(true);
    }
    const unspecified = allMeasures().filter(({ m }) => m.responsible.concat(m.assisting, m.lead).every((id) => id.endsWith(':相关街乡') || !/街|乡|镇/.test(id)) && m.responsible.concat(m.assisting, m.lead).some((id) => id.endsWith(':相关街乡')));
    expect(unspecified.length).toBeGreaterThan(0);
    for (const { m } of unspecified) expect(m.streets).toEqual({ kind: 'unspecified', ids: [] });
  });

  it('keeps no 指标 suffix, bookmark or HTML tag anywhere', () => {
    const text = serialise(res.data);
    expect(text).not.toMatch(/指标"/);
    expect(text).not.toMatch(/\[(bookmark|footnoteRef):/);
    expect(text).not.toMatch(/<\/?(p|b|sub)>/);
  });

  it('flags every 2024 task as draft and no other', () => {
    for (const p of res.data.plans) expect(p.draft).toBe(p.prefix === '004');
    const draftIds = new Set(res.data.plans.filter((p) => p.draft).map((p) => p.id));
    expect(res.data.tasks.filter((t) => draftIds.has(t.planId)).length).toBe(109);
  });

  it('normalises every deadline of the known vocabulary', () => {
    const other = allMeasures().filter(({ m }) => m.deadline.kind === 'other');
    expect(other.map(({ m }) => `${m.source} ${m.deadline.raw}`)).toEqual([]);
  });

  it('stores Tongzhou 牵头领导 as internal person names, never as departments', () => {
    const tz = allMeasures().filter(({ task }) => task.planId === 'tz2023');
    expect(tz.every(({ m }) => (m.leadPersons ?? []).length > 0)).toBe(true);
    const persons = new Set(tz.flatMap(({ m }) => m.leadPersons ?? []));
    expect(persons.has('郑皓')).toBe(true);
    for (const d of res.data.departments) expect(persons.has(d.name)).toBe(false);
    expect(allMeasures().filter(({ task }) => task.planId !== 'tz2023').some(({ m }) => m.leadPersons)).toBe(false);
  });

  it('detects named places for the map', () => {
    const names = new Set(allMeasures().flatMap(({ m }) => m.places.map((p) => p.name)));
    for (const n of ['亮马河', '萧太后河', '通惠河', '坝河', '大羊坊沟', '中坝河', '柏凤沟', '玉带河', '龙潭东湖', '奥体中心', '农展馆', '市控高密站', '温榆河公园', '地铁3号线', '京密路', '四环路', '高碑店污水处理厂', '亦庄再生水厂', '平房地区', '来广营地区', '望京街道']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('is deterministic and compact', () => {
    const a = serialise(res.data);
    expect(serialise(buildTasks().data)).toBe(a);
    expect(Buffer.byteLength(a)).toBeLessThan(2_000_000);
  });

  it('rejects bad CLI arguments', () => {
    expect(parseArgs(['--bogus'])).toMatch(/unknown argument/);
    expect(parseArgs(['--out'])).toMatch(/needs a value/);
    expect(parseArgs(['--out', '/tmp/x.json'])).toMatchObject({ out: '/tmp/x.json' });
  });
});
