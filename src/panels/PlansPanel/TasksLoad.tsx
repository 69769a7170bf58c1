/** Loading / error states for tasks.json: the error names the file and the problem, with a retry button. */
import { useTranslation } from 'react-i18next';
import type { TasksState } from './use-tasks';

export function TasksLoad({ state, retry }: { state: TasksState; retry: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p className="empty" data-testid="plans-loading">{t('plans.loading')}</p>;
  if (state.status === 'error')
    return (
      <div className="plans-error" role="alert" data-testid="plans-error">
        <p className="error">{t('plans.loadError', { file: state.file, detail: state.detail })}</p>
        <button type="button" onClick={retry} data-testid="plans-retry">
          {t('plans.retry')}
        </button>
      </div>
    );
  return null;
}
