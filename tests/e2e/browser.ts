/**
 * Generic browser actions (the only layer that imports Playwright): launch Debian's Chromium headless
 * with a fresh profile and the flags from stack-notes.md, screenshots, pixel statistics.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export interface Browser {
  ctx: BrowserContext;
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

export async function launch(viewport: { width: number; height: number }, opts: { isMobile?: boolean; geolocation?: { latitude: number; longitude: number } } = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport,
    deviceScaleFactor: 1,
    isMobile: opts.isMobile,
    hasTouch: opts.isMobile,
    locale: 'zh-CN',
    geolocation: opts.geolocation,
    permissions: opts.geolocation ? ['geolocation'] : [],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall|ReadPixels|favicon/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return {
    ctx,
    page,
    errors,
    close: async () => {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../test-results');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export interface PixelStats {
  /** share of pixels equal (±8 per channel) to the most common colour */
  dominantShare: number;
  /** distinct colours after quantising to 4 bits per channel */
  distinctColours: number;
  /** share of pixels close to the given colour, if asked */
  matchShare: number;
}

/** Decodes a screenshot of a region in the page itself and measures its colours. */
export async function pixelStats(page: Page, clip: { x: number; y: number; width: number; height: number }, match?: [number, number, number]): Promise<PixelStats> {
  const png = await page.screenshot({ clip });
  return page.evaluate(
    async ({ b64, match }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d')!;
      g.drawImage(bmp, 0, 0);
      const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
      const counts = new Map<number, number>();
      let matched = 0;
      const n = d.length / 4;
      for (let i = 0; i < d.length; i += 4) {
        const k = ((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4);
        counts.set(k, (counts.get(k) ?? 0) + 1);
        if (match && Math.abs(d[i] - match[0]) <= 24 && Math.abs(d[i + 1] - match[1]) <= 24 && Math.abs(d[i + 2] - match[2]) <= 24) matched++;
      }
      const dominant = Math.max(...counts.values());
      return { dominantShare: dominant / n, distinctColours: counts.size, matchShare: matched / n };
    },
    { b64: png.toString('base64'), match },
  );
}
