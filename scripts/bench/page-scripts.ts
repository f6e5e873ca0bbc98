/**
 * Code that runs inside the page, kept as plain JavaScript strings: tsx compiles functions with
 * keepNames, and the `__name(...)` helpers it inserts do not exist in the browser, so functions
 * passed to page.evaluate would throw there.
 *
 * "Painted" everywhere means: the DOM change was seen (MutationObserver), then the next
 * requestAnimationFrame callback ran, then one message-channel task after it ran. That task runs
 * once the frame whose rendering began with that callback has been painted.
 */

/** True when the map is in the DOM with at least one country filled with a colour (not hatched). */
const HAS_DATA_FILLS = `function hasDataFills() {
  const paths = document.querySelectorAll('svg.map-svg path.country');
  for (const p of paths) {
    const f = p.getAttribute('fill');
    if (f && !f.startsWith('url(')) return true;
  }
  return false;
}`;

/** The fill of every country, in order: changes when the map is repainted with other data. */
const FILL_SIGNATURE = `function fillSignature() {
  const out = [];
  for (const p of document.querySelectorAll('svg.map-svg path.country')) {
    out.push(p.getAttribute('fill') || '');
  }
  return out.join('|');
}`;

const AFTER_PAINT = `function afterPaint(cb) {
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
}`;

/**
 * Init script (runs before any page script): records in window.__bench.mapPainted the
 * performance.now() (ms since navigation start, performance.timeOrigin) of the first painted
 * frame showing the map with data.
 */
export const FIRST_MAP_INIT = `(() => {
  ${HAS_DATA_FILLS}
  ${AFTER_PAINT}
  window.__bench = { mapSeen: null, mapPainted: null };
  const check = () => {
    if (window.__bench.mapSeen !== null || !hasDataFills()) return;
    window.__bench.mapSeen = performance.now();
    obs.disconnect();
    afterPaint((t) => { window.__bench.mapPainted = t; });
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['fill'] });
})();`;

/** Expression that is truthy once the first map with data has been painted. */
export const FIRST_MAP_DONE = `window.__bench && window.__bench.mapPainted !== null`;

/** Expression giving the first-map timings and the navigation timing of the page. */
export const FIRST_MAP_RESULT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    mapSeen: window.__bench.mapSeen,
    mapPainted: window.__bench.mapPainted,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
  };
})()`;

/** Expression: navigation start to the end of the load event, once the load event has ended. */
export const LOAD_DONE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null;
})()`;

/** Expression: is the map painted with data right now? */
export const MAP_READY = `(${HAS_DATA_FILLS})()`;

/**
 * Expression that changes the URL to `search` the way the browser's back button would (pushState
 * then popstate; the app re-parses the URL on popstate) and resolves with the milliseconds until
 * the map's fills have changed in the DOM (seen) and until that frame is painted (painted), or
 * null after timeoutMs.
 */
export function changeAndTime(search: string, timeoutMs: number): string {
  return `new Promise((resolve) => {
  ${HAS_DATA_FILLS}
  ${FILL_SIGNATURE}
  ${AFTER_PAINT}
  const before = fillSignature();
  let done = false;
  const timer = setTimeout(() => { if (!done) { done = true; obs.disconnect(); resolve(null); } }, ${timeoutMs});
  const obs = new MutationObserver(() => {
    if (done || !hasDataFills() || fillSignature() === before) return;
    done = true;
    obs.disconnect();
    clearTimeout(timer);
    const seen = performance.now() - t0;
    afterPaint((t) => resolve({ seen, painted: t - t0 }));
  });
  obs.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['fill'] });
  const t0 = performance.now();
  history.pushState(null, '', ${JSON.stringify(search)});
  dispatchEvent(new PopStateEvent('popstate'));
})`;
}
