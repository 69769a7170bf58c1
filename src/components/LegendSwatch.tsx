export function LegendSwatch({ color, shape }: { color: string; shape: 'fill' | 'line' | 'circle' }) {
  return <span className={`swatch swatch-${shape}`} style={{ background: shape === 'line' ? 'transparent' : color, borderColor: color }} aria-hidden="true" />;
}
