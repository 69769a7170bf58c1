/** One measure as text: wording, deadline, units, streets, places, source citation. */
import { useTranslation } from 'react-i18next';
import type { Measure, Plan, TasksIndex } from './tasks-query';

const MAX_STREET_NAMES = 12;

export function deptNames(index: TasksIndex, ids: string[]): string {
  return ids.map((id) => index.depts.get(id)?.name ?? id).join('、');
}

/** The deadline as printed, plus its kind when the kind says something the wording does not. */
export function DeadlineText({ deadline }: { deadline: Measure['deadline'] }) {
  const { t } = useTranslation();
  const kind = t(`plans.deadlineKind.${deadline.kind}`);
  return (
    <>
      {deadline.raw || '—'}
      {kind !== deadline.raw && <span className="plan-kind">{kind}</span>}
    </>
  );
}

/** A measure's deadline (as written and normalised) and its source citation. */
export function MeasureMeta({ measure: m, sourceTestId }: { measure: Measure; sourceTestId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="plan-meta small">
      <span>
        {t('plans.deadline')}{t('plans.sep')}<DeadlineText deadline={m.deadline} />
      </span>
      <span>
        {t('plans.source')}{t('plans.sep')}<cite data-testid={sourceTestId}>{m.source}</cite>
      </span>
    </div>
  );
}

export function PlanTag({ plan }: { plan: Plan | undefined }) {
  const { t } = useTranslation();
  if (!plan) return null;
  return (
    <span className="plan-tag" title={plan.title}>
      {t(`plans.district.${plan.district ?? '110000'}`)} {plan.year}
      {plan.draft && <span className="badge plan-draft"> {t('plans.draft')}</span>}
    </span>
  );
}

interface Props {
  index: TasksIndex;
  measure: Measure;
  internal: boolean;
  streetName: (id: string) => string;
  active?: boolean;
  onShow?: () => void;
  /** hide the street scope line (the street 任务 tab already says which street) */
  hideStreets?: boolean;
}

export function MeasureItem({ index, measure: m, internal, streetName, active, onShow, hideStreets }: Props) {
  const { t } = useTranslation();
  const parties: [string, string[]][] = [
    ['lead', m.lead],
    ['responsible', m.responsible],
    ['assisting', m.assisting],
  ];
  const streetText = () => {
    const s = m.streets;
    if (s.kind === 'unspecified') return t('plans.streetsUnspecified');
    if (s.kind === 'none') return t('plans.streetsNone');
    if (s.kind === 'all') return t('plans.streetsAll', { count: s.ids.length });
    const names = s.ids.slice(0, MAX_STREET_NAMES).map(streetName).join('、');
    return `${t('plans.streetsSome', { count: s.ids.length })}${t('plans.sep')}${names}${s.ids.length > MAX_STREET_NAMES ? '…' : ''}`;
  };
  return (
    <li className={`plan-measure${active ? ' active' : ''}`} data-testid="plan-measure" data-measure={m.id}>
      <p className="plan-measure-text">{m.text}</p>
      <MeasureMeta measure={m} sourceTestId="plan-source" />
      <dl className="plan-parties small">
        {parties
          .filter(([, ids]) => ids.length)
          .map(([k, ids]) => (
            <div key={k}>
              <dt>{t(`plans.${k}`)}</dt>
              <dd>{deptNames(index, ids)}</dd>
            </div>
          ))}
        {internal && m.leadPersons && m.leadPersons.length > 0 && (
          <div data-testid="plan-lead-persons">
            <dt>{t('plans.leadPersons')}</dt>
            <dd>{m.leadPersons.join('、')}</dd>
          </div>
        )}
        {!hideStreets && (
          <div>
            <dt>{t('plans.streets')}</dt>
            <dd data-testid="plan-streets">{streetText()}</dd>
          </div>
        )}
        {m.places.length > 0 && (
          <div>
            <dt>{t('plans.places')}</dt>
            <dd>{m.places.map((p) => p.name).join('、')}</dd>
          </div>
        )}
      </dl>
      {m.approximateParties && <p className="small">{t('plans.approximateParties')}</p>}
      {onShow && (
        <button type="button" className="link small" onClick={onShow} data-testid="plan-show-measure">
          {t('plans.showMeasure')}
        </button>
      )}
    </li>
  );
}
