/**
 * Print / export the current map as a PNG for briefings (issue 5): the MapLibre canvas and every
 * deck.gl canvas stacked in the map container, framed by a title block, a legend of the visible
 * layers, a scale bar in true metres, a north arrow turned with the bearing, the data date, and the
 * provenance of every layer shown plus the basemap attribution.
 *
 * The pure parts (scale, layout, text wrapping, what goes in the legend) are exported for tests;
 * `exportMapPng` is the only function that touches the DOM.
 */
import type { FeatureCollection } from 'geojson';
import type { ColorBy, Basemap } from '../state/url-state';
import type { IndicatorId, Manifest, ManifestLayer, Provenance, StreetIndicators } from '../data/manifest';
import type { ImportedMeta } from '../state/slices/data-slice';
import type { LayerConfig } from '../state/slices/layers-slice';
import { colorOf, legendFor } from '../map/layers/registry';
import { streetColors } from '../map/layers/streets';
import type { LegendItem } from '../map/layers/types';
import { THEME } from '../map/theme';
import { downloadBlob } from '../lib/download';

/** i18next's `t`, narrowed to what the export needs (keys are plain strings here). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
/** Width of a string in CSS pixels in the current font (a 2D context's measureText in the app). */
export type Measure = (text: string) => number;

// ---------------------------------------------------------------- scale and north arrow

/** WGS84 semi-major axis: the sphere of Web Mercator (EPSG:3857). */
export const EARTH_RADIUS_M = 6378137;
/** MapLibre's zoom levels are defined for 512-pixel tiles. */
export const MAPLIBRE_TILE_SIZE = 512;

/**
 * Ground metres per CSS pixel in Web Mercator at a latitude and zoom.
 * @example metresPerPixel(0, 0) // 78271.517 (equator, zoom 0, 512-px tiles)
 */
export function metresPerPixel(latDeg: number, zoom: number, tileSize = MAPLIBRE_TILE_SIZE): number {
  return (Math.cos((latDeg * Math.PI) / 180) * 2 * Math.PI * EARTH_RADIUS_M) / (tileSize * 2 ** zoom);
}

/**
 * The longest "nice" length (1, 2 or 5 × 10ⁿ metres) not above `maxMetres`; 0 when nothing fits.
 * @example niceLength(730) // 500
 */
export function niceLength(maxMetres: number): number {
  if (!(maxMetres > 0) || !Number.isFinite(maxMetres)) return 0;
  let p = 10 ** Math.floor(Math.log10(maxMetres));
  // guard against log10 rounding just below an exact power of ten
  if (p * 10 <= maxMetres) p *= 10;
  for (const f of [5, 2, 1]) if (f * p <= maxMetres * (1 + 1e-12)) return f * p;
  return p;
}

/** A scale bar no wider than `maxWidthPx` CSS pixels: its length in metres and in pixels. */
export function scaleBar(latDeg: number, zoom: number, maxWidthPx: number): { metres: number; px: number } {
  const mpp = metresPerPixel(latDeg, zoom);
  const metres = niceLength(mpp * maxWidthPx);
  return { metres, px: metres / mpp };
}

export function formatDistance(metres: number, t: Translate): string {
  return metres >= 1000 ? t('exportUi.kilometres', { n: metres / 1000 }) : t('exportUi.metres', { n: metres });
}

/** Canvas rotation (radians, clockwise positive) of an arrow pointing to true north when the map has `bearingDeg`. */
export function northRotation(bearingDeg: number): number {
  return (-bearingDeg * Math.PI) / 180;
}

// ---------------------------------------------------------------- names and times

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `eco-map-YYYYMMDD-HHmm.png` in local time. */
export function exportFileName(d: Date): string {
  return `eco-map-${d.getFullYear()}${pad2(d.getMonth() + 1)}${pad2(d.getDate())}-${pad2(d.getHours())}${pad2(d.getMinutes())}.png`;
}

