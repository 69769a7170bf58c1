/** Output types of public/data/tasks.json (written by geodata/plans/build-tasks.ts). Pure types. */

export type Theme = 'climate' | 'air' | 'water' | 'soil' | 'ecology' | 'noise';
export type DeptLevel = 'district' | 'municipal' | 'street' | 'company' | 'committee';

export type Deadline =
  | { raw: string; kind: 'yearEnd'; date: string }
  | { raw: string; kind: 'date'; date: string }
  | { raw: string; kind: 'window'; from: string; to: string }
  | { raw: string; kind: 'ongoing' }
  | { raw: string; kind: 'milestones' }
  | { raw: string; kind: 'asRequired' }
  | { raw: string; kind: 'none' }
  | { raw: string; kind: 'other' };

export type PlaceKind = 'river' | 'lake' | 'plant' | 'station' | 'park' | 'linear' | 'cluster' | 'street' | 'zone' | 'site';

export interface Place {
  name: string;
  kind: PlaceKind;
  /** 12-digit street unit id, when the place is (or lies in) a named street unit */
  streetId?: string;
}

export interface StreetScope {
  /** all: every unit of the plan's district; some: the listed ids; unspecified: "相关街乡" (not guessed); none */
  kind: 'all' | 'some' | 'unspecified' | 'none';
  ids: string[];
}

export interface Measure {
  /** `${taskId}-m${n}` */
  id: string;
  text: string;
  deadline: Deadline;
  lead: string[];
  responsible: string[];
  assisting: string[];
  /** Tongzhou 牵头领导: personal names. INTERNAL — never show on the public map, never a department. */
  leadPersons?: string[];
  streets: StreetScope;
  places: Place[];
  /** file prefix : 1-based line of the measure's first line in the raw seed file, e.g. "000:783" */
  source: string;
  /** the row has one cell fewer than the header: the first unit cell spans 牵头部门 + 主责单位 (set in both) */
  mergedLeadCell?: true;
  /** 001 only: the row's unit / deadline cells could not be aligned paragraph by paragraph with its measures */
  approximateParties?: true;
  /** cells left empty by a vertical merge in the source table, filled from the row above */
  inherited?: ('title' | 'deadline' | 'lead' | 'responsible' | 'assisting')[];
  /** the 完成时限 cell holds unit names (004:1180, 004:1187): deadline none, unit cells read as 牵头/主责/协办 */
  shiftedRow?: true;
}

export interface Task {
  /** `${planId}-${annex}-${taskNo}` */
  id: string;
  planId: string;
  annex: Theme;
  /** section heading as printed, e.g. "四、提升城市环境精细化管控水平" */
  section: string;
  taskNo: number;
  title: string;
  measures: Measure[];
}

export interface Plan {
  id: string;
  /** seed file name under /work/shared/seeds */
  file: string;
  /** citation prefix, e.g. "000" */
  prefix: string;
  title: string;
  issuer: string;
  /** 6-digit district code, or null for the municipal plan */
  district: string | null;
  year: number;
  docNo: string | null;
  draft: boolean;
  /** "（此件公开发布）" marker present */
  publicMarker: boolean;
  annexes: { theme: Theme; title: string; lines: [number, number]; columns: string[] }[];
  source: string;
}

export interface Department {
  id: string;
  name: string;
  aliases: string[];
  level: DeptLevel;
  /** 6-digit district code the unit belongs to / acts in; null for city-wide units */
  district: string | null;
  /** street units: the 12-digit ids this party stands for */
  streetIds?: string[];
  /** collective party such as 各街乡 / 各区政府 */
  collective?: true;
}

export interface Gap {
  plan: string;
  annex: Theme;
  missingTaskNumbers: number[];
  note: string;
  source: string;
}

export interface TasksFile {
  version: 1;
  plans: Plan[];
  tasks: Task[];
  departments: Department[];
  gaps: Gap[];
}
