/** Domain driver: what a user does in Beijing Eco Map, in words the specs read. No assertions here. */
import type { Page } from 'playwright-core';
import { launch, pixelStats, screenshot, type Browser } from './browser';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 812 };

export interface OpenOptions {
  viewport?: { width: number; height: number };
  phone?: boolean;
  role?: 'inspector' | 'supervisor' | 'public';
  hash?: string;
  /** data files that should fail, e.g. { 'sites.geojson': 500 } */
  failures?: Record<string, 404 | 500 | 'truncated' | 'malformed'>;
  geolocation?: { latitude: number; longitude: number };
}

export class App {
  constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async open(o: OpenOptions = {}): Promise<App> {
    const b = await launch(o.viewport ?? (o.phone ? PHONE : DESKTOP), { isMobile: o.phone, geolocation: o.geolocation });
    const scenario = { role: o.role ?? 'supervisor', failures: o.failures ?? {} };
    await b.page.addInitScript((s) => sessionStorage.setItem('eco-mock-scenario', s), JSON.stringify(scenario));
    const app = new App(b, b.page);
    await b.page.goto(`${process.env.E2E_BASE_URL}${o.hash ? `#${o.hash.replace(/^#/, '')}` : ''}`);
    await b.page.waitForSelector('[data-testid="app"][data-booted="1"]', { timeout: 60_000 });
    await app.waitForMapIdle();
    return app;
  }

  /** Resolves at the map's next `idle` (or at once if it is idle and nothing is loading). */
  async waitForMapIdle(timeout = 60_000) {
    await this.page.waitForFunction(() => !!window.__ecoMap, undefined, { timeout });
    await this.page.waitForFunction(() => document.querySelectorAll('[data-status="loading"]').length === 0, undefined, { timeout });
    await this.page.evaluate(
      (ms) =>
        new Promise<void>((resolve, reject) => {
          const m = window.__ecoMap!.map;
          const t = setTimeout(() => reject(new Error('map did not become idle')), ms);
          const done = () => {
            clearTimeout(t);
            resolve();
          };
          if (m.loaded() && !m.isMoving() && m.areTilesLoaded()) {
            m.once('idle', done);
            m.triggerRepaint();
          } else m.once('idle', done);
        }),
      timeout,
    );
  }

  async idleCount(): Promise<number> {
    return this.page.evaluate(() => window.__ecoMap?.idleCount ?? 0);
  }

  async toggleLayer(id: string) {
    await this.page.click(`[data-testid="layer-${id}"] input[type="checkbox"]`);
    await this.waitForMapIdle();
  }

  async layerStatus(id: string): Promise<string | null> {
    return this.page.getAttribute(`[data-testid="layer-${id}"]`, 'data-status');
  }

  async isLayerOn(id: string): Promise<boolean> {
    return this.page.isChecked(`[data-testid="layer-${id}"] input[type="checkbox"]`);
  }

  async mapBox() {
    const box = await this.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('map not visible');
    return box;
  }

  async mapPixels(match?: [number, number, number]) {
    const b = await this.mapBox();
    return pixelStats(this.page, { x: b.x, y: b.y, width: Math.min(b.width, 900), height: Math.min(b.height, 700) }, match);
  }

  async switchLanguage() {
    await this.page.click('[data-testid="lang-switch"]');
  }

  async title(): Promise<string> {
    return (await this.page.textContent('.app-header h1')) ?? '';
  }

  async setMode(mode: 'overview' | 'supervisor' | 'inspector') {
    await this.page.click(`[data-testid="mode-${mode}"]`);
  }

  async openTool(tool: string) {
    if (await this.page.locator('[data-testid="sheet-tool"]').isVisible()) await this.page.click('[data-testid="sheet-tool"]');
    await this.page.click(`[data-testid="tool-${tool}"]`);
  }

  async selectStreetFromRanking(index = 0) {
    await this.page.locator('[data-testid="ranking-row"] button.link').nth(index).click();
    await this.page.waitForSelector('[data-testid="street-panel"]');
    await this.waitForMapIdle();
  }

  /** The slider runs from 2023-01 (index 0). */
  async selectMonth(month: string) {
    const idx = (Number(month.slice(0, 4)) - 2023) * 12 + Number(month.slice(5)) - 1;
    await this.page.locator('[data-testid="month-slider"]').fill(String(idx));
    await this.waitForMapIdle();
  }

  async hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }

  async screenshot(name: string) {
    return screenshot(this.page, name);
  }

  async close() {
    await this.browser.close();
  }
}
