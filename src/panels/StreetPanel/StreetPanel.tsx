/**
 * The street panel: indicators and ranks this month, the 24-month trend, the plan's targets for the
 * street (met / missed per month), the features inside it, and the plan tasks that name it.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDataset } from '../../state/actions';
import { useStore } from '../../state/store';
import { StreetTasks } from './StreetTasks';
import { INDICATOR_IDS, streetMonthStats, streetSeries } from './street-stats';
import { evaluateTarget, targetsForStreet, type TargetsFile } from './targets';
import { StreetCountsPanel } from '../../internal';

const TrendChart = lazy(() => import('./TrendChart'));

type Tab = 'indicators' | 'targets' | 'counts' | 'tasks';

function Indicators({ streetId }: { streetId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const indicators = useStore((s) => s.indicators)!;
  const month = useStore((s) => s.month);
  const indicator = useStore((s) => s.indicator);
  const stats = streetMonthStats(indicators, streetId, month);
  const series = useMemo(() => streetSeries(indicators, streetId, indicator), [indicators, streetId, indicator]);
  const label = indicators.indicators[indicator].label[lang];
  return (
    <>
      <table className="stats">
        <thead>
          <tr>
            <th>{t('street.indicator')}</th>
            <th>{t('street.value')}</th>
            <th>{t('street.rank')}</th>
            <th>{t('street.change')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.indicator} className={s.rank !== null && s.rank > s.n - 10 ? 'bottom10' : s.rank !== null && s.rank > s.n - 30 ? 'bottom30' : ''}>
              <th scope="row">{indicators.indicators[s.indicator].label[lang]}</th>
              <td>
                {s.value === null ? '—' : s.value.toFixed(s.indicator === 'pm25' || s.indicator === 'tsp' ? 0 : 2)} <span className="unit">{indicators.indicators[s.indicator].unit}</span>
              </td>
              <td>{s.rank === null ? '—' : `${s.rank}/${s.n}`}</td>
              <td>{s.rankChange === null || s.rankChange === 0 ? '—' : s.rankChange > 0 ? `↑${s.rankChange}` : `↓${-s.rankChange}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {t('street.chart')} · {label}
      </h3>
      <Suspense fallback={<p className="small">{t('layer.loading')}</p>}>
        <TrendChart months={series.months} values={series.values} ranks={series.ranks} n={indicators.streets.length} valueLabel={`${label} ${indicators.indicators[indicator].unit}`} rankLabel={t('street.rank')} bottomLabel={t('rank.bottom10')} />
      </Suspense>
    </>
  );
}

function Targets({ streetId }: { streetId: string }) {
  const { t } = useTranslation();
  const indicators = useStore((s) => s.indicators)!;
  const file = useStore((s) => s.datasets.targets as TargetsFile | undefined);
  const status = useStore((s) => s.status['dataset:targets']);
  const error = useStore((s) => s.errors['dataset:targets']);
  useEffect(() => void loadDataset('targets'), []);
  if (status === 'error') return <p className="error">{t('error.dataLoad', { file: error?.file, problem: error?.detail })}</p>;
  if (!file) return <p className="small">{t('layer.loading')}</p>;
  const evals = targetsForStreet(file.targets, streetId).map((tg) => evaluateTarget(tg, indicators, streetId));
  if (evals.length === 0) return <p className="empty">{t('street.noTargets')}</p>;
  return (
    <ul className="targets" data-testid="street-targets">
      {evals.map((e) => (
        <li key={e.target.id} className={`target ${e.overall}`}>
          <div className="target-head">
            <span className={`verdict verdict-${e.overall}`}>{t(`street.verdict.${e.overall}`)}</span>
            <span className="small">
              {e.target.year} · {e.target.indicator} {e.target.draft && <span className="badge badge-approximate">{t('street.draft')}</span>}
            </span>
          </div>
          <div>{e.target.text}</div>
          {e.months.length > 0 && (
            <div className="month-strip" aria-label={t('street.perMonth')}>
              {e.months.map((m) => (
                <span key={m.month} className={`m m-${m.verdict}`} title={`${m.month}: ${t(`street.verdict.${m.verdict}`)}${m.rank ? ` · ${m.rank}` : ''}`}>
                  {Number(m.month.slice(5))}
                </span>
              ))}
            </div>
          )}
          {e.reason && <div className="small">{t(`street.reason.${e.reason}`)}</div>}
          <div className="small">
            {t('provenance.source')}: {e.target.source}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function StreetPanel({ streetId }: { streetId: string }) {
  const { t } = useTranslation();
  const indicators = useStore((s) => s.indicators);
  const month = useStore((s) => s.month);
  const role = useStore((s) => s.role);
  const [tab, setTab] = useState<Tab>('indicators');
  const tabs: Tab[] = role === 'public' || !StreetCountsPanel ? ['indicators', 'targets', 'tasks'] : ['indicators', 'targets', 'counts', 'tasks'];
  return (
    <section className="street-panel" data-testid="street-panel">
      <p className="synthetic-note">
        {month} · {t('provenance.notMeasurement')}
      </p>
      <div className="tabs" role="tablist">
        {tabs.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'active' : ''} onClick={() => setTab(k)} data-testid={`street-tab-${k}`}>
            {t(`street.tab.${k}`)}
          </button>
        ))}
      </div>
      {!indicators && tab !== 'tasks' && tab !== 'counts' ? (
        <p className="small">{t('layer.loading')}</p>
      ) : tab === 'indicators' ? (
        <Indicators streetId={streetId} />
      ) : tab === 'targets' ? (
        <Targets streetId={streetId} />
      ) : tab === 'counts' && StreetCountsPanel ? (
        <Suspense fallback={<p className="small">{t('layer.loading')}</p>}>
          <StreetCountsPanel streetId={streetId} />
        </Suspense>
      ) : (
        <StreetTasks streetId={streetId} />
      )}
    </section>
  );
}

export { INDICATOR_IDS };
