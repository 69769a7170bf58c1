/** The right-hand tool column: the tools each mode offers, as tabs. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import type { UiSlice } from '../state/slices/ui-slice';
import { RankingPanel } from './RankingPanel/RankingPanel';

type Tool = NonNullable<UiSlice['tool']>;

const TOOLS_BY_MODE: Record<string, Tool[]> = {
  public: ['ranking'],
  overview: ['ranking'],
  supervisor: ['ranking'],
  inspector: ['ranking'],
};

const RENDER: Partial<Record<Tool, () => React.JSX.Element>> = {
  ranking: RankingPanel,
};

export function ToolPanel() {
  const { t } = useTranslation();
  const mode = useStore((s) => s.mode);
  const tool = useStore((s) => s.tool);
  const setTool = useStore((s) => s.setTool);
  const tools = TOOLS_BY_MODE[mode] ?? ['ranking'];
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
      {Render && <Render />}
    </div>
  );
}
