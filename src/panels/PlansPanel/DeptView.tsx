/** The department view: one department's tasks and the streets they name (counts; a street → select it on the map). */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { featureBbox, findFeature } from '../DetailPanel/feature-lookup';
import { DeptSelect } from './DeptSelect';
import { Pager } from './Pager';
import { ShowStatus } from './ShowStatus';
import { TaskCard } from './TaskCard';
import { departmentStreets, paginate, type Measure, type TasksIndex } from './tasks-query';
import { TASKS_PER_PAGE } from './TaskSearch';
import { useInternal, useShowOnMap, useStreetName, type ShowResult } from './use-plans-ui';

export function DeptView({ index }: { index: TasksIndex }) {
  const { t } = useTranslation();
  const [deptId, setDeptId] = useState('');
  const [page, setPage] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [result, setResult] = useState<ShowResult | null>(null);
  const internal = useInternal();
  const streetName = useStreetName(index);
  const showOnMap = useShowOnMap();
  const data = useMemo(() => (deptId ? departmentStreets(index, deptId) : null), [index, deptId]);
  const dept = index.depts.get(deptId);
  const top = useRef<HTMLHeadingElement>(null);

  const selectStreet = (id: string) => {
    const st = useStore.getState();
    st.select({ layer: 'streets', id });
    const f = findFeature(st.features.streets, id);
    if (f?.geometry) st.requestFlyTo(featureBbox(f));
  };
  const onShow = (id: string, measures: Measure[], label: string) => {
    setActiveId(id);
    setResult(showOnMap(measures, label));
  };
  const shown = data ? paginate(data.groups, page, TASKS_PER_PAGE) : null;

  return (
    <div className="plans-dept" data-testid="plans-dept-view">
      <div className="plans-filters">
        <DeptSelect
          index={index}
          value={deptId}
          onChange={(id) => {
            setDeptId(id);
            setPage(0);
            setActiveId(null);
          }}
          emptyLabel={t('plans.chooseDept')}
          label={t('plans.chooseDept')}
          testId="plans-dept-choose"
        />
      </div>
      {!data || !dept ? (
        <p className="empty">{t('plans.deptPickHint')}</p>
      ) : (
        <>
          <h3 className="plans-dept-name" ref={top}>
            {dept.name}
            <span className="small"> · {dept.district ? t(`plans.district.${dept.district}`) : t('plans.municipal')}</span>
          </h3>
          <p className="small" data-testid="plans-dept-summary">
            {t('plans.deptSummary', { tasks: data.groups.length, measures: data.measures })}
          </p>
          <h4>{t('plans.deptStreets')}</h4>
          {data.streets.length === 0 ? (
            <p className="small">{t('plans.deptNoStreets')}</p>
          ) : (
            <div className="table-scroll plans-street-table">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('plans.streets')}</th>
                    <th scope="col">{t('plans.streetCount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.streets.map((s) => (
                    <tr key={s.streetId} data-testid="plans-dept-street">
                      <td>
                        <button type="button" className="link" onClick={() => selectStreet(s.streetId)}>
                          {streetName(s.streetId)}
                        </button>
                      </td>
                      <td className="num">{s.measures}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.unspecified > 0 && (
            <p className="small" data-testid="plans-dept-unspecified">
              {t('plans.deptUnspecified', { count: data.unspecified })}
            </p>
          )}
          <ShowStatus result={result} />
          {shown && (
            <ol className="plan-tasks">
              {shown.items.map((g) => (
                <TaskCard key={g.task.id} index={index} group={g} internal={internal} streetName={streetName} activeId={activeId} onShow={onShow} />
              ))}
            </ol>
          )}
          {shown && <Pager page={shown.page} pages={shown.pages} onPage={setPage} anchor={top} />}
        </>
      )}
    </div>
  );
}