/** `YYYY-MM-DD HH:mm` in local time. */
export function formatTimestamp(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** "2024-12" → "2024年12月" in Chinese; unchanged in English. */
export function formatMonth(month: string, lang: 'zh' | 'en'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m && lang === 'zh' ? `${m[1]}年${Number(m[2])}月` : month;
}

// ---------------------------------------------------------------- text

const CJK = '\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F';
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'g');

/**
 * Greedy line breaking: Chinese may break between any two characters, other scripts at spaces;
 * a word wider than a line is cut by characters. `firstWidth` is the room on the first line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, firstWidth = maxWidth): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => (lines.length === 0 ? firstWidth : maxWidth);
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (measure(line + token) <= room()) {
      line += token;
      continue;
    }
    if (line.trim()) push();
    else line = '';
    if (measure(token) <= room()) {
      line = token;
      continue;
    }
    for (const ch of token) {
      if (line && measure(line + ch) > room()) push();
      line += ch;
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** The text, cut with an ellipsis so that it fits `maxWidth`. */
export function fitText(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

// ---------------------------------------------------------------- what the export shows

export interface ExportState {
  manifest: Manifest | null;
  layerConfig: Record<string, LayerConfig>;
  /** loaded features per layer: category legends list only the classes present */
  features?: Record<string, FeatureCollection>;
  imported: ImportedMeta[];
  indicators: StreetIndicators | null;
  indicator: IndicatorId;
  month: string;
  colorBy: ColorBy;
  basemap: Basemap;
  lang: 'zh' | 'en';
  role: string | null;
  /** 审图号 shown with Tianditu tiles */
  tiandituReviewNo?: string;
}

export interface LegendSection {
  title: string;
  provenance: Provenance | 'imported';
  /** badge text for approximate / synthetic / imported layers, else null */
  badge: string | null;
  items: LegendItem[];
}

export interface ProvenanceRow {
  layer: string;
  provenance: Provenance | 'imported';
  /** 官方数据 / 示意数据 / 模拟数据 / 导入数据 */
  label: string;
  note: string;
  source: string;
}

export interface ExportContent {
  title: string;
  subtitle: string;
  /** indicator, unit, month and colouring when the street choropleth is shown */
  theme: string | null;
  exportedAt: string;
  dataDate: string | null;
  legendTitle: string;
  legend: LegendSection[];
  provenanceTitle: string;
  provenance: ProvenanceRow[];
  attribution: string;
  disclaimer: string | null;
  north: string;
  /** the choropleth colours shown (for checks) */
  choroplethColors: string[];
}

const GROUPS = ['base', 'air', 'water', 'soil'] as const;
const geometryShape = (g: string): LegendItem['shape'] => (g === 'Point' ? 'circle' : g === 'LineString' ? 'line' : 'fill');

/** Category legends (station class, water class …) keep only the classes some feature has; others stay whole. */
export function presentClasses(items: LegendItem[], fc: FeatureCollection | undefined): LegendItem[] {
  if (!fc || items.length < 2 || items.some((i) => !i.label)) return items;
  const values = new Set<string>();
  for (const f of fc.features) for (const v of Object.values(f.properties ?? {})) if (typeof v === 'string') values.add(v);
  const kept = items.filter((i) => values.has(i.label));
  return kept.length > 0 ? kept : items;
}

function allowed(layer: ManifestLayer, role: string | null): boolean {
  return layer.visibility === 'public' || (role !== null && role !== 'public');
}

function attributionOf(s: ExportState, t: Translate): string {
  if (s.basemap === 'tianditu') return `${t('basemap.tiandituAttribution')}${s.tiandituReviewNo ? ` · ${s.tiandituReviewNo}` : ''}`;
  if (s.basemap === 'osm') return t('basemap.osmAttribution');
  return t('basemap.offlineAttribution');
}

/** Everything the PNG says besides the map pixels: a pure function of the store and a translator. */
export function exportContent(s: ExportState, t: Translate, now: Date): ExportContent {
  const lang = s.lang;
  const legend: LegendSection[] = [];
  const provenance: ProvenanceRow[] = [];
  let theme: string | null = null;
  let choroplethColors: string[] = [];
  const badge = (p: Provenance | 'imported') => (p === 'approximate' || p === 'synthetic' ? t(`provenance.${p}`) : p === 'imported' ? t('exportUi.imported') : null);
  const label = (item: LegendItem, name: string) => (item.label ? (item.label.startsWith('rank.') ? t(item.label) : item.label) : name);
  const layers = s.manifest?.layers ?? [];
  const visible = (id: string) => !!s.layerConfig[id]?.visible;

  for (const group of GROUPS)
    for (const layer of layers) {
      if (layer.group !== group || !visible(layer.id) || !allowed(layer, s.role)) continue;
      const name = layer.title[lang];
      const replacement = s.imported.find((m) => m.replaces === layer.id);
      let items: LegendItem[] = presentClasses(legendFor(layer.id, layer.geometry, THEME, layers.indexOf(layer)), s.features?.[layer.id]);
      if (layer.id === 'streets' && !replacement) {
        const choropleth = streetColors({ indicators: s.indicators, indicator: s.indicator, month: s.month, colorBy: s.colorBy }, THEME).legend;
        if (choropleth.length > 0 && s.indicators) {
          items = [...choropleth, { label: t('exportUi.noData'), color: THEME.noData, shape: 'fill' }];
          choroplethColors = choropleth.map((i) => i.color);
          const ind = s.indicators.indicators[s.indicator];
          theme = t('exportUi.theme', { indicator: ind.label[lang], unit: ind.unit, month: formatMonth(s.month, lang), colorBy: t(`time.by.${s.colorBy}`) });
        }
      }
      const p: Provenance | 'imported' = replacement ? 'imported' : layer.provenance;
      legend.push({ title: name, provenance: p, badge: badge(p), items: items.map((i) => ({ ...i, label: label(i, name) })) });
      provenance.push(
        replacement
          ? { layer: `${replacement.name}${t('exportUi.replaces', { layer: name })}`, provenance: 'imported', label: t('exportUi.imported'), note: '', source: t('exportUi.importedSource', { file: replacement.fileName }) }
          : { layer: name, provenance: layer.provenance, label: t(`provenance.${layer.provenance}`), note: layer.provenanceNote[lang], source: layer.source },
      );
    }

  if (theme) {
    const ds = s.manifest?.datasets.find((d) => d.files.some((f) => f.path === 'street-indicators.json'));
    if (ds) provenance.push({ layer: ds.title[lang], provenance: ds.provenance, label: t(`provenance.${ds.provenance}`), note: ds.provenanceNote[lang], source: ds.source });
  }

  s.imported.forEach((m, i) => {
    if (m.replaces || !visible(m.id)) return;
    const color = colorOf(m.id, THEME, layers.length + i);
    legend.push({ title: m.name, provenance: 'imported', badge: badge('imported'), items: [{ label: m.name, color, shape: geometryShape(m.geometry) }] });
    provenance.push({ layer: m.name, provenance: 'imported', label: t('exportUi.imported'), note: '', source: t('exportUi.importedSource', { file: m.fileName }) });
  });

  const caveat = provenance.some((r) => r.provenance === 'approximate' || r.provenance === 'synthetic');
  return {
    title: t('app.title'),
    subtitle: t('app.subtitle'),
    theme,
    exportedAt: t('exportUi.exportedAt', { time: formatTimestamp(now) }),
    dataDate: s.manifest?.dataDate ? t('exportUi.dataDate', { date: s.manifest.dataDate }) : null,
    legendTitle: t('exportUi.legend'),
    legend,
    provenanceTitle: t('exportUi.provenance'),
    provenance,
    attribution: t('exportUi.basemap', { attribution: attributionOf(s, t) }),
    disclaimer: caveat ? t('exportUi.disclaimer') : null,
    north: t('exportUi.north'),
    choroplethColors,
  };
}

// ---------------------------------------------------------------- layout

export interface LegendLayoutOptions {
  /** the panel's height limit (CSS px); sections flow into further columns past it */
  maxHeight: number;
  columnWidth: number;
  padding: number;
  headerHeight: number;
  titleHeight: number;
  rowHeight: number;
  sectionGap: number;
}

export interface PlacedLegendEntry {
  kind: 'title' | 'item';
  section: number;
  /** index in the section's items; -1 for titles */
  item: number;
  x: number;
  y: number;
}

export interface LegendLayout {
  width: number;
  height: number;
  columns: number;
  entries: PlacedLegendEntry[];
}

export const LEGEND_LAYOUT: LegendLayoutOptions = { maxHeight: 600, columnWidth: 260, padding: 12, headerHeight: 26, titleHeight: 22, rowHeight: 20, sectionGap: 8 };

/**
 * Places section titles and swatch rows top to bottom, starting a new column when the next row
 * would pass `maxHeight`. A title never ends a column: it moves with its first row.
 */
export function layoutLegend(sections: { items: unknown[] }[], o: LegendLayoutOptions = LEGEND_LAYOUT): LegendLayout {
  const top = o.padding + o.headerHeight;
  const bottom = o.maxHeight - o.padding;
  const entries: PlacedLegendEntry[] = [];
  let col = 0;
  let y = top;
  let maxY = top;
  const fits = (h: number) => y + h <= bottom || y === top;
  const nextColumn = () => {
    col++;
    y = top;
  };
  sections.forEach((s, si) => {
    if (!fits(o.titleHeight + (s.items.length > 0 ? o.rowHeight : 0))) nextColumn();
    entries.push({ kind: 'title', section: si, item: -1, x: o.padding + col * o.columnWidth, y });
    y += o.titleHeight;
    s.items.forEach((_, ii) => {
      if (!fits(o.rowHeight)) nextColumn();
      entries.push({ kind: 'item', section: si, item: ii, x: o.padding + col * o.columnWidth, y });
      y += o.rowHeight;
      maxY = Math.max(maxY, y);
    });
    maxY = Math.max(maxY, y);
    y += o.sectionGap;
  });
  const columns = col + 1;
  return { width: columns * o.columnWidth + 2 * o.padding, height: maxY + o.padding, columns, entries };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  header: Rect;
  map: Rect;
  legend: Rect;
  footer: Rect;
}

export const FRAME = { margin: 16, headerHeight: 64, gap: 12 };

/** The sheet: title band on top, the map with the legend to its right, provenance below. */
export function layoutFrame(map: { w: number; h: number }, legend: { w: number; h: number }, footerHeight: number, f = FRAME): FrameLayout {
  const bodyH = Math.max(map.h, legend.h);
  const width = f.margin + map.w + f.gap + legend.w + f.margin;
  const mapRect = { x: f.margin, y: f.headerHeight + f.gap, w: map.w, h: map.h };
  const footerY = mapRect.y + bodyH + f.gap;
  return {
    width,
    height: footerY + footerHeight + f.margin,
    header: { x: 0, y: 0, w: width, h: f.headerHeight },
    map: mapRect,
    legend: { x: mapRect.x + map.w + f.gap, y: mapRect.y, w: legend.w, h: legend.h },
    footer: { x: f.margin, y: footerY, w: width - 2 * f.margin, h: footerHeight },
  };
}

// ---------------------------------------------------------------- drawing

/** An error the UI shows as `t(key)`. */
export class ExportError extends Error {
  constructor(
    readonly key: 'exportUi.noMap' | 'exportUi.canvasUnreadable' | 'exportUi.encodeFailed',
    detail?: string,
  ) {
    super(detail ? `${key}: ${detail}` : key);
    this.name = 'ExportError';
  }
}

const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const font = (px: number, weight: 'normal' | 'bold' = 'normal') => `${weight} ${px}px ${FONT_FAMILY}`;
const INK = '#1f2a30';
const MUTED = '#546e7a';
const FRAME_GREEN = '#0b3d2e';
const BADGE: Record<string, { fg: string; bg: string; line: string }> = {
  approximate: { fg: '#92400e', bg: '#fffbeb', line: '#f59e0b' },
  synthetic: { fg: '#6b21a8', bg: '#faf5ff', line: '#a855f7' },
  imported: { fg: '#0b6e4f', bg: '#e6f2ee', line: '#0b6e4f' },
  official: { fg: '#0b6e4f', bg: '#e6f2ee', line: '#0b6e4f' },
  derived: { fg: '#0b6e4f', bg: '#e6f2ee', line: '#0b6e4f' },
};
const FOOTER = { titleHeight: 22, lineHeight: 17, rowGap: 3, gap: 6, size: 12 };
/** the longest a side of the PNG may be, in device pixels (browsers refuse larger canvases) */
const MAX_SIDE_PX = 8192;

type Ctx = CanvasRenderingContext2D;

function roundRect(g: Ctx, x: number, y: number, w: number, h: number, r: number) {
  g.beginPath();
  g.moveTo(x + r, y);
  g.arcTo(x + w, y, x + w, y + h, r);
  g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r);
  g.arcTo(x, y, x + w, y, r);
  g.closePath();
}

