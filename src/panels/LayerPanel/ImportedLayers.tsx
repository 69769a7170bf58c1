/** The 导入 group: imported layers with toggle, opacity, count, CRS conversion shown, and remove. */
import { useTranslation } from 'react-i18next';
import { toggleLayer } from '../../state/actions';
import { removeImportedLayer } from '../../state/import-actions';
import { useStore } from '../../state/store';
import { LegendSwatch } from '../../components/LegendSwatch';
import { colorOf } from '../../map/layers/registry';
import { THEME } from '../../map/theme';

export function ImportedLayers() {
  const { t } = useTranslation();
  const imported = useStore((s) => s.imported);
  const layerConfig = useStore((s) => s.layerConfig);
  const setOpacity = useStore((s) => s.setLayerOpacity);
  const manifest = useStore((s) => s.manifest);
  if (imported.length === 0) return null;
  return (
    <section className="layer-group" data-testid="imported-layers">
      <h3>{t('group.imported')}</h3>
      <ul>
        {imported.map((m, i) => {
          const target = m.replaces ?? m.id;
          const cfg = layerConfig[target];
          const replaced = m.replaces ? manifest?.layers.find((l) => l.id === m.replaces)?.title.zh ?? m.replaces : null;
          return (
            <li key={m.id} className={`layer-row${cfg?.visible ? ' on' : ''}`} data-testid={`layer-${m.id}`} data-status="ready">
              <label className="layer-toggle">
                <input type="checkbox" checked={!!cfg?.visible} onChange={() => toggleLayer(target)} aria-label={t('layer.toggle', { name: m.name })} />
                <LegendSwatch color={colorOf(m.id, THEME, (manifest?.layers.length ?? 0) + i)} shape={m.geometry === 'Point' ? 'circle' : m.geometry === 'LineString' ? 'line' : 'fill'} />
                <span className="layer-name">{m.name}</span>
                <span className="layer-count">{m.featureCount.toLocaleString()}</span>
              </label>
              <div className="layer-extra small">
                {m.fileName}
                {m.crsConverted !== 'none' && ` · ${t('import.converted', { how: m.crsConverted })}`}
                {replaced && ` · ${t('import.replacing', { layer: replaced })}`}
                {m.warnings > 0 && ` · ${t('import.warnings', { count: m.warnings })}`}
              </div>
              {cfg?.visible && (
                <div className="layer-extra">
                  <label className="opacity">
                    {t('layer.opacity')}
                    <input type="range" min={0} max={1} step={0.05} value={cfg.opacity} onChange={(e) => setOpacity(target, Number(e.target.value))} />
                  </label>
                </div>
              )}
              <div className="layer-extra">
                <button type="button" onClick={() => void removeImportedLayer(m.id)} data-testid={`remove-${m.id}`}>
                  {t('import.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
