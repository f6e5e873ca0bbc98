/**
 * npm run bench:network — the first view over a slow line (400 kbit/s down and up, 400 ms
 * latency, as in test/e2e/slow-network.test.ts), against the same view on the unthrottled local
 * server measured in the same process: first paint, first loading message, map drawn, and how
 * long a year change takes to be answered while the neighbouring years are still arriving.
 * It is not a test: it only prints figures and ratios (the test asserts the order of events).
 */
import type { Browser, Page } from 'playwright-core';
import { launch, serveDist } from '../../test/e2e/harness.ts';
import { ms, ratio, summarize, table } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KBIT = 1000 / 8;
const SEARCH = '?dataset=jrc-nuclear&year=2021';
const MAP = 'svg.map-svg path.country[fill^="#"]';

interface Run {
  firstPaint: number;
  firstProgress: number;
  mapDrawn: number;
  yearAnswered: number;
  pendingAtAnswer: number;
}

/**
 * In the page, before its scripts: when the loading message and the map were first seen. A
 * string, because tsx would wrap a function's inner names in a helper the page lacks.
 */
const MARKS = `(() => {
  const marks = { progress: null, map: null };
  window.__marks = marks;
  new MutationObserver(() => {
    const now = performance.now();
    if (marks.progress === null && /\\d+ of \\d+ files?/.test(document.body?.textContent ?? ''))
      marks.progress = now;
    if (marks.map === null && document.querySelector('${MAP}') !== null) marks.map = now;
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

async function oneRun(browser: Browser, url: string, throttle: boolean): Promise<Run> {
  // The page scripts are compiled in the page; the atlas's policy refuses eval (see measure.ts).
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  const page: Page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 400 * KBIT,
      uploadThroughput: 400 * KBIT,
    });
  }
  const open = new Set<unknown>();
  page.on('request', (r) => {
    if (r.url().includes('/data/')) open.add(r);
  });
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  await page.addInitScript(MARKS);
  await page.goto(url + SEARCH, { waitUntil: 'commit' });
  await page.waitForSelector(MAP, { state: 'attached', timeout: 120_000 });
  const select = page
    .getByRole('region', { name: 'Choose what the map shows' })
    .getByLabel('Year', { exact: true });
  const before = Date.now();
  await select.selectOption('2020');
  await page.waitForFunction(
    () => (document.querySelector('#map-title')?.textContent ?? '').includes('2020'),
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  const yearAnswered = Date.now() - before;
  const pendingAtAnswer = open.size;
  const m = await page.evaluate(() => {
    const w = window as unknown as { __marks: { progress: number | null; map: number | null } };
    const paint = performance.getEntriesByName('first-paint')[0];
    return { ...w.__marks, paint: paint ? paint.startTime : null };
  });
  await context.close();
  return {
    firstPaint: m.paint ?? NaN,
    firstProgress: m.progress ?? NaN,
    mapDrawn: m.map ?? NaN,
    yearAnswered,
    pendingAtAnswer,
  };
}

const median = (runs: Run[], k: keyof Run) => summarize(runs.map((r) => r[k])).median;

async function main() {
  const server = await serveDist();
  const browser = await launch();
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  try {
    const local: Run[] = [];
    const slow: Run[] = [];
    await oneRun(browser, server.url, false); // warm-up, not counted
    for (let i = 0; i < RUNS; i++) {
      log(`run ${i + 1} of ${RUNS}: unthrottled baseline, then 400 kbit/s with 400 ms latency`);
      local.push(await oneRun(browser, server.url, false));
      slow.push(await oneRun(browser, server.url, true));
    }
    const rows: [string, keyof Run][] = [
      ['first paint', 'firstPaint'],
      ['first file count shown', 'firstProgress'],
      ['map drawn', 'mapDrawn'],
      ['year change answered', 'yearAnswered'],
    ];
    console.log(
      `\nFirst view of ${SEARCH} (Chromium ${browser.version()}), median of ${RUNS} runs each; times from navigation start, the year change from the selection\n`,
    );
    console.log(
      table([
        ['', 'unthrottled', '400 kbit/s, 400 ms', 'ratio'],
        ...rows.map(([label, k]) => {
          const a = median(local, k);
          const b = median(slow, k);
          return [label, ms(a), ms(b), ratio(b, a)];
        }),
        [
          'data files in flight at the answer',
          String(median(local, 'pendingAtAnswer')),
          String(median(slow, 'pendingAtAnswer')),
          '',
        ],
      ]),
    );
    const slowMap = median(slow, 'mapDrawn');
    console.log(
      `\nOn the slow line the year change is answered in ${ratio(median(slow, 'yearAnswered'), slowMap)} of the time the first map took.`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