/** Draws a provenance pill at (x, baseline y); returns its width. */
function pill(g: Ctx, text: string, kind: string, x: number, y: number, size = 11): number {
  g.font = font(size);
  const w = g.measureText(text).width + 10;
  const c = BADGE[kind] ?? BADGE.official;
  roundRect(g, x, y - size - 1, w, size + 6, 7);
  g.fillStyle = c.bg;
  g.fill();
  g.strokeStyle = c.line;
  g.lineWidth = 1;
  g.stroke();
  g.fillStyle = c.fg;
  g.fillText(text, x + 5, y + 1);
  return w;
}

function swatch(g: Ctx, item: LegendItem, x: number, y: number) {
  g.save();
  if (item.shape === 'line') {
    g.strokeStyle = item.color;
    g.lineWidth = 3;
    g.beginPath();
    g.moveTo(x, y + 7);
    g.lineTo(x + 22, y + 7);
    g.stroke();
  } else if (item.shape === 'circle') {
    g.fillStyle = item.color;
    g.strokeStyle = '#ffffff';
    g.lineWidth = 1.5;
    g.beginPath();
    g.arc(x + 11, y + 7, 6, 0, 2 * Math.PI);
    g.fill();
    g.stroke();
  } else {
    g.fillStyle = item.color;
    g.fillRect(x, y, 22, 14);
    g.strokeStyle = 'rgba(0,0,0,0.35)';
    g.lineWidth = 1;
    g.strokeRect(x + 0.5, y + 0.5, 21, 13);
  }
  g.restore();
}

