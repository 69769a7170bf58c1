/** The task view: text search, plan / annex / department / deadline filters, a paginated list grouped by task. */
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeptSelect } from './DeptSelect';
import { PlanTag } from './MeasureItem';
import { Pager } from './Pager';
import { ShowStatus } from './ShowStatus';
import { TaskCard } from './TaskCard';
import { countMeasures, DEADLINE_KINDS, filterTasks, gapsFor, NO_FILTERS, paginate, THEMES, type Measure, type TaskFilters, type TasksIndex } from './tasks-query';
import { useInternal, useShowOnMap, useStreetName, type ShowResult } from './use-plans-ui';

export const TASKS_PER_PAGE = 15;

export function TaskSearch({ index }: { index: TasksIndex }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<TaskFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [result, setResult] = useState<ShowResult | null>(null);
  const internal = useInternal();
  const streetName = useStreetName(index);
  const showOnMap = useShowOnMap();
  const text = useDeferredValue(filters.text);
  const top = useRef<HTMLParagraphElement>(null);

  const groups = useMemo(() => filterTasks(index, { ...filters, text }), [index, filters, text]);
  const shown = paginate(groups, page, TASKS_PER_PAGE);
  const gaps = filters.text || filters.deptId || filters.deadlineKind ? [] : gapsFor(index, filters.planId, filters.annex);
  const set = (patch: Partial<TaskFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  const onShow = (id: string, measures: Measure[], label: string) => {
    setActiveId(id);
    setResult(showOnMap(measures, label));
  };

  return (
    <div className="plans-search" data-testid="plans-search">
      <div className="plans-filters">
        <input type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} placeholder={t('plans.search')} aria-label={t('plans.search')} data-testid="plans-text" />
        <select value={filters.planId} onChange={(e) => set({ planId: e.target.value })} aria-label={t('plans.filterPlan')} data-testid="plans-plan">
          <option value="">{t('plans.allPlans')}</option>
          {index.file.plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
        <select value={filters.annex} onChange={(e) => set({ annex: e.target.value as TaskFilters['annex'] })} aria-label={t('plans.filterAnnex')} data-testid="plans-annex">
          <option value="">{t('plans.allAnnexes')}</option>
          {THEMES.map((a) => (
            <option key={a} value={a}>
              {t(`plans.annex.${a}`)}
            </option>
          ))}
        </select>
        <DeptSelect index={index} value={filters.deptId} onChange={(deptId) => set({ deptId })} emptyLabel={t('plans.allDepts')} label={t('plans.filterDept')} testId="plans-dept" />
        <select value={filters.deadlineKind} onChange={(e) => set({ deadlineKind: e.target.value as TaskFilters['deadlineKind'] })} aria-label={t('plans.filterDeadline')} data-testid="plans-deadline">
          <option value="">{t('plans.allDeadlines')}</option>
          {DEADLINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`plans.deadlineKind.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => set(NO_FILTERS)} data-testid="plans-reset">
          {t('plans.resetFilters')}
        </button>
      </div>
      {filters.planId && (
        <p className="small">
          <PlanTag plan={index.plans.get(filters.planId)} />
        </p>
      )}
      <p className="small" data-testid="plans-count" aria-live="polite" ref={top}>
        {t('plans.resultCount', { tasks: groups.length, measures: countMeasures(groups) })}
      </p>
      {gaps.map((g) => (
        <p key={`${g.plan}-${g.annex}`} className="synthetic-note" data-testid="plans-gap">
          {index.plans.get(g.plan)?.prefix} {t(`plans.annex.${g.annex}`)} · {t('plans.gap', { numbers: g.missingTaskNumbers.join('、'), source: g.source })}
        </p>
      ))}
      <ShowStatus result={result} />
      {groups.length === 0 ? (
        <p className="empty">{t('plans.noResults')}</p>
      ) : (
        <ol className="plan-tasks" data-testid="plans-list">
          {shown.items.map((g) => (
            <TaskCard key={g.task.id} index={index} group={g} internal={internal} streetName={streetName} activeId={activeId} onShow={onShow} />
          ))}
        </ol>
      )}
      <Pager page={shown.page} pages={shown.pages} onPage={setPage} anchor={top} />
    </div>
  );
}
