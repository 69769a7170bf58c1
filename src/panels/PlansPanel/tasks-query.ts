/**
 * Pure queries over public/data/tasks.json (types: geodata/plans/types.ts): text and facet filters,
 * grouping by task, the tasks that make one street responsible, department → streets, and what a
 * task highlights on the map. No React, no store.
 */
import type { Deadline, Department, Measure, Plan, Task, TasksFile, Theme } from '../../../geodata/plans/types';

export type { Deadline, Department, Measure, Plan, Task, TasksFile, Theme };
export type DeadlineKind = Deadline['kind'];

export const THEMES: Theme[] = ['climate', 'air', 'water', 'soil', 'ecology', 'noise'];
export const DEADLINE_KINDS: DeadlineKind[] = ['yearEnd', 'date', 'window', 'ongoing', 'milestones', 'asRequired', 'none', 'other'];

export interface MeasureRow {
  task: Task;
  measure: Measure;
  plan: Plan | undefined;
}

export interface TaskGroup {
  task: Task;
  plan: Plan | undefined;
  /** the task's measures that passed the filters, in document order */
  measures: Measure[];
}

export interface TasksIndex {
  file: TasksFile;
  plans: Map<string, Plan>;
  depts: Map<string, Department>;
  rows: MeasureRow[];
  /** lower-cased searchable text per row (parallel to rows); never includes leadPersons */
  haystack: string[];
}

export interface TaskFilters {
  text: string;
  planId: string;
  annex: Theme | '';
  deptId: string;
  deadlineKind: DeadlineKind | '';
}

export const NO_FILTERS: TaskFilters = { text: '', planId: '', annex: '', deptId: '', deadlineKind: '' };

/** Throws a plain Error naming the first structural problem; the loader wraps it as DataLoadError. */
export function checkTasksFile(d: unknown): TasksFile {
  const f = d as Partial<TasksFile> | null;
  if (!f || typeof f !== 'object') throw new Error('not an object');
  if (f.version !== 1) throw new Error(`unsupported version ${String(f.version)}`);
  for (const k of ['plans', 'tasks', 'departments', 'gaps'] as const) if (!Array.isArray(f[k])) throw new Error(`missing ${k}`);
  for (const t of f.tasks as Task[]) if (!t || !Array.isArray(t.measures)) throw new Error(`task ${String(t?.id)} has no measures`);
  return f as TasksFile;
}

export function measureDepts(m: Measure): string[] {
  return [...new Set([...m.lead, ...m.responsible, ...m.assisting])];
}

export function indexTasks(file: TasksFile): TasksIndex {
  const plans = new Map(file.plans.map((p) => [p.id, p]));
  const depts = new Map(file.departments.map((d) => [d.id, d]));
  const rows: MeasureRow[] = [];
  const haystack: string[] = [];
  for (const task of file.tasks) {
    const plan = plans.get(task.planId);
    for (const measure of task.measures) {
      rows.push({ task, measure, plan });
      const names = measureDepts(measure).flatMap((id) => {
        const d = depts.get(id);
        return d ? [d.name, ...d.aliases] : [id];
      });
      haystack.push(
        [task.title, task.section, measure.text, measure.deadline.raw, measure.source, ...measure.places.map((p) => p.name), ...names, plan?.title ?? '']
          .join('\n')
          .toLowerCase(),
      );
    }
  }
  return { file, plans, depts, rows, haystack };
}

function groupRows(rows: MeasureRow[]): TaskGroup[] {
  const byTask = new Map<string, TaskGroup>();
  for (const r of rows) {
    let g = byTask.get(r.task.id);
    if (!g) byTask.set(r.task.id, (g = { task: r.task, plan: r.plan, measures: [] }));
    g.measures.push(r.measure);
  }
  return [...byTask.values()];
}

/** Rows that pass every filter (text: all whitespace-separated terms, case-insensitive), grouped by task. */
export function filterTasks(index: TasksIndex, f: TaskFilters): TaskGroup[] {
  const terms = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const out: MeasureRow[] = [];
  index.rows.forEach((r, i) => {
    if (f.planId && r.task.planId !== f.planId) return;
    if (f.annex && r.task.annex !== f.annex) return;
    if (f.deadlineKind && r.measure.deadline.kind !== f.deadlineKind) return;
    if (f.deptId && !measureDepts(r.measure).includes(f.deptId)) return;
    if (terms.length && !terms.every((t) => index.haystack[i].includes(t))) return;
    out.push(r);
  });
  return groupRows(out);
}

export function countMeasures(groups: TaskGroup[]): number {
  return groups.reduce((n, g) => n + g.measures.length, 0);
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
}

/** 0-based page, clamped into range; at least one (possibly empty) page. */
export function paginate<T>(items: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * size, (p + 1) * size), page: p, pages };
}

export interface Highlight {
  streetIds: string[];
  placeNames: string[];
}

