import { useTranslation } from 'react-i18next';

export type ProvenanceKind = 'official' | 'derived' | 'approximate' | 'synthetic';

/** 示意 / 模拟 badge: every layer says when its data is approximate or synthetic. */
export function ProvenanceBadge({ provenance }: { provenance: ProvenanceKind }) {
  const { t } = useTranslation();
  if (provenance === 'official' || provenance === 'derived') return null;
  return (
    <span className={`badge badge-${provenance}`} title={t(`provenance.${provenance}`)}>
      {t(`provenance.${provenance}`)}
    </span>
  );
}
