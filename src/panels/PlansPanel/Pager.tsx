/** Previous / next for a paginated list (the lists hold up to ~1,000 measures). */
import { useTranslation } from 'react-i18next';

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="plans-pager">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)} data-testid="plans-prev">
        {t('plans.prev')}
      </button>
      <span className="small" data-testid="plans-page">
        {t('plans.page', { page: page + 1, pages })}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)} data-testid="plans-next">
        {t('plans.next')}
      </button>
    </nav>
  );
}
