/** The citywide street ranking: sortable, district filter, row → zoom to street, rank change, CSV export. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { useStore } from '../../state/store';
import { featureBbox, findFeature } from '../DetailPanel/feature-lookup';
import { rankingRows, sortRows, type SortKey } from './ranking';

export function RankingPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const indicators = useStore((s) => s.indicators);
  const streets = useStore((s) => s.features.streets);
  const districtsFc = useStore((s) => s.features.districts);
  const districtName = useMemo(() => {
    const m = new Map<string, string>();
    for (const f of districtsFc?.features ?? []) m.set(String(f.properties?.id ?? f.id), String((lang === 'en' ? f.properties?.nameEn : undefined) ?? f.properties?.name ?? ''));
    return (code: string, fallback: string) => m.get(code) || fallback;
  }, [districtsFc, lang]);
  const indicator = useStore((s) => s.indicator);
  const month = useStore((s) => s.month);
  const select = useStore((s) => s.select);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  const [district, setDistrict] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'rank', desc: true });

  const all = useMemo(() => (indicators ? rankingRows(indicators, streets, indicator, month) : []), [indicators, streets, indicator, month]);
  const districts = useMemo(() => [...new Map(all.map((r) => [r.districtCode, districtName(r.districtCode, r.districtName || r.districtCode)])).entries()].sort(), [all, districtName]);
  const rows = useMemo(() => sortRows(district ? all.filter((r) => r.districtCode === district) : all, sort.key, sort.desc), [all, district, sort]);

  if (!indicators) return <p className="empty">{t('layer.loading')}</p>;
  const unit = indicators.indicators[indicator].unit;
  const label = indicators.indicators[indicator].label[lang];
  const header = (key: SortKey, text: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'rank' })}>
        {text}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const exportCsv = () => {
    const csv = toCsv(
      [t('ranking.rank'), t('ranking.street'), t('ranking.code'), t('ranking.district'), `${label} (${unit})`, t('ranking.change'), t('ranking.class')],
      rows.map((r) => [r.rank, lang === 'en' ? `${r.nameEn} (${r.name})` : r.name, r.streetId, districtName(r.districtCode, r.districtName), r.value, r.rankChange, t(`rank.${r.cls}`)]),
    );
    downloadText(csv, `ranking-${indicator}-${month}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <section className="ranking" data-testid="ranking-panel">
      <div className="ranking-head">
        <h2>
          {t('ranking.title')} · {label} · {month}
        </h2>
        <p className="synthetic-note">{t('provenance.notMeasurement')}</p>
        <div className="ranking-tools">
          <select value={district} onChange={(e) => setDistrict(e.target.value)} aria-label={t('ranking.filterDistrict')} data-testid="ranking-district">
            <option value="">{t('ranking.allDistricts')}</option>
            {districts.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <button type="button" onClick={exportCsv} data-testid="ranking-csv">
            {t('common.exportCsv')}
          </button>
        </div>
      </div>
      <div className="table-scroll">
        <table className="ranking-table">
          <thead>
            <tr>
              {header('rank', t('ranking.rank'))}
              {header('name', t('ranking.street'))}
              {header('district', t('ranking.district'))}
              <th scope="col">
                {label} <span className="unit">{unit}</span>
              </th>
              {header('change', t('ranking.change'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.streetId} className={`cls-${r.cls}`} data-testid="ranking-row">
                <td>{r.rank}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      select({ layer: 'streets', id: r.streetId });
                      const f = findFeature(streets, r.streetId);
                      if (f) requestFlyTo(featureBbox(f));
                    }}
                  >
                    {lang === 'en' ? r.nameEn : r.name}
                  </button>
                </td>
                <td>{districtName(r.districtCode, r.districtName)}</td>
                <td className="num">{r.value.toFixed(indicator === 'pm25' || indicator === 'tsp' ? 0 : 2)}</td>
                <td className={r.rankChange && r.rankChange > 0 ? 'up' : r.rankChange && r.rankChange < 0 ? 'down' : ''}>
                  {r.rankChange === null || r.rankChange === 0 ? '—' : r.rankChange > 0 ? `↑${r.rankChange}` : `↓${-r.rankChange}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
