/** Composition only: boot sequence, layout, panels. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prefetch } from '../data/api';
import { MapView } from '../map/MapView';
import { LayerPanel } from '../panels/LayerPanel/LayerPanel';
import { DetailPanel } from '../panels/DetailPanel/DetailPanel';
import { TimeBar } from '../panels/TimeBar/TimeBar';
import { ToolPanel } from '../panels/ToolPanel';
import { layerAllowed, loadIndicators, loadManifest, loadSession, loadVisibleLayers } from '../state/actions';
import { restoreImportedLayers } from '../state/import-actions';
import { useStore } from '../state/store';
import { BEIJING_VIEW, type UrlState } from '../state/url-state';
import { initI18n } from '../i18n';
import { BasemapSelect, Header } from './Header';
import { Notices } from './Notices';
import { Tooltip } from './Tooltip';
import { applyHash, useUrlWriteBack } from './url-binding';

/** What the first view draws: fetched in parallel with the session and the manifest. */
const FIRST_VIEW = ['districts.geojson', 'streets.geojson', 'street-indicators.json', 'stations-national.geojson', 'stations-street.geojson', 'rivers.geojson'];

let booting: Promise<boolean> | null = null;
/** Boots once per page (React's StrictMode runs effects twice in dev). */
function bootOnce(): Promise<boolean> {
  booting ??= boot();
  return booting;
}

async function boot(): Promise<boolean> {
  prefetch(FIRST_VIEW);
  await Promise.all([loadSession(), loadManifest()]);
  const st = useStore.getState();
  if (!st.manifest) return false;
  const allowed = st.manifest.layers.filter(layerAllowed);
  const defaults: UrlState = {
    mode: st.mode,
    layers: allowed.filter((l) => l.defaultVisible).map((l) => l.id),
    indicator: 'pm25',
    month: st.manifest.indicatorMonths.at(-1) ?? '2024-12',
    colorBy: 'value',
    selection: null,
    view: BEIJING_VIEW,
    lang: 'zh',
    basemap: 'offline',
  };
  applyHash(location.hash, defaults, new Set(allowed.map((l) => l.id)));
  initI18n(useStore.getState().lang);
  loadVisibleLayers();
  void loadIndicators();
  if (useStore.getState().role !== 'public') void restoreImportedLayers();
  return true;
}

export function App() {
  const { t } = useTranslation();
  const [booted, setBooted] = useState(false);
  const manifestError = useStore((s) => s.manifestError);
  const sheet = useStore((s) => s.sheet);
  const setSheet = useStore((s) => s.setSheet);
  const selection = useStore((s) => s.selection);

  useEffect(() => {
    void bootOnce().then(setBooted);
  }, []);
  useUrlWriteBack(booted);

  return (
    <div className={`app sheet-${sheet}`} data-testid="app" data-booted={booted ? '1' : '0'}>
      <a className="skip" href="#map">
        {t('app.skipToMap')}
      </a>
      <Header />
      <main className="app-body">
        <aside className="left" aria-label={t('panel.layers')}>
          <h2 className="panel-title">{t('panel.layers')}</h2>
          <label className="basemap-in-panel">
            {t('basemap.label')} <BasemapSelect />
          </label>
          {manifestError ? (
            <p className="error" role="alert">
              {t('error.manifest', { problem: manifestError })}
            </p>
          ) : (
            <LayerPanel />
          )}
        </aside>
        <section className="center" id="map">
          <MapView />
          <TimeBar />
          <Tooltip />
          <Notices />
        </section>
        <aside className="right" aria-label={t('panel.detail')}>
          {selection ? <DetailPanel /> : <ToolPanel />}
        </aside>
      </main>
      <nav className="phone-bar" aria-label={t('panel.layers')}>
        {(['layers', 'tool', 'detail'] as const).map((s) => (
          <button key={s} type="button" className={sheet === s ? 'active' : ''} onClick={() => setSheet(sheet === s ? 'none' : s)} data-testid={`sheet-${s}`}>
            {t(`sheet.${s}`)}
          </button>
        ))}
      </nav>
    </div>
  );
}
