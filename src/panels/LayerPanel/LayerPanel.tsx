/** Layers grouped 基础 / 大气 / 水 / 土壤: toggle, opacity, count, provenance badge, legend, failure + retry. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerGroup, ManifestLayer } from '../../data/manifest';
import { layerAllowed, retryLayer, toggleLayer } from '../../state/actions';
import { useStore } from '../../state/store';
import { legendFor, styleProperty } from '../../map/layers/registry';
import { streetColors } from '../../map/layers/streets';
import { gridLegend } from '../../map/layers/overlays';
import { MOBILE_CELL_M, mobileGrid } from '../../map/extra-layers';
import { THEME } from '../../map/theme';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { LegendSwatch } from '../../components/LegendSwatch';
import { ImportedLayers } from './ImportedLayers';
import { VALUE_LABELS_EN } from '../../internal';

const GROUPS: LayerGroup[] = ['base', 'air', 'water', 'soil'];

function LayerRow({ layer, index }: { layer: ManifestLayer; index: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const cfg = useStore((s) => s.layerConfig[layer.id]);
  const status = useStore((s) => s.status[layer.id]);
  const error = useStore((s) => s.errors[layer.id]);
  const setOpacity = useStore((s) => s.setLayerOpacity);
  const count = useStore((s) => s.features[layer.id]?.features.length ?? layer.featureCount);
  const indicators = useStore((s) => s.indicators);
  const indicator = useStore((s) => s.indicator);
  const month = useStore((s) => s.month);
  const colorBy = useStore((s) => s.colorBy);
  const choropleth = useMemo(
    () =>
      layer.id === 'streets'
        ? [
            ...streetColors({ indicators, indicator, month, colorBy }, THEME).legend,
            ...(indicators && colorBy === 'value'
              ? [
                  { label: 'rank.bottom10', color: THEME.rankClass.bottom10, shape: 'line' as const },
                  { label: 'rank.bottom30', color: THEME.rankClass.bottom30, shape: 'line' as const },
                ]
              : []),
          ]
        : null,
    [layer.id, indicators, indicator, month, colorBy],
  );
  const visible = !!cfg?.visible;
  const name = layer.title[lang];
  const mobile = useStore((s) => (layer.files.some((f) => f.format === 'mobile-bin') ? s.mobile : null));
  const metric = useStore((s) => s.mobileMetric);
  const mobileLegend = useMemo(() => (mobile ? gridLegend(mobileGrid(mobile, metric), THEME, `${metric === 'vocs' ? 'VOCs' : 'PM2.5'} µg/m³ · ${MOBILE_CELL_M} m`) : null), [mobile, metric]);
  const fc = useStore((s) => s.features[layer.id]);
  // a categorical legend lists only the classes present in the loaded data
  const present = useMemo(() => {
    const prop = styleProperty(layer.id);
    return prop && fc ? new Set(fc.features.map((f) => String(f.properties?.[prop]))) : null;
  }, [layer.id, fc]);
  const legend =
    choropleth && choropleth.length > 0
      ? choropleth
      : (mobileLegend ?? legendFor(layer.id, layer.geometry, THEME, index).filter((item) => !present || !item.label || present.has(item.label)));
  return (
    <li className={`layer-row${visible ? ' on' : ''}`} data-testid={`layer-${layer.id}`} data-status={status ?? 'idle'}>
      <label className="layer-toggle">
        <input type="checkbox" checked={visible} onChange={() => toggleLayer(layer.id)} aria-label={t('layer.toggle', { name })} />
        <span className="layer-name">{name}</span>
        <ProvenanceBadge provenance={layer.provenance} />
        <span className="layer-count">{count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</span>
      </label>
      {status === 'loading' && <div className="layer-status">{t('layer.loading')}</div>}
      {status === 'error' && (
        <div className="layer-error" role="alert">
          {t('error.dataLoad', { file: error?.file ?? layer.id, problem: error?.detail ?? '' })}{' '}
          <button type="button" onClick={() => void retryLayer(layer.id)}>
            {t('layer.retry')}
          </button>
        </div>
      )}
      {visible && (
        <div className="layer-extra">
          <label className="opacity">
            {t('layer.opacity')}
            <input type="range" min={0} max={1} step={0.05} value={cfg?.opacity ?? 1} onChange={(e) => setOpacity(layer.id, Number(e.target.value))} />
          </label>
          <ul className="legend" aria-label={t('layer.legend')}>
            {legend.map((item) => (
              <li key={item.label + item.color}>
                <LegendSwatch color={item.color} shape={item.shape} />
                {item.label ? (item.label.startsWith('rank.') ? t(item.label) : t(`value.${item.label}`, { defaultValue: (lang === 'en' ? VALUE_LABELS_EN[item.label] : undefined) ?? item.label })) : name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export function LayerPanel() {
  const { t } = useTranslation();
  const manifest = useStore((s) => s.manifest);
  const role = useStore((s) => s.role);
  if (!manifest) return null;
  const layers = manifest.layers.filter((l) => role !== null && layerAllowed(l));
  return (
    <nav className="layer-panel" aria-label={t('panel.layers')} data-testid="layer-panel">
      {GROUPS.map((g) => {
        const list = layers.filter((l) => l.group === g);
        if (list.length === 0) return null;
        return (
          <section key={g} className="layer-group">
            <h3>{t(`group.${g}`)}</h3>
            <ul>
              {list.map((l) => (
                <LayerRow key={l.id} layer={l} index={manifest.layers.indexOf(l)} />
              ))}
            </ul>
          </section>
        );
      })}
      <ImportedLayers />
    </nav>
  );
}
