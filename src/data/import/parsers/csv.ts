/** CSV / TSV with lon/lat columns through papaparse (delimiter auto-detected). */
import Papa from 'papaparse';
import { makeIssue } from '../issues';
import type { ImportIssue, TabularColumns } from '../types';
import { cleanHeaders, csvValue, rowsToLayer } from './tabular';
import type { ParsedLayer } from './parsed';

export function parseCsv(file: string, text: string, name: string, columns?: TabularColumns): ParsedLayer {
  const res = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  const issues: ImportIssue[] = [];
  for (const e of res.errors.slice(0, 5)) {
    // papaparse row numbers count data rows from 0 including the header row
    const row = typeof e.row === 'number' ? e.row - 1 : null;
    issues.push(makeIssue('invalid-coordinates', 'warning', file, `CSV ${e.code}: ${e.message}`, { featureIndex: row !== null && row >= 0 ? row : null, unit: 'row' }));
  }
  const [head, ...rows] = res.data;
  const headers = cleanHeaders(head ?? []);
  return rowsToLayer({ file, name, format: 'csv', headers, rows, columns, issues, convert: (v) => (typeof v === 'string' ? csvValue(v) : v) });
}
