import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import distance from '@turf/distance';
import type { Manifest, ManifestLayer, StreetIndicators } from '../data/manifest';
import { zh } from '../i18n/locales/zh';
import { en } from '../i18n/locales/en';
import { streetColors } from '../map/layers/streets';
import { THEME } from '../map/theme';
import {
  exportContent,
  exportFileName,
  fitText,
  formatDistance,
  formatMonth,
  formatTimestamp,
  layoutFrame,
  layoutLegend,
  presentClasses,
  LEGEND_LAYOUT,
  metresPerPixel,
  niceLength,
  northRotation,
  scaleBar,
  wrapText,
  type ExportState,
  type Translate,
} from './export-png';

/** a stand-in for measureText: Chinese characters 12 px, everything else 6 px */
const measure = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 12 : 6), 0);

const i18n = i18next.createInstance();
void i18n.init({ resources: { zh: { translation: zh }, en: { translation: en } }, lng: 'zh', interpolation: { escapeValue: false }, initAsync: false });
const tr = (lng: 'zh' | 'en'): Translate => (key, vars) => i18n.getFixedT(lng)(key, vars);

describe('scale in true metres (Web Mercator, 512-px tiles)', () => {
  it('gives 78 271.5 m per pixel at the equator at zoom 0 and halves with each zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(0, 1)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
    expect(metresPerPixel(60, 5)).toBeCloseTo(metresPerPixel(0, 5) / 2, 6);
  });

  it('agrees with the geodesic length of a pixel run along Beijing’s parallel', () => {
    // 100 px east at zoom 11 spans 100 × 360 / (512 × 2^11) degrees of longitude
    const lat = 39.9;
    const dLon = (100 * 360) / (512 * 2 ** 11);
    const geodesic = distance([116.4, lat], [116.4 + dLon, lat], { units: 'meters' });
    // turf uses a 6 371 km sphere, Web Mercator the 6 378 km equator: they differ by ~0.1 %
    expect(Math.abs(metresPerPixel(lat, 11) * 100 - geodesic) / geodesic).toBeLessThan(0.003);
  });

  it('rounds down to 1, 2 or 5 × 10ⁿ metres', () => {
    const cases: [number, number][] = [
      [730, 500], [499.9, 200], [1999, 1000], [2000, 2000], [9.99, 5], [1000, 1000], [0.7, 0.5], [123456, 100000],
    ];
    for (const [max, nice] of cases) expect(niceLength(max)).toBeCloseTo(nice, 9);
    expect(niceLength(0)).toBe(0);
    expect(niceLength(Number.NaN)).toBe(0);
  });

  it('draws a bar no longer than asked whose pixel length times metres per pixel is its label', () => {
    for (const zoom of [6, 9.3, 10, 12.7, 16, 19]) {
      const bar = scaleBar(39.9, zoom, 150);
      expect(bar.px).toBeLessThanOrEqual(150 + 1e-9);
      // at least 150 / 2.5 px: the next nice step would not have fitted
      expect(bar.px).toBeGreaterThanOrEqual(60 - 1e-9);
      expect(bar.px * metresPerPixel(39.9, zoom)).toBeCloseTo(bar.metres, 6);
    }
  });

  it('labels metres and kilometres in both languages', () => {
    expect(formatDistance(500, tr('zh'))).toBe('500 米');
    expect(formatDistance(2000, tr('zh'))).toBe('2 千米');
    expect(formatDistance(5000, tr('en'))).toBe('5 km');
    expect(formatDistance(200, tr('en'))).toBe('200 m');
  });

  it('turns the north arrow against the bearing', () => {
    expect(northRotation(0)).toBeCloseTo(0, 12);
    expect(northRotation(90)).toBeCloseTo(-Math.PI / 2, 12);
    expect(northRotation(-45)).toBeCloseTo(Math.PI / 4, 12);
  });
});

describe('names and times', () => {
  it('names the file eco-map-YYYYMMDD-HHmm.png in local time', () => {
    const d = new Date(2025, 0, 5, 9, 7, 59);
    expect(exportFileName(d)).toBe('eco-map-20250105-0907.png');
    expect(formatTimestamp(d)).toBe('2025-01-05 09:07');
  });

  it('writes months the Chinese way in Chinese only', () => {
    expect(formatMonth('2024-03', 'zh')).toBe('2024年3月');
    expect(formatMonth('2024-03', 'en')).toBe('2024-03');
  });
});

