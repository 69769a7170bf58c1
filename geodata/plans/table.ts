/**
 * Low-level readers for the flattened tables in the seed files. Pure functions over the file's lines.
 *
 * 'cells' layout (000, 002, 003, 004): every table cell starts with a TAB on a new line; a wrapped
 * or multi-paragraph cell continues on following lines without a TAB (blank lines may occur inside
 * a cell). Rows are usually separated by a blank line, but not always (003:72 " \t3"), and blank lines
 * also occur inside rows (000:149, 000:1497). Empty cells and horizontally merged cells change the
 * number of cells per row.
 *
 * 'rows' layout (001): one TAB-separated row per line; multi-measure cells are split into <p>…</p>.
 */

export interface Cell {
  /** 1-based line of the cell's first line */
  line: number;
  /** raw lines of the cell, the first one without its leading TAB */
  lines: string[];
}

export type RawRow =
  | { kind: 'section'; line: number; text: string }
  | { kind: 'header'; line: number; columns: string[] }
  | { kind: 'row'; line: number; cells: Cell[] };

const SECTION_RE = /^[一二三四五六七八九十]+、/;

/** Remove [bookmark: …] / [footnoteRef: …] markers and HTML tags, trim. */
export function cleanText(s: string): string {
  return s
    .replace(/\[(?:bookmark|footnoteRef):[^\]]*\]/g, '')
    .replace(/<\/?(?:p|b|i|u|sub|sup|br|span|strong|em)\b[^>]*>/g, '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** Cell text for names and short fields: lines joined without separator, all whitespace removed. */
export function compactCell(c: Cell): string {
  return cleanText(c.lines.join('')).replace(/[\s\u3000]+/g, '');
}

/** Cell text for measures: paragraphs joined by "\n", blank lines dropped. */
export function paragraphCell(c: Cell): string {
  return c.lines
    .map((l) => cleanText(l))
    .filter((l) => l !== '')
    .join('\n');
}

function isSection(text: string): boolean {
  return SECTION_RE.test(text);
}

function startsRow(text: string): boolean {
  return text === '' || /^\d+$/.test(text) || isSection(text);
}

/** Split lines [from, to] (1-based, inclusive) into cells. Lines before the first TAB cell are ignored. */
export function readCells(lines: string[], from: number, to: number): (Cell & { blankBefore: boolean })[] {
  const out: (Cell & { blankBefore: boolean })[] = [];
  let cur: (Cell & { blankBefore: boolean }) | null = null;
  let blank = false;
  for (let n = from; n <= to; n++) {
    const l = lines[n - 1] ?? '';
    const m = /^ *\t/.exec(l);
    if (m) {
      cur = { line: n, lines: [l.slice(m[0].length)], blankBefore: blank };
      out.push(cur);
      blank = false;
    } else if (l.trim() === '') {
      blank = true;
    } else if (cur) {
      cur.lines.push(l);
      blank = false;
    }
  }
  return out;
}

/**
 * Group the cells of one annex into header, section and data rows.
 * A data row ends when it holds as many cells as the header, or at a blank line followed by a cell that can
 * start a row (a number, an empty 序号 cell, a section heading) once the row has at least columns-1 cells.
 */
export function readCellRows(lines: string[], from: number, to: number): RawRow[] {
  const cells = readCells(lines, from, to);
  const rows: RawRow[] = [];
  let i = cells.findIndex((c) => compactCell(c) === '序号');
  if (i < 0) throw new Error(`no 序号 header in lines ${from}-${to}`);
  const header: string[] = [];
  const headerLine = cells[i].line;
  while (i < cells.length && !(header.length > 0 && startsRow(compactCell(cells[i])))) {
    header.push(compactCell(cells[i]));
    i++;
  }
  rows.push({ kind: 'header', line: headerLine, columns: header });
  const n = header.length;
  let cur: { kind: 'row'; line: number; cells: Cell[] } | null = null;
  for (; i < cells.length; i++) {
    const c = cells[i];
    const t = compactCell(c);
    if (isSection(t) && c.lines.length === 1 && (!cur || cur.cells.length >= n - 1)) {
      rows.push({ kind: 'section', line: c.line, text: t });
      cur = null;
      continue;
    }
    const next1 = cells[i + 1] ? compactCell(cells[i + 1]) : null;
    const next2 = cells[i + 2] ? compactCell(cells[i + 2]) : null;
    // a continuation row opens with two empty cells (序号, 重点任务) and then the measure text
    const opensRow = /^\d+$/.test(t) || (t === '' && next1 === '' && next2 !== null && next2 !== '');
    const newRow = !cur || (startsRow(t) && cur.cells.length >= n) || (c.blankBefore && cur.cells.length >= n - 1 && opensRow);
    if (newRow) {
      cur = { kind: 'row', line: c.line, cells: [] };
      rows.push(cur);
    }
    cur!.cells.push({ line: c.line, lines: c.lines });
  }
  return rows;
}

/** Split a 001 cell into its <p> paragraphs (one element when the cell has none). */
export function splitParagraphs(cell: string): string[] {
  // without <p>, the OCR text separates paragraphs by two or more spaces (001:143, 001:329)
  if (!cell.includes('<p>')) return cell.trim() === '' ? [''] : cell.trim().split(/ {2,}|\u3000+/);
  const out: string[] = [];
  const re = /<p>([\s\S]*?)<\/p>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cell))) out.push(m[1].trim());
  return out;
}

/** 'rows' layout (001): header rows, <b>section</b> rows and data rows, one per line. */
export function readLineRows(lines: string[], from: number, to: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let n = from; n <= to; n++) {
    const l = lines[n - 1] ?? '';
    if (!l.includes('\t')) continue;
    const parts = l.split('\t');
    const first = cleanText(parts[0]);
    if (first === '序号') {
      rows.push({ kind: 'header', line: n, columns: parts.map((p) => p.trim()).filter((p) => p !== '') });
    } else if (/^<b>/.test(parts[0].trim()) || (isSection(first) && parts.slice(1).every((p) => p.trim() === ''))) {
      rows.push({ kind: 'section', line: n, text: cleanText(parts[0]).replace(/\s+/g, '') });
    } else {
      rows.push({ kind: 'row', line: n, cells: parts.map((p) => ({ line: n, lines: [p] })) });
    }
  }
  return rows;
}
