import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  LISTS_DIR,
  parseCsvText,
  readCsvRecords,
  readGzipText,
  readListFile,
} from '../pipeline/independent.ts';
import { axeViolations, startBrowserPerFile, trendTableRows, watchErrors } from './harness.ts';
import { DATA, totalsFromDownload } from './download-check.ts';

const BACI = 'baci-hs22-v202501';
const JRC = 'jrc-nuclear';
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const search = (page: Page) => new URL(page.url()).search;

/** Partner totals of one country from the download, read without the app's code. */
function partnersFromDownload(
  dataset: string,
  f: { list: string; year: number; flow: 'export' | 'import'; iso3: string },
): Map<string, number> {
  const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${dataset}.csv.gz`))).toString();
  const [header = [], ...records] = parseCsvText(csv);
  const at = (r: string[], c: string) => r[header.indexOf(c)] ?? '';
  const [me, other] =
    f.flow === 'export' ? ['exporter_iso3', 'importer_iso3'] : ['importer_iso3', 'exporter_iso3'];
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const r of records) {
    if (at(r, 'list') !== f.list || Number(at(r, 'year')) !== f.year || at(r, me) !== f.iso3)
      continue;
    // One row per list category: a code in two categories counts once.
    const key = [
      at(r, 'period'),
      at(r, 'exporter_iso3'),
      at(r, 'importer_iso3'),
      at(r, 'hs6'),
    ].join();
    if (seen.has(key)) continue;
    seen.add(key);
    out.set(at(r, other), (out.get(at(r, other)) ?? 0) + Number(at(r, 'value')));
  }
  return out;
}

/**
 * A category-level dataset's (JRC) totals of one country by year and direction, summed from
 * the download file over the categories the list file counts in its total: independent of
 * the country shard the app reads.
 */
function categoryTotalsFromDownload(dataset: string, list: string, iso3: string) {
  const excluded = new Set(readListFile(join(LISTS_DIR, `${list}.csv`)).totalExcludes);
  const { records } = readCsvRecords(readGzipText(join(DATA, 'downloads', `${dataset}.csv.gz`)));
  const sums = new Map<string, number>();
  for (const r of records) {
    if (r.list !== list || excluded.has(r.category ?? '')) continue;
    for (const flow of ['export', 'import'] as const) {
      if ((flow === 'export' ? r.exporter_iso3 : r.importer_iso3) !== iso3) continue;
      const k = `${r.year}|${flow}`;
      sums.set(k, (sums.get(k) ?? 0) + Number(r.value));
    }
  }
  return sums;
}

const values = (page: Page, sel: string) =>
  page.locator(sel).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));

describe('country and product profiles in Chromium', () => {
  it('opens France from the map; headline and top partners equal the download', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    // France's shape includes French Guiana, so its box centre lies elsewhere: Enter opens it.
    await page.locator('svg.map-svg path[data-id="FRA"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?view=country&country=FRA');
    const totals = page.locator('dl.pg-totals dd[data-value]');
    await expect.poll(() => totals.count()).toBe(3);
    const x = totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'export' }).get('FRA');
    const m = totalsFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'import' }).get('FRA');
    expect(await values(page, 'dl.pg-totals dd[data-value]')).toEqual([x, m, (x ?? 0) - (m ?? 0)]);
    for (const flow of ['export', 'import'] as const) {
      const expected = [
        ...partnersFromDownload(BACI, { list: 'chpl', year: 2023, flow, iso3: 'FRA' }),
      ]
        .filter(([, v]) => v > 0)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 10);
      const rows = page.getByTestId(`partners-${flow}`).locator('tbody tr');
      const shown = await rows.evaluateAll((rs) =>
        rs.map((r) => [
          r.getAttribute('data-key'),
          Number(r.querySelector('td[data-value]')?.getAttribute('data-value')),
        ]),
      );
      expect(shown).toEqual(expected);
    }
    // The partners map: France itself in dark grey, every destination of its exports shaded.
    const partnerMap = page.locator('.pr-partner-map');
    await expect.poll(() => partnerMap.locator('path.country').count()).toBeGreaterThan(200);
    expect(await partnerMap.locator('path[data-id="FRA"]').getAttribute('fill')).toBe('#252525');
    const destinations = [
      ...partnersFromDownload(BACI, { list: 'chpl', year: 2023, flow: 'export', iso3: 'FRA' }),
    ].filter(([iso3, v]) => v > 0 && iso3 !== 'FRA');
    const shaded = await partnerMap
      .locator('path.country')
      .evaluateAll((ps) =>
        ps
          .filter((p) => /^#[0-9a-f]{6}$/i.test(p.getAttribute('fill') ?? ''))
          .map((p) => p.getAttribute('data-id')),
      );
    for (const [iso3] of destinations.slice(0, 5)) expect(shaded).toContain(iso3);
    const main = page.locator('main');
    expect(await main.textContent()).toContain('not available');
    expect(await page.getByTestId('concentration').locator('tbody tr').count()).toBe(2);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('Canada from the keyboard: a code link opens the heavy-water product page', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=country&country=CAN&list=indicative`);
    const link = page.getByTestId('codes-export').getByRole('link', { name: /^284510/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => search(page))
      .toBe('?view=product&list=indicative&hs=284510&country=CAN');
    const lists = page.getByTestId('product-lists').locator('tbody tr');
    await expect.poll(() => lists.count()).toBeGreaterThan(0);
    const text = (await lists.allTextContents()).join('\n');
    // The list files in data/lists say where 284510 sits: the indicative list (nuclear, core) and JRC.
    const onList = (id: string) =>
      readListFile(join(LISTS_DIR, `${id}.csv`)).rows.some((r) => r.hs6 === '284510');
    expect(onList('indicative')).toBe(true);
    expect(text).toContain('Indicative strategic-goods list');
    expect(text).toContain('Nuclear');
    expect(text).toContain(onList('chpl') ? 'Common High Priority List' : 'JRC');
    expect(await page.getByTestId('product-description').textContent()).toMatch(/heavy water/i);
    // Top exporters equal the download for the code (one list's rows: no double count).
    const expected = [
      ...totalsFromDownload(BACI, {
        list: 'indicative',
        year: 2023,
        flow: 'export',
        hs6: '284510',
      }),
    ]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10);
    const shown = await page
      .getByTestId('product-exporters')
      .locator('tbody tr')
      .evaluateAll((rs) =>
        rs.map((r) => [
          r.getAttribute('data-key'),
          Number(r.querySelector('td[data-value]')?.getAttribute('data-value')),
        ]),
      );
    expect(shown).toEqual(expected);
    expect(await page.getByTestId('strip-chart').locator('[data-median]').count()).toBe(1);
    await expect.poll(() => page.locator('.pr-map svg path[data-id]').count()).toBeGreaterThan(100);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('JRC nuclear trend 2017-2021 and a year2 comparison, equal to the download', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?dataset=${JRC}&view=country&country=FRA`);
    const chart = page.getByTestId('trend-chart');
    await expect.poll(() => chart.locator('tbody tr').count()).toBe(5);
    // Independent sums of the download over the categories in the list total.
    const sums = categoryTotalsFromDownload(JRC, 'jrc-nuclear', 'FRA');
    expect(sums.get('2021|export')).toBeGreaterThan(0);
    const rows = await trendTableRows(chart);
    expect(rows).toEqual(
      [2017, 2018, 2019, 2020, 2021].map((y) => [
        y,
        sums.get(`${y}|export`) ?? 0,
        sums.get(`${y}|import`) ?? 0,
      ]),
    );
    await page.getByLabel('Compare with year').selectOption('2017');
    await expect
      .poll(() => search(page))
      .toBe(`?view=country&dataset=${JRC}&year2=2017&country=FRA`);
    const cmp = page.getByTestId('compare-table');
    await expect.poll(() => cmp.count()).toBe(1);
    const ex = cmp.locator('tr[data-key="ex"] td');
    expect(await ex.nth(0).textContent()).toContain(
      new Intl.NumberFormat('en-GB').format(sums.get('2017|export') ?? 0),
    );
    expect(Number(await ex.nth(1).getAttribute('data-value'))).toBe(sums.get('2021|export'));
    expect(await page.getByTestId('yoy-jumps').count()).toBe(1);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  for (const view of [
    '?view=country&country=FRA',
    `?dataset=${JRC}&view=country&country=CAN&year2=2019`,
    '?view=product&hs=284510',
  ]) {
    it(`has no serious or critical accessibility violations at ${view}`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server().url + view);
      await page.waitForSelector('[data-testid="print-caption"]');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('prints without controls, with a caption naming dataset, list, year, currency, source', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server().url}?view=country&country=FRA`);
    await page.waitForSelector('[data-testid="print-caption"]');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['select', '.pr-controls', '.main-nav', '.lang-switch'])
      for (const el of await page.locator(sel).all()) expect(await el.isVisible(), sel).toBe(false);
    const caption = await page.getByTestId('print-caption').textContent();
    expect(caption).toContain('CEPII BACI');
    expect(caption).toContain('Common High Priority List');
    expect(caption).toContain('2023');
    expect(caption).toContain('USD');
    expect(caption).toContain('Gaulier');
    await page.close();
  });
});