function drawHeader(g: Ctx, r: Rect, c: ExportContent) {
  g.fillStyle = FRAME_GREEN;
  g.fillRect(r.x, r.y, r.w, r.h);
  g.textBaseline = 'alphabetic';
  g.fillStyle = '#ffffff';
  g.font = font(22, 'bold');
  g.fillText(c.title, FRAME.margin, 30);
  const tw = g.measureText(c.title).width;
  g.font = font(14);
  g.fillStyle = '#cfe8dc';
  g.fillText(c.subtitle, FRAME.margin + tw + 12, 30);
  if (c.theme) {
    g.font = font(14, 'bold');
    g.fillStyle = '#ffe08a';
    g.fillText(c.theme, FRAME.margin, 53);
  }
  g.textAlign = 'right';
  g.font = font(12);
  g.fillStyle = '#e6f2ee';
  if (c.dataDate) g.fillText(c.dataDate, r.w - FRAME.margin, 28);
  g.fillText(c.exportedAt, r.w - FRAME.margin, 48);
  g.textAlign = 'left';
}

function drawScaleBar(g: Ctx, map: Rect, view: ExportView, t: Translate) {
  const bar = scaleBar(view.lat, view.zoom, 150);
  if (bar.metres <= 0) return;
  const text = formatDistance(bar.metres, t);
  g.font = font(12, 'bold');
  const x = map.x + 12;
  const y = map.y + map.h - 14;
  const boxW = Math.max(bar.px, g.measureText(text).width) + 16;
  g.fillStyle = 'rgba(255,255,255,0.85)';
  roundRect(g, x - 6, y - 26, boxW, 34, 4);
  g.fill();
  g.strokeStyle = INK;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(x, y - 6);
  g.lineTo(x, y);
  g.lineTo(x + bar.px, y);
  g.lineTo(x + bar.px, y - 6);
  g.stroke();
  // a half-way tick
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(x + bar.px / 2, y);
  g.lineTo(x + bar.px / 2, y - 4);
  g.stroke();
  g.fillStyle = INK;
  g.fillText(text, x, y - 10);
}

