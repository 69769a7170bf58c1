/** Import issues as a list of text lines: file, feature/row, translated problem (+ the original message). */
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../data/import/types';
import { issueLocation, issueProblem } from './issue-text';

export function IssueList({ issues, testId }: { issues: readonly ImportIssue[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const sep = i18n.language === 'en' ? ': ' : '：';
  return (
    <ul className="import-issues" data-testid={testId}>
      {issues.map((issue, k) => {
        const where = issueLocation(issue, i18n);
        const problem = issueProblem(issue, i18n);
        return (
          <li key={k} className={`import-issue ${issue.severity}`} data-testid="import-issue" data-code={issue.code}>
            <span className="import-issue-sev">{t(`importUi.severity.${issue.severity}`)}</span>
            <span className="import-issue-text">
              <span className="import-issue-file">{issue.file}</span>
              {where && (
                <>
                  {sep}
                  <span className="import-issue-where">{where}</span>
                </>
              )}
              {sep}
              {problem.text}
            </span>
            {problem.translated && (
              <details className="import-issue-detail">
                <summary>{t('importUi.detail')}</summary>
                <span>{issue.message}</span>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
