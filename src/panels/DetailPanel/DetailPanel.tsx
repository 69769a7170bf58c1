/** Click → details: all public (or, for internal roles, all) properties as text, provenance, related features. */
import { useTranslation } from 'react-i18next';
import { layerById, loadLayer } from '../../state/actions';
import { useStore } from '../../state/store';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { featureBbox, findFeature, relatedLinks, visibleProperties } from './feature-lookup';
import { StreetPanel } from '../StreetPanel/StreetPanel';

export function DetailPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const selection = useStore((s) => s.selection);
  const features = useStore((s) => s.features);
  const role = useStore((s) => s.role);
  const imported = useStore((s) => s.imported);
  const select = useStore((s) => s.select);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  if (!selection) return <p className="empty">{t('panel.empty')}</p>;
  const layer = layerById(selection.layer);
  const importedName = imported.find((m) => m.id === selection.layer)?.name;
  const f = findFeature(features[selection.layer], selection.id);
  if (!f) return <p className="empty">{t('layer.loading')}</p>;
  const internal = role === 'inspector' || role === 'supervisor';
  const props = visibleProperties(f, layer, internal, lang);
  const zhName = String(f.properties?.name ?? f.properties?.title ?? f.id ?? '');
  const enName = lang === 'en' && typeof f.properties?.nameEn === 'string' && f.properties.nameEn !== zhName ? f.properties.nameEn : null;
  const title = enName ? `${enName} · ${zhName}` : zhName;
  const nameOf = (layerId: string, id: string) => {
    const g = findFeature(features[layerId], id);
    return String(g?.properties?.name ?? id);
  };
  return (
    <article className="detail" data-testid="detail-panel">
      <header>
        <h2>{title}</h2>
        <div className="detail-sub">
          {layer?.title[lang] ?? importedName ?? selection.layer} {layer && <ProvenanceBadge provenance={layer.provenance} />}
        </div>
        <div className="detail-actions">
          <button type="button" onClick={() => requestFlyTo(featureBbox(f))}>
            {t('detail.zoomTo')}
          </button>
          <button type="button" onClick={() => select(null)} aria-label={t('panel.close')}>
            ×
          </button>
        </div>
      </header>
      {selection.layer === 'streets' && <StreetPanel streetId={selection.id} />}
      <section>
        <h3>{t('detail.properties')}</h3>
        {props.length === 0 ? (
          <p>{t('detail.noProps')}</p>
        ) : (
          <dl className="props">
            {props.map((p) => (
              <div key={p.key}>
                <dt>{p.label}</dt>
                <dd>{p.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {relatedLinks(f).length > 0 && (
        <section>
          <h3>{t('detail.related')}</h3>
          <ul className="related">
            {relatedLinks(f).map((r) => (
              <li key={r.relation + r.id}>
                {t(`detail.rel.${r.relation}`)}:{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    void loadLayer(r.layer).then(() => {
                      const g = findFeature(useStore.getState().features[r.layer], r.id);
                      select({ layer: r.layer, id: r.id });
                      if (g) requestFlyTo(featureBbox(g));
                    });
                  }}
                >
                  {nameOf(r.layer, r.id)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {layer && (
        <section className="provenance">
          <h3>{t('detail.provenance')}</h3>
          <p>
            <strong>{t(`provenance.${layer.provenance}`)}</strong> — {layer.provenanceNote[lang]}
          </p>
          <p className="small">
            {t('provenance.source')}: {layer.source} · {t('provenance.licence')}: {layer.licence}
          </p>
        </section>
      )}
    </article>
  );
}
