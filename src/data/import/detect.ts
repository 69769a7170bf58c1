/**
 * What kind of file is this? By extension (preflight, before reading) and by content (sniffing).
 */
import { makeIssue, fail } from './issues';
import type { ImportIssue, SourceFormat } from './types';

/** Files above this size get a 'too-large' warning so the UI can ask before reading them. */
export const LARGE_FILE_BYTES = 50 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = ['geojson', 'json', 'kml', 'kmz', 'gpx', 'zip', 'csv', 'txt', 'tsv', 'xlsx'] as const;

/** `accept` attribute for <input type="file"> */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');

const EXTENSION_FORMAT: Record<string, SourceFormat | 'zip'> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  zip: 'zip',
  csv: 'csv',
  txt: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
};

/** hints for formats people often try */
const KNOWN_UNSUPPORTED: Record<string, string> = {
  shp: 'a shapefile must be uploaded as one .zip holding the .shp, .dbf, .shx and .prj files',
  dbf: 'a shapefile must be uploaded as one .zip holding the .shp, .dbf, .shx and .prj files',
  shx: 'a shapefile must be uploaded as one .zip holding the .shp, .dbf, .shx and .prj files',
  prj: 'a shapefile must be uploaded as one .zip holding the .shp, .dbf, .shx and .prj files',
  xls: 'old Excel .xls files are not supported; save the sheet as .xlsx',
  gdb: 'file geodatabases are not supported; export the layer to GeoJSON or a zipped shapefile',
  dwg: 'CAD drawings are not supported; export to GeoJSON or a zipped shapefile',
  dxf: 'CAD drawings are not supported; export to GeoJSON or a zipped shapefile',
  mdb: 'personal geodatabases are not supported; export to GeoJSON or a zipped shapefile',
  topojson: 'TopoJSON is not supported; convert it to GeoJSON',
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i + 1).toLowerCase() : '';
}

export function baseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(0, i) : base;
}

export function formatFromExtension(name: string): SourceFormat | 'zip' | null {
  return EXTENSION_FORMAT[extensionOf(name)] ?? null;
}

/**
 * Checks a file before reading it, so the UI can ask first ("this file is 80 MB, import anyway?").
 * Returns warnings (too-large) and errors (empty-file, unsupported-type by extension).
 */
export function preflight(file: { name: string; size: number }): ImportIssue[] {
  const out: ImportIssue[] = [];
  const ext = extensionOf(file.name);
  if (file.size === 0) out.push(makeIssue('empty-file', 'error', file.name, 'the file is empty (0 bytes)'));
  if (file.size > LARGE_FILE_BYTES) {
    const mb = Math.round(file.size / 1024 / 1024);
    out.push(
      makeIssue('too-large', 'warning', file.name, `the file is ${mb} MB (over ${LARGE_FILE_BYTES / 1024 / 1024} MB); importing may be slow and use a lot of memory`, {
        params: { sizeMb: mb, limitMb: LARGE_FILE_BYTES / 1024 / 1024 },
      }),
    );
  }
  if (!EXTENSION_FORMAT[ext]) {
    const hint = KNOWN_UNSUPPORTED[ext];
    out.push(
      makeIssue('unsupported-type', 'error', file.name, `".${ext || '(none)'}" files are not supported${hint ? `: ${hint}` : ''} (supported: ${ACCEPT_ATTRIBUTE})`, {
        params: { extension: ext, supported: ACCEPT_ATTRIBUTE },
      }),
    );
  }
  return out;
}

export type Sniffed = 'json' | 'kml' | 'gpx' | 'xml-other' | 'text' | 'binary' | 'empty';

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['old Excel/Office (.xls/.doc) file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['Windows executable', [0x4d, 0x5a]],
  ['shapefile .shp (not zipped)', [0x00, 0x00, 0x27, 0x0a]],
];

/** Names a known binary file type from its first bytes, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [label, sig] of BINARY_SIGNATURES) if (startsWith(bytes, sig)) return label;
  return null;
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** Sniffs decoded text: JSON, KML, GPX, other XML or plain (delimited) text. */
export function sniffText(text: string): Sniffed {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head === '') return 'empty';
  if (head[0] === '{' || head[0] === '[') return 'json';
  if (head[0] === '<') {
    if (/<(?:[\w-]+:)?kml[\s>]/i.test(head)) return 'kml';
    if (/<(?:[\w-]+:)?gpx[\s>]/i.test(head)) return 'gpx';
    return 'xml-other';
  }
  // NUL or many control characters: binary
  const sample = head.slice(0, 1024);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'binary';
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > sample.length * 0.05 ? 'binary' : 'text';
}

/**
 * Decodes bytes as text: the given encoding, else strict UTF-8, falling back to GB18030 (a superset of
 * GBK/GB2312, what Chinese Excel and ArcGIS write by default). `fellBack` is true when GB18030 was used.
 */
export function decodeText(file: string, bytes: Uint8Array, encoding?: string): { text: string; fellBack: boolean } {
  if (encoding) {
    let dec: TextDecoder;
    try {
      dec = new TextDecoder(encoding);
    } catch {
      return fail('unsupported-type', file, `unknown text encoding "${encoding}"`, { params: { encoding } });
    }
    return { text: dec.decode(bytes), fellBack: false };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), fellBack: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), fellBack: true };
  }
}
