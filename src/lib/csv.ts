/**
 * CSV for Excel: UTF-8 with BOM, CRLF, RFC 4180 quoting, and cells that start with = + - @ (or tab/CR)
 * prefixed with an apostrophe so a spreadsheet never evaluates them as formulas.
 */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';

export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s) || s !== s.trim()) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** a whole CSV document: BOM + header + rows, CRLF line ends */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return CSV_BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
