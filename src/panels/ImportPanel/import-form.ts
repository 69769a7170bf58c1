/** The dialog's options → ImportOptions, and the small pure bits around them (header sniffing, choices, formatting). */
import { REPLACEMENT_RULES } from '../../data/import/replaces';
import type { Datum, ImportOptions } from '../../data/import/types';
import type { I18nText, Manifest, ManifestLayer } from '../../data/manifest';

export interface ImportForm {
  datum: Datum;
  lonColumn: string;
  latColumn: string;
  /** built-in layer id to replace, or '' */
  replaces: string;
  name: string;
}

export const EMPTY_FORM: ImportForm = { datum: 'wgs84', lonColumn: '', latColumn: '', replaces: '', name: '' };

export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02', 'bd09'];

/** CSV/TSV/TXT/XLSX: the lon/lat column override applies */
export function isTabular(fileName: string): boolean {
  return /\.(csv|tsv|txt|xlsx)$/i.test(fileName);
}

export function isDelimitedText(fileName: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(fileName);
}

/**
 * Column names from the first line of a delimited text file (for the column pickers).
 * The delimiter is the most frequent of tab , ; | on that line; surrounding quotes are removed.
 */
export function sniffHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!first.trim()) return [];
  const delims = ['\t', ',', ';', '|'];
  let best = ',';
  let bestCount = 0;
  for (const d of delims) {
    const n = first.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (quoted) {
      if (c === '"' && first[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (c === best) {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells.filter((c) => c !== '');
}

export interface ReplaceChoice {
  id: string;
  title: I18nText;
  /** which requirement text applies */
  rule: 'streets' | 'ids' | null;
}

/**
 * Built-in layers an import may replace: the manifest's GeoJSON layers this role may see
 * (`allowed`), the ones with replacement rules (streets, districts) first.
 */
export function replaceChoices(manifest: Manifest | null, allowed: (l: ManifestLayer) => boolean): ReplaceChoice[] {
  if (!manifest) return [];
  const layers = manifest.layers.filter((l) => allowed(l) && l.files.some((f) => f.format === 'geojson'));
  const ruled = (id: string) => (REPLACEMENT_RULES[id] ? 0 : 1);
  return layers
    .map((l, i) => ({ l, i }))
    .sort((a, b) => ruled(a.l.id) - ruled(b.l.id) || a.i - b.i)
    .map(({ l }) => {
      const rule = REPLACEMENT_RULES[l.id];
      return { id: l.id, title: l.title, rule: !rule ? null : rule.idPattern ? 'streets' : 'ids' };
    });
}

/** The options handed to importFile. */
export function toImportOptions(form: ImportForm, fileName: string, builtInLayerIds: readonly string[]): ImportOptions {
  const opts: ImportOptions = { datum: form.datum };
  if (isTabular(fileName)) {
    const lon = form.lonColumn.trim();
    const lat = form.latColumn.trim();
    if (lon || lat) opts.columns = { ...(lon ? { lon } : {}), ...(lat ? { lat } : {}) };
  }
  if (form.replaces) {
    opts.replaces = form.replaces;
    opts.builtInLayerIds = builtInLayerIds;
  }
  const name = form.name.trim();
  if (name) opts.name = name;
  return opts;
}

/** "1.2 MB" style size, KB under 1 MB */
export function formatSize(bytes: number): { key: 'size' | 'sizeKb'; size: string } {
  if (bytes >= 1024 * 1024) return { key: 'size', size: (bytes / 1024 / 1024).toFixed(1) };
  return { key: 'sizeKb', size: Math.max(0.1, bytes / 1024).toFixed(1) };
}

/** [w, s, e, n] with 5 decimals (about 1 m) */
export function formatBbox(bbox: readonly [number, number, number, number]): string {
  return bbox.map((v) => v.toFixed(5)).join(', ');
}
