/** Given/when/then: an inspector on a phone gets the patrol list; the public map has public layers only; bad input never blanks the page. */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './driver';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('inspector on a phone', () => {
  it('given an inspector of 建外街道, when the tools sheet opens, then the daily patrol list of 小微工程 within 500 m of its stations is shown', async () => {
    app = await App.open({ phone: true, role: 'inspector' });
    await app.page.click('[data-testid="sheet-tool"]');
    await app.page.waitForSelector('[data-testid="patrol-summary"]', { timeout: 60_000 });
    expect(await app.page.textContent('[data-testid="patrol-summary"]')).toMatch(/\d+ 个站点，\d+ 处小微工程/);
    expect(await app.page.locator('[data-testid="patrol-site"]').count()).toBeGreaterThan(0);
    // the inspector's own street (from the session) is the chosen one
    expect(await app.page.inputValue('[data-testid="patrol-street"]')).toBe('110105001000');
    await app.screenshot('inspector-patrol-375x812');
  });

  it('when geolocation is refused, then a tapped point gives everything within the radius', async () => {
    app = await App.open({ phone: true, role: 'inspector' });
    await app.page.click('[data-testid="sheet-tool"]');
    await app.page.click('[data-testid="near-locate"]');
    await app.page.waitForSelector('.notice-inline');
    // close the sheet, tap the map, reopen the sheet
    await app.page.click('[data-testid="sheet-tool"]');
    const box = await app.mapBox();
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.click('[data-testid="sheet-tool"]');
    await app.page.waitForSelector('[data-testid="near-summary"]', { timeout: 60_000 });
    expect(await app.page.textContent('[data-testid="near-summary"]')).toMatch(/米内共 \d+ 项/);
  });
});

describe('the public map', () => {
  it('given the public role, then only public layers are offered and no internal mode exists', async () => {
    app = await App.open({ role: 'public' });
    expect(await app.page.textContent('[data-testid="edition"]')).toBe('公众版');
    expect(await app.page.locator('[data-testid^="mode-"]').count()).toBe(0);
    for (const id of ['sites', 'outfalls', 'wellheads', 'pollution-sources', 'bareland', 'mobile']) expect(await app.page.locator(`[data-testid="layer-${id}"]`).count()).toBe(0);
    expect(await app.page.locator('[data-testid="layer-water-sections"]').count()).toBe(1);
    await app.screenshot('public-1440x900');
  });
});

describe('bad input', () => {
  it('given a malformed link, then the defaults are used with a notice naming the parameter', async () => {
    app = await App.open({ hash: 'm=root&t=2031-99&v=abc&l=streets,<img>' });
    const notices = await app.page.textContent('[data-testid="notices"]');
    expect(notices).toContain('“t”');
    expect(notices).toContain('“v”');
    expect(await app.isLayerOn('streets')).toBe(true);
    expect((await app.mapPixels()).dominantShare).toBeLessThan(0.9);
  });

  it('given a data file that fails with 500, then only that layer is marked failed with a retry and the rest works', async () => {
    app = await App.open({ failures: { 'rivers.geojson': 500 } });
    expect(await app.layerStatus('rivers')).toBe('error');
    expect(await app.page.textContent('[data-testid="layer-rivers"]')).toContain('rivers.geojson');
    expect(await app.layerStatus('streets')).toBe('ready');
    await app.page.evaluate(() => (window as unknown as { __ecoMock: { scenario: { failures: Record<string, unknown> } } }).__ecoMock.scenario.failures = {});
    await app.page.click('[data-testid="layer-rivers"] button');
    await app.waitForMapIdle();
    expect(await app.layerStatus('rivers')).toBe('ready');
  });
});
