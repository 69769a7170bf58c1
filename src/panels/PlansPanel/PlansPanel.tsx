/** The action-plan tasks tool: a task view (search + filters) and a department view, over public/data/tasks.json. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLayer } from '../../state/actions';
import { useStore } from '../../state/store';
import { DeptView } from './DeptView';
import { TaskSearch } from './TaskSearch';
import { TasksLoad } from './TasksLoad';
import { useTasks } from './use-tasks';
import './plans.css';

type View = 'tasks' | 'depts';

export function PlansPanel() {
  const { t } = useTranslation();
  const tasks = useTasks();
  const [view, setView] = useState<View>('tasks');
  const highlight = useStore((s) => s.highlight);
  const manifest = useStore((s) => s.manifest);
  // street names and bboxes come from the street layer: load it (once; a no-op until the manifest is in)
  useEffect(() => {
    if (manifest) void loadLayer('streets');
  }, [manifest]);
  const views: [View, string][] = [
    ['tasks', t('plans.viewTasks')],
    ['depts', t('plans.viewDepts')],
  ];
  return (
    <section className="plans" data-testid="plans-panel">
      <h2>{t('plans.title')}</h2>
      <div className="tabs" role="tablist">
        {views.map(([k, label]) => (
          <button key={k} type="button" role="tab" aria-selected={view === k} className={view === k ? 'active' : ''} onClick={() => setView(k)} data-testid={`plans-view-${k}`}>
            {label}
          </button>
        ))}
      </div>
      {highlight && (
        <p className="plans-highlight small" data-testid="plans-highlight">
          <span>{highlight.label}</span>
          <button type="button" className="link" onClick={() => useStore.getState().setHighlight(null)} data-testid="plans-clear-highlight">
            {t('plans.clearHighlight')}
          </button>
        </p>
      )}
      {tasks.status !== 'ready' ? (
        <TasksLoad state={tasks} retry={tasks.retry} />
      ) : view === 'tasks' ? (
        <TaskSearch index={tasks.index} />
      ) : (
        <DeptView index={tasks.index} />
      )}
    </section>
  );
}
