import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { A, B, C, T, fixtureTasks } from './test-fixture';
import {
  checkTasksFile,
  coResponsible,
  countMeasures,
  departmentOptions,
  departmentStreets,
  filterTasks,
  gapsFor,
  highlightFor,
  indexTasks,
  NO_FILTERS,
  paginate,
  tasksForStreet,
  type TasksFile,
} from './tasks-query';

const idx = () => indexTasks(fixtureTasks());
const ids = (groups: { task: { id: string } }[]) => groups.map((g) => g.task.id);

describe('filterTasks', () => {
  it('returns every task in document order without filters', () => {
    const g = filterTasks(idx(), NO_FILTERS);
    expect(ids(g)).toEqual(['cy2023-air-1', 'cy2023-water-2', 'cy2024d-noise-1', 'tz2023-air-3', 'bj2023-soil-1']);
    expect(countMeasures(g)).toBe(6);
  });
  it('searches measure text and place names, keeping only the matching measures of a task', () => {
    const g = filterTasks(idx(), { ...NO_FILTERS, text: '亮马河' });
    expect(ids(g)).toEqual(['cy2023-air-1', 'cy2023-water-2']);
    expect(g[0].measures.map((m) => m.source)).toEqual(['000:101']);
  });
  it('needs every search term (AND), case-insensitively, and finds departments by alias and sources', () => {
    expect(ids(filterTasks(idx(), { ...NO_FILTERS, text: '亮马河 水质' }))).toEqual(['cy2023-water-2']);
    expect(countMeasures(filterTasks(idx(), { ...NO_FILTERS, text: '区水务' }))).toBe(2);
    expect(ids(filterTasks(idx(), { ...NO_FILTERS, text: '004:50' }))).toEqual(['cy2024d-noise-1']);
  });
  it('never matches the internal lead-person names', () => {
    expect(filterTasks(idx(), { ...NO_FILTERS, text: '张三' })).toEqual([]);
  });
  it('filters by plan, annex, department and deadline kind together', () => {
    expect(ids(filterTasks(idx(), { ...NO_FILTERS, annex: 'air' }))).toEqual(['cy2023-air-1', 'tz2023-air-3']);
    expect(ids(filterTasks(idx(), { ...NO_FILTERS, annex: 'air', planId: 'tz2023' }))).toEqual(['tz2023-air-3']);
    expect(ids(filterTasks(idx(), { ...NO_FILTERS, deptId: '110105:区水务局' }))).toEqual(['cy2023-air-1', 'cy2023-water-2']);
    expect(ids(filterTasks(idx(), { ...NO_FILTERS, deadlineKind: 'window' }))).toEqual(['cy2023-water-2']);
    expect(filterTasks(idx(), { ...NO_FILTERS, deadlineKind: 'window', annex: 'air' })).toEqual([]);
  });
});

describe('highlightFor', () => {
  it('collects listed streets and named places, not the streets of unspecified scopes', () => {
    const f = fixtureTasks();
    expect(highlightFor(f.tasks[0].measures)).toEqual({ streetIds: [A, B, C], placeNames: ['亮马河'] });
    expect(highlightFor(f.tasks[1].measures)).toEqual({ streetIds: [], placeNames: ['亮马河'] });
  });
  it('puts places that are street units among the streets', () => {
    const m = { ...fixtureTasks().tasks[2].measures[0], places: [{ name: '望京街道', kind: 'cluster' as const, streetId: '110105026000' }] };
    expect(highlightFor([m])).toEqual({ streetIds: ['110105026000'], placeNames: [] });
  });
});

describe('tasksForStreet', () => {
  it('finds the district-wide and the named measures, by annex, and counts 相关街乡 apart', () => {
    const r = tasksForStreet(idx(), A);
    expect(r.total).toBe(2);
    expect(r.byAnnex.map((g) => g.annex)).toEqual(['air']);
    expect(r.byAnnex[0].rows.map((x) => [x.measure.source, x.via])).toEqual([
      ['000:100', 'all'],
      ['000:101', 'listed'],
    ]);
    expect(r.unspecified.map((x) => x.measure.source)).toEqual(['000:200']);
  });
  it('gives a street only what names it or its whole district', () => {
    expect(tasksForStreet(idx(), B).total).toBe(1);
    const t = tasksForStreet(idx(), T);
    expect([t.total, t.unspecified.length]).toEqual([1, 0]);
    const other = tasksForStreet(idx(), '110101001000');
    expect([other.total, other.unspecified.length]).toEqual([0, 0]);
  });
  it("reads an 'all' scope without ids as every street of the plan's district", () => {
    const f = fixtureTasks();
    f.tasks[0].measures[0].streets = { kind: 'all', ids: [] };
    expect(tasksForStreet(indexTasks(f), '110105099000').total).toBe(1);
    expect(tasksForStreet(indexTasks(f), T).total).toBe(1);
  });
});