/** What the measures put on the map: listed streets (and streets named as places) plus other named places. */
export function highlightFor(measures: Measure[]): Highlight {
  const streetIds = new Set<string>();
  const placeNames = new Set<string>();
  for (const m of measures) {
    if (m.streets.kind === 'all' || m.streets.kind === 'some') for (const id of m.streets.ids) streetIds.add(id);
    for (const p of m.places) {
      if (p.streetId) streetIds.add(p.streetId);
      else placeNames.add(p.name);
    }
  }
  return { streetIds: [...streetIds], placeNames: [...placeNames] };
}

export interface DeptOption {
  dept: Department;
  measures: number;
}
export interface DeptGroup {
  /** 6-digit district code; '' for city-wide units */
  district: string;
  options: DeptOption[];
}

/** Departments that appear in at least one measure, grouped by district (city-wide first), by name within. */
export function departmentOptions(index: TasksIndex): DeptGroup[] {
  const counts = new Map<string, number>();
  for (const r of index.rows) for (const id of measureDepts(r.measure)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const groups = new Map<string, DeptOption[]>();
  for (const [id, measures] of counts) {
    const dept = index.depts.get(id);
    if (!dept) continue;
    const key = dept.district ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ dept, measures });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([district, options]) => ({ district, options: options.sort((a, b) => a.dept.name.localeCompare(b.dept.name, 'zh-CN')) }));
}

export interface StreetCount {
  streetId: string;
  measures: number;
}
export interface DeptStreets {
  groups: TaskGroup[];
  measures: number;
  /** streets named by the department's measures, most measures first */
  streets: StreetCount[];
  /** the department's measures whose streets are "相关街乡" (not named) */
  unspecified: number;
}

export function departmentStreets(index: TasksIndex, deptId: string): DeptStreets {
  const rows = index.rows.filter((r) => measureDepts(r.measure).includes(deptId));
  const counts = new Map<string, number>();
  let unspecified = 0;
  for (const r of rows) {
    if (r.measure.streets.kind === 'unspecified') unspecified++;
    for (const id of highlightFor([r.measure]).streetIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const streets = [...counts.entries()].map(([streetId, measures]) => ({ streetId, measures })).sort((a, b) => b.measures - a.measures || a.streetId.localeCompare(b.streetId));
  return { groups: groupRows(rows), measures: rows.length, streets, unspecified };
}

export interface StreetTaskRow extends MeasureRow {
  /** 'all': the plan gives it to every street of the district; 'listed': the street is named */
  via: 'all' | 'listed';
}
export interface StreetTasksResult {
  byAnnex: { annex: Theme; rows: StreetTaskRow[] }[];
  total: number;
  /** measures of district plans of this street's district that go to "相关街乡" */
  unspecified: MeasureRow[];
}

/** The measures that make `streetId` (12-digit NBS code) responsible, by annex in THEMES order. */
export function tasksForStreet(index: TasksIndex, streetId: string): StreetTasksResult {
  const district = streetId.slice(0, 6);
  const buckets = new Map<Theme, StreetTaskRow[]>();
  const unspecified: MeasureRow[] = [];
  let total = 0;
  for (const r of index.rows) {
    const s = r.measure.streets;
    const ofDistrict = r.plan?.district === district;
    let via: StreetTaskRow['via'] | null = null;
    if (s.kind === 'all' && (s.ids.includes(streetId) || (s.ids.length === 0 && ofDistrict))) via = 'all';
    else if (s.kind === 'some' && s.ids.includes(streetId)) via = 'listed';
    else if (r.measure.places.some((p) => p.streetId === streetId)) via = 'listed';
    if (via) {
      if (!buckets.has(r.task.annex)) buckets.set(r.task.annex, []);
      buckets.get(r.task.annex)!.push({ ...r, via });
      total++;
    } else if (s.kind === 'unspecified' && ofDistrict) unspecified.push(r);
  }
  return { byAnnex: THEMES.filter((a) => buckets.has(a)).map((annex) => ({ annex, rows: buckets.get(annex)! })), total, unspecified };
}

/**
 * The other units that share a measure with the street: lead, responsible and assisting units,
 * minus the street itself and collective street parties (各街乡) that stand for it.
 */
export function coResponsible(index: TasksIndex, m: Measure, streetId: string): Department[] {
  const out: Department[] = [];
  for (const id of measureDepts(m)) {
    const d = index.depts.get(id);
    if (!d) continue;
    if (d.level === 'street' && (d.streetIds?.includes(streetId) || (d.collective && d.district === streetId.slice(0, 6)))) continue;
    out.push(d);
  }
  return out;
}

/** Street display name from the units the plans name (`street:<id>` departments); the map layer's name wins in the UI. */
export function streetNameFromPlans(index: TasksIndex, streetId: string): string | undefined {
  return index.depts.get(`street:${streetId}`)?.name;
}

export function gapsFor(index: TasksIndex, planId: string, annex: Theme | ''): TasksFile['gaps'] {
  return index.file.gaps.filter((g) => (!planId || g.plan === planId) && (!annex || g.annex === annex));
}
