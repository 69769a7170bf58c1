/** Normalises 完成时限 strings (seeds-digest §5.2) for a plan year. */
import type { Deadline } from './types';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function normaliseDeadline(rawIn: string, year: number): Deadline {
  const raw = rawIn.replace(/[\s\u3000]+/g, '');
  if (raw === '' || raw === '——' || raw === '—') return { raw, kind: 'none' };
  // 年底前 / 年度前 (typo, 004:2203)
  if (/^年(底|度)前?$/.test(raw)) return { raw, kind: 'yearEnd', date: `${year}-12-31` };
  if (/^(长期实施|持续推进|长期)$/.test(raw)) return { raw, kind: 'ongoing' };
  // 4月1日起长期实施
  if (/^\d{1,2}月\d{1,2}日起长期实施$/.test(raw)) return { raw, kind: 'ongoing' };
  if (/^按时间节点(完成)?$/.test(raw)) return { raw, kind: 'milestones' };
  if (/^按市局工作要求$/.test(raw)) return { raw, kind: 'asRequired' };
  let m = /^(\d{1,2})月?[-—–～~至](\d{1,2})月$/.exec(raw);
  if (m) return { raw, kind: 'window', from: pad(+m[1]), to: pad(+m[2]) };
  m = /^(\d{1,2})月底前?$/.exec(raw);
  if (m) return { raw, kind: 'date', date: `${year}-${pad(+m[1])}-${pad(lastDay(year, +m[1]))}` };
  m = /^(\d{1,2})月(\d{1,2})日前?$/.exec(raw);
  if (m) return { raw, kind: 'date', date: `${year}-${pad(+m[1])}-${pad(+m[2])}` };
  return { raw, kind: 'other' };
}
