import { fileURLToPath } from 'node:url';
/**
 * Parses the five action plans into TasksFile (see types.ts). Pure apart from reading the seed files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseDeadline } from './deadline';
import { DepartmentRegistry, resolveParties, type PartyContext, type PartyResult } from './parties';
import { findPlaces } from './places';
import { PLANS, type AnnexSpec, type PlanSpec } from './sources';
import { scopeOf } from './streets-scope';
import { cleanText, compactCell, paragraphCell, readCellRows, readLineRows, splitParagraphs, type Cell, type RawRow } from './table';
import type { Deadline, Gap, Measure, Plan, Task, TasksFile, Theme } from './types';

/** The plans live in ../shared/seeds beside the checkout (override with SEEDS_DIR). */
export const DEFAULT_SEEDS_DIR = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

type Role = 'lead' | 'responsible' | 'assisting' | 'leadPersons';

export interface Diagnostics {
  /** department strings the alias table does not know, with their citation */
  unknownDepartments: { text: string; source: string }[];
  /** other parse problems worth a look */
  notes: string[];
}

export interface BuildResult {
  data: TasksFile;
  diagnostics: Diagnostics;
}

function roleOf(column: string): Role {
  const c = column.replace(/\s+/g, '');
  if (c === '牵头领导') return 'leadPersons';
  if (c === '牵头部门' || c === '牵头单位') return 'lead';
  if (c === '主责单位' || c === '责任单位') return 'responsible';
  if (c === '协办单位' || c === '协办部门') return 'assisting';
  throw new Error(`unknown column ${column}`);
}

export function seedFile(dir: string, spec: PlanSpec): string {
  const f = readdirSync(dir).find((n) => n.startsWith(spec.filePrefix) && n.endsWith('.txt'));
  if (!f) throw new Error(`seed file ${spec.filePrefix}* not found in ${dir}`);
  return f;
}

interface Parties {
  lead: string[];
  responsible: string[];
  assisting: string[];
  leadPersons: string[];
  street: { all: boolean; xiang: boolean; unspecified: boolean; ids: string[] };
}

const emptyParties = (): Parties => ({ lead: [], responsible: [], assisting: [], leadPersons: [], street: { all: false, xiang: false, unspecified: false, ids: [] } });

function addParty(p: Parties, role: Exclude<Role, 'leadPersons'>, r: PartyResult): void {
  p[role] = [...new Set([...p[role], ...r.ids])];
  p.street.all ||= r.streetAll;
  p.street.xiang ||= r.streetXiang;
  p.street.unspecified ||= r.streetUnspecified;
  p.street.ids.push(...r.streetIds);
}

function personNames(text: string): string[] {
  return text
    .split(/\n+/)
    .map((s) => cleanText(s).replace(/[\s\u3000]+/g, ''))
    .filter((s) => s !== '' && s !== '——');
}

class Builder {
  tasks: Task[] = [];
  registry = new DepartmentRegistry();
  diagnostics: Diagnostics = { unknownDepartments: [], notes: [] };

  constructor(private readonly dir: string) {}

  private parties(text: string, ctx: PartyContext, source: string): PartyResult {
    const r = resolveParties(text, ctx);
    for (const u of r.unknown) this.diagnostics.unknownDepartments.push({ text: u, source });
    this.registry.add(r.ids, ctx);
    return r;
  }

  private measure(task: Task, spec: PlanSpec, m: Omit<Measure, 'id' | 'streets' | 'places'> & { street: Parties['street'] }): void {
    const { street, ...rest } = m;
    const out: Measure = {
      id: `${task.id}-m${task.measures.length + 1}`,
      text: rest.text,
      deadline: rest.deadline,
      lead: rest.lead,
      responsible: rest.responsible,
      assisting: rest.assisting,
      streets: scopeOf(spec.district, street),
      places: findPlaces(rest.text, spec.district),
      source: rest.source,
    };
    if (rest.leadPersons && rest.leadPersons.length) out.leadPersons = rest.leadPersons;
    if (rest.mergedLeadCell) out.mergedLeadCell = true;
    if (rest.approximateParties) out.approximateParties = true;
    if (rest.inherited && rest.inherited.length) out.inherited = rest.inherited;
    if (rest.shiftedRow) out.shiftedRow = true;
    task.measures.push(out);
  }

