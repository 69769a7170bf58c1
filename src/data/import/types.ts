/**
 * Public types of the import pipeline (user files → normalised WGS84 layers).
 * Pure types; the UI imports these, never the parsers.
 */
import type { FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';

export type SourceFormat = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'shapefile' | 'csv' | 'xlsx';

/**
 * Stable issue codes; the UI translates them (params carry the numbers/names to interpolate).
 * Errors stop the import (or drop one feature, see README); warnings never do.
 */
export type ImportIssueCode =
  // whole-file problems
  | 'empty-file'
  | 'too-large'
  | 'unsupported-type'
  | 'invalid-json'
  | 'invalid-xml'
  | 'invalid-zip'
  | 'invalid-prj'
  | 'invalid-shapefile'
  | 'invalid-xlsx'
  | 'zip-without-shp'
  | 'csv-no-lonlat-columns'
  | 'xlsx-no-lonlat-columns'
  | 'projected-without-prj'
  | 'no-features'
  | 'replaces-mismatch'
  | 'replaces-unknown-layer'
  // per-feature problems (from validateFeatureCollection, plus tabular rows)
  | 'missing-geometry'
  | 'unclosed-ring'
  | 'nan-coordinates'
  | 'null-coordinate'
  | 'non-number-coordinate'
  | 'invalid-coordinates'
  | 'invalid-position'
  | 'out-of-range'
  | 'line-too-short'
  | 'ring-too-short'
  | 'unsupported-geometry'
  | 'not-feature'
  | 'self-intersection'
  | 'duplicate-id'
  | 'missing-id'
  | 'invalid-id'
  // warnings about content
  | 'outside-beijing'
  | 'string-truncated'
  | 'unsafe-key-dropped'
  | 'non-json-value-dropped'
  | 'too-deep-value-dropped'
  | 'geometry-collection-split'
  | 'features-dropped'
  | 'extension-mismatch'
  | 'encoding-gb18030'
  | 'datum-after-projection'
  | 'datum-unknown-shift'
  | 'legacy-crs-member'
  | 'issues-truncated'
  // the worker died (e.g. out of memory on a huge file)
  | 'import-crashed';

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  code: ImportIssueCode;
  severity: IssueSeverity;
  /** the user's file name, always present */
  file: string;
  /** index of the feature (or data row, 0-based, header excluded) the issue is about; null for file-level issues */
  featureIndex: number | null;
  featureId?: string;
  /** plain-English fallback text naming file, feature and problem (UI should translate `code` with `params`) */
  message: string;
  params?: Record<string, string | number>;
}

/** The datum the user says lon/lat values are in. Chinese web maps (AMap, Tencent) use GCJ-02; Baidu uses BD-09. */
export type Datum = 'wgs84' | 'gcj02' | 'bd09';

export type CrsConversion = 'none' | 'gcj02→wgs84' | 'bd09→wgs84' | `proj4:${string}`;

export interface CrsInfo {
  /** what the file declared or what we inferred, e.g. 'EPSG:4326', a .prj WKT name, 'GCJ-02 (user choice)' */
  detected: string;
  converted: CrsConversion;
}

export interface ImportedLayer {
  /** `import-<slug>-<hash>`: stable for the same bytes + options */
  id: string;
  name: string;
  fileName: string;
  sourceFormat: SourceFormat;
  crs: CrsInfo;
  featureCount: number;
  /** [west, south, east, north] in WGS84; null only if there are no coordinates */
  bbox: [number, number, number, number] | null;
  warnings: ImportIssue[];
  /** WGS84 features; every feature has a string `id` */
  data: FeatureCollection<Geometry, GeoJsonProperties>;
  /** ISO timestamp */
  importedAt: string;
  /** id of the built-in layer this one replaces (already validated), e.g. 'streets' */
  replaces?: string;
}

export interface TabularColumns {
  /** header name of the longitude column (exact, case-sensitive as in the file) */
  lon?: string;
  /** header name of the latitude column */
  lat?: string;
}

export interface ImportOptions {
  /** datum of lon/lat input; default 'wgs84'. Ignored for nothing: also applied after a .prj reprojection (with a warning). */
  datum?: Datum;
  /** override lon/lat column detection for CSV/XLSX */
  columns?: TabularColumns;
  /** XLSX sheet (name or 1-based index); default the first sheet */
  sheet?: string | number;
  /** text encoding of CSV/DBF; default: UTF-8, falling back to GB18030 when the bytes are not valid UTF-8 */
  encoding?: string;
  /** any feature-level error fails the whole import instead of dropping that feature */
  strict?: boolean;
  /** declare that this layer replaces a built-in layer (validated, see replaces.ts) */
  replaces?: string;
  /** ids of built-in layers, to reject `replaces` naming a layer that does not exist */
  builtInLayerIds?: readonly string[];
  /** display name; default the file name without extension (or the shapefile / KML document name) */
  name?: string;
  /** injectable clock for deterministic tests */
  now?: () => Date;
}

export type ImportResult =
  | { ok: true; layers: ImportedLayer[]; issues: ImportIssue[] }
  | { ok: false; layers: []; issues: ImportIssue[] };

export type ProgressCallback = (fraction: number, stage: ImportStage) => void;

export type ImportStage = 'read' | 'parse' | 'reproject' | 'validate' | 'finalise' | 'done';

/** Thrown inside parsers to stop with a file-level error; importBytes turns it into `{ ok: false }`. */
export class ImportFailure extends Error {
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'ImportFailure';
    this.issues = issues;
  }
}
