/**
 * Rows with longitude/latitude columns (CSV, XLSX) → Point features.
 * Column detection knows English and Chinese headers; the caller can name the columns instead.
 */
import { fail, makeIssue } from '../issues';
import type { ImportIssue, SourceFormat, TabularColumns } from '../types';
import type { ParsedLayer } from './parsed';

const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '经度', '东经', 'jd', 'lon_wgs84', 'wgs84_lon', 'lng_wgs84', 'point_x', 'x坐标'];
const LAT_NAMES = ['lat', 'latitude', 'y', '纬度', '北纬', 'wd', 'lat_wgs84', 'wgs84_lat', 'point_y', 'y坐标'];
/** substrings good enough when no exact header matches (e.g. "经度(°)", "Longitude (WGS84)") */
const LON_PARTS = ['longitude', '经度', 'lng', 'lon'];
const LAT_PARTS = ['latitude', '纬度', 'lat'];

function norm(h: string): string {
  return h.trim().toLowerCase().replace(/[\s（(].*$/, '').replace(/\s+/g, '');
}

function findColumn(headers: string[], exact: string[], parts: string[]): number {
  const normed = headers.map(norm);
  for (const name of exact) {
    const i = normed.indexOf(name);
    if (i >= 0) return i;
  }
  const full = headers.map((h) => h.trim().toLowerCase());
  for (const part of parts) {
    const i = full.findIndex((h) => h.includes(part));
    if (i >= 0) return i;
  }
  return -1;
}

/** Detects lon/lat columns; `override` names them exactly. Returns -1 for a column not found. */
export function detectLonLatColumns(headers: string[], override: TabularColumns = {}): { lon: number; lat: number } {
  const lon = override.lon !== undefined ? headers.indexOf(override.lon) : findColumn(headers, LON_NAMES, LON_PARTS);
  const lat = override.lat !== undefined ? headers.indexOf(override.lat) : findColumn(headers, LAT_NAMES, LAT_PARTS);
  return { lon, lat };
}

/** Unique, non-empty header names: blanks become column_N, repeats get _2, _3 … */
export function cleanHeaders(raw: unknown[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = h === null || h === undefined ? '' : String(h).trim();
    if (!name) name = `column_${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n > 1 ? `${name}_${n}` : name;
  });
}

/** A coordinate cell → number; NaN when it is not a plain decimal number. */
export function toCoordinate(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  const s = v.trim().replace(/[°]$/, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  return Number(s);
}

/** CSV cells: plain decimal numbers become numbers, except codes with leading zeros or > 15 digits. */
export function csvValue(s: string): string | number {
  const t = s.trim();
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(t) && t.replace(/[-.]/g, '').length <= 15) return Number(t);
  return s;
}

export interface TabularInput {
  file: string;
  name: string;
  format: Extract<SourceFormat, 'csv' | 'xlsx'>;
  headers: string[];
  rows: unknown[][];
  columns?: TabularColumns;
  convert?: (v: unknown) => unknown;
  issues?: ImportIssue[];
  /** 1-based line/row number of the first data row in the file, for messages (default 2: header on line 1) */
  firstLine?: number;
}

export function rowsToLayer(input: TabularInput): ParsedLayer {
  const { file, headers, rows } = input;
  const code = input.format === 'csv' ? 'csv-no-lonlat-columns' : 'xlsx-no-lonlat-columns';
  const { lon, lat } = detectLonLatColumns(headers, input.columns);
  if (lon < 0 || lat < 0) {
    const missing = [lon < 0 ? 'longitude' : null, lat < 0 ? 'latitude' : null].filter(Boolean).join(' and ');
    const asked = input.columns && (input.columns.lon !== undefined || input.columns.lat !== undefined);
    fail(
      code,
      file,
      asked
        ? `the chosen ${missing} column was not found; columns are: ${headers.join(', ')}`
        : `no ${missing} column found (looked for lon/lng/longitude/经度/x and lat/latitude/纬度/y); columns are: ${headers.join(', ')}`,
      { params: { missing, columns: headers.join(', ') } },
    );
  }
  const issues: ImportIssue[] = [...(input.issues ?? [])];
  const features: unknown[] = [];
  const sourceIndex: number[] = [];
  const convert = input.convert ?? ((v: unknown) => v);
  rows.forEach((row, r) => {
    if (row.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))) return;
    const x = toCoordinate(row[lon]);
    const y = toCoordinate(row[lat]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      issues.push(
        makeIssue('nan-coordinates', 'error', file, `longitude ${JSON.stringify(row[lon] ?? null)} / latitude ${JSON.stringify(row[lat] ?? null)} is not a pair of numbers`, {
          featureIndex: r,
          unit: 'row',
          params: { line: r + (input.firstLine ?? 2), lon: String(row[lon] ?? ''), lat: String(row[lat] ?? '') },
        }),
      );
      return;
    }
    const properties: Record<string, unknown> = {};
    headers.forEach((h, c) => {
      const v = row[c];
      if (v !== undefined && v !== null && v !== '') Object.defineProperty(properties, h, { value: convert(v), enumerable: true, writable: true, configurable: true });
    });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [x, y] } });
    sourceIndex.push(r);
  });
  return { name: input.name, sourceFormat: input.format, features, crs: null, issues, unit: 'row', sourceIndex };
}
