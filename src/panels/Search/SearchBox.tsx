/** Search (combobox): streets by name or code, stations, rivers, sections; keyboard accessible; zooms to the result. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layerAllowed, layerById, loadLayer } from '../../state/actions';
import { useStore } from '../../state/store';
import { featureBbox, findFeature } from '../DetailPanel/feature-lookup';
import { buildIndex, search, SEARCH_LAYERS, type SearchItem } from './search-index';

export function SearchBox() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const features = useStore((s) => s.features);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const index = useMemo(() => buildIndex(features), [features]);
  const results = useMemo(() => search(index, q), [index, q]);

  const loadAll = () => {
    for (const id of SEARCH_LAYERS) {
      const l = layerById(id);
      if (l && layerAllowed(l)) void loadLayer(id);
    }
  };
  const choose = (it: SearchItem) => {
    const st = useStore.getState();
    st.setLayerVisible(it.layer, true);
    st.select({ layer: it.layer, id: it.id });
    const f = findFeature(st.features[it.layer], it.id);
    if (f) st.requestFlyTo(featureBbox(f));
    st.setSheet('detail');
    setOpen(false);
    setQ('');
  };
  const title = (layer: string) => layerById(layer)?.title[lang] ?? layer;

  return (
    <div className="search" role="search">
      <input
        type="search"
        value={q}
        placeholder={t('search.placeholder')}
        aria-label={t('common.search')}
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        data-testid="search"
        onFocus={() => {
          loadAll();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && q.trim() && (
        <ul className="search-results" role="listbox" id={listId} data-testid="search-results">
          {results.length === 0 && <li className="small">{t('search.none')}</li>}
          {results.map((r, i) => (
            <li
              key={`${r.layer}:${r.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              <span>{r.name}</span> <span className="small">
                {title(r.layer)} {r.context}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
