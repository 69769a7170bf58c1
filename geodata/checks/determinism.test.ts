/** Building again into a temp dir gives byte-identical files to the committed public/data (full build, ≈5 s). */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_COUNTS, buildAll, LATEST_MOBILE_MONTH } from '../scripts/build';
import { readManifest } from '../scripts/lib/checks';

const PUBLIC = fileURLToPath(new URL('../../public/data', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'geodata-det-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function listFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...listFiles(root, p));
    else out.push(relative(root, p).split('\\').join('/'));
  }
  return out.sort();
}

describe('determinism', () => {
  it('a rebuild equals public/data byte for byte', () => {
    buildAll({ outDir: tmp, scale: 1, mobileMonth: LATEST_MOBILE_MONTH, mobileCount: BASE_COUNTS.mobile });
    const built = listFiles(tmp);
    const m = readManifest(PUBLIC);
    const expected = ['manifest.json', ...m.layers.flatMap((l) => l.files.map((f) => f.path)), ...m.datasets.flatMap((d) => d.files.map((f) => f.path))].sort();
    expect(built).toEqual(expected);
    for (const f of built) {
      const a = readFileSync(join(tmp, f));
      const b = readFileSync(join(PUBLIC, f));
      expect(a.equals(b), `${f} differs from public/data (run npm run geodata)`).toBe(true);
    }
  });

  it('another 走航 month is generated on demand, deterministically', async () => {
    const { buildMobileMonth } = await import('../scripts/steps/mobile');
    const { buildBase } = await import('../scripts/steps/base');
    const { loadNamedPlaces } = await import('../scripts/steps/places');
    const base = buildBase();
    const a = buildMobileMonth(base, loadNamedPlaces(), '2024-03', 2000);
    const b = buildMobileMonth(base, loadNamedPlaces(), '2024-03', 2000);
    expect(Array.from(a.vocs)).toEqual(Array.from(b.vocs));
    expect(a.month).toBe('2024-03');
    expect(Math.max(...a.minutes)).toBeLessThan(31 * 1440);
  });
});
