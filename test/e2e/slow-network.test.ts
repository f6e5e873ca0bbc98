import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserPerFile, watchErrors } from './harness.ts';

/**
 * The production build over a throttled line (400 kbit/s down and up, 400 ms latency): the
 * page shows the header and a loading message from its first paint, then how many data files
 * and bytes have arrived, and its controls answer as soon as the map is drawn, while the
 * files it fetches ahead (the neighbouring years) are still on the way.
 */
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const KBIT = 1000 / 8;

interface Sample {
  t: number;
  header: boolean;
  loading: string;
  busy: boolean;
  progress: number | null;
  map: boolean;
}

/**
 * Runs in the page before its own scripts: samples what is on screen every 100 ms, from the
 * first moment there is a document, and notes when the first paint happened.
 */
function sampler() {
  const w = window as unknown as { __samples: Sample[]; __firstPaint: number | null };
  w.__samples = [];
  w.__firstPaint = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-paint' && w.__firstPaint === null) w.__firstPaint = e.startTime;
  }).observe({ type: 'paint', buffered: true });
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
      t: performance.now(),
      header: shown(document.querySelector('header.site-header h1')),
      loading,
      busy: document.querySelector('[aria-busy="true"]') !== null,
      progress: bar ? Number(bar.getAttribute('value')) : null,
      map: document.querySelector('svg.map-svg path.country[fill^="#"]') !== null,
    });
  };
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

/** Requests under way, by URL, kept from the test's side of the browser. */
function trackRequests(page: Page): { pending: () => string[]; lastDone: () => number } {
  const open = new Map<unknown, string>();
  let last = 0;
  page.on('request', (r) => open.set(r, r.url()));
  const done = (r: unknown) => {
    open.delete(r);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { pending: () => [...open.values()], lastDone: () => last };
}

describe('a slow network (400 kbit/s, 400 ms latency)', () => {
  it('shows progress from the first paint, and the controls answer once the map is drawn', async () => {
    const page = await throttled();
    const errors = watchErrors(page);
    const requests = trackRequests(page);
    const started = Date.now();
    await page.goto(`${server().url}?dataset=jrc-nuclear&year=2021`, { waitUntil: 'commit' });
    await page.waitForSelector('svg.map-svg path.country[fill^="#"]', {
      state: 'attached',
      timeout: 60_000,
    });
    const drawnAt = Date.now();
    // What is still coming when the map is drawn: the years either side, fetched ahead (for
    // the record: the fetch may start a moment after the map is drawn).
    const inFlight = requests.pending().filter((u) => u.includes('/data/'));

    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    await panel.getByLabel('Year', { exact: true }).selectOption('2020');
    await expect
      .poll(() => page.locator('#map-title').textContent(), { timeout: 2000 })
      .toContain('2020');
    const answeredAt = Date.now();
    const stillPending = requests.pending().filter((u) => u.includes('/data/'));
    expect(new URL(page.url()).search).toContain('year=2020');

    // The year changed with data files still on the way: the controls did not wait for them.
    expect(
      stillPending.length,
      `pending at the change: ${stillPending.join(', ')}`,
    ).toBeGreaterThan(0);
    expect(answeredAt - drawnAt).toBeLessThan(1500);
    await page.waitForSelector('svg.map-svg path.country[fill^="#"]', {
      state: 'attached',
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    expect(requests.lastDone()).toBeGreaterThan(answeredAt);

    const { samples, firstPaint } = await page.evaluate(() => {
      const w = window as unknown as { __samples: Sample[]; __firstPaint: number | null };
      return { samples: w.__samples, firstPaint: w.__firstPaint };
    });
    expect(firstPaint).not.toBeNull();
    const painted = samples.filter((s) => s.t >= (firstPaint ?? 0));
    const beforeMap = painted.filter((s) => !s.map);
    console.log(
      `slow network: first paint ${Math.round(firstPaint ?? 0)} ms, map drawn after ${drawnAt - started} ms, year changed ${answeredAt - drawnAt} ms later; ${painted.length} samples, ${beforeMap.length} before the map; ${inFlight.length} files in flight at the map`,
    );
    // The first map takes seconds on this line, so there is something to look at meanwhile.
    expect(beforeMap.length).toBeGreaterThan(20);
    // Never blank: the header from the first paint on, and until the map a loading message.
    for (const s of painted) expect(s.header, `no header at ${Math.round(s.t)} ms`).toBe(true);
    for (const s of beforeMap)
      expect(s.loading, `no loading message at ${Math.round(s.t)} ms`).toMatch(/Loading/);
    // Progress, not a still message: files counted as they arrive, and the bytes grow.
    const counted = beforeMap
      .map((s) => /(\d+) of (\d+) files/.exec(s.loading))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(counted.length).toBeGreaterThan(3);
    expect(beforeMap.some((s) => s.busy)).toBe(true);
    const bytes = [...new Set(beforeMap.map((s) => s.progress).filter((p) => p !== null))];
    expect(bytes.length, `progress values ${bytes.join(', ')}`).toBeGreaterThan(2);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
