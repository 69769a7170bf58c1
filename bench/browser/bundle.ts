/**
 * Initial-JavaScript size of a Vite build: which scripts dist/index.html loads eagerly (the module
 * script and its modulepreload links), their gzip size (zlib level 9), the lazy chunks, and, from the
 * source maps, which packages make up the eager bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ChunkSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  eager: ChunkSize[];
  lazy: ChunkSize[];
  css: ChunkSize[];
  eagerGzipBytes: number;
  eagerRawBytes: number;
  lazyGzipBytes: number;
  /** eager bytes by package (from source maps), biggest first; gzipBytes = that package's code gzipped on its own */
  eagerByPackage: { name: string; rawBytes: number; gzipBytes: number }[];
}

const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;

function sizeOf(dist: string, rel: string): ChunkSize {
  const buf = fs.readFileSync(path.join(dist, rel));
  return { file: rel, rawBytes: buf.length, gzipBytes: gz(buf) };
}

/** Attribute values of tags matching `tag` whose attributes satisfy `keep`. */
function tagAttrs(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    out.push(attrs);
  }
  return out;
}

/** Paths (relative to dist/) of the scripts index.html loads before the app runs. */
export function eagerScripts(html: string): string[] {
  const norm = (u: string) => u.replace(/^\.?\//, '').split(/[?#]/)[0];
  const scripts = tagAttrs(html, 'script').filter((a) => a.src && !/^https?:/.test(a.src)).map((a) => norm(a.src));
  const preloads = tagAttrs(html, 'link').filter((a) => /\bmodulepreload\b/i.test(a.rel ?? '') && a.href).map((a) => norm(a.href));
  return [...new Set([...scripts, ...preloads])];
}

export function stylesheets(html: string): string[] {
  return tagAttrs(html, 'link')
    .filter((a) => /\bstylesheet\b/i.test(a.rel ?? '') && a.href && !/^https?:/.test(a.href))
    .map((a) => a.href.replace(/^\.?\//, ''));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one line's segments of a source-map `mappings` string into [generatedColumn, sourceIndex|-1]. */
export function decodeLine(line: string, state: { source: number }): [number, number][] {
  const out: [number, number][] = [];
  let col = 0;
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const d = B64_INDEX.get(ch);
      if (d === undefined) throw new Error(`bad base64 VLQ digit ${ch}`);
      value += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    col += fields[0];
    if (fields.length >= 4) {
      state.source += fields[1];
      out.push([col, state.source]);
    } else out.push([col, -1]);
  }
  return out;
}

/** "maplibre-gl", "@deck.gl/core", "app: src/map" … from a source path in a map. */
export function packageOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = source.match(/(?:^|\/)src\/([^/]+)/);
  if (src) return `app: src/${src[1]}`;
  return source.startsWith('\0') || source.includes('vite/') ? 'vite runtime' : 'other';
}

/** The generated code of a file split by package through its source map (glue code with no source → "(unmapped)"). */
export function codeByPackage(code: string, map: { sources: string[]; mappings: string }): Map<string, string[]> {
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const state = { source: 0 };
  const parts = new Map<string, string[]>();
  const add = (k: string, text: string) => {
    if (!text) return;
    const list = parts.get(k);
    if (list) list.push(text);
    else parts.set(k, [text]);
  };
  const names = map.sources.map(packageOf);
  // text without a mapping of its own (e.g. the rest of a multi-line template literal such as a
  // shader) belongs to the source of the last mapped segment before it
  let last = '(unmapped)';
  lines.forEach((text, i) => {
    const segs = decodeLine(mapLines[i] ?? '', state);
    if (segs.length === 0) {
      add(last, `${text}\n`);
      return;
    }
    add(last, text.slice(0, segs[0][0]));
    segs.forEach(([col, src], j) => {
      const end = j + 1 < segs.length ? segs[j + 1][0] : text.length;
      last = src >= 0 ? (names[src] ?? 'other') : '(unmapped)';
      add(last, text.slice(col, end));
    });
    add(last, '\n');
  });
  return parts;
}

export function analyseBundle(dist: string): BundleReport {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const eagerFiles = eagerScripts(html);
  const eager = eagerFiles.map((f) => sizeOf(dist, f));
  const css = stylesheets(html).map((f) => sizeOf(dist, f));
  const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => /\.(m?js)$/.test(f)).map((f) => `assets/${f}`);
  const lazy = all.filter((f) => !eagerFiles.includes(f)).map((f) => sizeOf(dist, f)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const eagerGzipBytes = eager.reduce((s, c) => s + c.gzipBytes, 0);
  const eagerRawBytes = eager.reduce((s, c) => s + c.rawBytes, 0);

  const byPkg = new Map<string, string[]>();
  const push = (k: string, texts: string[]) => byPkg.set(k, [...(byPkg.get(k) ?? []), ...texts]);
  for (const c of eager) {
    const code = fs.readFileSync(path.join(dist, c.file), 'utf8');
    const mapFile = path.join(dist, `${c.file}.map`);
    if (!fs.existsSync(mapFile)) {
      push('(no source map)', [code]);
      continue;
    }
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
    for (const [k, v] of codeByPackage(code, map)) push(k, v);
  }
  const eagerByPackage = [...byPkg]
    .map(([name, texts]) => {
      const buf = Buffer.from(texts.join(''));
      return { name, rawBytes: buf.length, gzipBytes: gz(buf) };
    })
    .sort((a, b) => b.rawBytes - a.rawBytes);
  return { eager, lazy, css, eagerGzipBytes, eagerRawBytes, lazyGzipBytes: lazy.reduce((s, c) => s + c.gzipBytes, 0), eagerByPackage };
}