describe('coResponsible', () => {
  it('leaves out the street itself and the collective parties standing for it', () => {
    const i = idx();
    const [m1, m2] = i.file.tasks[0].measures;
    expect(coResponsible(i, m1, A).map((d) => d.id)).toEqual(['110105:区生态环境局']);
    expect(coResponsible(i, m2, A).map((d) => d.id)).toEqual(['110105:区水务局']);
    expect(coResponsible(i, m2, B).map((d) => d.id)).toEqual([`street:${A}`, '110105:区水务局']);
  });
});

describe('departments', () => {
  it('counts the streets a department’s measures name and its unspecified measures', () => {
    const d = departmentStreets(idx(), '110105:区水务局');
    expect(d.measures).toBe(2);
    expect(d.streets).toEqual([{ streetId: A, measures: 1 }]);
    expect(d.unspecified).toBe(1);
    const env = departmentStreets(idx(), '110105:区生态环境局');
    expect(ids(env.groups)).toEqual(['cy2023-air-1', 'cy2024d-noise-1']);
    expect(env.streets.map((s) => s.streetId)).toEqual([A, B, C]);
  });
  it('sorts streets by measure count, most first', () => {
    const f = fixtureTasks();
    const extra = { ...f.tasks[2].measures[0], id: 'x-m1', streets: { kind: 'some' as const, ids: [C] } };
    f.tasks[2].measures.push(extra);
    const d = departmentStreets(indexTasks(f), '110105:区生态环境局');
    expect(d.streets).toEqual([
      { streetId: C, measures: 2 },
      { streetId: A, measures: 1 },
      { streetId: B, measures: 1 },
    ]);
  });
  it('offers only departments that appear in a measure, city-wide first', () => {
    const g = departmentOptions(idx());
    expect(g.map((x) => x.district)).toEqual(['', '110105', '110112']);
    const cy = g[1].options.map((o) => [o.dept.id, o.measures]);
    expect(cy).toContainEqual(['110105:区生态环境局', 2]);
    expect(cy).toContainEqual(['110105:相关街乡', 1]);
  });
});

describe('paginate, gaps, file check', () => {
  it('clamps the page into range', () => {
    const items = Array.from({ length: 31 }, (_, i) => i);
    expect(paginate(items, 2, 15)).toEqual({ items: [30], page: 2, pages: 3 });
    expect(paginate(items, 9, 15).page).toBe(2);
    expect(paginate([], 0, 15)).toEqual({ items: [], page: 0, pages: 1 });
  });
  it('lists the source gaps of a plan / annex', () => {
    expect(gapsFor(idx(), 'bj2023', '').map((g) => g.missingTaskNumbers)).toEqual([[15, 16]]);
    expect(gapsFor(idx(), 'cy2023', '')).toEqual([]);
    expect(gapsFor(idx(), '', 'air')).toEqual([]);
  });
  it('rejects files that are not version-1 task files', () => {
    expect(() => checkTasksFile({ hello: 1 })).toThrow(/version/);
    expect(() => checkTasksFile({ version: 1, plans: [], tasks: [] })).toThrow(/departments/);
    expect(checkTasksFile(fixtureTasks()).tasks).toHaveLength(5);
  });
});

describe('the built public/data/tasks.json', () => {
  const file = checkTasksFile(JSON.parse(readFileSync(new URL('../../../public/data/tasks.json', import.meta.url), 'utf8')) as TasksFile);
  const index = indexTasks(file);
  const streetIds = [...new Set(index.rows.flatMap((r) => highlightFor([r.measure]).streetIds))];

  it('assigns a street only measures that name it or cover its whole district', () => {
    expect(streetIds.length).toBeGreaterThan(20);
    for (const id of streetIds) {
      const r = tasksForStreet(index, id);
      for (const g of r.byAnnex)
        for (const row of g.rows) {
          const named = row.measure.streets.ids.includes(id) || row.measure.places.some((p) => p.streetId === id);
          expect(named, `${row.measure.id} for ${id}`).toBe(true);
          // a 相关街乡 measure counts for a street only where its text names that street (000:412, 004:607)
          if (row.measure.streets.kind === 'unspecified') expect(row.measure.places.some((p) => p.streetId === id)).toBe(true);
        }
      for (const u of r.unspecified) expect(u.measure.streets.kind).toBe('unspecified');
    }
  });
  it('keeps lead-person names out of the search text', () => {
    const persons = new Set(index.rows.flatMap((r) => r.measure.leadPersons ?? []));
    expect(persons.size).toBeGreaterThan(0);
    for (const p of persons) expect(filterTasks(index, { ...NO_FILTERS, text: p }).filter((g) => g.measures.some((m) => !m.text.includes(p)))).toEqual([]);
  });
  it('filters back to the whole file and counts each department’s streets from its measures', () => {
    expect(countMeasures(filterTasks(index, NO_FILTERS))).toBe(index.rows.length);
    const opts = departmentOptions(index).flatMap((g) => g.options);
    for (const o of opts.slice(0, 40)) expect(departmentStreets(index, o.dept.id).measures).toBe(o.measures);
  });
});
