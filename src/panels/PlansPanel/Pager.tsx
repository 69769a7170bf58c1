/** Previous / next for a paginated list (the lists hold up to ~1,000 measures). */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pages: number;
  onPage: (p: number) => void;
  /** scrolled into view on a page change (the top of the list) */
  anchor?: RefObject<HTMLElement | null>;
}

export function Pager({ page, pages, onPage, anchor }: Props) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const go = (p: number) => {
    onPage(p);
    anchor?.current?.scrollIntoView?.({ block: 'start' });
  };
  return (
    <nav className="plans-pager">
      <button type="button" disabled={page === 0} onClick={() => go(page - 1)} data-testid="plans-prev">
        {t('plans.prev')}
      </button>
      <span className="small" data-testid="plans-page">
        {t('plans.page', { page: page + 1, pages })}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => go(page + 1)} data-testid="plans-next">
        {t('plans.next')}
      </button>
    </nav>
  );
}
