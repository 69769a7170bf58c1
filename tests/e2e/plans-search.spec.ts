/** Given/when/then: search by keyboard, and the action plans beside the map (plans view, street tasks). */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './driver';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('search', () => {
  it('when a user types a street name and presses Enter, then the street is selected and its panel opens', async () => {
    app = await App.open();
    await app.page.click('[data-testid="search"]');
    await app.page.keyboard.type('建外');
    await app.page.waitForSelector('[data-testid="search-results"] [role="option"]');
    await app.page.keyboard.press('Enter');
    await app.page.waitForSelector('[data-testid="street-panel"]');
    expect(await app.page.textContent('[data-testid="detail-panel"] h2')).toBe('建外街道');
    expect(await app.hash()).toContain('s=streets:110105001000');
  });
});

describe('action plans', () => {
  it('when a supervisor searches the plans for 亮马河 and shows a task, then the map highlights it and the source line is cited', async () => {
    app = await App.open();
    await app.openTool('plans');
    await app.page.waitForSelector('[data-testid="plans-text"]', { timeout: 60_000 });
    await app.page.fill('[data-testid="plans-text"]', '亮马河');
    await app.page.waitForSelector('[data-testid="plan-task"]');
    expect(await app.page.textContent('[data-testid="plans-list"]')).toMatch(/\d{3}:\d+/);
    await app.page.locator('[data-testid="plan-show-task"]').first().click();
    await app.page.waitForSelector('[data-testid="plans-highlight"]');
    await app.waitForMapIdle();
    // the highlight is drawn in the theme's highlight orange (#ff7a00)
    expect((await app.mapPixels([255, 122, 0])).matchShare).toBeGreaterThan(0);
    await app.screenshot('plans-1440x900');
  });

  it('when a Chaoyang street is opened, then its 任务 tab lists the tasks that make it responsible', async () => {
    app = await App.open({ hash: 's=streets:110105001000' });
    await app.page.waitForSelector('[data-testid="street-panel"]');
    await app.page.click('[data-testid="street-tab-tasks"]');
    await app.page.waitForSelector('[data-testid="street-task"]', { timeout: 60_000 });
    expect(await app.page.locator('[data-testid="street-task"]').count()).toBeGreaterThan(10);
  });
});
