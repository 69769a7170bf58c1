import { useTranslation } from 'react-i18next';
import { initI18n } from '../i18n';
import { IS_PUBLIC_BUILD } from '../data/api';
import { BASEMAP_CONFIG } from '../map/basemap/style';
import { useStore } from '../state/store';
import { SearchBox } from '../panels/Search/SearchBox';
import type { Basemap, Mode } from '../state/url-state';
import { ExportButton } from './ExportButton';

const MODES: Mode[] = ['overview', 'supervisor', 'inspector'];

export function BasemapSelect() {
  const { t } = useTranslation();
  const basemap = useStore((s) => s.basemap);
  const setBasemap = useStore((s) => s.setBasemap);
  const available: Record<Basemap, boolean> = { offline: true, tianditu: !!BASEMAP_CONFIG.tiandituKey, osm: !!BASEMAP_CONFIG.osmTileUrl };
  return (
    <select value={basemap} onChange={(e) => setBasemap(e.target.value as Basemap)} aria-label={t('basemap.label')} data-testid="basemap-select">
      {(Object.keys(available) as Basemap[]).map((b) => (
        <option key={b} value={b} disabled={!available[b]}>
          {t(`basemap.${b}`)}
          {available[b] ? '' : ` — ${t('basemap.unavailable', { env: b === 'tianditu' ? 'VITE_TIANDITU_KEY' : 'VITE_OSM_TILE_URL' })}`}
        </option>
      ))}
    </select>
  );
}

export function Header() {
  const { t } = useTranslation();
  const role = useStore((s) => s.role);
  const mode = useStore((s) => s.mode);
  const lang = useStore((s) => s.lang);
  const setMode = useStore((s) => s.setMode);
  const setLang = useStore((s) => s.setLang);
  const internal = role === 'inspector' || role === 'supervisor';
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="subtitle">{t('app.subtitle')}</span>
        <span className={`edition ${internal ? 'internal' : 'public'}`} data-testid="edition">
          {internal && !IS_PUBLIC_BUILD ? `${t('app.internalBadge')} · ${t(`role.${role}`)}` : t('app.publicBadge')}
        </span>
      </div>
      {internal && (
        <div className="modes" role="tablist" aria-label={t('mode.label')}>
          {MODES.map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'active' : ''} onClick={() => setMode(m)} data-testid={`mode-${m}`}>
              {t(`mode.${m}`)}
            </button>
          ))}
        </div>
      )}
      <SearchBox />
      <div className="header-tools">
        <ExportButton />
        <label className="basemap-select">
          <span className="sr-only">{t('basemap.label')}</span>
          <BasemapSelect />
        </label>
        <button
          type="button"
          className="lang"
          data-testid="lang-switch"
          onClick={() => {
            const next = lang === 'zh' ? 'en' : 'zh';
            setLang(next);
            initI18n(next);
          }}
        >
          <span className="lang-long">{t('lang.switchTo')}</span>
          <span className="lang-short" aria-hidden="true">
            {lang === 'zh' ? 'EN' : '中'}
          </span>
        </button>
      </div>
    </header>
  );
}
