/** Deterministic writers: one feature per line, fixed key order, sizes (bytes + gzip level 9). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature } from 'geojson';
import type { LayerFile } from '../../../src/data/manifest';

export function featureCollectionText(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function writeOut(outDir: string, path: string, data: string | Uint8Array, format: LayerFile['format'], month?: string): LayerFile {
  const full = join(outDir, path);
  mkdirSync(dirname(full), { recursive: true });
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  writeFileSync(full, buf);
  const lf: LayerFile = { path, format, bytes: buf.byteLength, gzipBytes: gzipSync(buf, { level: 9 }).byteLength };
  if (month) lf.month = month;
  return lf;
}
