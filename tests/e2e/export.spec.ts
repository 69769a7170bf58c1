/** Given/when/then: a supervisor exports the current map as a PNG sheet for a briefing. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FRAME, metresPerPixel } from '../../src/app/export-png';
import { THEME } from '../../src/map/theme';
import { RESULTS_DIR } from './browser';
import { App, DESKTOP } from './driver';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Decodes the PNG in the page and measures colours per region (the same statistics as pixelStats). */
async function decode(a: App, png: Buffer, regions: Record<string, Region>, colours: string[]) {
  return a.page.evaluate(
    async ({ b64, regions, colours }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d')!;
      g.drawImage(bmp, 0, 0);
      const stats: Record<string, { dominantShare: number; distinctColours: number; matches: number[] }> = {};
      for (const [name, r] of Object.entries(regions)) {
        const d = g.getImageData(r.x, r.y, r.w, r.h).data;
        const counts = new Map<number, number>();
        const matches = colours.map(() => 0);
        for (let i = 0; i < d.length; i += 4) {
          const k = ((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4);
          counts.set(k, (counts.get(k) ?? 0) + 1);
          colours.forEach((col, j) => {
            if (Math.abs(d[i] - col[0]) <= 6 && Math.abs(d[i + 1] - col[1]) <= 6 && Math.abs(d[i + 2] - col[2]) <= 6) matches[j]++;
          });
        }
        stats[name] = { dominantShare: Math.max(...counts.values()) / (d.length / 4), distinctColours: counts.size, matches };
      }
      return { width: bmp.width, height: bmp.height, stats };
    },
    { b64: png.toString('base64'), regions, colours: colours.map(hex) },
  );
}

describe('exporting the map as PNG', () => {
  it('given the street choropleth, when the map is exported, then a framed PNG larger than the map downloads with the map, the legend colours and the scale', async () => {
    app = await App.open({ viewport: DESKTOP });
    const box = await app.mapBox();
    const view = await app.page.evaluate(() => {
      const m = window.__ecoMap!.map;
      const scale = document.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
      return { lat: m.getCenter().lat, zoom: m.getZoom(), scaleText: scale?.textContent ?? '', scaleWidth: Number.parseFloat(scale?.style.width ?? '0') };
    });

    const [download] = await Promise.all([app.page.waitForEvent('download', { timeout: 60_000 }), app.page.click('[data-testid="export-png"]')]);
    expect(download.suggestedFilename()).toMatch(/^eco-map-\d{8}-\d{4}\.png$/);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'export-map.png');
    await download.saveAs(file);
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    // the sheet at devicePixelRatio 1: map at (margin, header + gap), the legend to its right
    const map = { x: FRAME.margin, y: FRAME.headerHeight + FRAME.gap, w: Math.round(box.width), h: Math.round(box.height) };
    const legend = { x: map.x + map.w + FRAME.gap, y: map.y, w: 200, h: Math.min(map.h, 500) };
    const colours = [...THEME.ramp, THEME.noData];
    const img = await decode(app, png, { map, legend }, colours);
    expect(img.width).toBeGreaterThanOrEqual(box.width);
    expect(img.height).toBeGreaterThanOrEqual(box.height);
    expect(img.width).toBeGreaterThan(map.x + map.w);
    // not blank: the map pixels are many colours, none covering most of it
    expect(img.stats.map.dominantShare).toBeLessThan(0.9);
    expect(img.stats.map.distinctColours).toBeGreaterThan(8);
    // every choropleth class and "no data" has a swatch (22 × 14 px) in the legend
    img.stats.legend.matches.forEach((n, j) => expect(n, `legend swatch ${colours[j]}`).toBeGreaterThan(150));

    // the sheet's scale uses the same metres per pixel as MapLibre's own scale control (within 2 %)
    const m = /([\d.]+)\s*(km|m)/.exec(view.scaleText);
    expect(m).not.toBeNull();
    const maplibreMpp = (Number(m![1]) * (m![2] === 'km' ? 1000 : 1)) / view.scaleWidth;
    expect(Math.abs(metresPerPixel(view.lat, view.zoom) - maplibreMpp) / maplibreMpp).toBeLessThan(0.02);

    expect(await app.page.getAttribute('[data-testid="export-png"]', 'data-state')).toBe('idle');
    expect(app.browser.errors).toEqual([]);
  });

  it('given English and a rotated map, when it is exported, then the sheet is written with the map drawn', async () => {
    app = await App.open({ viewport: DESKTOP });
    await app.switchLanguage();
    await app.page.evaluate(() => window.__ecoMap!.map.setBearing(40));
    await app.waitForMapIdle();
    const [download] = await Promise.all([app.page.waitForEvent('download', { timeout: 60_000 }), app.page.click('[data-testid="export-png"]')]);
    const file = path.join(RESULTS_DIR, 'export-map-en-rotated.png');
    await download.saveAs(file);
    const box = await app.mapBox();
    const map = { x: FRAME.margin, y: FRAME.headerHeight + FRAME.gap, w: Math.round(box.width), h: Math.round(box.height) };
    const img = await decode(app, fs.readFileSync(file), { map }, []);
    expect(img.width).toBeGreaterThan(box.width);
    expect(img.stats.map.dominantShare).toBeLessThan(0.9);
    expect(app.browser.errors).toEqual([]);
  });

  it('given a map whose WebGL context is lost, when it is exported, then no file downloads and a clear error is shown', async () => {
    app = await App.open({ viewport: DESKTOP });
    await app.page.evaluate(() => {
      const gl = window.__ecoMap!.map.getCanvas().getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    let downloaded = false;
    app.page.on('download', () => (downloaded = true));
    await app.page.click('[data-testid="export-png"]');
    await app.page.waitForSelector('[data-testid="export-png"][data-state="error"]', { timeout: 30_000 });
    const notice = await app.page.textContent('[data-testid="notices"] [role="alert"]');
    expect(notice).toContain('地图导出失败');
    expect(notice).toContain('无法读取地图画面');
    expect(await app.page.isEnabled('[data-testid="export-png"]')).toBe(true);
    expect(downloaded).toBe(false);
  });
});
