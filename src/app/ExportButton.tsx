/** Header button: export the current map as a PNG sheet (legend, scale, north, data date, provenance). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASEMAP_CONFIG } from '../map/basemap/style';
import { useStore } from '../state/store';
import { ExportError, exportContent, exportMapPng, type ExportView, type Translate } from './export-png';

/** The live view: from the map when it is there (exact zoom while idle), else the store's last moveend. */
function currentView(): ExportView {
  const map = window.__ecoMap?.map;
  if (map) return { lat: map.getCenter().lat, zoom: map.getZoom(), bearing: map.getBearing() };
  const v = useStore.getState().view;
  return { lat: v.lat, zoom: v.zoom, bearing: v.bearing };
}

export function ExportButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    const tr: Translate = (key, vars) => t(key, vars);
    const container = window.__ecoMap?.map.getContainer() ?? document.querySelector<HTMLElement>('[data-testid="map"]');
    setBusy(true);
    setError(null);
    try {
      if (!container) throw new ExportError('exportUi.noMap');
      const s = useStore.getState();
      const now = new Date();
      const content = exportContent({ ...s, tiandituReviewNo: BASEMAP_CONFIG.tiandituReviewNo }, tr, now);
      await exportMapPng({ container, view: currentView(), content, t: tr, now });
    } catch (e) {
      const problem = e instanceof ExportError ? t(e.key) : e instanceof Error ? e.message : String(e);
      setError(problem);
      useStore.getState().notify({ kind: 'error', key: 'exportUi.failed', values: { problem } });
    } finally {
      setBusy(false);
    }
  };

  // `lang-long` hides the button with the other long header labels on phones (≤ 768 px), where the
  // header has no room left for it (the language switch would be pushed off-screen)
  return (
    <button
      type="button"
      className="export-png lang-long"
      data-testid="export-png"
      data-state={busy ? 'busy' : error ? 'error' : 'idle'}
      aria-busy={busy}
      disabled={busy}
      title={error ? t('exportUi.failed', { problem: error }) : t('exportUi.hint')}
      aria-label={busy ? t('exportUi.busy') : t('exportUi.hint')}
      onClick={() => void run()}
    >
      <span className="lang-long">{busy ? t('exportUi.busy') : t('exportUi.button')}</span>
      <span className="lang-short" aria-hidden="true">
        {busy ? '…' : t('exportUi.buttonShort')}
      </span>
    </button>
  );
}
