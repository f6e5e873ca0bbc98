import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserPerFile, watchErrors } from './harness.ts';

/**
 * The production build over a throttled line (400 kbit/s down and up, 400 ms latency): the
 * page shows the header and a loading message from its first paint, then how many data files
 * and bytes have arrived, and its controls answer as soon as the map is drawn, while the
 * files it fetches ahead (the neighbouring years) are still on the way. Only the order of
 * events and what is on screen are asserted: how long each step takes is measured by
 * `npm run bench:network`, on a machine whose load a test cannot control.
 */
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const KBIT = 1000 / 8;

interface Sample {
  /** The browser had painted (a first-paint entry was in the performance timeline). */
  painted: boolean;
  header: boolean;
  loading: string;
  busy: boolean;
  progress: number | null;
  map: boolean;
}

/**
 * Runs in the page before its own scripts: notes what is on screen at every change of the
 * document (and every 100 ms besides), from the first moment there is a document, so every
 * state the page went through is seen in order, however slow or fast the machine.
 */
function sampler() {
  const w = window as unknown as { __samples: Sample[] };
  w.__samples = [];
  const shown = (el: Element | null) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const sample = () => {
    const loading = [...document.querySelectorAll('.loading, [role="status"]')]
      .filter(shown)
      .map((e) => e.textContent ?? '')
      .join(' | ');
    const bar = document.querySelector('.load-status progress');
    w.__samples.push({
      painted: performance.getEntriesByName('first-paint').length > 0,
      header: shown(document.querySelector('header.site-header h1')),
      loading,
      busy: document.querySelector('[aria-busy="true"]') !== null,
      progress: bar ? Number(bar.getAttribute('value')) : null,
      map: document.querySelector('svg.map-svg path.country[fill^="#"]') !== null,
    });
  };
  new MutationObserver(sample).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  setInterval(sample, 100);
  document.addEventListener('readystatechange', sample);
}

async function throttled(): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400 * KBIT,
    uploadThroughput: 400 * KBIT,
  });
  await page.addInitScript(sampler);
  return page;
}

/**
 * Requests under way, by URL, kept from the test's side of the browser, and the order in which
 * they ended (a counter, not a clock).
 */
function trackRequests(page: Page): {
  pending: () => string[];
  ended: () => number;
} {
  const open = new Map<unknown, string>();
  let ended = 0;
  page.on('request', (r) => open.set(r, r.url()));
  const done = (r: unknown) => {
    open.delete(r);
    ended++;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { pending: () => [...open.values()], ended: () => ended };
}

describe('a slow network (400 kbit/s, 400 ms latency)', () => {
  it('shows progress from the first paint, and the controls answer once the map is drawn', async () => {
    const page = await throttled();
    const errors = watchErrors(page);
    const requests = trackRequests(page);
    await page.goto(`${server().url}?dataset=jrc-nuclear&year=2021`, { waitUntil: 'commit' });
    await page.waitForSelector('svg.map-svg path.country[fill^="#"]', {
      state: 'attached',
      timeout: 60_000,
    });

    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    await panel.getByLabel('Year', { exact: true }).selectOption('2020');
    await expect
      .poll(() => page.locator('#map-title').textContent(), { timeout: 30_000 })
      .toContain('2020');
    const stillPending = requests.pending().filter((u) => u.includes('/data/'));
    const endedAtAnswer = requests.ended();
    expect(new URL(page.url()).search).toContain('year=2020');

    // The year changed with data files still on the way: the controls did not wait for them.
    expect(
      stillPending.length,
      `pending at the change: ${stillPending.join(', ')}`,
    ).toBeGreaterThan(0);
    await page.waitForSelector('svg.map-svg path.country[fill^="#"]', {
      state: 'attached',
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    // ...and those files did arrive after the change was answered.
    expect(requests.ended()).toBeGreaterThan(endedAtAnswer);

    const samples = await page.evaluate(
      () => (window as unknown as { __samples: Sample[] }).__samples,
    );
    const painted = samples.filter((s) => s.painted);
    expect(painted.length, 'no sample after the first paint').toBeGreaterThan(0);
    const mapAt = painted.findIndex((s) => s.map);
    expect(mapAt, 'the map was never seen drawn').toBeGreaterThan(0);
    const beforeMap = painted.slice(0, mapAt);
    // Never blank: the header from the first paint on, and until the map a loading message.
    for (const s of painted) expect(s.header, 'no header after the first paint').toBe(true);
    for (const s of beforeMap)
      expect(s.loading, 'no loading message before the map').toMatch(/Loading/);
    // Progress, not a still message, before the map: files counted as they arrive, and the
    // bytes grow (counts start again with each burst of loading, so they need not only rise).
    const counts = beforeMap
      .map((s) => /(\d+) of (\d+) files/.exec(s.loading))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}/${m[2]}`);
    expect(counts.length, 'no file count before the map').toBeGreaterThan(0);
    expect(new Set(counts).size, `file counts ${counts.join(', ')}`).toBeGreaterThan(1);
    expect(beforeMap.some((s) => s.busy)).toBe(true);
    const bytes = beforeMap.map((s) => s.progress).filter((p): p is number => p !== null);
    expect(new Set(bytes).size, `progress values ${bytes.join(', ')}`).toBeGreaterThan(2);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
