/**
 * Given/when/then for the import dialog (issue 6): hostile files stay text, broken files are explained
 * without losing what is loaded, and imports survive a reload (IndexedDB) until removed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { App, DESKTOP, PHONE } from './driver';
import { clickMapAt, detailProperties, ImportDialog, importedLayers, installTraps, removeImported, renderedIdsAt, type Traps } from './import-driver';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const HOSTILE_POINT: [number, number] = [116.4, 39.9];

describe('importing hostile files', () => {
  /** opens the app with the XSS traps installed before any page script runs */
  async function openTrapped() {
    const a = await App.open({ viewport: DESKTOP });
    const traps = await installTraps(a);
    await a.page.reload();
    await a.page.waitForSelector('[data-testid="app"][data-booted="1"]');
    await a.waitForMapIdle();
    return { a, traps };
  }

  async function expectNothingRan(traps: () => Promise<Traps>) {
    // let any deferred handler (img onerror, timers) fire first
    await app!.page.waitForTimeout(300);
    const t = await traps();
    expect(t.pwned).toBeNull();
    expect(t.dialogs).toEqual([]);
    expect(t.injected).toEqual([]);
    expect(t.cspViolations).toEqual([]);
    expect(await app!.page.$$eval('img[src="x"], script:not([src]), [onerror], a[href^="javascript:"]', (els) => els.length)).toBe(0);
    expect(app!.browser.errors).toEqual([]);
  }

  it('given GeoJSON, KML and CSV files whose properties hold <script>, <img onerror> and javascript: links, when imported, then nothing runs and the layers appear in the 导入 group with their names as text', async () => {
    const { a, traps } = await openTrapped();
    app = a;
    const dialog = await ImportDialog.open(app);
    const ids: string[] = [];
    for (const file of ['hostile.geojson', 'hostile.kml', 'hostile.csv']) {
      if (ids.length > 0) await dialog.importAnother();
      expect(await dialog.importFixture(file)).toBe('done');
      const [s] = await dialog.summary();
      ids.push(s.layerId);
      if (file === 'hostile.geojson') await app.screenshot('import-summary-1440x900');
    }
    const layers = await importedLayers(app);
    expect(layers.map((l) => l.id).sort()).toEqual([...ids].sort());
    // the KML document name is a <script> payload: shown as a name, not run
    expect(layers.map((l) => l.name)).toContain('<script>alert(1)</script>');
    await expectNothingRan(traps);
  });

  it('given an imported hostile point, when it is clicked on the map, then the detail panel shows the payload as literal text and nothing runs', async () => {
    const { a, traps } = await openTrapped();
    app = a;
    const dialog = await ImportDialog.open(app);
    expect(await dialog.importFixture('hostile.geojson')).toBe('done');
    const [s] = await dialog.summary();
    // the map must know the feature's id (here itself a payload) for a click to select it
    expect(await renderedIdsAt(app, s.layerId, HOSTILE_POINT)).toEqual(['<img src=x onerror=alert(1)>']);
    await clickMapAt(app, HOSTILE_POINT);
    const props = Object.fromEntries(await detailProperties(app));
    expect(props.name).toBe('<script>alert(1)</script>');
    expect(props.description).toBe('<img src=x onerror=alert(1)>');
    expect(props.link).toBe('javascript:alert(1)');
    expect(await app.page.textContent('[data-testid="detail-panel"] h2')).toBe('<script>alert(1)</script>');
    await app.screenshot('import-hostile-detail-1440x900');
    await expectNothingRan(traps);
  });
});

describe('importing broken files', () => {
  it('given a loaded import, when a broken JSON and a projected file without .prj are imported, then the errors name file and problem and nothing loaded is lost', async () => {
    app = await App.open({ viewport: DESKTOP });
    const dialog = await ImportDialog.open(app);
    await dialog.choose('sites.csv');
    await app.screenshot('import-options-1440x900');
    expect(await dialog.importFixture('sites.geojson')).toBe('done');
    const before = await importedLayers(app);
    expect(before).toHaveLength(1);
    expect(await app.isLayerOn('districts')).toBe(true);

    await dialog.importAnother();
    expect(await dialog.importFixture('broken-json.geojson')).toBe('failed');
    const [json] = await dialog.issues();
    expect(json.code).toBe('invalid-json');
    expect(json.text).toMatch(/^broken-json\.geojson：JSON 语法错误/);

    await dialog.importAnother();
    expect(await dialog.importFixture('projected-no-crs.geojson')).toBe('failed');
    const projected = (await dialog.issues()).find((i) => i.code === 'projected-without-prj');
    expect(projected?.text).toMatch(/^projected-no-crs\.geojson：第 2 个要素：坐标是投影坐标（米）/);
    await app.screenshot('import-error-1440x900');

    await dialog.importAnother();
    expect(await dialog.importFixture('sites-utm50n-no-prj.zip')).toBe('failed');
    expect((await dialog.issues()).some((i) => i.code === 'projected-without-prj' && i.text.startsWith('sites-utm50n-no-prj.zip'))).toBe(true);

    // what was loaded is still there
    expect(await importedLayers(app)).toEqual(before);
    expect(await app.isLayerOn(before[0].id)).toBe(true);
    expect(await app.isLayerOn('districts')).toBe(true);
    expect(app.browser.errors).toEqual([]);
  });
});

describe('imported layers persist', () => {
  it('given an imported CSV, when the page reloads, then the layer is restored from IndexedDB, and when removed it stays gone after another reload', async () => {
    app = await App.open({ viewport: DESKTOP });
    const dialog = await ImportDialog.open(app);
    expect(await dialog.importFixture('gcj02-points.csv', { datum: 'gcj02', name: '高德点位' })).toBe('done');
    const [s] = await dialog.summary();
    expect(s.converted).toBe('gcj02→wgs84');

    const reload = async () => {
      await app!.page.reload();
      await app!.page.waitForSelector('[data-testid="app"][data-booted="1"]');
      await app!.page.waitForSelector(`[data-testid="layer-${s.layerId}"], [data-testid="layer-panel"]`);
      await app!.waitForMapIdle();
    };
    await reload();
    await app.page.waitForSelector(`[data-testid="layer-${s.layerId}"]`);
    expect(await importedLayers(app)).toEqual([{ id: s.layerId, name: '高德点位' }]);
    expect(await app.isLayerOn(s.layerId)).toBe(true);

    await removeImported(app, s.layerId);
    expect(await importedLayers(app)).toEqual([]);
    await reload();
    // give the restore a moment to (not) bring it back
    await app.page.waitForTimeout(500);
    expect(await importedLayers(app)).toEqual([]);
    expect(app.browser.errors).toEqual([]);
  });
});

describe('the dialog on a phone', () => {
  it('given a phone, when the import tool is opened and a file chosen, then the options fit the screen', async () => {
    app = await App.open({ viewport: PHONE, phone: true });
    const dialog = await ImportDialog.open(app);
    await dialog.choose('sites.csv');
    const box = await app.page.locator('[data-testid="import-options"]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await app.screenshot('import-options-375x812');
  });
});
