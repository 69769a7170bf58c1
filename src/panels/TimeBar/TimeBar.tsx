/** Indicator + month slider (2023-01 … 2024-12) with play, and value/rank colouring. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorId } from '../../data/manifest';
import { useStore } from '../../state/store';
import { INDICATOR_IDS } from '../StreetPanel/street-stats';

export function TimeBar() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const indicators = useStore((s) => s.indicators);
  const indicator = useStore((s) => s.indicator);
  const month = useStore((s) => s.month);
  const colorBy = useStore((s) => s.colorBy);
  const streetsOn = useStore((s) => !!s.layerConfig.streets?.visible);
  const setIndicator = useStore((s) => s.setIndicator);
  const setMonth = useStore((s) => s.setMonth);
  const setColorBy = useStore((s) => s.setColorBy);
  const [playing, setPlaying] = useState(false);
  const months = useMemo(() => indicators?.months ?? [], [indicators]);
  const m = months.indexOf(month);

  useEffect(() => {
    if (!playing || months.length === 0) return;
    const h = setInterval(() => {
      const i = months.indexOf(useStore.getState().month);
      if (i >= months.length - 1) setPlaying(false);
      else setMonth(months[i + 1]);
    }, 1200);
    return () => clearInterval(h);
  }, [playing, months, setMonth]);

  if (!indicators || !streetsOn) return null;
  return (
    <div className="timebar" data-testid="timebar">
      <select value={indicator} onChange={(e) => setIndicator(e.target.value as IndicatorId)} aria-label={t('time.indicator')} data-testid="indicator-select">
        {INDICATOR_IDS.map((id) => (
          <option key={id} value={id}>
            {indicators.indicators[id].label[lang]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setPlaying(!playing)} aria-label={playing ? t('time.pause') : t('time.play')} data-testid="play">
        {playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range"
        min={0}
        max={months.length - 1}
        value={Math.max(0, m)}
        onChange={(e) => setMonth(months[Number(e.target.value)])}
        aria-label={t('time.month')}
        aria-valuetext={month}
        data-testid="month-slider"
      />
      <output className="month" data-testid="month">
        {month}
      </output>
      <div className="colorby" role="radiogroup" aria-label={t('time.colorBy')}>
        {(['value', 'rank'] as const).map((c) => (
          <button key={c} type="button" role="radio" aria-checked={colorBy === c} className={colorBy === c ? 'active' : ''} onClick={() => setColorBy(c)}>
            {t(`time.by.${c}`)}
          </button>
        ))}
      </div>
      <span className="synthetic-tag">{t('provenance.synthetic')}</span>
    </div>
  );
}
