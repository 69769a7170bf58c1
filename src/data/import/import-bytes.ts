/**
 * importBytes: the pure core of the importer (no DOM needed except DOMParser-or-xmldom for KML/GPX).
 * bytes → detect format → parse → reproject (.prj / GeoJSON crs) → validate → datum shift (GCJ-02/BD-09)
 * → sanitise properties → string ids → bbox / outside-Beijing check → optional built-in replacement check.
 * The Web Worker runs exactly this function; tests call it directly.
 */
import JSZip from 'jszip';
import { abortError } from './abort';
import type { Feature, Geometry } from 'geojson';
import { featureIdOf, validateFeatureCollection } from '../../analysis/validate-feature-collection';
import { datumConversion, datumForward, mapPositions, reprojectFeatures } from './crs';
import { baseName, binaryKind, decodeText, extensionOf, formatFromExtension, isZip, sniffText } from './detect';
import { BEIJING_BBOX, bboxInside, flattenGeometry, geometryBBox, unionBBox, type BBox } from './geometry';
import { fail, IssueCollector, makeIssue } from './issues';
import { parseCsv } from './parsers/csv';
import { parseGeoJson } from './parsers/geojson';
import { parseGpxText, parseKmlText, parseKmz } from './parsers/kml';
import type { ParsedLayer } from './parsers/parsed';
import { parseShapefileZip } from './parsers/shapefile';
import { parseXlsx } from './parsers/xlsx';
import { validateReplacement } from './replaces';
import { sanitizeProperties } from './sanitize';
import {
  ImportFailure,
  type CrsConversion,
  type ImportedLayer,
  type ImportIssue,
  type ImportIssueCode,
  type ImportOptions,
  type ImportResult,
  type ImportStage,
  type ProgressCallback,
  type SourceFormat,
} from './types';

/** Validator codes that make a feature unusable (it is dropped, or the import fails in strict mode). */
const FATAL_FEATURE_CODES = new Set([
  'not-feature', 'missing-geometry', 'unsupported-geometry', 'invalid-coordinates', 'invalid-position', 'null-coordinate',
  'non-number-coordinate', 'nan-coordinate', 'out-of-range', 'projected-coordinates', 'line-too-short', 'unclosed-ring', 'ring-too-short',
]);

function mapValidatorCode(code: string): ImportIssueCode {
  switch (code) {
    case 'nan-coordinate':
      return 'nan-coordinates';
    case 'projected-coordinates':
      return 'out-of-range';
    case 'not-feature': case 'missing-geometry': case 'unsupported-geometry': case 'invalid-coordinates': case 'invalid-position':
    case 'null-coordinate': case 'non-number-coordinate': case 'out-of-range': case 'line-too-short': case 'unclosed-ring':
    case 'ring-too-short': case 'self-intersection': case 'duplicate-id': case 'missing-id': case 'invalid-id':
      return code;
    default:
      return 'invalid-coordinates';
  }
}

export { abortError };

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError();
}

