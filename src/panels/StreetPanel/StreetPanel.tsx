/** The street panel: this month's indicators and citywide ranks, with the change since last month. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { streetMonthStats } from './street-stats';

export function StreetPanel({ streetId }: { streetId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const indicators = useStore((s) => s.indicators);
  const month = useStore((s) => s.month);
  if (!indicators) return null;
  const stats = streetMonthStats(indicators, streetId, month);
  return (
    <section className="street-panel" data-testid="street-panel">
      <h3>
        {t('street.indicators')} · {month}
      </h3>
      <p className="synthetic-note">{t('provenance.notMeasurement')}</p>
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
                {s.value === null ? '—' : s.value.toFixed(s.indicator === 'pm25' || s.indicator === 'tsp' ? 0 : 2)} {indicators.indicators[s.indicator].unit}
              </td>
              <td>{s.rank === null ? '—' : `${s.rank}/${s.n}`}</td>
              <td>{s.rankChange === null ? '—' : s.rankChange > 0 ? `↑${s.rankChange}` : s.rankChange < 0 ? `↓${-s.rankChange}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
