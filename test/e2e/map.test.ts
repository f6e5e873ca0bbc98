import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { axeViolations, startBrowserPerFile, watchErrors } from './harness.ts';
import { DATA, totalsFromDownload } from './download-check.ts';

const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
const BACI = 'baci-hs22-v202501';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server().url + query);
  await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
  return { page, errors };
}

/** Fill colours of all places, to see that the map was repainted. */
const fills = (page: Page) =>
  page.$$eval('svg.map-svg path.country', (ps) => ps.map((p) => p.getAttribute('fill')).join(','));
const title = (page: Page) => page.locator('#map-title').textContent();
const search = (page: Page) => new URL(page.url()).search;

describe('map explorer in Chromium', () => {
  it('first load paints the map with data, equal to the download', async () => {
    const { page, errors } = await open();
    const painted = await page.$$eval(
      'svg.map-svg path.country',
      (ps) => ps.filter((p) => !(p.getAttribute('fill') ?? '').startsWith('url(')).length,
    );
    expect(painted).toBeGreaterThan(150);
    expect(await title(page)).toBe('Exports of the Common High Priority List, 2023, in USD');
    for (const id of ['XKX', 'XNC', 'XSL']) {
      expect(await page.locator(`path[data-id="${id}"]`).getAttribute('fill')).toMatch(/^url\(/);
    }
    const expected = [
      ...totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'export' }),
    ].sort((a, b) => b[1] - a[1]);
    const rows = page.locator('[data-testid="ranking-table"] tbody tr');
    for (let i = 0; i < 5; i++) {
      const row = rows.nth(i);
      expect(await row.getAttribute('data-iso3')).toBe(expected[i]?.[0]);
      expect(Number(await row.locator('td[data-value]').getAttribute('data-value'))).toBe(
        expected[i]?.[1],
      );
    }
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('legend classes never overlap, and every country is painted in the class whose stated bounds hold its value', async () => {
    for (const [query, flow] of [
      ['', 'export'],
      ['?flow=import', 'import'],
    ] as const) {
      const { page, errors } = await open(query);
      await page.waitForSelector('figure.legend li[data-lo], figure.legend li[data-hi]');
      const classes = await page.$$eval('figure.legend li', (lis) =>
        lis
          .filter((li) => li.hasAttribute('data-lo') || li.hasAttribute('data-hi'))
          .map((li) => {
            const sw = li.querySelector('.swatch');
            return {
              lo: li.dataset.lo === undefined ? -Infinity : Number(li.dataset.lo),
              hi: li.dataset.hi === undefined ? Infinity : Number(li.dataset.hi),
              color: sw ? getComputedStyle(sw).backgroundColor : '',
              text: li.textContent ?? '',
            };
          }),
      );
      expect(classes.length).toBeGreaterThan(2);
      // Each class starts where the previous one stops; the top one is open-ended.
      for (let i = 1; i < classes.length; i++) expect(classes[i]?.lo).toBe(classes[i - 1]?.hi);
      expect(classes[classes.length - 1]?.hi).toBe(Infinity);
      expect(classes[0]?.text).toMatch(/^Under /);
      expect(classes[classes.length - 1]?.text).toMatch(/ and over$/);
      const rgb = (hex: string) =>
        `rgb(${[1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).join(', ')})`;
      const expected = totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow });
      const paths = await page.$$eval('svg.map-svg path.country', (ps) =>
        ps.map((p) => [p.getAttribute('data-id') ?? '', p.getAttribute('fill') ?? ''] as const),
      );
      let checked = 0;
      for (const [id, fill] of paths) {
        const v = expected.get(id);
        if (v === undefined || v <= 0) continue;
        const cls = classes.find((c) => v >= c.lo && v < c.hi);
        expect(cls, `${id} ${v}`).toBeDefined();
        expect(rgb(fill), `${id} ${v} in ${cls?.text}`).toBe(cls?.color);
        checked++;
      }
      expect(checked).toBeGreaterThan(150);
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    }
  });

  it('each control changes the map and the URL', async () => {
    const { page, errors } = await open();
    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    let before = await fills(page);
    await panel.getByLabel('List', { exact: true }).selectOption('indicative');
    await expect.poll(() => search(page)).toBe('?list=indicative');
    await expect.poll(() => title(page)).toContain('Indicative strategic-goods list');
    await panel.getByLabel('Category', { exact: true }).selectOption('nuclear');
    await expect.poll(() => search(page)).toBe('?list=indicative&cat=nuclear');
    await panel.getByLabel('Imports', { exact: true }).check();
    await expect.poll(() => search(page)).toContain('flow=import');
    await expect.poll(() => fills(page)).not.toBe(before);
    await expect.poll(() => title(page)).toMatch(/^Imports of/);
    await panel.getByLabel('Share of the world total').check();
    await expect.poll(() => search(page)).toContain('metric=share');
    await expect
      .poll(() => page.locator('.legend figcaption').textContent())
      .toBe('Share of the world total');

    await panel.getByLabel('Dataset', { exact: true }).selectOption('jrc-nuclear');
    await expect.poll(() => search(page)).toMatch(/^\?dataset=jrc-nuclear/);
    await expect.poll(() => title(page)).toContain('2021');
    before = await fills(page);
    await panel.getByLabel('Year', { exact: true }).selectOption('2019');
    await expect.poll(() => search(page)).toContain('year=2019');
    await expect.poll(() => fills(page)).not.toBe(before);
    await expect.poll(() => title(page)).toContain('2019');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('HS search and an ad-hoc list of codes drive the map', async () => {
    const { page } = await open();
    const box = page.getByRole('combobox', { name: 'HS code' });
    await box.fill('8504');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => search(page)).toBe('?hs=850440');
    await expect.poll(() => title(page)).toContain('HS 850440');
    const expected = [
      ...totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'export' }),
    ].sort((a, b) => b[1] - a[1]);
    // 850440 is also on the CHPL, where it is far larger than 854159: the leader is the same country.
    await expect
      .poll(() =>
        page.locator('[data-testid="ranking-table"] tbody tr').first().getAttribute('data-iso3'),
      )
      .toBe(expected[0]?.[0]);

    await page.getByLabel('Your own list of HS codes').fill('2845.10, 8401 10; 999999');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => search(page)).toBe('?codes=284510,840110');
    await expect.poll(() => title(page)).toContain('a custom list of 2 HS codes');

    // A chosen code leads to its product profile, which has its own code search.
    await box.fill('850440');
    await box.press('Enter');
    await expect.poll(() => search(page)).toBe('?hs=850440');
    await page.getByRole('link', { name: 'Open the product profile (HS 8504.40)' }).click();
    await expect.poll(() => search(page)).toBe('?view=product&hs=850440');
    const heading = page.locator('#pr-product-h');
    await expect.poll(() => heading.textContent()).toBe('HS 850440');
    const own = page.locator('.pr-search').getByRole('combobox', { name: 'HS code' });
    expect(await own.inputValue()).toBe('8504.40');
    await own.fill('2845');
    await own.press('ArrowDown');
    await own.press('Enter');
    await expect.poll(() => search(page)).toBe('?view=product&hs=284510');
    await expect.poll(() => heading.textContent()).toBe('HS 284510');
    await expect.poll(() => page.locator('section[data-hs="284510"]').count()).toBe(1);
    await page.close();
  });

  it('a deep link reproduces a view, and back and forward move through views', async () => {
    const { page } = await open(
      '?dataset=jrc-nuclear&year=2019&flow=import&cat=mining&metric=share',
    );
    expect(await title(page)).toBe(
      'Imports of the JRC Nuclear Trade Atlas commodity list: Mining (uranium and thorium ores), 2019, in USD',
    );
    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    expect(await panel.getByLabel('Year', { exact: true }).inputValue()).toBe('2019');
    expect(await panel.getByLabel('Imports', { exact: true }).isChecked()).toBe(true);
    await panel.getByLabel('Category', { exact: true }).selectOption('enrichment');
    await expect.poll(() => title(page)).toContain('Conversion and enrichment');
    await page.goBack();
    await expect.poll(() => title(page)).toContain('Mining');
    expect(await panel.getByLabel('Category', { exact: true }).inputValue()).toBe('mining');
    await page.goForward();
    await expect.poll(() => title(page)).toContain('Conversion and enrichment');
    await page.close();
  });

  it('invalid parameters fall back to defaults with a visible notice and no injected markup', async () => {
    const { page, errors } = await open(
      '?year=abc&list=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&foo=%3Cscript%3Ealert(2)%3C%2Fscript%3E',
    );
    const notice = page.locator('.notices');
    await expect.poll(() => notice.textContent()).toContain('year');
    expect(await notice.locator('li').count()).toBe(3);
    expect(await title(page)).toBe('Exports of the Common High Priority List, 2023, in USD');
    expect(await page.locator('img[src="x"], main script, .notices script').count()).toBe(0);
    expect(search(page)).toBe('');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('keyboard only: controls, the map and its profile link', async () => {
    const { page } = await open('?dataset=jrc-nuclear');
    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    await panel.getByLabel('Previous year', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toContain('year=2020');
    await page.keyboard.press('Tab'); // the year select
    await page.keyboard.press('Tab'); // next year
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?dataset=jrc-nuclear');
    await panel.getByLabel('Exports', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toContain('flow=import');
    // Into the map: the focused place moves with the arrow keys and Enter opens its profile.
    const first = page.locator('svg.map-svg path.country[tabindex="0"]');
    await first.focus();
    const start = await first.getAttribute('data-id');
    await page.keyboard.press('ArrowRight');
    const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(moved).toBeTruthy();
    expect(moved).not.toBe(start);
    await expect.poll(() => page.locator('.map-tooltip').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toContain(`country=${moved}`);
    expect(search(page)).toContain('view=country');
    await page.close();
  });

  it('focus enters the map at the top-ranked place, and a filter change is announced', async () => {
    const { page, errors } = await open();
    const top = (flow: 'export' | 'import') =>
      [...totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow })].sort(
        (a, b) => b[1] - a[1],
      )[0]?.[0];
    expect(
      await page.locator('svg.map-svg path.country[tabindex="0"]').getAttribute('data-id'),
    ).toBe(top('export'));
    // The page that just opened is read from its heading: nothing is announced yet.
    const live = page.getByTestId('announce');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.textContent()).toBe('');
    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    await panel.getByLabel('Imports', { exact: true }).check();
    await expect.poll(() => title(page)).toMatch(/^Imports of/);
    const total = await page.getByTestId('world-total').getAttribute('data-value');
    const sum = [
      ...totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'import' }).values(),
    ].reduce((a, b) => a + b, 0);
    expect(Number(total)).toBe(sum);
    // The new title and its total, in the words the page shows them.
    const heading = (await title(page)) ?? '';
    const shown = ((await page.getByTestId('world-total').textContent()) ?? '').trim();
    await expect.poll(() => live.textContent()).toContain(heading);
    const said = (await live.textContent()) ?? '';
    expect(shown).toContain(said.slice(heading.length + 2));
    expect(said.length).toBeGreaterThan(heading.length + 10);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('clicking a country opens its profile with its totals', async () => {
    const { page } = await open();
    await page.locator('svg.map-svg path[data-id="DEU"]').click();
    await expect.poll(() => search(page)).toBe('?view=country&country=DEU');
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Germany');
    // Headline totals equal the download for the same filters (CHPL, 2023).
    const totals = page.locator('dl.pg-totals dd[data-value]');
    await expect.poll(() => totals.count()).toBe(3);
    const [exp, imp, balance] = await totals.evaluateAll((ds) =>
      ds.map((d) => Number(d.getAttribute('data-value'))),
    );
    const x = totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'export' }).get('DEU');
    const m = totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'import' }).get('DEU');
    expect([exp, imp, balance]).toEqual([x, m, (x ?? 0) - (m ?? 0)]);
    await page.close();
  });

  it('a corrupt map shard is named in the view while navigation keeps working', async () => {
    const ref = manifest.shards.map[`${BACI}/chpl/2023`];
    server().override.set(`data/${ref?.path}`, Buffer.from('{"columns": ['));
    const page = await browser().newPage();
    await page.goto(server().url);
    await expect
      .poll(() => page.locator('main [role="alert"]').first().textContent())
      .toContain(ref?.path ?? '?');
    server().override.clear();
    await page.getByRole('link', { name: 'Sources' }).click();
    await expect.poll(() => search(page)).toBe('?view=sources');
    await expect.poll(() => page.locator('main').textContent()).toContain('Etalab');
    await page.close();
  });

  for (const view of ['', '?view=table']) {
    it(`has no serious or critical accessibility violations (axe-core) ${view || 'on the map'}`, async () => {
      const page = await browser().newPage();
      await page.goto(server().url + view);
      await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
