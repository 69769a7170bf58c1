/** The one-line note under a list after "show on map" (waiting for streets / nothing to locate). */
import { useTranslation } from 'react-i18next';
import type { ShowResult } from './use-plans-ui';

export function ShowStatus({ result }: { result: ShowResult | null }) {
  const { t } = useTranslation();
  if (result === 'waiting') return <p className="small plan-status" role="status">{t('plans.waitingStreets')}</p>;
  if (result === 'nothing') return <p className="small plan-status" role="status">{t('plans.nothingToLocate')}</p>;
  return null;
}
