/** Given/when/then: a supervisor finds the worst streets of a month, opens one, and triages high values. */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './driver';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('supervisor', () => {
  it('given March 2024, when the supervisor opens the worst street of the ranking, then its panel shows it last citywide and the link restores it', async () => {
    app = await App.open({ role: 'supervisor' });
    await app.setMode('supervisor');
    await app.selectMonth('2024-03');
    await app.openTool('ranking');
    const first = app.page.locator('[data-testid="ranking-row"]').first();
    const rankText = (await first.locator('td').first().textContent())?.trim();
    expect(Number(rankText)).toBeGreaterThan(300);
    const name = (await first.locator('button.link').textContent())?.trim() ?? '';
    await app.selectStreetFromRanking(0);
    expect(await app.page.textContent('[data-testid="detail-panel"] h2')).toBe(name);
    expect(await app.page.textContent('[data-testid="street-panel"]')).toContain(`${rankText}/`);
    const hash = await app.hash();
    expect(hash).toContain('t=2024-03');
    expect(hash).toMatch(/s=streets:\d{12}/);
    await app.screenshot('supervisor-street-1440x900');
    // reload restores the month and the selection
    await app.page.reload();
    await app.page.waitForSelector('[data-testid="street-panel"]', { timeout: 60_000 });
    expect(await app.page.textContent('[data-testid="month"]')).toBe('2024-03');
    expect(await app.page.textContent('[data-testid="detail-panel"] h2')).toBe(name);
    // and the map view: the restored zoom is the one in the link, not the default
    const zoom = Number(/v=([\d.]+)\//.exec(hash)?.[1]);
    expect(await app.page.evaluate(() => window.__ecoMap!.map.getZoom())).toBeCloseTo(zoom, 1);
  });

  it('when the supervisor opens the high-value view, then failing streets, hotspot clusters and crowded stations are listed, and "why is this hot" lists sources', async () => {
    app = await App.open({ role: 'supervisor' });
    await app.setMode('supervisor');
    await app.openTool('highvalue');
    await app.page.waitForSelector('[data-testid="hv-failing"]');
    expect(await app.page.locator('[data-testid="hv-failing"]').count()).toBeGreaterThan(0);
    await app.page.waitForSelector('[data-testid="hv-hotspot"]', { timeout: 60_000 });
    expect(await app.page.locator('[data-testid="hv-hotspot"]').count()).toBeGreaterThan(0);
    await app.page.waitForSelector('[data-testid="hv-station"]', { timeout: 60_000 });
    await app.page.locator('[data-testid="hv-station"] [data-testid="why-hot-button"]').first().click();
    await app.page.waitForSelector('[data-testid="why-hot"] li', { timeout: 60_000 });
    expect(await app.page.locator('[data-testid="why-hot"] li').count()).toBeGreaterThan(0);
    await app.waitForMapIdle();
    await app.screenshot('supervisor-highvalue-1440x900');
  });

  it('when a rule runs in the worker, then the main thread stays responsive (no task over 50 ms) and zones and lists appear', async () => {
    // Measured from the click to the worker's answer (performance marks set by the app). Drawing the zones
    // afterwards compiles deck.gl shaders, which takes seconds on software WebGL and is not the analysis.
    app = await App.open({ role: 'supervisor', hash: 'l=districts' });
    await app.openTool('analysis');
    await app.page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.startTime, e.duration))).observe({ type: 'longtask' });
    });
    await app.page.click('[data-testid="rule-wellhead-30m"]');
    await app.page.waitForSelector('[data-testid="analysis-result"]', { timeout: 90_000 });
    const { long, start, done } = await app.page.evaluate(() => {
      const flat = (window as unknown as { __long: number[] }).__long;
      const pairs: [number, number][] = [];
      for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
      const mark = (n: string) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
      return { long: pairs, start: mark('eco:analysis-start'), done: mark('eco:analysis-done') };
    });
    expect(done).toBeGreaterThan(start);
    expect(long.filter(([t, d]) => t >= start && t < done && d > 50)).toEqual([]);
    expect(await app.page.textContent('[data-testid="analysis-result"]')).toMatch(/1500 个区域/);
    await app.page.locator('[data-testid="zone-row"]').first().click();
    await app.page.waitForSelector('[data-testid="zone-hits"]');
    expect(await app.page.textContent('[data-testid="zone-hits"]')).toMatch(/\d+\.\d m/);
    await app.waitForMapIdle(120_000);
    await app.screenshot('supervisor-analysis-1440x900');
  });
});