describe('text fitting', () => {
  it('breaks Chinese between characters and English at spaces, never past the width', () => {
    const zhLines = wrapText('由近似驻地点的泰森多边形按区界裁剪生成非官方街乡界线', 60, measure);
    expect(zhLines.join('')).toBe('由近似驻地点的泰森多边形按区界裁剪生成非官方街乡界线');
    for (const l of zhLines) expect(measure(l)).toBeLessThanOrEqual(60);
    const enLines = wrapText('generated from public knowledge positions approximate', 90, measure);
    expect(enLines.join(' ')).toBe('generated from public knowledge positions approximate');
    for (const l of enLines) expect(measure(l)).toBeLessThanOrEqual(90);
  });

  it('leaves less room on the first line when asked, and cuts words longer than a line', () => {
    const lines = wrapText('aaaa bbbb cccccccccccccccccccc', 60, measure, 30);
    expect(measure(lines[0])).toBeLessThanOrEqual(30);
    for (const l of lines.slice(1)) expect(measure(l)).toBeLessThanOrEqual(60);
    expect(lines.join('').replace(/\s/g, '')).toBe('aaaabbbbcccccccccccccccccccc');
  });

  it('ends cut text with an ellipsis inside the width', () => {
    expect(fitText('行政区', 100, measure)).toBe('行政区');
    const cut = fitText('街道乡镇（示意边界）', 60, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(60);
  });
});

describe('legend and sheet layout', () => {
  const sections = (sizes: number[]) => sizes.map((n) => ({ items: Array.from({ length: n }, (_, i) => i) }));

  it('stacks sections in one column when they fit, titles before their rows', () => {
    const l = layoutLegend(sections([1, 7, 3]), { ...LEGEND_LAYOUT, maxHeight: 1000 });
    expect(l.columns).toBe(1);
    expect(l.entries).toHaveLength(3 + 11);
    for (let i = 1; i < l.entries.length; i++) expect(l.entries[i].y).toBeGreaterThan(l.entries[i - 1].y);
    expect(l.height).toBeLessThanOrEqual(1000);
    expect(l.width).toBe(LEGEND_LAYOUT.columnWidth + 2 * LEGEND_LAYOUT.padding);
  });

  it('flows into more columns when the map is short, keeping every entry inside the height and a title with its first row', () => {
    const o = { ...LEGEND_LAYOUT, maxHeight: 200 };
    const l = layoutLegend(sections([1, 7, 3, 6, 2]), o);
    expect(l.columns).toBeGreaterThan(1);
    expect(l.width).toBe(l.columns * o.columnWidth + 2 * o.padding);
    for (const e of l.entries) expect(e.y + (e.kind === 'title' ? o.titleHeight : o.rowHeight)).toBeLessThanOrEqual(o.maxHeight - o.padding);
    l.entries.forEach((e, i) => {
      if (e.kind !== 'title') return;
      const first = l.entries[i + 1];
      expect(first.x).toBe(e.x);
      expect(first.y).toBe(e.y + o.titleHeight);
    });
    expect(l.height).toBeLessThanOrEqual(o.maxHeight);
  });

  it('puts the legend right of the map and the provenance under both, all inside the sheet', () => {
    const f = layoutFrame({ w: 900, h: 600 }, { w: 254, h: 640 }, 120);
    expect(f.legend.x).toBeGreaterThanOrEqual(f.map.x + f.map.w);
    expect(f.legend.y).toBe(f.map.y);
    expect(f.footer.y).toBeGreaterThanOrEqual(f.map.y + 640);
    expect(f.width).toBeGreaterThanOrEqual(f.legend.x + f.legend.w);
    expect(f.height).toBeGreaterThanOrEqual(f.footer.y + f.footer.h);
    expect(f.width).toBeGreaterThan(900);
    expect(f.height).toBeGreaterThan(600);
  });
});

const layer = (id: string, p: Partial<ManifestLayer>): ManifestLayer => ({
  id,
  title: { zh: id, en: id },
  group: 'base',
  geometry: 'Point',
  featureCount: 1,
  provenance: 'official',
  provenanceNote: { zh: `${id} 说明`, en: `${id} note` },
  source: `${id}-source`,
  licence: 'x',
  visibility: 'public',
  publicMode: 'full',
  properties: {},
  files: [{ path: `${id}.geojson`, format: 'geojson', bytes: 1, gzipBytes: 1 }],
  lazy: false,
  defaultVisible: true,
  ...p,
});

const manifest: Manifest = {
  version: 1,
  seed: 1,
  dataDate: '2024-12-31',
  layers: [
    layer('stations-national', { group: 'air', provenance: 'approximate', title: { zh: '国控站', en: 'National stations' } }),
    layer('districts', { geometry: 'Polygon', provenance: 'derived', title: { zh: '行政区', en: 'Districts' } }),
    layer('streets', { geometry: 'Polygon', provenance: 'approximate', title: { zh: '街道乡镇', en: 'Streets' } }),
    layer('sites', { provenance: 'synthetic', visibility: 'internal', title: { zh: '工地', en: 'Sites' } }),
    layer('rivers', { group: 'water', geometry: 'LineString', provenance: 'approximate', title: { zh: '河湖', en: 'Rivers' } }),
  ],
  datasets: [
    {
      id: 'street-indicators',
      title: { zh: '街乡月度指标', en: 'Street indicators' },
      provenance: 'synthetic',
      provenanceNote: { zh: '模拟数据', en: 'synthetic' },
      source: 'generator seed 1',
      visibility: 'public',
      files: [{ path: 'street-indicators.json', format: 'geojson', bytes: 1, gzipBytes: 1 }],
    },
  ],
  indicatorMonths: ['2024-12'],
  mobileMonthsAvailable: [],
  mobileMonthsGeneratable: [],
};

const values = Array.from({ length: 40 }, (_, j) => 20 + j * 1.5);
const pm25 = { unit: 'µg/m³', label: { zh: 'PM2.5', en: 'PM2.5' }, values: [values], ranks: [values.map((_, j) => j + 1)] };
const indicators: StreetIndicators = { months: ['2024-12'], streets: values.map((_, j) => `s${j}`), provenance: 'synthetic', indicators: { pm25, tsp: pm25, dustfall: pm25, roadDust: pm25 } };

const state = (p: Partial<ExportState> = {}): ExportState => ({
  manifest,
  layerConfig: {
    'stations-national': { visible: true, opacity: 1 },
    districts: { visible: true, opacity: 1 },
    streets: { visible: true, opacity: 1 },
    sites: { visible: true, opacity: 1 },
    rivers: { visible: false, opacity: 1 },
  },
  imported: [],
  indicators,
  indicator: 'pm25',
  month: '2024-12',
  colorBy: 'value',
  basemap: 'offline',
  lang: 'zh',
  role: 'public',
  ...p,
});

describe('what the sheet says', () => {
  const now = new Date(2025, 0, 5, 14, 3);

  it('lists only visible layers the role may see, base group first, with the choropleth classes of the shown month', () => {
    const c = exportContent(state(), tr('zh'), now);
    expect(c.legend.map((s) => s.title)).toEqual(['行政区', '街道乡镇', '国控站']);
    const expected = streetColors({ indicators, indicator: 'pm25', month: '2024-12', colorBy: 'value' }, THEME).legend;
    const streets = c.legend[1];
    expect(streets.items.slice(0, expected.length).map((i) => [i.color, i.label])).toEqual(expected.map((i) => [i.color, i.label]));
    expect(streets.items.at(-1)).toEqual({ label: '无数据', color: THEME.noData, shape: 'fill' });
    expect(c.choroplethColors).toEqual([...THEME.ramp]);
    // a layer whose legend entry has no label is named by its title
    expect(c.legend[0].items[0].label).toBe('行政区');
  });

  it('names the indicator, unit, month and colouring in the title block, with data date and export time', () => {
    const c = exportContent(state(), tr('zh'), now);
    expect(c.title).toBe('生态环境一张图');
    expect(c.theme).toBe('专题：PM2.5（µg/m³）· 2024年12月 · 按数值');
    expect(c.dataDate).toBe('数据日期：2024-12-31');
    expect(c.exportedAt).toBe('导出时间：2025-01-05 14:03');
    const ranked = exportContent(state({ colorBy: 'rank', lang: 'en' }), tr('en'), now);
    expect(ranked.theme).toBe(`Theme: PM2.5 (µg/m³) · 2024-12 · ${en.time.by.rank}`);
    expect(ranked.legend[1].items.map((i) => i.label)).toEqual(['Top', 'Middle', 'Bottom 30', 'Bottom 10', 'No data']);
  });

  it('lists only the station classes the loaded features have', () => {
    const point = (stationClass: string) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [116.4, 39.9] }, properties: { name: 'x', stationClass } });
    const features = { 'stations-national': { type: 'FeatureCollection' as const, features: [point('国控'), point('国控')] } };
    const c = exportContent(state({ features }), tr('zh'), now);
    expect(c.legend.find((s) => s.title === '国控站')?.items.map((i) => i.label)).toEqual(['国控']);
    const all = [
      { label: '国控', color: '#000000', shape: 'circle' as const },
      { label: '市控', color: '#111111', shape: 'circle' as const },
    ];
    expect(presentClasses(all, undefined)).toEqual(all);
    expect(presentClasses(all, { type: 'FeatureCollection', features: [point('其他')] })).toEqual(all);
    expect(presentClasses(all, { type: 'FeatureCollection', features: [point('市控')] })).toEqual([all[1]]);
  });

  it('has no theme line when the street layer is off', () => {
    const cfg = { ...state().layerConfig, streets: { visible: false, opacity: 1 } };
    const c = exportContent(state({ layerConfig: cfg }), tr('zh'), now);
    expect(c.theme).toBeNull();
    expect(c.choroplethColors).toEqual([]);
    expect(c.provenance.map((r) => r.layer)).not.toContain('街乡月度指标');
  });

  it('gives every shown layer and the indicator dataset a provenance class and source, plus the basemap attribution and a caveat', () => {
    const c = exportContent(state(), tr('zh'), now);
    expect(c.provenance.map((r) => [r.layer, r.label, r.source])).toEqual([
      ['行政区', '官方数据（已转换）', 'districts-source'],
      ['街道乡镇', '示意数据', 'streets-source'],
      ['国控站', '示意数据', 'stations-national-source'],
      ['街乡月度指标', '模拟数据', 'generator seed 1'],
    ]);
    expect(c.attribution).toBe(`底图：${zh.basemap.offlineAttribution}`);
    expect(c.disclaimer).toBe(zh.exportUi.disclaimer);
    expect(c.legend.map((s) => s.badge)).toEqual([null, '示意数据', '示意数据']);
  });

  it('shows internal layers to internal roles and the Tianditu review number with its attribution', () => {
    const c = exportContent(state({ role: 'supervisor', basemap: 'tianditu', tiandituReviewNo: 'GS(2024)0000号' }), tr('zh'), now);
    expect(c.legend.map((s) => s.title)).toContain('工地');
    expect(c.provenance.find((r) => r.layer === '工地')?.label).toBe('模拟数据');
    expect(c.attribution).toBe(`底图：${zh.basemap.tiandituAttribution} · GS(2024)0000号`);
  });

  it('credits imported layers to their file, including one that replaces a built-in layer', () => {
    const imported = [
      { id: 'import-a', name: '我的点位', fileName: 'points.csv', sourceFormat: 'csv', geometry: 'Point' as const, featureCount: 3, crsConverted: 'none', bbox: null, warnings: 0 },
      { id: 'import-b', name: '新区界', fileName: 'd.kml', sourceFormat: 'kml', geometry: 'Polygon' as const, featureCount: 3, crsConverted: 'none', bbox: null, warnings: 0, replaces: 'districts' },
    ];
    const cfg = { ...state().layerConfig, 'import-a': { visible: true, opacity: 1 } };
    const c = exportContent(state({ imported, layerConfig: cfg }), tr('zh'), now);
    const rows = c.provenance.filter((r) => r.provenance === 'imported');
    expect(rows.map((r) => [r.layer, r.source])).toEqual([
      ['新区界（替换“行政区”）', '本机导入文件“d.kml”'],
      ['我的点位', '本机导入文件“points.csv”'],
    ]);
    expect(c.legend.at(-1)?.title).toBe('我的点位');
    expect(c.legend.at(-1)?.badge).toBe('导入数据');
  });

  it('has nothing but the frame when no manifest has loaded', () => {
    const c = exportContent(state({ manifest: null }), tr('en'), now);
    expect(c.legend).toEqual([]);
    expect(c.provenance).toEqual([]);
    expect(c.dataDate).toBeNull();
    expect(c.disclaimer).toBeNull();
    expect(c.title).toBe('Beijing Eco Map');
  });
});
