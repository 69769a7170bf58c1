/**
 * Import actions for the specs: open the 导入 tool, set a file on the input (Playwright's setInputFiles),
 * pick options, wait for the outcome, read the summary / issues, and the 导入 group of the layer panel.
 * Also the XSS traps the hostile-file spec installs before the app loads. No assertions here.
 */
import path from 'node:path';
import type { App } from './driver';

export const IMPORT_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

export interface ImportChoices {
  datum?: 'wgs84' | 'gcj02' | 'bd09';
  replaces?: string;
  name?: string;
}

export interface Traps {
  /** set by the trapped alert/confirm/prompt/print/open */
  pwned: string | null;
  /** elements added after the page's own markup that could run code or load the payload (img/script/iframe/object/embed/svg, on* attributes, javascript: URLs) */
  injected: string[];
  /** CSP violations reported by the page */
  cspViolations: string[];
  /** dialogs Playwright saw */
  dialogs: string[];
}

/**
 * Installs traps before any page script runs: dialog functions that record a call, a MutationObserver
 * that records any dangerous element or attribute added to the DOM, and CSP violation listeners.
 */
export async function installTraps(app: App): Promise<() => Promise<Traps>> {
  const dialogs: string[] = [];
  app.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await app.page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__injected = [];
    w.__csp = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      w[name] = (...args: unknown[]) => {
        w.__pwned = `${name}(${args.map(String).join(',')})`;
        return null;
      };
    }
    const DANGEROUS = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'IMAGE']);
    // the page's own markup (its module <script>) is parsed before DOMContentLoaded: watch what comes after
    let armed = false;
    document.addEventListener('DOMContentLoaded', () => (armed = true));
    const check = (el: Element) => {
      if (!armed) return;
      const bad =
        DANGEROUS.has(el.tagName.toUpperCase()) ||
        [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value));
      // MapLibre's own canvas/controls and React's markup have none of these
      if (bad) (w.__injected as string[]).push(el.outerHTML.slice(0, 200));
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          check(n);
          n.querySelectorAll('*').forEach(check);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'href', 'onerror', 'onload', 'onclick', 'style'] });
    document.addEventListener('securitypolicyviolation', (e) => (w.__csp as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => {
    const page = await app.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { pwned: (w.__pwned as string | undefined) ?? null, injected: (w.__injected as string[] | undefined) ?? [], cspViolations: (w.__csp as string[] | undefined) ?? [] };
    });
    return { ...page, dialogs: [...dialogs] };
  };
}

export class ImportDialog {
  constructor(readonly app: App) {}

  static async open(app: App): Promise<ImportDialog> {
    await app.openTool('import');
    await app.page.waitForSelector('[data-testid="import-panel"]');
    return new ImportDialog(app);
  }

  get page() {
    return this.app.page;
  }

  async phase(): Promise<string | null> {
    return this.page.getAttribute('[data-testid="import-panel"]', 'data-phase');
  }

  /** Sets the file on the picker; the options (or a preflight error) show. */
  async choose(fixture: string) {
    await this.page.setInputFiles('[data-testid="import-input"]', path.join(IMPORT_FIXTURES, fixture));
    await this.page.waitForSelector('[data-testid="import-panel"]:is([data-phase="chosen"], [data-phase="failed"])');
    await this.page.waitForFunction((name) => document.querySelector('[data-testid="import-file"] strong')?.textContent === name, fixture);
  }

  /** Chooses the file, applies the options, imports, and waits for the summary or the issues. */
  async importFixture(fixture: string, choices: ImportChoices = {}): Promise<'done' | 'failed'> {
    await this.choose(fixture);
    if ((await this.phase()) === 'failed') return 'failed';
    if (choices.datum) await this.page.check(`[data-testid="import-datum-${choices.datum}"]`);
    if (choices.replaces) await this.page.selectOption('[data-testid="import-replaces"]', choices.replaces);
    if (choices.name) await this.page.fill('[data-testid="import-name"]', choices.name);
    await this.page.click('[data-testid="import-start"]');
    await this.page.waitForSelector('[data-testid="import-panel"]:is([data-phase="done"], [data-phase="failed"])', { timeout: 60_000 });
    const outcome = (await this.phase()) as 'done' | 'failed';
    if (outcome === 'done') await this.app.waitForMapIdle();
    return outcome;
  }

  /** The listed issues: code and the text the user reads. */
  async issues(): Promise<{ code: string; text: string }[]> {
    return this.page.$$eval('[data-testid="import-issue"]', (els) =>
      els.map((el) => ({ code: (el as HTMLElement).dataset.code ?? '', text: el.querySelector('.import-issue-text')?.textContent ?? '' })),
    );
  }

  async summary(): Promise<{ layerId: string; name: string; count: string; converted: string }[]> {
    return this.page.$$eval('[data-testid="import-summary-layer"]', (els) =>
      els.map((el) => ({
        layerId: (el as HTMLElement).dataset.layer ?? '',
        name: el.querySelector('[data-testid="import-summary-name"]')?.textContent ?? '',
        count: el.querySelector('[data-testid="import-summary-count"]')?.textContent ?? '',
        converted: el.querySelector('[data-testid="import-summary-converted"]')?.textContent ?? '',
      })),
    );
  }

  async importAnother() {
    await this.page.click('[data-testid="import-panel"] :is([data-testid="import-another"], [data-testid="import-reset"])');
  }
}

/** The 导入 group of the layer panel: ids and names of the imported layers. */
export async function importedLayers(app: App): Promise<{ id: string; name: string }[]> {
  return app.page.$$eval('[data-testid="imported-layers"] li[data-testid^="layer-"]', (els) =>
    els.map((el) => ({ id: (el as HTMLElement).dataset.testid!.replace(/^layer-/, ''), name: el.querySelector('.layer-name')?.textContent ?? '' })),
  );
}

export async function removeImported(app: App, id: string) {
  await app.page.click(`[data-testid="remove-${id}"]`);
  await app.page.waitForSelector(`[data-testid="layer-${id}"]`, { state: 'detached' });
}

/** Clicks the map where a lon/lat is drawn (after the map is idle). */
export async function clickMapAt(app: App, lngLat: [number, number]) {
  const pt = await app.page.evaluate((ll) => {
    const p = window.__ecoMap!.map.project(ll);
    return { x: p.x, y: p.y };
  }, lngLat);
  const box = await app.mapBox();
  await app.page.mouse.click(box.x + pt.x, box.y + pt.y);
}

/** Ids of the features the map has drawn at a lon/lat in a layer (what a click there can select). */
export async function renderedIdsAt(app: App, layerId: string, lngLat: [number, number]): Promise<(string | number | null)[]> {
  return app.page.evaluate(
    ({ id, ll }) => {
      const m = window.__ecoMap!.map;
      const p = m.project(ll);
      const layers = m.getStyle().layers.filter((l) => 'source' in l && l.source === id).map((l) => l.id);
      return m.queryRenderedFeatures([[p.x - 4, p.y - 4], [p.x + 4, p.y + 4]], { layers }).map((f) => f.id ?? null);
    },
    { id: layerId, ll: lngLat },
  );
}

/** The detail panel's property list as [label, value] text pairs. */
export async function detailProperties(app: App): Promise<[string, string][]> {
  await app.page.waitForSelector('[data-testid="detail-panel"]', { timeout: 10_000 });
  return app.page.$$eval('[data-testid="detail-panel"] .props > div', (rows) =>
    rows.map((r) => [r.querySelector('dt')?.textContent ?? '', r.querySelector('dd')?.textContent ?? ''] as [string, string]),
  );
}