  parsePlan(spec: PlanSpec): Plan {
    const file = seedFile(this.dir, spec);
    const lines = readFileSync(join(this.dir, file), 'utf8').split('\n');
    const annexes: Plan['annexes'] = [];
    for (const a of spec.annexes) {
      const first = lines[a.lines[0] - 1] ?? '';
      if (!first.includes(a.title)) throw new Error(`${spec.prefix}:${a.lines[0]} should contain "${a.title}", got "${first.trim()}"`);
      const titleLine = lines.slice(a.lines[0] - 1, a.lines[1]).find((l) => l.includes('行动计划')) ?? a.title;
      const rows = spec.layout === 'cells' ? readCellRows(lines, a.lines[0], a.lines[1]) : readLineRows(lines, a.lines[0], a.lines[1]);
      const header = rows.find((r): r is Extract<RawRow, { kind: 'header' }> => r.kind === 'header');
      if (!header) throw new Error(`no header in ${spec.prefix} ${a.theme}`);
      annexes.push({ theme: a.theme, title: cleanText(titleLine).replace(/^#+\s*/, '').replace(/\s+/g, ''), lines: a.lines, columns: header.columns.map((c) => c.replace(/\s+/g, '')) });
      if (spec.layout === 'cells') this.parseCellAnnex(spec, a, rows, header.columns);
      else this.parseLineAnnex(spec, a, rows);
    }
    const text = lines.join('\n');
    return {
      id: spec.id,
      file,
      prefix: spec.prefix,
      title: spec.title,
      issuer: spec.issuer,
      district: spec.district,
      year: spec.year,
      docNo: spec.docNo,
      draft: spec.draft,
      publicMarker: text.includes('（此件公开发布）'),
      annexes,
      source: spec.source,
    };
  }

  private newTask(spec: PlanSpec, annex: Theme, section: string, taskNo: number, title: string): Task {
    const t: Task = { id: `${spec.id}-${annex}-${taskNo}`, planId: spec.id, annex, section, taskNo, title, measures: [] };
    if (this.tasks.some((x) => x.id === t.id)) throw new Error(`duplicate task ${t.id}`);
    this.tasks.push(t);
    return t;
  }

  private parseCellAnnex(spec: PlanSpec, a: AnnexSpec, rows: RawRow[], columns: string[]): void {
    const ctx: PartyContext = { district: spec.district };
    const roleCols = columns.slice(4).map(roleOf);
    let section = '';
    let task: Task | null = null;
    let prevTitle = '';
    let prevDeadline: Deadline | null = null;
    let prevParties: Parties | null = null;
    for (const r of rows) {
      if (r.kind === 'header') continue;
      if (r.kind === 'section') {
        section = r.text;
        continue;
      }
      const cells = r.cells;
      if (cells.every((c) => compactCell(c) === '')) continue;
      const seq = compactCell(cells[0]);
      let title = cells[1] ? compactCell(cells[1]) : '';
      const textCell = cells[2];
      const text = textCell ? paragraphCell(textCell) : '';
      if (!textCell || text === '') {
        this.diagnostics.notes.push(`${spec.prefix}:${r.line} row without measure text skipped`);
        continue;
      }
      const firstTextLine = textCell.line + textCell.lines.findIndex((l) => cleanText(l) !== '');
      const source = `${spec.prefix}:${firstTextLine}`;
      const inherited: NonNullable<Measure['inherited']> = [];
      if (/^\d+$/.test(seq)) {
        const no = Number(seq);
        if (title === '') {
          title = prevTitle;
          inherited.push('title');
        }
        if (!task || task.taskNo !== no || task.annex !== a.theme) task = this.newTask(spec, a.theme, section, no, title);
      } else if (seq !== '' || !task) {
        throw new Error(`${spec.prefix}:${r.line}: unexpected 序号 "${seq}"`);
      }
      prevTitle = task.title;

      // deadline cell, or unit names in its place (004:1180)
      let deadlineText = cells[3] ? compactCell(cells[3]) : '';
      let unitCells: Cell[] = cells.slice(4);
      let roles = roleCols;
      let shifted = false;
      if (deadlineText !== '' && normaliseDeadline(deadlineText, spec.year).kind === 'other') {
        const probe = resolveParties(deadlineText, ctx);
        if (probe.unknown.length === 0 && probe.ids.length > 0) {
          shifted = true;
          unitCells = cells.slice(3);
          roles = unitCells.length === 3 ? ['lead', 'responsible', 'assisting'] : roleCols;
          deadlineText = '';
          this.diagnostics.notes.push(`${source} 完成时限 cell holds unit names; read as 牵头/主责/协办, deadline none`);
        }
      }
      let deadline: Deadline;
      if (deadlineText === '' && !shifted && prevDeadline && cells[3]) {
        deadline = prevDeadline;
        inherited.push('deadline');
      } else {
        deadline = normaliseDeadline(deadlineText, spec.year);
      }
      // horizontally merged 牵头部门+主责单位 cell: one unit cell fewer than unit columns
      let merged = false;
      let cellRoles: Role[][] = unitCells.map((_, i) => [roles[i]]);
      if (!shifted && unitCells.length === roles.length - 1 && roles[0] === 'lead' && roles[1] === 'responsible') {
        merged = true;
        cellRoles = unitCells.map((_, i) => (i === 0 ? ['lead', 'responsible'] : [roles[i + 1]]));
      } else if (!shifted && unitCells.length !== roles.length) {
        this.diagnostics.notes.push(`${spec.prefix}:${r.line} has ${unitCells.length} unit cells for ${roles.length} unit columns`);
      }
      const parties = emptyParties();
      const sameTask = prevParties !== null && seq === '';
      unitCells.forEach((c, i) => {
        const rs = cellRoles[i];
        if (!rs || !rs[0]) return;
        const t = compactCell(c);
        if (rs[0] === 'leadPersons') {
          parties.leadPersons.push(...personNames(c.lines.join('\n')));
          return;
        }
        if (t === '' && sameTask && prevParties) {
          for (const role of rs) {
            if (role === 'leadPersons') continue;
            parties[role] = [...prevParties[role]];
            inherited.push(role);
          }
          parties.street.all ||= prevParties.street.all;
          parties.street.xiang ||= prevParties.street.xiang;
          parties.street.unspecified ||= prevParties.street.unspecified;
          parties.street.ids.push(...prevParties.street.ids);
          return;
        }
        const res = this.parties(t, ctx, `${spec.prefix}:${c.line}`);
        for (const role of rs) if (role !== 'leadPersons') addParty(parties, role, res);
      });
      if (parties.leadPersons.length === 0 && roleCols.includes('leadPersons') && prevParties && seq === '') parties.leadPersons = [...prevParties.leadPersons];
      prevDeadline = deadline;
      prevParties = parties;
      this.measure(task, spec, {
        text,
        deadline,
        lead: parties.lead,
        responsible: parties.responsible,
        assisting: parties.assisting,
        leadPersons: parties.leadPersons,
        source,
        street: parties.street,
        mergedLeadCell: merged ? true : undefined,
        inherited,
        shiftedRow: shifted ? true : undefined,
      });
    }
  }

  /** 001: rows on one line; <p> paragraphs inside cells are separate measures. */
  private parseLineAnnex(spec: PlanSpec, a: AnnexSpec, rows: RawRow[]): void {
    const ctx: PartyContext = { district: spec.district };
    let section = '';
    let task: Task | null = null;
    type DataRow = Extract<RawRow, { kind: 'row' }>;
    // group: a row with text, followed by rows with an empty 工作措施 cell
    const groups: { section: string; main: DataRow; follow: DataRow[] }[] = [];
    for (const r of rows) {
      if (r.kind === 'header') continue;
      if (r.kind === 'section') {
        section = r.text;
        continue;
      }
      const textCell = r.cells[2]?.lines[0] ?? '';
      if (cleanText(textCell) === '' && groups.length) groups[groups.length - 1].follow.push(r);
      else groups.push({ section, main: r, follow: [] });
    }
    const cell = (r: DataRow, i: number) => r.cells[i]?.lines[0] ?? '';
    const unitParas = (raw: string) => splitParagraphs(raw).map((p) => p);
    const resolve001 = (raw: string, line: number): PartyResult => {
      // tokens: "区政府 (含北京经济技术开发区)" is a truncated 各区政府; drop the (含…) remark, also when OCR broke it
      const tokens = cleanText(raw)
        .split(/\s+/)
        .map((t) => (t === '区政府' ? '各区政府' : t));
      const joined = tokens.join('').replace(/[（(]?含北京经济[^）)]*[）)]|[（(]含北京经济技术开发区[^）)]*$|^开发区区?管委会[）)]/g, '');
      return this.parties(joined.replace(/[（(]含北京经济技术[）)]?开发区区?管委会[）)]/g, ''), ctx, `${spec.prefix}:${line}`);
    };
    for (const g of groups) {
      const seq = cleanText(cell(g.main, 0)).replace(/\s+/g, '');
      const title = cleanText(cell(g.main, 1)).replace(/\s+/g, '');
      if (/^\d+$/.test(seq)) {
        const no = Number(seq);
        if (!task || task.taskNo !== no || task.annex !== a.theme) task = this.newTask(spec, a.theme, g.section, no, title);
      } else if (seq !== '' || !task) throw new Error(`${spec.prefix}:${g.main.line}: unexpected 序号 "${seq}"`);
      const paras = splitParagraphs(cell(g.main, 2)).map((p) => cleanText(p)).filter((p) => p !== '');
      const rowsInGroup = [g.main, ...g.follow];
      // measure k gets its parties from row rowFor[k] and paragraph index paraFor[k] within that row's cells
      const plan: { text: string; row: DataRow; para: number | null; approx: boolean }[] = [];
      if (g.follow.length > 0) {
        const approx = paras.length !== rowsInGroup.length;
        if (approx) this.diagnostics.notes.push(`${spec.prefix}:${g.main.line} ${paras.length} paragraphs for ${rowsInGroup.length} rows; aligned from the end`);
        paras.forEach((text, k) => {
          const ri = Math.max(0, rowsInGroup.length - paras.length + k);
          plan.push({ text, row: rowsInGroup[Math.min(ri, rowsInGroup.length - 1)], para: null, approx });
        });
      } else {
        const d = unitParas(cell(g.main, 3));
        const unitCounts = [4, 5, 6].map((i) => unitParas(cell(g.main, i)).length);
        const aligned = paras.length === 1 || (d.length === paras.length && unitCounts.every((n) => n === 1 || n === paras.length));
        if (!aligned) this.diagnostics.notes.push(`${spec.prefix}:${g.main.line} ${paras.length} paragraphs, ${d.length} deadlines, unit paragraphs ${unitCounts.join('/')}: parties approximate`);
        paras.forEach((text, k) => plan.push({ text, row: g.main, para: paras.length === 1 ? null : k, approx: !aligned }));
      }
      for (const p of plan) {
        const pick = (i: number): string => {
          const ps = unitParas(cell(p.row, i));
          if (p.para === null || p.approx) return ps.join(' ');
          return ps.length === 1 ? ps[0] : (ps[p.para] ?? '');
        };
        const dParas = unitParas(cell(p.row, 3));
        // one deadline per paragraph when aligned; otherwise the first one printed (noted)
        const dRaw = p.para !== null && dParas.length > p.para ? dParas[p.para] : (dParas[0] ?? '');
        const deadline = normaliseDeadline(cleanText(dRaw), spec.year);
        if (dParas.length > 1 && (p.para === null || dParas.length <= p.para)) this.diagnostics.notes.push(`${spec.prefix}:${p.row.line} ${dParas.length} deadlines not aligned; first used`);
        const parties = emptyParties();
        (['lead', 'responsible', 'assisting'] as const).forEach((role, j) => addParty(parties, role, resolve001(pick(4 + j), p.row.line)));
        this.measure(task, spec, {
          text: p.text,
          deadline,
          lead: parties.lead,
          responsible: parties.responsible,
          assisting: parties.assisting,
          source: `${spec.prefix}:${g.main.line}`,
          street: parties.street,
          approximateParties: p.approx ? true : undefined,
        });
      }
    }
  }
}

