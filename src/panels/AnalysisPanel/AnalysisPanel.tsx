/**
 * The analysis panel: choose a rule (500 m stations, 30 m wellheads, 100 m exits, or a custom radius and
 * layers), run it in the worker with progress and cancel, see the zones, the lists inside with distances
 * and the counts per street; export CSV and GeoJSON.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_RULES } from '../../analysis/rules';
import { ruleResultToCsv, ruleResultToGeoJSON, stringifyGeoJSON } from '../../analysis/export-results';
import type { LayerMap, Rule } from '../../analysis/types';
import { geodesicCircle } from '../../analysis/geodesy';
import { downloadText } from '../../lib/download';
import { layerAllowed } from '../../state/actions';
import { cancelAnalysis, runAnalysis } from '../../state/analysis-actions';
import { useStore } from '../../state/store';
import { centerRows, countsPerStreet, hitsOf } from './result-views';

const PAGE = 50;

function bboxOfCircle(center: [number, number], r: number): [number, number, number, number] {
  const ring = geodesicCircle(center, r, 16);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function CustomRule({ onRun }: { onRun: (r: Rule) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const manifest = useStore((s) => s.manifest);
  const imported = useStore((s) => s.imported);
  const layers = [...(manifest?.layers ?? []).filter((l) => layerAllowed(l) && l.files.some((f) => f.format === 'geojson') && l.id !== 'districts').map((l) => ({ id: l.id, name: l.title[lang], point: l.geometry === 'Point' })), ...imported.filter((m) => !m.replaces).map((m) => ({ id: m.id, name: m.name, point: m.geometry === 'Point' }))];
  const [center, setCenter] = useState('stations-national');
  const [targets, setTargets] = useState<string[]>(['sites']);
  const [radius, setRadius] = useState(1000);
  const valid = radius > 0 && radius <= 50_000 && targets.length > 0 && layers.some((l) => l.id === center);
  return (
    <fieldset className="custom-rule" data-testid="custom-rule">
      <legend>{t('analysisUi.custom')}</legend>
      <label>
        {t('analysisUi.centers')}{' '}
        <select value={center} onChange={(e) => setCenter(e.target.value)}>
          {layers.filter((l) => l.point).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('analysisUi.radius')}{' '}
        <input type="number" min={1} max={50000} step={10} value={radius} onChange={(e) => setRadius(Number(e.target.value))} data-testid="custom-radius" /> m
      </label>
      <div className="target-layers">
        {t('analysisUi.targets')}:
        {layers.filter((l) => l.id !== center).map((l) => (
          <label key={l.id} className="chip">
            <input type="checkbox" checked={targets.includes(l.id)} onChange={(e) => setTargets(e.target.checked ? [...targets, l.id] : targets.filter((x) => x !== l.id))} />
            {l.name}
          </label>
        ))}
      </div>
      {!valid && <p className="error small">{t('analysisUi.invalid')}</p>}
      <button
        type="button"
        disabled={!valid}
        onClick={() =>
          onRun({
            id: `custom-${center}-${radius}-${targets.join('+')}`,
            title: { zh: `自定义：${radius} 米`, en: `Custom: ${radius} m` },
            centerLayer: center,
            targetLayers: targets,
            radius_m: radius,
            meaning: { zh: '用户自定义规则', en: 'A user-defined rule' },
            source: '—',
          })
        }
      >
        {t('analysisUi.run')}
      </button>
    </fieldset>
  );
}

export function AnalysisPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rule = useStore((s) => s.rule);
  const result = useStore((s) => s.result);
  const status = useStore((s) => s.analysisStatus);
  const progress = useStore((s) => s.analysisProgress);
  const error = useStore((s) => s.analysisError);
  const features = useStore((s) => s.features);
  const focus = useStore((s) => s.focusCenter);
  const setFocus = useStore((s) => s.setFocusCenter);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  const manifest = useStore((s) => s.manifest);
  const [page, setPage] = useState(0);
  const [view, setView] = useState<'centers' | 'streets'>('centers');

  const rows = useMemo(() => (result ? centerRows(result, features) : []), [result, features]);
  const streets = useMemo(() => (result ? countsPerStreet(rows, features.streets) : []), [result, rows, features.streets]);
  const hits = useMemo(() => (result && focus ? hitsOf(result, focus.layer, focus.id, features) : []), [result, focus, features]);
  const titleOf = (id: string) => manifest?.layers.find((l) => l.id === id)?.title[lang] ?? id;
  const run = (r: Rule) => {
    setPage(0);
    void runAnalysis(r);
  };
  const layerMap = (): LayerMap => {
    const m: LayerMap = {};
    for (const [k, v] of Object.entries(features)) m[k] = v as LayerMap[string];
    return m;
  };

  return (
    <section className="analysis" data-testid="analysis-panel">
      <h2>{t('analysisUi.title')}</h2>
      <div className="rules">
        {BUILTIN_RULES.map((r) => (
          <button key={r.id} type="button" className={rule?.id === r.id ? 'active' : ''} onClick={() => run(r)} data-testid={`rule-${r.id}`} title={r.meaning[lang]}>
            {r.title[lang]}
          </button>
        ))}
      </div>
      <CustomRule onRun={run} />
      {rule && (
        <p className="small">
          {rule.meaning[lang]} {rule.source !== '—' && `（${rule.source}）`}
        </p>
      )}
      {status === 'running' && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)} data-testid="analysis-progress">
          <div className="bar" style={{ width: `${Math.round(progress * 100)}%` }} />
          <span>{t('analysisUi.running', { pct: Math.round(progress * 100) })}</span>
          <button type="button" onClick={cancelAnalysis}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {status === 'cancelled' && <p className="small">{t('analysisUi.cancelled')}</p>}
      {status === 'error' && <p className="error">{error}</p>}
      {result && rule && status === 'done' && (
        <div className="result" data-testid="analysis-result">
          <p>
            {t('analysisUi.summary', { centers: result.centers.length, withHits: result.centers.filter((c) => c.count > 0).length, ms: Math.round(result.elapsed_ms) })}
          </p>
          <ul className="counts">
            {Object.entries(result.countByTargetLayer).map(([l, n]) => (
              <li key={l}>
                {titleOf(l)}: <strong>{n}</strong> {t('analysisUi.pairs')} · {result.distinctTargetsByLayer[l] ?? 0} {t('analysisUi.distinct')}
              </li>
            ))}
          </ul>
          <div className="ranking-tools">
            <button type="button" onClick={() => downloadText(ruleResultToCsv(result, lang), `${rule.id}.csv`, 'text/csv;charset=utf-8')} data-testid="analysis-csv">
              {t('common.exportCsv')}
            </button>
            <button type="button" onClick={() => downloadText(stringifyGeoJSON(ruleResultToGeoJSON(result, layerMap())), `${rule.id}.geojson`, 'application/geo+json')}>
              {t('common.exportGeojson')}
            </button>
          </div>
          <div className="tabs" role="tablist">
            {(['centers', 'streets'] as const).map((v) => (
              <button key={v} type="button" role="tab" aria-selected={view === v} className={view === v ? 'active' : ''} onClick={() => setView(v)}>
                {t(`analysisUi.view.${v}`)}
              </button>
            ))}
          </div>
          {view === 'centers' ? (
            <>
              <ol className="center-list" start={page * PAGE + 1}>
                {rows.slice(page * PAGE, (page + 1) * PAGE).map((c) => (
                  <li key={c.key} className={focus && `${focus.layer}:${focus.id}` === c.key ? 'focused' : ''}>
                    <button
                      type="button"
                      className="link"
                      data-testid="zone-row"
                      onClick={() => {
                        setFocus({ layer: c.centerLayer, id: String(c.centerId) });
                        requestFlyTo(bboxOfCircle(c.position, result.radius_m * 1.3));
                      }}
                    >
                      {c.name}
                    </button>{' '}
                    <span className="small">
                      {c.count} · {Object.entries(c.countByLayer).map(([l, n]) => `${titleOf(l)} ${n}`).join(' · ')}
                    </span>
                    {focus && `${focus.layer}:${focus.id}` === c.key && (
                      <ul className="hits" data-testid="zone-hits">
                        {hits.length === 0 && <li className="small">{t('analysisUi.none')}</li>}
                        {hits.map((h) => (
                          <li key={`${h.targetLayer}:${h.targetId}`}>
                            {h.name} <span className="small">{h.detail}</span> — <strong>{h.distance_m.toFixed(1)} m</strong>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
              {rows.length > PAGE && (
                <div className="pager">
                  <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                    ‹
                  </button>
                  <span>
                    {page + 1} / {Math.ceil(rows.length / PAGE)}
                  </span>
                  <button type="button" disabled={(page + 1) * PAGE >= rows.length} onClick={() => setPage(page + 1)}>
                    ›
                  </button>
                </div>
              )}
            </>
          ) : (
            <table className="stats">
              <thead>
                <tr>
                  <th>{t('ranking.street')}</th>
                  <th>{t('analysisUi.centers')}</th>
                  <th>{t('analysisUi.hits')}</th>
                </tr>
              </thead>
              <tbody>
                {streets.map((s) => (
                  <tr key={s.streetId}>
                    <td>{s.name}</td>
                    <td className="num">{s.centers}</td>
                    <td className="num">{s.hits}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