/** FNV-1a 32-bit over bytes and a salt string: a stable short id for the same file + options. */
export function fnv1a(bytes: Uint8Array, salt: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

function slug(s: string): string {
  const t = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return t || 'layer';
}

interface Routed {
  layers: ParsedLayer[];
  warnings: ImportIssue[];
}

async function route(file: string, bytes: Uint8Array, options: ImportOptions): Promise<Routed> {
  const warnings: ImportIssue[] = [];
  const byExt = formatFromExtension(file);
  const name = options.name ?? baseName(file);
  const mismatch = (detected: SourceFormat) => {
    const extFormat = byExt === 'zip' ? 'shapefile' : byExt;
    if (byExt && extFormat !== detected && !(byExt === 'zip' && detected === 'shapefile'))
      warnings.push(makeIssue('extension-mismatch', 'warning', file, `the file is named .${extensionOf(file)} but holds ${detected} data; imported as ${detected}`, { params: { extension: extensionOf(file), detected } }));
  };
  if (bytes.length === 0) fail('empty-file', file, 'the file is empty (0 bytes)');

  if (isZip(bytes)) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      return fail('invalid-zip', file, `the zip archive is damaged (${e instanceof Error ? e.message : String(e)})`);
    }
    const names = Object.keys(zip.files).filter((n) => !n.includes('__MACOSX'));
    if (names.some((n) => /\.shp$/i.test(n))) {
      mismatch('shapefile');
      return { layers: await parseShapefileZip(file, zip, options.encoding), warnings };
    }
    if (names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'))) {
      mismatch('xlsx');
      return { layers: [await parseXlsx(file, bytes, name, options.columns, options.sheet)], warnings };
    }
    if (names.some((n) => /\.kml$/i.test(n))) {
      mismatch('kmz');
      return { layers: [await parseKmz(file, zip, name)], warnings };
    }
    if (byExt === 'xlsx') fail('invalid-xlsx', file, 'the file is a zip archive but not an Excel workbook');
    if (byExt === 'kmz') fail('unsupported-type', file, 'the KMZ archive holds no .kml file');
    return fail('zip-without-shp', file, `the zip holds no .shp file (found: ${names.slice(0, 10).join(', ') || 'nothing'})`, { params: { entries: names.slice(0, 10).join(', ') } });
  }

  const binary = binaryKind(bytes);
  if (binary) fail('unsupported-type', file, `the content is a ${binary}, not a supported map data file`, { params: { detected: binary } });
  if (byExt === 'xlsx' || byExt === 'kmz' || byExt === 'zip') fail('unsupported-type', file, `the file is named .${extensionOf(file)} but is not a zip archive`, { params: { detected: 'text' } });

  const { text, fellBack } = decodeText(file, bytes, options.encoding);
  if (fellBack) warnings.push(makeIssue('encoding-gb18030', 'warning', file, 'the file is not UTF-8; read as GB18030 (GBK)', { params: { encoding: 'gb18030' } }));
  const kind = sniffText(text);
  switch (kind) {
    case 'empty':
      return fail('empty-file', file, 'the file holds only whitespace');
    case 'json':
      mismatch('geojson');
      return { layers: [parseGeoJson(file, text, name)], warnings };
    case 'kml':
      mismatch('kml');
      return { layers: [await parseKmlText(file, text, name)], warnings };
    case 'gpx':
      mismatch('gpx');
      return { layers: [await parseGpxText(file, text, name)], warnings };
    case 'xml-other':
      return fail('unsupported-type', file, 'the file is XML but neither KML nor GPX', { params: { detected: 'xml' } });
    case 'binary':
      return fail('unsupported-type', file, 'the content is binary data of an unknown kind', { params: { detected: 'binary' } });
    case 'text':
      if (byExt === 'geojson') {
        // a .geojson / .json that does not start with { or [: report the JSON error itself
        return { layers: [parseGeoJson(file, text, name)], warnings };
      }
      if (byExt === 'kml' || byExt === 'gpx') return fail('invalid-xml', file, `the file is named .${extensionOf(file)} but does not start with XML`);
      if (byExt !== 'csv' && byExt !== null) mismatch('csv');
      return { layers: [parseCsv(file, text, name, options.columns)], warnings };
  }
}

interface Stage {
  report: (f: number, s: ImportStage) => void;
}

