/**
 * Inspector view (phone first): the daily patrol list of 小微工程 inside each 500 m station zone of the
 * inspector's street, and "near me" — everything within a chosen radius of the GPS position, or of a
 * tapped point when geolocation is refused or unavailable.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhyHotResult } from '../../analysis/worker/client';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { loadLayer } from '../../state/actions';
import { NEARBY_LAYERS, nearby, runRuleOn } from '../../state/analysis-actions';
import { useStore } from '../../state/store';
import { patrolList, patrolRule, stationsOfStreet, type PatrolStop } from './patrol';
import { featureBbox } from '../DetailPanel/feature-lookup';
import { featureId } from '../../lib/feature-id';

const RADII = [100, 300, 500, 1000];

function PatrolList() {
  const { t } = useTranslation();
  const sessionStreet = useStore((s) => s.userStreetId);
  const streets = useStore((s) => s.features.streets);
  const stations = useStore((s) => s.features['stations-street']);
  const sites = useStore((s) => s.features.sites);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  const [picked, setStreet] = useState<string>('');
  // the session may arrive after this panel mounts: the inspector's own street is the default
  const street = picked || sessionStreet || '';
  const [list, setList] = useState<PatrolStop[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadLayer('stations-street');
    void loadLayer('sites');
  }, []);
  useEffect(() => {
    if (!street || !stations || !sites) return;
    let live = true;
    setList(null);
    const own = stationsOfStreet(stations, street);
    runRuleOn(patrolRule(street), { 'stations-street': own, 'stations-national': stationsOfStreet(undefined, street), sites }).then(
      (r) => {
        if (!live) return;
        setList(patrolList(r, own, sites));
        // show the inspector the street being patrolled
        const f = streets?.features.find((g) => featureId(g) === street);
        if (f && !useStore.getState().selection) requestFlyTo(featureBbox(f));
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [street, stations, sites, streets, requestFlyTo]);
  const options = useMemo(() => (streets?.features ?? []).map((f) => [featureId(f), String(f.properties?.name ?? featureId(f)), String(f.properties?.districtName ?? '')] as const).sort((a, b) => a[0].localeCompare(b[0])), [streets]);
  const total = list?.reduce((n, s) => n + s.sites.length, 0) ?? 0;
  return (
    <section data-testid="patrol">
      <h3>{t('inspect.patrolTitle')}</h3>
      <p className="small">{t('inspect.patrolRule')}</p>
      <select value={street} onChange={(e) => setStreet(e.target.value)} aria-label={t('ranking.street')} data-testid="patrol-street">
        <option value="">{t('inspect.chooseStreet')}</option>
        {options.map(([id, name, d]) => (
          <option key={id} value={id}>
            {d} {name}
          </option>
        ))}
      </select>
      {error && <p className="error">{error}</p>}
      {street && !list && !error && <p className="small">{t('analysis.running')}</p>}
      {list && (
        <>
          <p data-testid="patrol-summary">{t('inspect.patrolSummary', { stations: list.length, sites: total })}</p>
          <button
            type="button"
            onClick={() =>
              downloadText(
                toCsv([t('inspect.station'), t('inspect.site'), t('inspect.status'), t('inspect.distance')], list.flatMap((s) => s.sites.map((x) => [s.stationName, x.name, x.status, x.distance_m]))),
                `patrol-${street}.csv`,
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('common.exportCsv')}
          </button>
          <ol className="patrol-list">
            {list.map((s) => (
              <li key={s.station}>
                <strong>{s.stationName}</strong> <span className="small">{t('inspect.count', { count: s.sites.length })}</span>
                <ul>
                  {s.sites.map((x) => (
                    <li key={x.id} data-testid="patrol-site">
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          const f = sites?.features.find((g) => featureId(g) === x.id);
                          const c = f?.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
                          if (c) requestFlyTo([c[0], c[1], c[0], c[1]]);
                        }}
                      >
                        {x.name}
                      </button>{' '}
                      <span className="small">
                        {x.status} · {x.distance_m.toFixed(0)} m
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function NearMe() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const picked = useStore((s) => s.pickedPoint);
  const pickMode = useStore((s) => s.pickMode);
  const radius = useStore((s) => s.nearRadius);
  const setRadius = useStore((s) => s.setNearRadius);
  const setPickMode = useStore((s) => s.setPickMode);
  const setPicked = useStore((s) => s.setPickedPoint);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  const manifest = useStore((s) => s.manifest);
  const [geoError, setGeoError] = useState<string | null>(null);
  const [res, setRes] = useState<WhyHotResult | null>(null);
  useEffect(() => {
    if (!picked) return;
    let live = true;
    setRes(null);
    nearby(picked, radius, NEARBY_LAYERS).then((r) => live && setRes(r));
    return () => {
      live = false;
    };
  }, [picked, radius]);
  const locate = () => {
    setGeoError(null);
    if (!('geolocation' in navigator)) {
      setGeoError(t('inspect.noGeo'));
      setPickMode(true);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const pt: [number, number] = [p.coords.longitude, p.coords.latitude];
        setPicked(pt);
        requestFlyTo([pt[0] - 0.01, pt[1] - 0.008, pt[0] + 0.01, pt[1] + 0.008]);
      },
      () => {
        setGeoError(t('inspect.geoRefused'));
        setPickMode(true);
      },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };
  const title = (id: string) => manifest?.layers.find((l) => l.id === id)?.title[lang] ?? id;
  return (
    <section data-testid="near-me">
      <h3>{t('inspect.nearTitle')}</h3>
      <div className="ranking-tools">
        <button type="button" onClick={locate} data-testid="near-locate">
          {t('inspect.locate')}
        </button>
        <button type="button" className={pickMode ? 'active' : ''} onClick={() => setPickMode(!pickMode)} data-testid="near-pick">
          {t('inspect.tap')}
        </button>
        <select value={radius} onChange={(e) => setRadius(Number(e.target.value))} aria-label={t('analysisUi.radius')}>
          {RADII.map((r) => (
            <option key={r} value={r}>
              {r} m
            </option>
          ))}
        </select>
      </div>
      {geoError && <p className="small">{geoError}</p>}
      {pickMode && <p className="notice-inline">{t('inspect.tapHint')}</p>}
      {picked && !res && <p className="small">{t('analysis.running')}</p>}
      {res && (
        <>
          <p data-testid="near-summary">{t('inspect.nearSummary', { count: res.candidates.length, radius })}</p>
          <ul className="near-list">
            {res.candidates.map((c) => (
              <li key={`${c.layer}:${c.id}`} data-testid="near-item">
                {String(c.properties.name ?? c.properties.siteType ?? c.properties.sourceType ?? c.id)} <span className="small">
                  {title(c.layer)} · {c.distance_m.toFixed(0)} m
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function InspectorPanel() {
  return (
    <div className="inspector" data-testid="inspector-panel">
      <PatrolList />
      <NearMe />
    </div>
  );
}
