import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LISTS_DIR, readListFile } from '../pipeline/independent.ts';
import { startBrowserPerFile, watchErrors } from './harness.ts';
import { totalsFromDownload } from './download-check.ts';

const BACI = 'baci-hs22-v202501';
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

const search = (page: Page) => new URL(page.url()).search;
/** A list's codes from its file in data/lists (not the list shard the app reads). */
const listCodes = (id: string) =>
  new Set(readListFile(join(LISTS_DIR, `${id}.csv`)).rows.map((r) => r.hs6));

describe('interactions and other views in Chromium', () => {
  it('selects, radios and the code list work from the keyboard alone', async () => {
    const page = await browser().newPage();
    await page.goto(server().url);
    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    await panel.getByLabel('List', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?list=indicative');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toMatch(/^\?list=indicative&cat=/);
    await panel.getByLabel('Value (USD)').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toContain('metric=share');
    await panel.getByLabel('Your own list of HS codes').focus();
    await page.keyboard.type('850440 854159');
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toContain('codes=850440,854159');
    await panel.getByLabel('Dataset', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toMatch(/dataset=eurostat-comext/);
    await page.close();
  });

  it('zooms with the buttons and pans by dragging', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    const g = page.locator('svg.map-svg > g');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => g.getAttribute('transform')).toMatch(/scale\(1\.6\)/);
    const box = await page.locator('svg.map-svg').boundingBox();
    if (!box) throw new Error('no map');
    const before = await g.getAttribute('transform');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => g.getAttribute('transform')).not.toBe(before);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => g.getAttribute('transform')).toMatch(/scale\(1\)/);
    // A drag is not a click: the view must still be the map.
    expect(search(page)).toBe('');
    await page.close();
  });

  it('on a touch screen the tooltip is pinned at the bottom and opens the profile', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    // The coverage notes sit above the map: bring the map on screen, as a reader scrolls to it.
    await page.locator('svg.map-svg').scrollIntoViewIfNeeded();
    await page.locator('svg.map-svg path[data-id="BRA"]').tap();
    const tip = page.locator('.map-tooltip.pinned');
    await expect.poll(() => tip.textContent()).toContain('Brazil');
    expect(search(page)).toBe('');
    await tip.getByRole('button', { name: 'Open the profile' }).tap();
    await expect.poll(() => search(page)).toBe('?view=country&country=BRA');
    await context.close();
  });

  it('the ranking view sorts and filters, and its numbers equal the download', async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=table&flow=import`);
    const table = page.locator('[data-testid="ranking-table"]');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(100);
    const expected = totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'import' });
    for (const iso3 of ['USA', 'DEU', 'IND']) {
      const cell = table.locator(`tbody tr[data-iso3="${iso3}"] td[data-value]`);
      expect(Number(await cell.getAttribute('data-value'))).toBe(expected.get(iso3));
    }
    await page.getByLabel('Find a country').fill('germ');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().getAttribute('data-iso3')).toBe('DEU');
    await page.getByLabel('Find a country').fill('');
    await table.getByRole('button', { name: /Country/ }).click();
    await expect
      .poll(() => table.locator('th[aria-sort]').getAttribute('aria-sort'))
      .toBe('ascending');
    const names = await table.locator('tbody tr th').allTextContents();
    const positive = names.slice(0, 5);
    expect([...positive].sort((a, b) => a.localeCompare(b))).toEqual(positive);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('compare shows the codes one list adds or drops and the totals', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}?view=compare&vs=indicative`);
    await expect
      .poll(() => page.locator('[data-testid="compare-totals"] tbody tr').count())
      .toBeGreaterThan(2);
    const chpl = listCodes('chpl');
    const ind = listCodes('indicative');
    const onlyChpl = [...chpl].filter((c) => !ind.has(c));
    const onlyInd = [...ind].filter((c) => !chpl.has(c));
    const headings = await page.locator('h4').allTextContents();
    expect(headings.some((h) => h.includes(`(${onlyChpl.length})`))).toBe(true);
    expect(headings.some((h) => h.includes(`(${onlyInd.length})`))).toBe(true);
    await page.close();
  });

  it('methods and sources pages carry the caveats and the citations, in French too', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}?view=methods`);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/upper bound/i);
    await page.goto(`${server().url}?view=sources&lang=fr`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Gaulier');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Atlas du commerce stratégique');
    await page.close();
  });

  it('embed=1 shows the view alone with a link back to the full atlas', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}?embed=1&list=indicative`);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    expect(await page.locator('nav').count()).toBe(0);
    const link = page.getByRole('link', { name: /full view/ });
    expect(await link.getAttribute('href')).toBe('?list=indicative');
    await page.close();
  });
});

describe("the issue's newcomer questions, answered from the page", () => {
  /** Totals by country for one code, from the download (one row per list category: de-duplicated). */
  const byCountry = (hs6: string, flow: 'export' | 'import') => {
    const totals = new Map<string, number>();
    for (const list of ['indicative', 'chpl', 'jrc-nuclear']) {
      const t = totalsFromDownload(BACI, { list, year: 2023, flow, hs6 });
      if (t.size) return t;
    }
    return totals;
  };

  it('who exported the most heavy water in 2023, and how much', async () => {
    const page = await browser().newPage();
    await page.goto(server().url);
    const box = page.getByRole('combobox', { name: 'HS code' });
    await box.fill('heavy water');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => search(page)).toBe('?hs=284510');
    const [top] = [...byCountry('284510', 'export')].sort((a, b) => b[1] - a[1]);
    const first = page.locator('[data-testid="ranking-table"] tbody tr').first();
    await expect.poll(() => first.getAttribute('data-iso3')).toBe(top?.[0]);
    expect(Number(await first.locator('td[data-value]').getAttribute('data-value'))).toBe(top?.[1]);
    await page.close();
  });

  it('which countries imported non-irradiated nuclear fuel elements', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}?hs=840130&flow=import&view=table`);
    const expected = [...byCountry('840130', 'import')].filter(([, v]) => v > 0);
    const rows = page.locator('[data-testid="ranking-table"] tbody tr:not(.pg-zero)');
    await expect.poll(() => rows.count()).toBe(expected.length);
    expect(
      new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-iso3')))),
    ).toEqual(new Set(expected.map(([iso3]) => iso3)));
    await page.close();
  });
});