function finaliseLayer(file: string, parsed: ParsedLayer, bytes: Uint8Array, options: ImportOptions, layerNo: number, stage: Stage, span: [number, number], signal?: AbortSignal): ImportedLayer {
  const where = parsed.name !== baseName(file) && parsed.sourceFormat === 'shapefile' ? `${file} › ${parsed.name}` : file;
  const issues = new IssueCollector(where);
  // a bad feature/row is an error in strict mode; otherwise it is skipped and reported as a warning
  const featureSeverity = options.strict ? 'error' : 'warning';
  const rowErrors = parsed.issues.filter((i) => i.severity === 'error' && i.featureIndex !== null).length;
  parsed.issues.forEach((i) => issues.add(i.severity === 'error' && i.featureIndex !== null ? { ...i, severity: featureSeverity } : i));
  const at = (t: number) => span[0] + (span[1] - span[0]) * t;
  const unit = parsed.unit;
  const srcIndex = (i: number) => (parsed.sourceIndex ? parsed.sourceIndex[i] : i);

  // 1. GeometryCollection → Multi* or split features; fresh Feature/geometry objects (drops foreign members)
  const features: Feature[] = [];
  const origin: number[] = [];
  parsed.features.forEach((raw, i) => {
    const f = raw as Partial<Feature> & Record<string, unknown>;
    const isObj = typeof raw === 'object' && raw !== null;
    const g = isObj ? (f.geometry as Geometry | null | undefined) : undefined;
    const base = { type: 'Feature' as const, ...(isObj && f.id !== undefined ? { id: f.id } : {}), properties: isObj ? (f.properties ?? null) : null };
    if (isObj && g && typeof g === 'object' && g.type === 'GeometryCollection') {
      const parts = flattenGeometry(g);
      if (parts.length > 1) {
        issues.push('geometry-collection-split', 'warning', `a mixed GeometryCollection was split into ${parts.length} features`, { featureIndex: srcIndex(i), unit, params: { parts: parts.length } });
      }
      if (parts.length === 0) {
        features.push({ ...base, geometry: null as unknown as Geometry });
        origin.push(i);
      }
      for (const p of parts) {
        features.push({ ...base, geometry: p });
        origin.push(i);
      }
      return;
    }
    if (!isObj || f.type !== 'Feature') {
      features.push(raw as Feature);
    } else {
      const geometry = g && typeof g === 'object' ? ({ type: g.type, coordinates: (g as { coordinates?: unknown }).coordinates } as Geometry) : (g as unknown as Geometry);
      features.push({ ...base, geometry });
    }
    origin.push(i);
  });
  const indexOf = (k: number) => srcIndex(origin[k]);
  checkAbort(signal);

  // 2. reproject from the declared CRS
  const plan = parsed.crs;
  if (plan?.forward) {
    stage.report(at(0.05), 'reproject');
    reprojectFeatures(features.filter((f) => f && typeof f === 'object' && f.geometry), plan.forward);
  }
  checkAbort(signal);
  stage.report(at(0.25), 'validate');

  // 3. validate (shared validator), drop or fail on unusable features
  const { issues: found } = validateFeatureCollection({ type: 'FeatureCollection', features });
  const projected = found.find((v) => v.code === 'projected-coordinates');
  if (projected && !plan?.forward) {
    const k = projected.featureIndex ?? 0;
    fail(
      'projected-without-prj',
      where,
      `coordinates look like projected metres (e.g. ${projected.problem.match(/\[[^\]]*\]/)?.[0] ?? '?'}), not longitude/latitude, and no .prj / crs says which projection; add the .prj file (zip it with the shapefile) or export as WGS84`,
      { featureIndex: indexOf(k), unit, params: { featureIndex: indexOf(k) } },
    );
  }
  const dropped = new Set<number>();
  for (const v of found) {
    if (v.featureIndex === null) continue;
    const fatal = FATAL_FEATURE_CODES.has(v.code);
    const problem = v.problem.replace(/^feature \d+(?: \(id [^)]*\))?: /, '');
    issues.push(mapValidatorCode(v.code), fatal ? featureSeverity : 'warning', fatal && !options.strict ? `${problem}; skipped` : problem, {
      featureIndex: indexOf(v.featureIndex),
      unit,
      ...(v.featureId !== undefined ? { featureId: String(v.featureId) } : {}),
      params: { validatorCode: v.code },
    });
    if (fatal) dropped.add(v.featureIndex);
  }
  if (options.strict && (dropped.size > 0 || rowErrors > 0)) throw new ImportFailure(issues.all());
  checkAbort(signal);
  stage.report(at(0.5), 'finalise');

  // 4. datum shift, sanitise, ids
  const datum = options.datum ?? 'wgs84';
  const shift = datumForward(datum);
  if (shift && plan?.forward)
    issues.push('datum-after-projection', 'warning', `the ${datum.toUpperCase()} shift was applied after reprojecting from ${plan.detected}; check that this is intended`, { params: { datum } });
  const kept: Feature[] = [];
  const keptIndex: number[] = [];
  features.forEach((f, k) => {
    if (dropped.has(k)) return;
    if (shift) mapPositions(f.geometry, shift);
    const properties = sanitizeProperties(f.properties, { issues, where: { featureIndex: indexOf(k), unit } });
    const id = featureIdOf({ id: f.id, properties: f.properties });
    kept.push({ type: 'Feature', ...(id !== undefined ? { id: id as string | number } : {}), properties, geometry: f.geometry });
    keptIndex.push(indexOf(k));
  });

  const total = parsed.features.length + rowErrors;
  if (kept.length === 0) {
    throw new ImportFailure([
      makeIssue('no-features', 'error', where, total === 0 ? 'the file holds no features' : `none of the ${total} ${unit}s could be imported`, { params: { total } }),
      ...issues.all(),
    ]);
  }
  if (dropped.size > 0 || rowErrors > 0) {
    const n = dropped.size + rowErrors;
    issues.push('features-dropped', 'warning', `${n} of ${total} ${unit}s were skipped (see the issues above)`, { params: { dropped: n, total } });
  }

  // 5. built-in replacement check on the file's own ids
  if (options.replaces) {
    const problems = validateReplacement(where, options.replaces, kept, options.builtInLayerIds);
    if (problems.length) throw new ImportFailure(problems.map((p) => (p.featureIndex === null ? p : { ...p, featureIndex: keptIndex[p.featureIndex] })));
  }

  const salt = JSON.stringify([file, parsed.name, layerNo, options.datum ?? 'wgs84', options.columns ?? null, options.sheet ?? null, options.encoding ?? null]);
  const layerId = `import-${slug(parsed.name)}-${fnv1a(bytes, salt)}`;
  const seen = new Set<string>();
  let bbox: BBox | null = null;
  let outside = 0;
  kept.forEach((f, k) => {
    let id = f.id !== undefined && f.id !== '' ? String(f.id) : undefined;
    if (id !== undefined && seen.has(id)) {
      issues.push('duplicate-id', 'warning', `repeats id ${JSON.stringify(id)}; given the generated id ${layerId}-${k}`, { featureIndex: keptIndex[k], unit, featureId: id });
      id = undefined;
    }
    f.id = id ?? `${layerId}-${k}`;
    seen.add(f.id);
    const fb = geometryBBox(f.geometry);
    bbox = unionBBox(bbox, fb);
    if (fb && !bboxInside(fb, BEIJING_BBOX)) outside++;
  });
  if (outside > 0) {
    issues.push('outside-beijing', 'warning', `${outside} of ${kept.length} features lie (partly) outside Beijing (115.4–117.6°E, 39.4–41.1°N); check the coordinate system`, {
      params: { count: outside, total: kept.length },
    });
  }
  stage.report(at(1), 'finalise');

  const converted: CrsConversion = plan?.forward ? plan.converted : datumConversion(datum);
  const detected = plan ? plan.detected : datum === 'wgs84' ? 'EPSG:4326 (assumed: lon/lat without a declared CRS)' : `${datum === 'gcj02' ? 'GCJ-02' : 'BD-09'} (user choice)`;
  return {
    id: layerId,
    name: parsed.name,
    fileName: file,
    sourceFormat: parsed.sourceFormat,
    crs: { detected: shift && plan?.forward ? `${detected} + ${datum.toUpperCase()}` : detected, converted: shift && plan?.forward ? plan.converted : converted },
    featureCount: kept.length,
    bbox,
    warnings: issues.all().filter((i) => i.severity === 'warning'),
    data: { type: 'FeatureCollection', features: kept },
    importedAt: (options.now ?? (() => new Date()))().toISOString(),
    ...(options.replaces ? { replaces: options.replaces } : {}),
  };
}

