import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { LISTS_DIR, readCsvRecords, readGzipText, readListFile } from '../pipeline/independent.ts';
import { axeViolations, startBrowserPerFile, watchErrors } from './harness.ts';
import { DATA } from './download-check.ts';

const EU = 'eurostat-comext';
const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
const eu = manifest.datasets.find((d) => d.id === EU);
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

const search = (page: Page) => new URL(page.url()).search;
const title = (page: Page) => page.locator('#map-title').textContent();

/** The Eurostat download's rows, read once by plain CSV parsing (not the app's code). */
let downloadRows: Record<string, string>[] | null = null;
function download(): Record<string, string>[] {
  downloadRows ??= readCsvRecords(readGzipText(resolve(DATA, 'downloads', `${EU}.csv.gz`))).records;
  return downloadRows;
}

/**
 * A list's month totals by country, for one month and direction, summed from the download
 * file: each flow (month, exporter, importer, code) once however many of the list's
 * categories it falls under, and none of the categories the list file leaves out of its
 * total. Independent of the month shards the app reads.
 */
function monthTotals(
  list: string,
  year: number,
  month: number,
  flow: 'export' | 'import',
): Map<string, number> {
  const file = readdirSync(LISTS_DIR)
    .filter((f) => f.endsWith('.csv'))
    .find((f) => readListFile(join(LISTS_DIR, f)).id === list);
  if (!file) throw new Error(`no list file with id ${list} in ${LISTS_DIR}`);
  const excluded = new Set(readListFile(join(LISTS_DIR, file)).totalExcludes);
  const period = `${year}-${String(month).padStart(2, '0')}`;
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const r of download()) {
    if (r.list !== list || r.period !== period || excluded.has(r.category ?? '')) continue;
    const key = [r.exporter_iso3, r.importer_iso3, r.hs6].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const iso3 = (flow === 'export' ? r.exporter_iso3 : r.importer_iso3) ?? '';
    out.set(iso3, (out.get(iso3) ?? 0) + Number(r.value));
  }
  return out;
}

