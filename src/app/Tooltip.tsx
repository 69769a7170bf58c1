import { useStore } from '../state/store';
import { findFeature } from '../panels/DetailPanel/feature-lookup';

/** Hover tooltip: the feature's name (text only) and its layer. */
export function Tooltip() {
  const hover = useStore((s) => s.hover);
  const features = useStore((s) => s.features);
  const manifest = useStore((s) => s.manifest);
  const lang = useStore((s) => s.lang);
  if (!hover) return null;
  const f = findFeature(features[hover.layer], hover.id);
  if (!f) return null;
  const layer = manifest?.layers.find((l) => l.id === hover.layer);
  const name = String(f.properties?.name ?? f.properties?.type ?? f.id ?? '');
  return (
    <div className="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} role="tooltip" data-testid="tooltip">
      <strong>{name}</strong>
      {layer && <div className="small">{layer.title[lang]}</div>}
    </div>
  );
}
