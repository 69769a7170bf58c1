/** Everything inside a street, from the per-street aggregation (run in the analysis worker). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StreetSummary } from '../../analysis/worker/client';
import { streetSummaries } from '../../state/analysis-actions';
import { useStore } from '../../state/store';

export function StreetCounts({ streetId }: { streetId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const manifest = useStore((s) => s.manifest);
  const [all, setAll] = useState<StreetSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    streetSummaries().then(
      (s) => live && setAll(s),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, []);
  if (error) return <p className="error">{error}</p>;
  if (!all) return <p className="small">{t('analysis.running')}</p>;
  const s = all.find((x) => String(x.street) === streetId);
  if (!s) return <p className="empty">—</p>;
  const title = (id: string) => manifest?.layers.find((l) => l.id === id)?.title[lang] ?? id;
  const fmt = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });
  return (
    <div className="street-counts" data-testid="street-counts">
      <dl className="props">
        <div>
          <dt>{t('counts.area')}</dt>
          <dd>{fmt(s.area_m2 / 1e6)} km²</dd>
        </div>
        <div>
          <dt>{t('counts.bareland')}</dt>
          <dd>
            {fmt(s.bareland.count)} · {fmt(s.bareland.area_m2 / 1e4)} ha · {fmt(s.bareland.share * 100)}%
          </dd>
        </div>
        <div>
          <dt>{t('counts.untreated')}</dt>
          <dd>
            {fmt(s.bareland.untreatedCount)} · {fmt(s.bareland.untreatedArea_m2 / 1e4)} ha
          </dd>
        </div>
        <div>
          <dt>{t('counts.violations')}</dt>
          <dd>{fmt(s.violations)}</dd>
        </div>
        <div>
          <dt>{t('counts.sitesInZones')}</dt>
          <dd>{fmt(s.sitesInStationZones)}</dd>
        </div>
        <div>
          <dt>{t('counts.outfalls')}</dt>
          <dd>{Object.entries(s.outfallsByStatus).map(([k, v]) => `${k} ${v}`).join(' · ') || '0'}</dd>
        </div>
      </dl>
      <h3>{t('street.counts')}</h3>
      <table className="stats">
        <tbody>
          {Object.entries(s.counts)
            .filter(([, n]) => n > 0)
            .map(([id, n]) => (
              <tr key={id}>
                <th scope="row">{title(id)}</th>
                <td className="num">{fmt(n)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