function drawNorthArrow(g: Ctx, map: Rect, bearing: number, label: string) {
  const cx = map.x + map.w - 34;
  const cy = map.y + 40;
  g.save();
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.beginPath();
  g.arc(cx, cy, 24, 0, 2 * Math.PI);
  g.fill();
  g.strokeStyle = '#90a4ae';
  g.lineWidth = 1;
  g.stroke();
  g.translate(cx, cy);
  g.rotate(northRotation(bearing));
  g.beginPath();
  g.moveTo(0, -18);
  g.lineTo(8, 6);
  g.lineTo(0, 1);
  g.closePath();
  g.fillStyle = INK;
  g.fill();
  g.beginPath();
  g.moveTo(0, -18);
  g.lineTo(-8, 6);
  g.lineTo(0, 1);
  g.closePath();
  g.fillStyle = '#ffffff';
  g.fill();
  g.strokeStyle = INK;
  g.stroke();
  g.font = font(11, 'bold');
  g.textAlign = 'center';
  g.fillStyle = INK;
  g.fillText(label, 0, 17);
  g.restore();
}

function drawLegend(g: Ctx, r: Rect, c: ExportContent, layout: LegendLayout) {
  g.fillStyle = '#ffffff';
  g.fillRect(r.x, r.y, r.w, r.h);
  g.strokeStyle = '#cfd8dc';
  g.lineWidth = 1;
  g.strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
  g.fillStyle = FRAME_GREEN;
  g.font = font(15, 'bold');
  g.fillText(c.legendTitle, r.x + LEGEND_LAYOUT.padding, r.y + LEGEND_LAYOUT.padding + 15);
  const colW = LEGEND_LAYOUT.columnWidth - 10;
  for (const e of layout.entries) {
    const s = c.legend[e.section];
    const x = r.x + e.x;
    const y = r.y + e.y;
    if (e.kind === 'title') {
      let room = colW;
      let bx = x;
      if (s.badge) {
        g.font = font(10);
        room -= g.measureText(s.badge).width + 16;
      }
      g.font = font(13, 'bold');
      g.fillStyle = INK;
      const title = fitText(s.title, room, (txt) => g.measureText(txt).width);
      g.fillText(title, x, y + 15);
      bx += g.measureText(title).width + 6;
      if (s.badge) pill(g, s.badge, s.provenance, bx, y + 14, 10);
    } else {
      const item = s.items[e.item];
      swatch(g, item, x + 2, y + 2);
      g.font = font(12);
      g.fillStyle = INK;
      g.fillText(fitText(item.label, colW - 32, (txt) => g.measureText(txt).width), x + 32, y + 14);
    }
  }
}

