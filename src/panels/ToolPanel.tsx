/** The right-hand tool column: the tools each mode offers, as tabs; each tool is loaded on first use. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERNAL_TOOLS } from '../internal';
import type { Panel } from '../internal/types';
import { useStore } from '../state/store';
import type { UiSlice } from '../state/slices/ui-slice';
import { RankingPanel } from './RankingPanel/RankingPanel';

type Tool = NonNullable<UiSlice['tool']>;

const TOOLS_BY_MODE: Record<string, Tool[]> = {
  public: ['ranking', 'plans'],
  overview: ['ranking', 'analysis', 'plans', 'import'],
  supervisor: ['highvalue', 'ranking', 'analysis', 'plans'],
  inspector: ['inspector', 'analysis', 'ranking'],
};

const RENDER: Partial<Record<Tool, Panel>> = {
  ranking: RankingPanel,
  plans: lazy(() => import('./PlansPanel/PlansPanel').then((m) => ({ default: m.PlansPanel }))),
  // internal tools come from src/internal, which the public build replaces with an empty stand-in
  ...(INTERNAL_TOOLS as Partial<Record<Tool, Panel>>),
};

export function ToolPanel() {
  const { t } = useTranslation();
  const mode = useStore((s) => s.mode);
  const tool = useStore((s) => s.tool);
  const setTool = useStore((s) => s.setTool);
  const tools = (TOOLS_BY_MODE[mode] ?? ['ranking']).filter((k) => RENDER[k]);
  const active = tool && tools.includes(tool) ? tool : tools[0];
  const Render = RENDER[active];
  return (
    <div className="tool-panel" data-testid="tool-panel">
      {tools.length > 1 && (
        <div className="tabs" role="tablist">
          {tools.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={k === active} className={k === active ? 'active' : ''} onClick={() => setTool(k)} data-testid={`tool-${k}`}>
              {t(`tool.${k}`)}
            </button>
          ))}
        </div>
      )}
      <Suspense fallback={<p className="small">{t('app.loading')}</p>}>{Render && <Render />}</Suspense>
    </div>
  );
}
