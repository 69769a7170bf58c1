/**
 * Supervisor 高值 view: streets missing their targets this month, 走航 hotspot clusters (threshold set by
 * the user, default top 5% of cells), stations crowded by 小微工程, outfalls in violation and wellheads
 * with violations. Every item zooms to its zone and offers "why is this hot".
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_RULES } from '../../analysis/rules';
import type { WhyHotResult } from '../../analysis/worker/client';
import { featureId } from '../../lib/feature-id';
import { hotspots } from '../../lib/grid-aggregate';
import { loadDataset, loadLayer } from '../../state/actions';
import { computeRule, whyHotAt, WHY_HOT_RADIUS_M } from '../../state/analysis-actions';
import { useStore } from '../../state/store';
import { mobileGrid, useMobileLayerId } from '../../map/extra-layers';
import { featureBbox, findFeature } from '../DetailPanel/feature-lookup';
import { patrolRule } from '../InspectorPanel/patrol';
import type { TargetsFile } from '../StreetPanel/targets';
import { crowdedCenters, failingStreets, violatingOutfalls, type CrowdedCenter } from './high-value';

const box = (p: [number, number], d = 0.012): [number, number, number, number] => [p[0] - d, p[1] - d * 0.77, p[0] + d, p[1] + d * 0.77];

function WhyHot({ point, onClose }: { point: [number, number]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const manifest = useStore((s) => s.manifest);
  const [res, setRes] = useState<WhyHotResult | null>(null);
  useEffect(() => {
    let live = true;
    whyHotAt(point).then((r) => live && setRes(r));
    return () => {
      live = false;
    };
  }, [point]);
  const title = (id: string) => manifest?.layers.find((l) => l.id === id)?.title[lang] ?? id;
  return (
    <div className="why-hot" data-testid="why-hot">
      <div className="target-head">
        <strong>{t('hv.whyTitle', { radius: WHY_HOT_RADIUS_M })}</strong>
        <button type="button" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </div>
      {!res ? (
        <p className="small">{t('analysis.running')}</p>
      ) : res.candidates.length === 0 ? (
        <p className="small">{t('hv.noCandidates')}</p>
      ) : (
        <ol>
          {res.candidates.slice(0, 15).map((c) => (
            <li key={`${c.layer}:${c.id}`}>
              {String(c.properties.name ?? c.properties.siteType ?? c.properties.subType ?? c.id)}{' '}
              <span className="small">
                {title(c.layer)} {[c.properties.siteType, c.properties.treatment, c.properties.status].filter(Boolean).join(' · ')} · {c.distance_m.toFixed(0)} m
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Item({ label, detail, point, testId, onZoom }: { label: string; detail: string; point: [number, number]; testId?: string; onZoom?: () => void }) {
  const { t } = useTranslation();
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  const [why, setWhy] = useState(false);
  return (
    <li data-testid={testId}>
      <button
        type="button"
        className="link"
        onClick={() => {
          onZoom?.();
          requestFlyTo(box(point));
        }}
      >
        {label}
      </button>{' '}
      <span className="small">{detail}</span>{' '}
      <button type="button" className="why" onClick={() => setWhy(!why)} data-testid="why-hot-button">
        {t('hv.why')}
      </button>
      {why && <WhyHot point={point} onClose={() => setWhy(false)} />}
    </li>
  );
}

export function HighValuePanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const indicators = useStore((s) => s.indicators);
  const month = useStore((s) => s.month);
  const features = useStore((s) => s.features);
  const targets = useStore((s) => s.datasets.targets as TargetsFile | undefined);
  const mobile = useStore((s) => s.mobile);
  const metric = useStore((s) => s.mobileMetric);
  const topShare = useStore((s) => s.hotTopShare);
  const setTopShare = useStore((s) => s.setHotTopShare);
  const setMetric = useStore((s) => s.setMobileMetric);
  const select = useStore((s) => s.select);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  const mobileId = useMobileLayerId();
  const [crowded, setCrowded] = useState<CrowdedCenter[] | null>(null);
  const [wells, setWells] = useState<CrowdedCenter[] | null>(null);

  useEffect(() => {
    void loadDataset('targets');
    void loadLayer('outfalls');
    // the hotspot list needs the readings; showing the 走航 grid stays the user's choice (layer panel)
    if (mobileId) void loadLayer(mobileId);
    let live = true;
    computeRule({ ...patrolRule('all'), id: 'hv-station-500m' }).then((r) => live && setCrowded(crowdedCenters(r, 15)));
    const wellRule = BUILTIN_RULES.find((r) => r.id === 'wellhead-30m')!;
    computeRule(wellRule).then((r) => live && setWells(crowdedCenters(r, 30)));
    return () => {
      live = false;
    };
  }, [mobileId]);

  const failing = useMemo(() => (indicators ? failingStreets(indicators, targets?.targets ?? [], month, features.streets) : []), [indicators, targets, month, features.streets]);
  const hs = useMemo(() => (mobile ? hotspots(mobileGrid(mobile, metric), { topShare }) : null), [mobile, metric, topShare]);
  const outfalls = useMemo(() => violatingOutfalls(features.outfalls), [features.outfalls]);
  const name = (layer: string, id: string) => String(findFeature(features[layer], id)?.properties?.name ?? id);

  return (
    <section className="high-value" data-testid="highvalue-panel">
      <h2>{t('hv.title')}</h2>
      <p className="synthetic-note">{t('provenance.notMeasurement')}</p>

      <details open>
        <summary>
          {t('hv.failing', { month })} <span className="count">{failing.filter((f) => f.target).length}</span>
        </summary>
        <ul className="hv-list">
          {failing.slice(0, 25).map((f) => (
            <li key={f.indicator + f.streetId} className={f.target ? 'missed' : ''}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  select({ layer: 'streets', id: f.streetId });
                  const g = findFeature(features.streets, f.streetId);
                  if (g) requestFlyTo(featureBbox(g));
                }}
                data-testid="hv-failing"
              >
                {f.name}
              </button>{' '}
              <span className="small">
                {indicators?.indicators[f.indicator].label[lang]} {f.rank}/{f.n} {f.target ? `· ${t('hv.missesTarget')} (${f.target.source})` : ''}
              </span>
            </li>
          ))}
        </ul>
      </details>

      <details open>
        <summary>
          {t('hv.hotspots')} <span className="count">{hs?.hotspots.length ?? '…'}</span>
        </summary>
        <div className="ranking-tools">
          <select value={metric} onChange={(e) => setMetric(e.target.value as 'vocs' | 'pm25')} aria-label={t('hv.metric')}>
            <option value="vocs">VOCs</option>
            <option value="pm25">PM2.5</option>
          </select>
          <label className="small">
            {t('hv.threshold')}{' '}
            <select value={topShare} onChange={(e) => setTopShare(Number(e.target.value))} data-testid="hv-threshold">
              {[0.01, 0.02, 0.05, 0.1, 0.2].map((v) => (
                <option key={v} value={v}>
                  {t('hv.top', { pct: v * 100 })}
                </option>
              ))}
            </select>
          </label>
        </div>
        {hs && (
          <p className="small">
            {t('hv.thresholdValue', { value: hs.threshold.toFixed(1) })} · {t('provenance.synthetic')}
          </p>
        )}
        <ul className="hv-list">
          {hs?.hotspots.slice(0, 15).map((h) => (
            <Item key={h.id} testId="hv-hotspot" onZoom={() => mobileId && useStore.getState().setLayerVisible(mobileId, true)} label={t('hv.cluster', { cells: h.cells.length })} detail={`${metric.toUpperCase()} ${h.mean.toFixed(1)} µg/m³ · ${t('hv.readings', { count: h.count })}`} point={h.peak} />
          ))}
        </ul>
      </details>

      <details open>
        <summary>
          {t('hv.crowded')} <span className="count">{crowded?.length ?? '…'}</span>
        </summary>
        <ul className="hv-list">
          {crowded?.map((c) => <Item key={c.layer + c.id} testId="hv-station" label={name(c.layer, c.id)} detail={t('hv.smallWorks', { count: c.count })} point={c.position} />)}
        </ul>
      </details>

      <details>
        <summary>
          {t('hv.outfalls')} <span className="count">{outfalls.length}</span>
        </summary>
        <ul className="hv-list">
          {outfalls.slice(0, 30).map((f) => {
            const p = f.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
            return p ? <Item key={featureId(f)} label={String(f.properties?.receivingWaterName ?? featureId(f))} detail={`${f.properties?.status ?? ''} · ${f.properties?.outfallType ?? ''}`} point={p} /> : null;
          })}
        </ul>
      </details>

      <details>
        <summary>
          {t('hv.wells')} <span className="count">{wells?.length ?? '…'}</span>
        </summary>
        <ul className="hv-list">
          {wells?.map((c) => <Item key={c.id} label={name('wellheads', c.id)} detail={t('hv.sourcesWithin', { count: c.count })} point={c.position} />)}
        </ul>
      </details>
    </section>
  );
}
