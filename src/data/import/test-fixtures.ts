/** Test helper: bytes of a committed fixture under tests/fixtures/import/. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// under jsdom import.meta.url is not a file: URL, so fall back to the project root (vitest's cwd)
const root = import.meta.url.startsWith('file:') ? resolve(dirname(fileURLToPath(import.meta.url)), '../../..') : process.cwd();

export function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/import', name))) as Uint8Array<ArrayBuffer>;
}

export function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
