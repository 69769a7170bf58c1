/**
 * Code that runs inside the app page. Kept as plain JavaScript strings (not functions) so that no
 * compiler helper (tsx's `__name`) leaks into the page. All times are `performance.now()` values,
 * i.e. milliseconds since navigation start, and event `timeStamp`s on the same clock.
 */

/** Serialisable answers of the scripts below. */
export interface AppLoadMarks {
  mapCreatedAt: number | null;
  loadAt: number | null;
  streetsLayerAt: number | null;
  choroplethAt: number | null;
  choroplethIdleAt: number | null;
}

export interface ActionResult {
  /** the triggering DOM event's timeStamp */
  t0: number | null;
  /** the first map `idle` after it at which the expected map change is there */
  t1: number | null;
  ms: number | null;
  /** the first `idle` after the event, whatever the map looked like */
  firstIdleMs: number | null;
  matched: boolean;
}

/**
 * Init script for the app: watches `window.__ecoMap`, and records when `streets-fill` first exists,
 * when it first is a choropleth (a data-driven fill colour, i.e. the indicators have arrived) and the
 * first map `idle` at which it is. Defines `__benchArm(kind, arg)` for the interaction timings.
 */
export const APP_INIT_SCRIPT = String.raw`(() => {
  const b = (window.__bench = { mapCreatedAt: null, loadAt: null, streetsLayerAt: null, choroplethAt: null, choroplethIdleAt: null, evT: null, armed: false, result: null });
  const onEvent = (e) => { if (b.armed && b.evT === null) b.evT = e.timeStamp; };
  for (const type of ['click', 'input', 'change']) document.addEventListener(type, onEvent, true);
  const isChoropleth = (m) => !!m.getLayer('streets-fill') && Array.isArray(m.getPaintProperty('streets-fill', 'fill-color'));
  let hooked = null;
  const hook = () => {
    const m = window.__ecoMap && window.__ecoMap.map;
    if (m && m !== hooked) {
      hooked = m;
      if (b.mapCreatedAt === null) b.mapCreatedAt = performance.now();
      const look = () => {
        if (b.streetsLayerAt === null && m.getLayer('streets-fill')) b.streetsLayerAt = performance.now();
        if (b.choroplethAt === null && isChoropleth(m)) b.choroplethAt = performance.now();
      };
      if (m.loaded()) b.loadAt = b.loadAt ?? performance.now();
      else m.once('load', () => { b.loadAt = b.loadAt ?? performance.now(); });
      m.on('styledata', look);
      m.on('idle', () => {
        look();
        if (b.choroplethIdleAt === null && isChoropleth(m)) b.choroplethIdleAt = performance.now();
      });
    }
    if (b.choroplethIdleAt === null) setTimeout(hook, 4);
  };
  hook();

  window.__benchArm = (kind, arg, timeoutMs) => {
    const m = window.__ecoMap.map;
    b.evT = null;
    b.armed = true;
    // the choropleth colours live in per-street feature states (src/map/layers/streets.ts), so compare those
    const ids = m.getSource('streets') ? [...new Set(m.querySourceFeatures('streets').map((f) => f.id))] : [];
    const paint = () => JSON.stringify(ids.map((id) => m.getFeatureState({ source: 'streets', id })));
    const before = paint();
    const noneLoading = () => document.querySelectorAll('[data-status="loading"]').length === 0;
    // a layer counts as shown when its source exists and its style layers are not hidden (hidden layers keep their source)
    const shown = () => !!m.getSource(arg) && m.getStyle().layers.some((l) => l.source === arg && (!l.layout || l.layout.visibility !== 'none'));
    const done = () => {
      if (kind === 'layer-on') return shown() && noneLoading();
      if (kind === 'layer-off') return !shown();
      if (kind === 'month') return paint() !== before && noneLoading();
      throw new Error('unknown action ' + kind);
    };
    b.result = new Promise((resolve) => {
      let firstIdle = null;
      const finish = (r) => { m.off('idle', onIdle); clearTimeout(timer); b.armed = false; resolve(r); };
      const onIdle = () => {
        if (b.evT === null) return;
        const t = performance.now();
        if (firstIdle === null) firstIdle = t;
        if (done()) finish({ t0: b.evT, t1: t, ms: t - b.evT, firstIdleMs: firstIdle - b.evT, matched: true });
      };
      m.on('idle', onIdle);
      const timer = setTimeout(() => finish({ t0: b.evT, t1: null, ms: null, firstIdleMs: firstIdle === null ? null : firstIdle - b.evT, matched: false }), timeoutMs);
    });
    return before;
  };
})();`;

/** Expression for page.evaluate: the load marks. */
export const READ_MARKS = `(() => { const b = window.__bench; return { mapCreatedAt: b.mapCreatedAt, loadAt: b.loadAt, streetsLayerAt: b.streetsLayerAt, choroplethAt: b.choroplethAt, choroplethIdleAt: b.choroplethIdleAt }; })()`;

/** Expression: response end of the named resources and the DOMContentLoaded time, ms since navigation start. */
export const READ_RESOURCES = String.raw`(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const out = { domContentLoaded: nav ? nav.domContentLoadedEventEnd : null };
  for (const e of performance.getEntriesByType('resource')) {
    const name = new URL(e.name).pathname.split('/').pop();
    if (/^index-.*\.js$|^manifest\.json$|^streets\.geojson$|^street-indicators\.json$|^districts\.geojson$|^session$|^maplibre-gl.*\.m?js$/.test(name)) {
      const key = name.replace(/-[A-Za-z0-9_]{8}\.js$/, '.js');
      out[key] = Math.round(e.responseEnd);
    }
  }
  return out;
})()`;

export const arm = (kind: 'layer-on' | 'layer-off' | 'month', arg: string, timeoutMs: number) =>
  `window.__benchArm(${JSON.stringify(kind)}, ${JSON.stringify(arg)}, ${timeoutMs})`;

export const READ_RESULT = 'window.__bench.result';
