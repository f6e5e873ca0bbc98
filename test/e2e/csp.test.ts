import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { encodeTour } from '../../src/state/tour.ts';
import { DIST, startBrowserPerFile, watchErrors } from './harness.ts';
import { clickerNext } from './rooms.ts';

/**
 * Issue 7: the production build carries a Content Security Policy with no inline script and
 * no eval, and the whole atlas works under it — every view, downloads, exports, languages and
 * a presented tour — without one violation, one console error, or one request to another host.
 */
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

const HTML = readFileSync(resolve(DIST, 'index.html'), 'utf8');
const HS = '840130';

/** The directives of the built page's CSP meta tag, by name. */
function metaPolicy(html: string): Map<string, string[]> {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .find((tag) => /http-equiv\s*=\s*"Content-Security-Policy"/i.test(tag));
  const content = meta?.match(/content\s*=\s*"([^"]*)"/i)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

interface Watch {
  violations: string[];
  errors: string[];
  foreign: string[];
  requests: number;
}

/**
 * A context that reports every CSP violation (the page's own securitypolicyviolation events,
 * forwarded to the test), every console error, and every request leaving the atlas's origin,
 * service worker requests included.
 */
async function watchedContext(): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser().newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const watch: Watch = { violations: [], errors: [], foreign: [], requests: 0 };
  const origin = new URL(server().url).origin;
  context.on('request', (r) => {
    watch.requests++;
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.foreign.push(url);
  });
  await context.exposeBinding('__atlasCspViolation', (_source, v: string) => {
    watch.violations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __atlasCspViolation: (v: string) => void })
        .__atlasCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}`,
      );
    });
  });
  const page = await context.newPage();
  watch.errors = watchErrors(page);
  return { context, page, watch };
}

const mapDrawn = (page: Page) =>
  page.waitForSelector('svg.map-svg path.country', { state: 'attached' });

/** Opens the download menu, waits for its counts, and saves one file. */
async function download(
  page: Page,
  choice: 'shown' | 'full',
  format: 'csv' | 'json' | 'xlsx' | 'zip',
): Promise<{ name: string; bytes: Buffer; rows: number }> {
  const toggle = page.getByRole('button', { name: 'Download data' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const count = page.locator(`[data-choice="${choice}"] .dl-count`);
  await expect.poll(() => count.getAttribute('data-rows'), { timeout: 20_000 }).toMatch(/^\d+$/);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`[data-choice="${choice}"] button[data-format="${format}"]`).click(),
  ]);
  const rows = Number(await count.getAttribute('data-rows'));
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()), rows };
}

/** Opens the export panel and saves the chart as SVG or PNG; returns the file as latin1. */
async function exportChart(page: Page, kind: 'SVG' | 'PNG'): Promise<string> {
  const button = page.getByRole('button', { name: 'Export and share' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.getByRole('group', { name: 'Export and share' });
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    panel
      .getByRole('button', { name: new RegExp(`^${kind}`) })
      .first()
      .click(),
  ]);
  return readFileSync(await dl.path()).toString('latin1');
}

describe('Content Security Policy', () => {
  it('the built index.html carries the policy: no inline script, no eval, own origin only', () => {
    const policy = metaPolicy(HTML);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    // A meta tag cannot carry these; Chromium reports them as errors if it tries.
    for (const d of ['frame-ancestors', 'report-uri', 'sandbox']) expect(policy.has(d)).toBe(false);
    // The policy must come before anything it governs.
    const metaAt = HTML.search(/http-equiv="Content-Security-Policy"/i);
    expect(metaAt).toBeGreaterThan(0);
    expect(HTML.search(/<(script|link)\b/i)).toBeGreaterThan(metaAt);

    const scripts = [...HTML.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    // No inline event handler (onload=, onclick=...) on any element.
    expect(HTML.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  });

  it('the policy is enforced: eval and inline script are refused, and reported', async () => {
    const { context, page, watch } = await watchedContext();
    await page.goto(server().url);
    await mapDrawn(page);
    // Code run by the test itself is exempt; what it hands to the page (a string timer, an
    // inline handler, an inline <script>) is the page's and falls under the policy.
    const ran = await page.evaluate(async () => {
      const root = document.documentElement.dataset;
      setTimeout('document.documentElement.dataset.evalRan = "yes"');
      const button = document.createElement('button');
      button.setAttribute('onclick', 'document.documentElement.dataset.handlerRan = "yes"');
      document.body.append(button);
      button.click();
      button.remove();
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return [root.evalRan, root.handlerRan, root.inlineRan];
    });
    expect(ran).toEqual([undefined, undefined, undefined]);
    await expect.poll(() => watch.violations.length).toBe(3);
    expect(watch.violations.join('\n')).toMatch(/script-src blocked eval/);
    expect(watch.violations.join('\n')).toMatch(/script-src-attr blocked inline/);
    expect(watch.violations.join('\n')).toMatch(/script-src-elem blocked inline/);
    await context.close();
  });

  it('every view, download, export, language and a presented tour work with no violation, no error, no other host', async () => {
    const { context, page, watch } = await watchedContext();
    const steps: string[] = [];
    const step = (s: string) => {
      steps.push(s);
      // Each step is checked as it ends, so a failure names the step that broke the policy.
      expect(watch.violations, s).toEqual([]);
      expect(watch.errors, s).toEqual([]);
      expect(watch.foreign, s).toEqual([]);
    };

    // Map, then another list (BACI has several) and another year (JRC has several).
    await page.goto(server().url);
    await mapDrawn(page);
    // The service worker (offline use) registers under worker-src 'self'.
    expect(
      await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL)),
    ).toBe(`${server().url}sw.js`);
    step('map');
    const list = page.getByLabel('List', { exact: true });
    const lists = await list
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const listNow = await list.inputValue();
    const otherList = lists.find((l) => l !== listNow);
    expect(otherList).toBeDefined();
    await list.selectOption(otherList ?? '');
    await expect.poll(() => new URL(page.url()).searchParams.get('list')).toBe(otherList);
    await mapDrawn(page);
    await page.goto(`${server().url}?dataset=jrc-nuclear`);
    await mapDrawn(page);
    const year = page.getByLabel('Year', { exact: true });
    const yearNow = await year.inputValue();
    const otherYear = (await year.locator('option').allTextContents()).find((y) => y !== yearNow);
    expect(otherYear).toBeDefined();
    await year.selectOption(otherYear ?? '');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(otherYear);
    await mapDrawn(page);
    step('year and list change');

    await page.goto(`${server().url}?view=country&country=FRA`);
    await expect.poll(() => page.locator('dl.pg-totals dd[data-value]').count()).toBe(3);
    step('country profile');

    await page.goto(`${server().url}?view=product&hs=284510`);
    await page.waitForSelector('[data-testid="print-caption"]');
    step('product profile');

    // Each chart's element carries the chart's name as its test id.
    for (const chart of ['flowmap', 'sankey', 'chord', 'matrix'] as const) {
      await page.goto(`${server().url}?view=flows&hs=${HS}&chart=${chart}`);
      await expect.poll(() => page.getByTestId(chart).count()).toBe(1);
      step(`flows ${chart}`);
    }

    await page.goto(`${server().url}?view=compare&vs=indicative`);
    await expect
      .poll(() => page.locator('[data-testid="compare-totals"] tbody tr').count())
      .toBeGreaterThan(0);
    step('compare');

    // Downloads: each format of both choices, on the map (data shown is the map's rows).
    await page.goto(server().url);
    await mapDrawn(page);
    const files: string[] = [];
    for (const choice of ['shown', 'full'] as const)
      for (const format of ['csv', 'json', 'xlsx', 'zip'] as const) {
        const file = await download(page, choice, format);
        expect(file.name).toMatch(new RegExp(`\\.${format}$`));
        expect(file.rows).toBeGreaterThan(0);
        if (format === 'csv') {
          // BOM, header, one line per row (the last line ends with a newline).
          const text = file.bytes.toString('utf8');
          expect(text.startsWith('\uFEFFyear,')).toBe(true);
          expect(text.trimEnd().split(/\r?\n/).length).toBe(file.rows + 1);
        } else if (format === 'json') {
          const json = JSON.parse(file.bytes.toString('utf8')) as { data: unknown[] };
          expect(json.data).toHaveLength(file.rows);
        } else {
          // XLSX and ZIP are zip archives; the full dataset's sheet is far over the 160 kB
          // past which write-excel-file would have zipped in a blob: worker.
          expect(file.bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
          expect(file.bytes.length).toBeGreaterThan(format === 'zip' ? 2000 : 1000);
        }
        files.push(file.name);
        step(`download ${choice} ${format}`);
      }
    expect(new Set(files).size).toBe(8);

    // Export: SVG and PNG of a chart (the PNG is drawn from a blob: URL).
    await page.goto(`${server().url}?view=flows&hs=${HS}&chart=sankey`);
    await expect.poll(() => page.getByTestId('sankey').count()).toBe(1);
    // The chart's CSS is written into the file as style attributes: a policy refusing them
    // would leave the file unstyled without failing.
    const svg = await exportChart(page, 'SVG');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
    expect(svg.match(/ style="[^"]*fill:/g)?.length ?? 0).toBeGreaterThan(10);
    step('export SVG');
    expect(await exportChart(page, 'PNG')).toMatch(/^\x89PNG/);
    step('export PNG');

    // Language switch by the header's control.
    await page.goto(server().url);
    await mapDrawn(page);
    await page.getByLabel('Language').selectOption('ru');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ru');
    await expect.poll(() => page.getByRole('navigation').first().innerText()).toContain('Рейтинг');
    step('language ru');

    // A tour in presentation mode, moved through by keyboard.
    const tour = encodeTour({
      steps: [
        { q: '', title: 'Map', note: '' },
        { q: 'view=flows&country=DEU', title: 'Flows', note: '' },
        { q: 'view=country&country=FRA', title: 'France', note: '' },
      ],
    });
    await page.goto(`${server().url}?present=1&step=1&tour=${tour.param}`);
    const counter = page.getByTestId('ws-counter');
    await expect.poll(() => counter.textContent()).toBe('Step 1 of 3');
    for (const n of [2, 3]) {
      await clickerNext(page);
      await expect.poll(() => counter.textContent()).toBe(`Step ${n} of 3`);
    }
    await page.waitForSelector('.ws-present [data-testid="print-caption"]');
    step('tour presented');

    // Nothing the app drew carries an inline event handler either.
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => /^on/i.test(a.name)),
          ).length,
      ),
    ).toBe(0);
    console.log(`CSP: ${steps.length} steps, ${watch.requests} requests, all same-origin`);
    expect(watch.requests).toBeGreaterThan(20);
    await context.close();
  }, 240_000);
});