interface FooterLine {
  kind: 'title' | 'row' | 'text' | 'small' | 'gap';
  text: string;
  /** for the first line of a provenance row */
  row?: ProvenanceRow;
  indent: number;
}

function footerLines(g: Ctx, c: ExportContent, width: number): FooterLine[] {
  const out: FooterLine[] = [{ kind: 'title', text: c.provenanceTitle, indent: 0 }];
  const measure: Measure = (s) => g.measureText(s).width;
  for (const row of c.provenance) {
    g.font = font(FOOTER.size, 'bold');
    const nameW = g.measureText(row.layer).width + 8;
    g.font = font(10);
    const pillW = g.measureText(row.label).width + 10 + 8;
    g.font = font(FOOTER.size);
    // the source citation is shown as is (file paths, seed lines such as 004:495)
    const text = [row.note, row.source].filter(Boolean).join(' · ');
    const lines = wrapText(text, width - 16, measure, width - nameW - pillW);
    lines.forEach((l, i) => out.push(i === 0 ? { kind: 'row', text: l, row, indent: nameW + pillW } : { kind: 'text', text: l, indent: 16 }));
  }
  out.push({ kind: 'gap', text: '', indent: 0 });
  g.font = font(FOOTER.size);
  for (const l of wrapText(c.attribution, width, measure)) out.push({ kind: 'small', text: l, indent: 0 });
  if (c.disclaimer) for (const l of wrapText(c.disclaimer, width, measure)) out.push({ kind: 'small', text: l, indent: 0 });
  return out;
}
function footerHeight(lines: FooterLine[]): number {
  return lines.reduce((h, l) => h + (l.kind === 'title' ? FOOTER.titleHeight : l.kind === 'gap' ? FOOTER.gap : FOOTER.lineHeight + (l.kind === 'row' ? FOOTER.rowGap : 0)), 0);
}

