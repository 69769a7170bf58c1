/**
 * ImportIssue → text for people: where (file, feature or data row) and what (translated from `code`
 * with `params`, falling back to the importer's plain-English `message`). Pure; returns strings only.
 */
import type { ImportIssue } from '../../data/import/types';

/** the part of i18next the helpers need (an i18next instance satisfies it) */
export interface Translator {
  t: (key: string, values?: Record<string, string | number>) => string;
  exists: (key: string) => boolean;
}

const TABULAR = /\.(csv|tsv|txt|xlsx)$/i;

/** "第 3 个要素（id：a）" / "第 2 行数据（文件第 3 行）"; null for file-level issues. Numbers are 1-based. */
export function issueLocation(issue: ImportIssue, tr: Translator): string | null {
  if (issue.featureIndex === null) return null;
  const n = issue.featureIndex + 1;
  const line = issue.params?.line;
  if (line !== undefined) return tr.t('importUi.where.row', { n, line });
  if (TABULAR.test(issue.file)) return tr.t('importUi.where.rowNoLine', { n });
  if (issue.featureId !== undefined) return tr.t('importUi.where.featureId', { n, id: issue.featureId });
  return tr.t('importUi.where.feature', { n });
}

/** The problem in the user's language; `translated` is false when only the English fallback exists. */
export function issueProblem(issue: ImportIssue, tr: Translator): { text: string; translated: boolean } {
  const key = `importUi.issue.${issue.code}`;
  if (!tr.exists(key)) return { text: issue.message, translated: false };
  const params: Record<string, string | number> = { ...(issue.params ?? {}) };
  if (issue.code === 'replaces-mismatch') {
    const p = String(params.problem ?? '');
    const pk = `importUi.replaceProblem.${p}`;
    params.problem = tr.exists(pk) ? tr.t(pk, { found: String(params.found ?? '') }) : p;
  }
  const text = tr.t(key, params);
  // a translation that still shows a {{placeholder}} lacks its params: the English message is better
  if (/\{\{\w+\}\}/.test(text)) return { text: issue.message, translated: false };
  return { text, translated: true };
}

/** One line naming the file, the feature/row (if any) and the problem. */
export function issueLine(issue: ImportIssue, tr: Translator, sep = '：'): string {
  const where = issueLocation(issue, tr);
  const { text } = issueProblem(issue, tr);
  return [issue.file, where, text].filter((s): s is string => !!s).join(sep);
}

/** Errors first, then warnings, each in the importer's order. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
}
