/** Given/when/then: the app opens on embedded data, the map draws, and the shell is bilingual. */
import { afterEach, describe, expect, it } from 'vitest';
import { App, DESKTOP, PHONE } from './driver';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('opening the app', () => {
  it('given a supervisor, when the app opens on desktop, then the map goes idle, is not blank, and the screenshot is written', async () => {
    app = await App.open({ viewport: DESKTOP });
    expect(await app.title()).toBe('生态环境一张图');
    expect(await app.idleCount()).toBeGreaterThan(0);
    const px = await app.mapPixels();
    expect(px.dominantShare).toBeLessThan(0.9);
    expect(px.distinctColours).toBeGreaterThan(8);
    expect(await app.isLayerOn('districts')).toBe(true);
    expect(await app.isLayerOn('streets')).toBe(true);
    await app.screenshot('desktop-1440x900');
    expect(app.browser.errors).toEqual([]);
  });

  it('given a phone, when the app opens, then the map fills the screen and the screenshot is written', async () => {
    app = await App.open({ viewport: PHONE, phone: true });
    const box = await app.mapBox();
    expect(box.width).toBe(PHONE.width);
    const px = await app.mapPixels();
    expect(px.dominantShare).toBeLessThan(0.9);
    await app.screenshot('phone-375x812');
    // in English the header still shows the language switch and search inside the screen
    await app.switchLanguage();
    for (const sel of ['[data-testid="lang-switch"]', '[data-testid="search"]']) {
      const b = await app.page.locator(sel).boundingBox();
      expect(b && b.x >= 0 && b.x + b.width <= PHONE.width).toBe(true);
    }
  });

  it('when the language is switched, then the shell is in English and the URL keeps it', async () => {
    app = await App.open();
    await app.switchLanguage();
    expect(await app.title()).toBe('Beijing Eco Map');
    expect(await app.hash()).toContain('lang=en');
  });
});