describe.runIf(eu)('monthly data (Eurostat Comext) in Chromium', () => {
  it('the manifest describes a monthly EUR dataset of 35 months', () => {
    expect(eu?.frequency).toBe('month');
    expect(eu?.currency).toBe('EUR');
    expect(eu?.months).toHaveLength(35);
  });

  it('selects the dataset, then a month from the keyboard alone', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server().url);
    const panel = page.getByRole('region', { name: 'Choose what the map shows' });
    // A yearly dataset has no month control.
    expect(await panel.getByLabel('Month', { exact: true }).count()).toBe(0);
    await panel.getByLabel('Dataset', { exact: true }).selectOption(EU);
    await expect.poll(() => search(page)).toBe(`?dataset=${EU}`);
    const month = panel.getByLabel('Month', { exact: true });
    await expect.poll(() => month.count()).toBe(1);
    // 2022 is partial: it offers its eleven months after the whole year, and says so.
    expect(await month.locator('option').allTextContents()).toEqual([
      'Whole year',
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
    ]);
    expect(await panel.getByTestId('partial-year').textContent()).toContain(
      '2022: January–November',
    );
    expect(await title(page)).toContain('2022 (January–November), in EUR');
    await month.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe(`?dataset=${EU}&month=3`);
    await expect
      .poll(() => title(page))
      .toBe('Exports of the Common High Priority List, March 2022, in EUR');
    // The step buttons cross years and keep the month control focused at the ends.
    await panel.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => search(page)).toBe(`?dataset=${EU}&month=2`);
    // Back returns to March.
    await page.goBack();
    await expect.poll(() => search(page)).toBe(`?dataset=${EU}&month=3`);
    await expect.poll(() => title(page)).toContain('March 2022');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('a deep link to March 2022 shows the sums of the download file, in EUR', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?dataset=${EU}&year=2022&month=3&view=table`);
    const table = page.locator('[data-testid="ranking-table"]');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await title(page)).toBe('Exports of the Common High Priority List, March 2022, in EUR');
    const expected = monthTotals('chpl', 2022, 3, 'export');
    const before = monthTotals('chpl', 2021, 3, 'export');
    const positive = [...expected].filter(([, v]) => v > 0);
    expect(positive.length).toBeGreaterThan(5);
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-iso3') ?? '',
          Number(r.querySelector('td[data-value]')?.getAttribute('data-value')),
        ]),
      );
    const shownMap = new Map(shown as [string, number][]);
    for (const [iso3, value] of positive) expect(shownMap.get(iso3), iso3).toBe(value);
    // Total and change against March 2021, both from the download. The total is that of the
    // list codes the extract holds, among the places Eurostat's data speak for: never "world".
    const world = positive.reduce((s, [, v]) => s + v, 0);
    const caption = (await table.locator('caption').textContent()) ?? '';
    expect(caption).toMatch(
      new RegExp(`Total of the \\d+ codes with data: ${world.toLocaleString('en-GB')} EUR`),
    );
    expect(caption).not.toContain('World');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.join('|')).toContain('Value (EUR)');
    expect(headers.join('|')).toContain('Change from March 2021');
    const [top] = positive.sort((a, b) => b[1] - a[1]);
    if (!top) throw new Error('no exporter');
    const prev = before.get(top[0]) ?? 0;
    if (prev > 0) {
      const change = (top[1] - prev) / prev;
      const cell = table.locator(`tbody tr[data-iso3="${top[0]}"] td`).last();
      expect(await cell.textContent()).toBe(
        new Intl.NumberFormat('en-GB', {
          style: 'percent',
          maximumFractionDigits: 1,
          signDisplay: 'exceptZero',
        }).format(change),
      );
    }
    // Imports of the partners (Armenia) in the same month.
    await page.goto(`${server().url}?dataset=${EU}&year=2022&month=3&flow=import`);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    const arm = monthTotals('chpl', 2022, 3, 'import').get('ARM') ?? 0;
    expect(arm).toBeGreaterThan(0);
    const armCell = page.locator(
      '[data-testid="ranking-table"] tbody tr[data-iso3="ARM"] td[data-value]',
    );
    expect(Number(await armCell.getAttribute('data-value'))).toBe(arm);
    // Legend, world line and tooltip speak euros.
    expect(await page.locator('.legend figcaption').textContent()).toBe('Value in EUR');
    expect(await page.locator('.upper-bound').textContent()).toMatch(/codes with data: €/);
    await page.locator('svg.map-svg path[data-id="ARM"]').hover();
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toMatch(/Armenia.*€/);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('an invalid or unavailable month falls back to the whole year with the notice', async () => {
    const page = await browser().newPage();
    for (const [query, text] of [
      [`?dataset=${EU}&month=13`, '“13” is not a valid month; the default is shown'],
      [`?dataset=${EU}&month=march`, '“march” is not a valid month; the default is shown'],
      [`?dataset=${EU}&year=2022&month=12`, 'month “12” is not available for this dataset'],
      ['?month=3', 'month “3” is not available for this dataset'],
    ] as const) {
      await page.goto(server().url + query);
      const notices = page.locator('.notices');
      await expect.poll(() => notices.textContent()).toContain(text);
      // The address is made canonical: the month is dropped.
      await expect.poll(() => search(page)).not.toContain('month=');
      await expect.poll(() => title(page)).not.toMatch(/March|December/);
    }
    await page.close();
  });

  it('the country page of Armenia charts its 35 months, with a table and the HS break', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?dataset=${EU}&view=country&country=ARM&month=3`);
    const chart = page.getByTestId('monthly-chart');
    await expect.poll(() => chart.locator('rect[data-month]').count()).toBe(35);
    expect(await chart.locator('figcaption').textContent()).toBe(
      'Armenia: monthly trade in the Common High Priority List, in EUR',
    );
    expect(await chart.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await chart.locator('[data-break="2022-01"]').count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Series break in 2022');
    // Its only series (imports) is drawn solid: a lone dashed line would read as an estimate.
    const dashes = await chart
      .locator('[data-series] path.ts-line')
      .evaluateAll((ps) => ps.map((p) => getComputedStyle(p).strokeDasharray));
    expect(dashes).toEqual(['none']);
    // Every month's imports equal the download file's sums.
    const expected = new Map<string, number>();
    for (const year of [2020, 2021, 2022]) {
      for (let m = 1; m <= 12; m++) {
        const v = monthTotals('chpl', year, m, 'import').get('ARM');
        if (v !== undefined) expected.set(`${year}-${String(m).padStart(2, '0')}`, v);
      }
    }
    await page.getByText('Show the values as a table').click();
    const rows = page.getByTestId('monthly-table').locator('tbody tr');
    expect(await rows.count()).toBe(35);
    const cells = await rows.evaluateAll((rs) =>
      rs.map((r) => [
        r.getAttribute('data-month') ?? '',
        Number(r.querySelector('td[data-value]')?.getAttribute('data-value')),
        r.textContent ?? '',
      ]),
    );
    for (const [month, value, text] of cells as [string, number, string][]) {
      expect(value, month).toBe(expected.get(month) ?? 0);
      expect(text).toContain('EUR');
    }
    // The month on the map is marked, and a month's link opens the map at that month.
    expect(await rows.locator('a[aria-current="true"]').textContent()).toBe('March 2022');
    // Armenia is a partner of EU exporters only: its exports are not covered, not "none".
    expect(await page.locator('main').textContent()).toContain(
      'Not covered: the data hold no exports for this place.',
    );
    await page.getByRole('link', { name: 'October 2022' }).click();
    await expect.poll(() => search(page)).toBe(`?dataset=${EU}&month=10&country=ARM`);
    await expect.poll(() => title(page)).toContain('October 2022');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('Sources shows currency, frequency, months, editions, mirror and aggregates', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}?view=sources`);
    const card = page.locator(`[data-dataset="${EU}"]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('[data-fact="currency"]').textContent()).toBe('EUR');
    expect(await card.locator('[data-fact="frequency"]').textContent()).toBe('Monthly');
    expect(await card.locator('[data-fact="months"]').textContent()).toBe(
      'January 2020 to November 2022 (35 months)',
    );
    expect(await card.locator('[data-fact="year-editions"]').textContent()).toContain(
      '2020, 2021: HS2017; HS2022 in the other years',
    );
    expect(await card.locator('[data-fact="mirror"]').textContent()).toMatch(/^No:/);
    expect(Number(await card.locator('[data-fact="aggregates"]').getAttribute('data-value'))).toBe(
      eu?.aggregates.rows,
    );
    const baci = page.locator('[data-dataset="baci-hs22-v202501"]');
    expect(await baci.locator('[data-fact="currency"]').textContent()).toBe('USD');
    expect(await baci.locator('[data-fact="frequency"]').textContent()).toBe('Yearly');
    await page.close();
  });

  it('speaks French month names from Intl', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}?dataset=${EU}&month=3&lang=fr`);
    await expect
      .poll(() => title(page))
      .toBe(
        'Exportations\u00a0: Liste commune des articles de haute priorité (CHPL), mars 2022, en EUR',
      );
    const month = page.getByLabel('Mois', { exact: true });
    expect(await month.locator('option:checked').textContent()).toBe('Mars');
    expect(await page.getByTestId('partial-year').textContent()).toContain(
      '2022\u00a0: janvier–novembre seulement',
    );
    await page.close();
  });

  for (const view of [
    `?dataset=${EU}&year=2022&month=3`,
    `?dataset=${EU}&view=country&country=ARM&month=3`,
    '?view=sources',
  ]) {
    it(`has no serious or critical accessibility violations (axe-core) at ${view}`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server().url + view);
      await page.waitForSelector(
        view.includes('country')
          ? '[data-testid="monthly-chart"]'
          : view.includes('sources')
            ? `[data-dataset="${EU}"]`
            : '[data-testid="ranking-table"] tbody tr',
      );
      if (view.includes('country')) await page.getByText('Show the values as a table').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('series breaks on the map (HS edition changes between years)', () => {
  it('flags a change that crosses the HS2017 to HS2022 change of the CN, and only that one', async () => {
    expect(eu?.yearEditions).toEqual({ '2020': 'HS2017', '2021': 'HS2017' });
    const page = await browser().newPage();
    await page.goto(`${server().url}?dataset=${EU}&year=2022&metric=change`);
    const note = page.getByRole('note').filter({ hasText: 'Series break' });
    await expect
      .poll(() => note.textContent())
      .toContain('2021 is coded in HS2017 and 2022 in HS2022');
    await page.goto(`${server().url}?dataset=${EU}&year=2021&metric=change`);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    await expect.poll(() => page.locator('.legend').count()).toBeGreaterThan(0);
    expect(await page.getByRole('note').filter({ hasText: 'Series break' }).count()).toBe(0);
    await page.close();
  });
});

describe('coverage: "world" figures of a dataset that is not world trade', () => {
  it('says what Eurostat covers on the map and the profile, and nothing for BACI', async () => {
    expect(eu?.coverage).toMatch(/^exports declared by the 27 EU member states/);
    const page = await browser().newPage();
    await page.goto(`${server().url}?dataset=${EU}&year=2022`);
    const note = page.getByRole('note').filter({ hasText: 'Coverage:' });
    await expect.poll(() => note.textContent()).toContain(String(eu?.coverage));
    await page.goto(`${server().url}?dataset=${EU}&view=country&country=ARM`);
    await expect.poll(() => note.count()).toBe(1);
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    expect(await page.getByRole('note').filter({ hasText: 'Coverage:' }).count()).toBe(0);
    await page.close();
  });
});
