import type { CrsPlan } from '../crs';
import type { ImportIssue, SourceFormat } from '../types';

/** What a parser hands to the shared pipeline (reprojection, validation, sanitising, ids). */
export interface ParsedLayer {
  name: string;
  sourceFormat: SourceFormat;
  /** untrusted: validated later */
  features: unknown[];
  /** the declared CRS (from .prj or GeoJSON `crs`); null = none declared, lon/lat assumed */
  crs: CrsPlan | null;
  issues: ImportIssue[];
  /** how messages name the index: data rows for CSV/XLSX */
  unit: 'feature' | 'row' | 'placemark';
  /** for tabular input: source row index of each feature (features skip bad rows) */
  sourceIndex?: number[];
}
