/**
 * Everything only the internal build may contain: the internal tools, the styles of internal layers
 * (ledgers, wellheads, sources) and their relations. `npm run build:public` swaps this module for
 * ./public.ts (see vite.config.ts), so none of it — not even a layer id — reaches the public bundle.
 */
import { lazy } from 'react';
import type { InternalModule } from './types';

const m: InternalModule = {
  INTERNAL: true,
  INTERNAL_TOOLS: {
    analysis: lazy(() => import('../panels/AnalysisPanel/AnalysisPanel').then((x) => ({ default: x.AnalysisPanel }))),
    highvalue: lazy(() => import('../panels/HighValuePanel/HighValuePanel').then((x) => ({ default: x.HighValuePanel }))),
    inspector: lazy(() => import('../panels/InspectorPanel/InspectorPanel').then((x) => ({ default: x.InspectorPanel }))),
    import: lazy(() => import('../panels/ImportPanel/ImportPanel').then((x) => ({ default: x.ImportPanel }))),
  },
  StreetCountsPanel: lazy(() => import('../panels/StreetPanel/StreetCounts').then((x) => ({ default: x.StreetCounts }))),
  INTERNAL_STYLES: {
    sites: { by: 'siteType', palette: { 房建: '#8d6e63', 轨道交通: '#5e35b1', 水务: '#0277bd', 园林: '#2e7d32', 拆迁拆违: '#ef6c00', 线性工程: '#6d4c41', 小微工程: '#c62828' }, radius: 3.5 },
    'site-exits': { color: '#37474f', radius: 2.5 },
    bareland: { by: 'treatment', palette: { 未治理: '#d73027', 苫盖: '#fdae61', 绿化: '#66bd63', 硬化: '#878787' }, fillOpacity: 0.7 },
    outfalls: { by: 'status', palette: { 正常: '#2e7d32', 溢流: '#f9a825', 违规: '#c62828', 已封堵: '#757575' }, radius: 3.5 },
    wellheads: { by: 'safetyStatus', palette: { 达标: '#1565c0', 存在隐患: '#d81b60' }, radius: 4 },
    'pollution-sources': { by: 'sourceType', palette: { 污水: '#6d4c41', 垃圾: '#8e24aa', '厕所(渗厕)': '#37474f', 养殖: '#f57f17' }, radius: 3 },
    'soil-plots': { by: 'riskStatus', palette: { 风险管控中: '#e65100', 修复中: '#8d6e63', 已完成管控: '#9e9d24' }, fillOpacity: 0.6 },
  },
  VALUE_LABELS_EN: {
    '房建': 'Buildings',
    '轨道交通': 'Rail transit',
    '水务': 'Water works',
    '园林': 'Landscaping',
    '拆迁拆违': 'Demolition',
    '线性工程': 'Linear works',
    '小微工程': 'Small works',
    '未治理': 'Untreated',
    '苫盖': 'Covered',
    '绿化': 'Greened',
    '硬化': 'Paved',
    '正常': 'Normal',
    '溢流': 'Overflowing',
    '违规': 'In violation',
    '已封堵': 'Sealed',
    '达标': 'Safe',
    '存在隐患': 'At risk',
    '污水': 'Sewage',
    '垃圾': 'Garbage',
    '厕所(渗厕)': 'Latrine (seepage)',
    '养殖': 'Livestock',
    '风险管控中': 'Risk control',
    '修复中': 'Remediation',
    '已完成管控': 'Controlled',
  },
  RELATED_KEYS: [
    { prop: 'receivingWater', layer: 'rivers', relation: 'receivingWater' },
    { prop: 'siteId', layer: 'sites', relation: 'site' },
  ],
};

export const { INTERNAL, INTERNAL_TOOLS, StreetCountsPanel, INTERNAL_STYLES, RELATED_KEYS, VALUE_LABELS_EN } = m;