/** Known holes in the seeds (seeds-digest §0): reported, never filled. */
const GAP_NOTES: Record<string, { note: string; source: string }> = {
  'bj2023-soil': { note: 'rows 15–16 of the municipal soil plan are missing from the OCR text (jump 001:294→298)', source: '001:294-298' },
  'bj2023-ecology': { note: 'rows 4–5 of the municipal ecology plan are missing from the OCR text (jump 001:319→323)', source: '001:319-323' },
};

function findGaps(tasks: Task[]): Gap[] {
  const gaps: Gap[] = [];
  const byAnnex = new Map<string, Task[]>();
  for (const t of tasks) {
    const k = `${t.planId}-${t.annex}`;
    byAnnex.set(k, [...(byAnnex.get(k) ?? []), t]);
  }
  for (const [k, ts] of byAnnex) {
    const nos = new Set(ts.map((t) => t.taskNo));
    const max = Math.max(...nos);
    const missing: number[] = [];
    for (let i = 1; i <= max; i++) if (!nos.has(i)) missing.push(i);
    if (!missing.length) continue;
    const known = GAP_NOTES[k];
    gaps.push({
      plan: ts[0].planId,
      annex: ts[0].annex,
      missingTaskNumbers: missing,
      note: known?.note ?? 'task numbers missing from the seed text',
      source: known?.source ?? `${ts[0].id}`,
    });
  }
  return gaps;
}

export function buildTasks(dir: string = DEFAULT_SEEDS_DIR): BuildResult {
  const b = new Builder(dir);
  const plans = PLANS.map((p) => b.parsePlan(p));
  const data: TasksFile = { version: 1, plans, tasks: b.tasks, departments: b.registry.list(), gaps: findGaps(b.tasks) };
  return { data, diagnostics: b.diagnostics };
}
