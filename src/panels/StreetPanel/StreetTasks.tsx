/**
 * The street panel's 任务 tab: the measures that make this street responsible (every street of its
 * district, or this one named), grouped by annex, with deadlines and co-responsible units; the
 * district's "相关街乡" measures are only counted, never assigned to the street.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MeasureMeta, PlanTag } from '../PlansPanel/MeasureItem';
import { TasksLoad } from '../PlansPanel/TasksLoad';
import { coResponsible, tasksForStreet, type TasksIndex } from '../PlansPanel/tasks-query';
import { useInternal } from '../PlansPanel/use-plans-ui';
import { useTasks } from '../PlansPanel/use-tasks';
import '../PlansPanel/plans.css';

export function StreetTasks({ streetId }: { streetId: string }) {
  const tasks = useTasks();
  if (tasks.status !== 'ready') return <TasksLoad state={tasks} retry={tasks.retry} />;
  return <StreetTaskList index={tasks.index} streetId={streetId} />;
}

function StreetTaskList({ index, streetId }: { index: TasksIndex; streetId: string }) {
  const { t } = useTranslation();
  const internal = useInternal();
  const res = useMemo(() => tasksForStreet(index, streetId), [index, streetId]);
  return (
    <section className="street-tasks" data-testid="street-tasks">
      <h3>
        {t('plans.streetTasksTitle')} <span className="small">{t('plans.streetTasksCount', { count: res.total })}</span>
      </h3>
      {res.total === 0 && <p className="empty">{t('plans.streetNoTasks')}</p>}
      {res.byAnnex.map(({ annex, rows }) => (
        <div key={annex} className="plan-annex-group" data-testid="street-tasks-annex" data-annex={annex}>
          <h4>
            {t(`plans.annex.${annex}`)} <span className="small">({rows.length})</span>
          </h4>
          <ol className="plan-measures">
            {rows.map(({ task, measure: m, plan, via }) => {
              const others = coResponsible(index, m, streetId);
              return (
                <li key={m.id} className="plan-measure" data-testid="street-task">
                  <div className="plan-task-head">
                    <strong>{task.title}</strong>
                    <PlanTag plan={plan} />
                    <span className="plan-via">{via === 'all' ? t('plans.viaAll') : t('plans.viaListed')}</span>
                  </div>
                  <p className="plan-measure-text">{m.text}</p>
                  <MeasureMeta measure={m} />
                  {others.length > 0 && (
                    <p className="small">
                      {t('plans.coResponsible')}{t('plans.sep')}{others.map((d) => d.name).join('、')}
                    </p>
                  )}
                  {internal && m.leadPersons && m.leadPersons.length > 0 && (
                    <p className="small" data-testid="plan-lead-persons">
                      {t('plans.leadPersons')}{t('plans.sep')}{m.leadPersons.join('、')}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {res.unspecified.length > 0 && (
        <p className="small" data-testid="street-tasks-unspecified">
          {t('plans.streetUnspecified', { count: res.unspecified.length })}
        </p>
      )}
    </section>
  );
}
