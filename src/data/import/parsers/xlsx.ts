/** XLSX (first sheet, or the one asked for) with lon/lat columns through read-excel-file. */
import { readSheet } from 'read-excel-file/universal';
import { fail } from '../issues';
import type { TabularColumns } from '../types';
import { cleanHeaders, rowsToLayer } from './tabular';
import type { ParsedLayer } from './parsed';

export async function parseXlsx(file: string, bytes: Uint8Array, name: string, columns?: TabularColumns, sheet?: string | number): Promise<ParsedLayer> {
  let data: unknown[][];
  try {
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = sheet === undefined ? await readSheet(buf) : await readSheet(buf, sheet);
  } catch (e) {
    return fail('invalid-xlsx', file, `the spreadsheet could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const first = data.findIndex((r) => r.some((c) => c !== null && c !== ''));
  if (first < 0) fail('empty-file', file, 'the sheet has no rows');
  const headers = cleanHeaders(data[first]);
  return rowsToLayer({ file, name, format: 'xlsx', headers, rows: data.slice(first + 1), columns, firstLine: first + 2 });
}
