/** After a successful import: per layer the feature count, CRS detected / converted, extent and warnings. */
import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportedLayer } from '../../data/import/types';
import { useStore } from '../../state/store';
import { IssueList } from './IssueList';
import { formatBbox } from './import-form';

export type LayerSummary = Omit<ImportedLayer, 'data'>;

export function summariseLayer(l: ImportedLayer): LayerSummary {
  const { data: _data, ...rest } = l;
  return rest;
}

export function ImportSummary({ layers, extra }: { layers: readonly LayerSummary[]; extra: readonly ImportIssue[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const manifest = useStore((s) => s.manifest);
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  return (
    <section className="import-done" data-testid="import-summary" aria-live="polite">
      <h3>{t('importUi.done.title')}</h3>
      {layers.map((l) => {
        const bbox = l.bbox;
        const replaced = l.replaces ? (manifest?.layers.find((m) => m.id === l.replaces)?.title[lang] ?? l.replaces) : null;
        return (
          <article key={l.id} className="import-layer" data-testid="import-summary-layer" data-layer={l.id}>
            <dl className="props">
              <div>
                <dt>{t('importUi.done.layer')}</dt>
                <dd data-testid="import-summary-name">{l.name}</dd>
              </div>
              <div>
                <dt>{t('importUi.done.features')}</dt>
                <dd data-testid="import-summary-count">{l.featureCount.toLocaleString()}</dd>
              </div>
              <div>
                <dt>{t('importUi.done.crsDetected')}</dt>
                <dd data-testid="import-summary-crs">{l.crs.detected}</dd>
              </div>
              <div>
                <dt>{t('importUi.done.crsConverted')}</dt>
                <dd data-testid="import-summary-converted">{l.crs.converted === 'none' ? t('importUi.done.none') : l.crs.converted}</dd>
              </div>
              <div>
                <dt>{t('importUi.done.bbox')}</dt>
                <dd data-testid="import-summary-bbox">{l.bbox ? formatBbox(l.bbox) : t('importUi.done.noBbox')}</dd>
              </div>
              {replaced && (
                <div>
                  <dt>{t('importUi.done.replaces')}</dt>
                  <dd>{replaced}</dd>
                </div>
              )}
            </dl>
            {bbox && (
              <button type="button" onClick={() => requestFlyTo(bbox)} data-testid="import-zoom">
                {t('importUi.done.zoom')}
              </button>
            )}
            <h4>{t('importUi.done.warnings', { count: l.warnings.length })}</h4>
            {l.warnings.length === 0 ? <p className="small">{t('importUi.done.noWarnings')}</p> : <IssueList issues={l.warnings} testId="import-warnings" />}
          </article>
        );
      })}
      {extra.length > 0 && <IssueList issues={extra} testId="import-extra-issues" />}
    </section>
  );
}
