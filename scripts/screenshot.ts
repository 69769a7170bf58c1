/**
 * Dev aid: screenshots of a running app at desktop (1440×900) and phone (375×812) sizes.
 * Usage: npx tsx scripts/screenshot.ts <url> <out-prefix> [hash]
 */
import { launch } from '../tests/e2e/browser';

const [url = 'http://127.0.0.1:5173/', prefix = 'test-results/shot', hash = ''] = process.argv.slice(2);

for (const [name, vp, mobile] of [['desktop', { width: 1440, height: 900 }, false], ['phone', { width: 375, height: 812 }, true]] as const) {
  const b = await launch(vp, { isMobile: mobile });
  try {
    await b.page.goto(`${url}${hash ? `#${hash}` : ''}`);
    await b.page.waitForSelector('[data-booted="1"]', { timeout: 60_000 });
    await b.page.waitForFunction(() => document.querySelectorAll('[data-status="loading"]').length === 0, undefined, { timeout: 60_000 });
    await b.page.waitForTimeout(2500);
    await b.page.screenshot({ path: `${prefix}-${name}.png` });
    if (b.errors.length) console.error(name, b.errors.slice(0, 5));
  } finally {
    await b.close();
  }
}
