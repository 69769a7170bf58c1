/**
 * Building and collecting ImportIssues. Every message names the file, the feature (when there is one)
 * and the problem, so the plain-English fallback is useful even before the UI translates `code`.
 */
import { ImportFailure, type ImportIssue, type ImportIssueCode, type IssueSeverity } from './types';

export interface IssueInit {
  featureIndex?: number | null;
  featureId?: string;
  params?: Record<string, string | number>;
  /** a noun for the feature index in messages: 'feature' (default) or 'row' */
  unit?: 'feature' | 'row' | 'placemark';
}

export function makeIssue(code: ImportIssueCode, severity: IssueSeverity, file: string, problem: string, init: IssueInit = {}): ImportIssue {
  const featureIndex = init.featureIndex ?? null;
  const where =
    featureIndex === null ? '' : `${init.unit ?? 'feature'} ${featureIndex}${init.featureId !== undefined ? ` (id ${JSON.stringify(init.featureId)})` : ''}: `;
  return {
    code,
    severity,
    file,
    featureIndex,
    ...(init.featureId !== undefined ? { featureId: init.featureId } : {}),
    message: `${file}: ${where}${problem}`,
    ...(init.params ? { params: init.params } : {}),
  };
}

/** Throws an ImportFailure carrying one file-level error. */
export function fail(code: ImportIssueCode, file: string, problem: string, init: IssueInit = {}): never {
  throw new ImportFailure([makeIssue(code, 'error', file, problem, init)]);
}

/**
 * Collects issues, keeping at most `perCode` of each code (a broken 100k-feature file must not
 * produce 100k messages); the overflow is summarised by one 'issues-truncated' warning per code.
 */
export class IssueCollector {
  private readonly list: ImportIssue[] = [];
  private readonly counts = new Map<ImportIssueCode, number>();
  constructor(
    readonly file: string,
    private readonly perCode = 20,
  ) {}

  add(issue: ImportIssue): void {
    const n = (this.counts.get(issue.code) ?? 0) + 1;
    this.counts.set(issue.code, n);
    if (n <= this.perCode) this.list.push(issue);
  }

  push(code: ImportIssueCode, severity: IssueSeverity, problem: string, init: IssueInit = {}): void {
    this.add(makeIssue(code, severity, this.file, problem, init));
  }

  count(code: ImportIssueCode): number {
    return this.counts.get(code) ?? 0;
  }

  hasErrors(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }

  /** the kept issues plus one summary per truncated code */
  all(): ImportIssue[] {
    const out = [...this.list];
    for (const [code, n] of this.counts) {
      if (n > this.perCode) {
        out.push(
          makeIssue('issues-truncated', 'warning', this.file, `${n - this.perCode} more "${code}" issue(s) not listed (${n} in total)`, {
            params: { code, total: n, omitted: n - this.perCode },
          }),
        );
      }
    }
    return out;
  }
}
