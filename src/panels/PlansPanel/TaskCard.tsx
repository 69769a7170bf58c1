/** One task with its (filtered) measures; the title and each measure put their streets and places on the map. */
import { useTranslation } from 'react-i18next';
import { MeasureItem, PlanTag } from './MeasureItem';
import type { Measure, TaskGroup, TasksIndex } from './tasks-query';

interface Props {
  index: TasksIndex;
  group: TaskGroup;
  internal: boolean;
  streetName: (id: string) => string;
  activeId: string | null;
  onShow: (id: string, measures: Measure[], label: string) => void;
}

export function TaskCard({ index, group, internal, streetName, activeId, onShow }: Props) {
  const { t } = useTranslation();
  const { task, plan, measures } = group;
  return (
    <li className={`plan-task${activeId === task.id ? ' active' : ''}`} data-testid="plan-task" data-task={task.id}>
      <div className="plan-task-head">
        <span className={`plan-annex annex-${task.annex}`}>{t(`plans.annex.${task.annex}`)}</span>
        <PlanTag plan={plan} />
        <span className="small">{task.section}</span>
      </div>
      <h4>
        <button type="button" className="link" onClick={() => onShow(task.id, task.measures, task.title)} title={t('plans.showTask')} data-testid="plan-show-task">
          {task.taskNo}. {task.title}
        </button>
      </h4>
      <ol className="plan-measures">
        {measures.map((m) => (
          <MeasureItem
            key={m.id}
            index={index}
            measure={m}
            internal={internal}
            streetName={streetName}
            active={activeId === m.id}
            onShow={() => onShow(m.id, [m], task.title)}
          />
        ))}
      </ol>
    </li>
  );
}