function drawFooter(g: Ctx, r: Rect, lines: FooterLine[]) {
  let y = r.y;
  g.strokeStyle = '#cfd8dc';
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(r.x, y - 4);
  g.lineTo(r.x + r.w, y - 4);
  g.stroke();
  for (const l of lines) {
    if (l.kind === 'title') {
      g.font = font(14, 'bold');
      g.fillStyle = FRAME_GREEN;
      g.fillText(l.text, r.x, y + 16);
      y += FOOTER.titleHeight;
      continue;
    }
    if (l.kind === 'gap') {
      y += FOOTER.gap;
      continue;
    }
    if (l.kind === 'row') y += FOOTER.rowGap;
    const base = y + 13;
    if (l.kind === 'row' && l.row) {
      g.font = font(FOOTER.size, 'bold');
      g.fillStyle = INK;
      g.fillText(l.row.layer, r.x, base);
      pill(g, l.row.label, l.row.provenance, r.x + g.measureText(l.row.layer).width + 8, base, 10);
    }
    g.font = font(FOOTER.size);
    g.fillStyle = l.kind === 'small' ? MUTED : '#37474f';
    g.fillText(l.text, r.x + l.indent, base);
    y += FOOTER.lineHeight;
  }
}

export interface ExportView {
  lat: number;
  zoom: number;
  bearing: number;
}

export interface ExportMapOptions {
  /** the map container: holds MapLibre's canvas and deck.gl's canvases */
  container: HTMLElement;
  view: ExportView;
  content: ExportContent;
  t: Translate;
  /** defaults to window.devicePixelRatio */
  pixelRatio?: number;
  now?: Date;
  /** false: build the PNG without saving it */
  download?: boolean;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  /** device pixels */
  width: number;
  height: number;
}

function assertDrawn(g: Ctx, w: number, h: number) {
  let drawn = 0;
  try {
    const d = g.getImageData(0, 0, w, h).data;
    // every 7th pixel is plenty to tell a drawn map from an empty buffer
    for (let i = 3; i < d.length; i += 28) if (d[i] !== 0) drawn++;
  } catch (e) {
    // a tainted canvas (cross-origin tiles without CORS) throws SecurityError
    throw new ExportError('exportUi.canvasUnreadable', e instanceof Error ? e.message : String(e));
  }
  if (drawn === 0) throw new ExportError('exportUi.canvasUnreadable', 'the map canvas is empty');
}

