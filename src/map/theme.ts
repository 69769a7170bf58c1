/** Colours come only from here (layer builders take a theme). */
export const THEME = {
  background: '#eef1ec',
  land: '#f7f6f2',
  districtLine: '#5b6770',
  districtFill: '#f4f3ee',
  streetLine: '#9aa5ad',
  water: '#6fa8dc',
  waterFill: '#b9d7f0',
  highlight: '#ff7a00',
  selection: '#e6007e',
  zone: '#d7263d',
  label: '#263238',
  labelHalo: '#ffffff',
  /** sequential ramp for indicator values, light → dark (ColorBrewer YlOrRd 6) */
  ramp: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
  /** rank classes: top, middle, bottom 30, bottom 10 */
  rankClass: { good: '#1a9850', mid: '#d9ef8b', bottom30: '#fc8d59', bottom10: '#d73027' },
  noData: '#d0d0d0',
  /** GB 3838-2002 classes Ⅰ–Ⅴ, 劣Ⅴ */
  waterClass: { 'Ⅰ': '#0070c0', 'Ⅱ': '#00b0f0', 'Ⅲ': '#00b050', 'Ⅳ': '#ffc000', 'Ⅴ': '#ff6600', '劣Ⅴ': '#c00000' } as Record<string, string>,
  stationClass: { 国控: '#6a1b9a', 市控: '#1565c0', 街乡站: '#00897b' } as Record<string, string>,
  generic: ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'],
} as const;

export type Theme = typeof THEME;