/**
 * Imports one file's bytes. Never throws for bad input: returns `{ ok: false, issues }` naming the
 * file, the feature and the problem. Throws only an AbortError when `signal` is aborted.
 * @param onProgress fraction 0..1 and the current stage
 */
export async function importBytes(
  name: string,
  bytes: ArrayBuffer | Uint8Array,
  options: ImportOptions = {},
  onProgress?: ProgressCallback,
  signal?: AbortSignal,
): Promise<ImportResult> {
  let last = 0;
  const stage: Stage = {
    report: (f, s) => {
      last = Math.max(last, Math.min(1, f));
      onProgress?.(last, s);
    },
  };
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    checkAbort(signal);
    stage.report(0, 'read');
    const routed = await route(name, u8, options);
    checkAbort(signal);
    stage.report(0.4, 'parse');
    const layers: ImportedLayer[] = [];
    const n = routed.layers.length;
    routed.layers.forEach((parsed, i) => {
      const span: [number, number] = [0.4 + (0.6 * i) / n, 0.4 + (0.6 * (i + 1)) / n];
      const layer = finaliseLayer(name, parsed, u8, options, i, stage, span, signal);
      layer.warnings = [...routed.warnings, ...layer.warnings];
      layers.push(layer);
    });
    stage.report(1, 'done');
    return { ok: true, layers, issues: layers.flatMap((l) => l.warnings) };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, layers: [], issues: e.issues };
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    // a library threw on hostile input we did not anticipate: still a clear, file-named error
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, layers: [], issues: [makeIssue('unsupported-type', 'error', name, `the file could not be read (${msg})`, { params: { detail: msg } })] };
  }
}