/** Stacks the map container's canvases (DOM order) into one image; throws if they cannot be read. */
function captureMap(container: HTMLElement, w: number, h: number, pr: number): HTMLCanvasElement {
  const box = container.getBoundingClientRect();
  const canvases = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0 && getComputedStyle(c).display !== 'none');
  if (canvases.length === 0) throw new ExportError('exportUi.noMap');
  const out = document.createElement('canvas');
  out.width = Math.round(w * pr);
  out.height = Math.round(h * pr);
  const g = out.getContext('2d');
  if (!g) throw new ExportError('exportUi.canvasUnreadable', 'no 2D context');
  g.scale(pr, pr);
  canvases.forEach((c, i) => {
    const r = c.getBoundingClientRect();
    g.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
    // The first canvas is MapLibre's, whose background layer is opaque: if it reads as empty, its
    // drawing buffer was not preserved or the WebGL context is lost. (deck.gl's may be empty.)
    if (i === 0) assertDrawn(g, out.width, out.height);
  });
  return out;
}

/** Composes the sheet and (by default) downloads `eco-map-<YYYYMMDD-HHmm>.png`. */
export async function exportMapPng(o: ExportMapOptions): Promise<ExportResult> {
  const box = o.container.getBoundingClientRect();
  const mapW = Math.round(box.width);
  const mapH = Math.round(box.height);
  if (mapW === 0 || mapH === 0) throw new ExportError('exportUi.noMap');
  if (typeof document !== 'undefined' && 'fonts' in document) await document.fonts.ready;

  const legend = layoutLegend(o.content.legend, { ...LEGEND_LAYOUT, maxHeight: Math.max(mapH, 240) });
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new ExportError('exportUi.canvasUnreadable', 'no 2D context');
  const provisional = layoutFrame({ w: mapW, h: mapH }, { w: legend.width, h: legend.height }, 0);
  const lines = footerLines(probe, o.content, provisional.footer.w);
  const frame = layoutFrame({ w: mapW, h: mapH }, { w: legend.width, h: legend.height }, footerHeight(lines));

  const wanted = o.pixelRatio ?? (typeof window !== 'undefined' ? window.devicePixelRatio : 1) ?? 1;
  const pr = Math.max(0.25, Math.min(wanted || 1, MAX_SIDE_PX / frame.width, MAX_SIDE_PX / frame.height));
  const mapImage = captureMap(o.container, mapW, mapH, pr);

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * pr);
  canvas.height = Math.round(frame.height * pr);
  const g = canvas.getContext('2d');
  if (!g) throw new ExportError('exportUi.canvasUnreadable', 'no 2D context');
  g.scale(pr, pr);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, frame.width, frame.height);

  drawHeader(g, frame.header, o.content);
  const m = frame.map;
  g.fillStyle = THEME.background;
  g.fillRect(m.x, m.y, m.w, m.h);
  g.drawImage(mapImage, m.x, m.y, m.w, m.h);
  g.strokeStyle = '#78909c';
  g.lineWidth = 1;
  g.strokeRect(m.x - 0.5, m.y - 0.5, m.w + 1, m.h + 1);
  drawScaleBar(g, m, o.view, o.t);
  drawNorthArrow(g, m, o.view.bearing, o.content.north);
  drawLegend(g, frame.legend, o.content, legend);
  drawFooter(g, frame.footer, lines);

  const blob = await new Promise<Blob | null>((resolve, reject) => {
    try {
      canvas.toBlob(resolve, 'image/png');
    } catch (e) {
      // a tainted canvas (cross-origin tiles without CORS) throws SecurityError here
      reject(new ExportError('exportUi.canvasUnreadable', e instanceof Error ? e.message : String(e)));
    }
  });
  if (!blob) throw new ExportError('exportUi.encodeFailed');
  const fileName = exportFileName(o.now ?? new Date());
  if (o.download !== false) downloadBlob(blob, fileName);
  return { blob, fileName, width: canvas.width, height: canvas.height };
}
