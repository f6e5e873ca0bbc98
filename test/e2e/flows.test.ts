import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  launch,
  serveDistWithData,
  startBrowserPerFile,
  type StaticServer,
  watchErrors,
} from './harness.ts';
import { DATA } from './download-check.ts';
import { parseCsvText } from '../pipeline/independent.ts';

const BACI = 'baci-hs22-v202501';
const HS = '840130';
const ROOT = resolve(import.meta.dirname, '../..');
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const search = (page: Page) => new URL(page.url()).search;

/** Every exporter -> importer value of one HS code and year, read from the download CSV. */
function pairsFromDownload(dataset: string, hs6: string, year: number): Map<string, number> {
  const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${dataset}.csv.gz`))).toString(
    'utf8',
  );
  const [header = [], ...records] = parseCsvText(csv);
  const at = (f: string[], c: string) => f[header.indexOf(c)] ?? '';
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const f of records) {
    if (at(f, 'hs6') !== hs6 || Number(at(f, 'year')) !== year) continue;
    const key = `${at(f, 'exporter_iso3')}>${at(f, 'importer_iso3')}`;
    // One row per list category: the same flow again, counted once.
    const id = `${at(f, 'period')}|${key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.set(key, (out.get(key) ?? 0) + Number(at(f, 'value')));
  }
  return out;
}
const expected = pairsFromDownload(BACI, HS, 2023);
const ranked = [...expected].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const total = ranked.reduce((s, [, v]) => s + v, 0);
const sideTotals = (side: 0 | 1) => {
  const m = new Map<string, number>();
  for (const [k, v] of expected) {
    const iso = k.split('>')[side] ?? '';
    m.set(iso, (m.get(iso) ?? 0) + v);
  }
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};

const attrs = (page: Page, selector: string, names: string[]) =>
  page
    .locator(selector)
    .evaluateAll((els, ns) => els.map((e) => ns.map((n) => e.getAttribute(n) ?? '')), names);

describe('flows view in Chromium (BACI, HS 840130, 2023)', () => {
  it('the download has flows of non-irradiated fuel elements to check against', () => {
    expect(expected.size).toBeGreaterThan(25);
  });

  it('opens from the navigation as a flow map whose figures equal the download', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?hs=${HS}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Flows' }).click();
    await expect.poll(() => search(page)).toBe(`?view=flows&hs=${HS}`);
    const arcs = page.locator('[data-testid="flowmap"] .fm-flow');
    await expect.poll(() => arcs.count()).toBeGreaterThan(10);
    expect(await arcs.count()).toBeLessThanOrEqual(20);
    expect(await page.locator('#fl-title').textContent()).toContain('2023, in USD');
    // The table of the 20 largest flows, the rest as Other, and the total: all from the file.
    const rows = await attrs(page, '[data-testid="flows-table"] tbody tr', [
      'data-exporter',
      'data-importer',
      'data-value',
    ]);
    expect(rows).toHaveLength(20);
    expect(rows.map(([e, i, v]) => [`${e}>${i}`, Number(v)])).toEqual(ranked.slice(0, 20));
    const other = ranked.slice(20).reduce((s, [, v]) => s + v, 0);
    const foot = page.locator('[data-testid="flows-table"] tfoot tr');
    expect(Number(await foot.first().getAttribute('data-value'))).toBe(other);
    expect(Number(await foot.last().getAttribute('data-value'))).toBe(total);
    expect(await foot.last().textContent()).toContain(`${total.toLocaleString('en-GB')} USD`);
    // "Other" is stated in words.
    const summary = await page.getByTestId('flows-summary').textContent();
    expect(summary).toContain(`The 20 largest of ${expected.size} flows are shown`);
    expect(summary).toContain(`The other ${expected.size - 20} flows`);
    // Each arc is the flow it says, and hovering one names it with its value.
    const arcAttrs = await attrs(page, '[data-testid="flowmap"] .fm-flow', [
      'data-exporter',
      'data-importer',
      'data-value',
    ]);
    for (const [e, i, v] of arcAttrs) expect(Number(v)).toBe(expected.get(`${e}>${i}`));
    // Pointer: a point on the largest arc's curve (its bounding box is mostly empty sea).
    await arcs.first().scrollIntoViewIfNeeded();
    const at = await arcs
      .first()
      .locator('.fm-arc')
      .evaluate((el) => {
        const path = el as SVGPathElement;
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        return m ? { x: p.x * m.a + m.e, y: p.y * m.d + m.f } : { x: 0, y: 0 };
      });
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.fm-tip').textContent()).toMatch(/→.*US\$/);
    // Keyboard: arcs are focusable, largest first, and focus shows the same tooltip.
    await page.mouse.move(0, 0);
    await arcs.nth(1).focus();
    const [e1 = '', i1 = ''] = arcAttrs[1] ?? [];
    expect(`${e1}>${i1}`).toBe(ranked[1]?.[0]);
    await expect
      .poll(() => page.locator('.fm-tip').textContent({ timeout: 2000 }))
      .toMatch(/of the total/);
    expect(await arcs.nth(1).getAttribute('aria-label')).toMatch(/→.*US\$.*of the total/);
    // BACI is reconciled: said so.
    expect(await page.getByTestId('declarations').textContent()).toContain('Reconciled figures');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('switches chart kinds by pointer and keyboard; Sankey and chord show the expected nodes', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=flows&hs=${HS}&top=5`);
    await page.waitForSelector('[data-testid="flowmap"] .fm-flow');
    const panel = page.getByRole('region', { name: 'Choose the flows shown' });
    await panel.getByLabel('Sankey').check();
    await expect.poll(() => search(page)).toBe(`?view=flows&hs=${HS}&chart=sankey&top=5`);
    const nodes = page.locator('[data-testid="sankey"] .sk-node');
    await expect.poll(() => nodes.count()).toBe(12);
    const left = await attrs(page, '.sk-node[data-side="left"]', ['data-key', 'data-value']);
    const right = await attrs(page, '.sk-node[data-side="right"]', ['data-key', 'data-value']);
    const exporters = sideTotals(0);
    const importers = sideTotals(1);
    const top5 = (xs: [string, number][]) =>
      new Map([
        ...xs.slice(0, 5),
        ['~other', xs.slice(5).reduce((s, [, v]) => s + v, 0)] as [string, number],
      ]);
    expect(new Map(left.map(([k, v]) => [k, Number(v)]))).toEqual(top5(exporters));
    expect(new Map(right.map(([k, v]) => [k, Number(v)]))).toEqual(top5(importers));
    // Other stays at the bottom of each side.
    expect(left[left.length - 1]?.[0]).toBe('~other');
    expect(await nodes.first().getAttribute('aria-label')).toMatch(/exports US\$/);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: the next radio is the chord diagram.
    await panel.getByLabel('Sankey').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toBe(`?view=flows&hs=${HS}&chart=chord&top=5`);
    const groups = page.locator('[data-testid="chord"] .ch-group');
    await expect.poll(() => groups.count()).toBe(6);
    const both = new Map<string, number>();
    for (const [k, v] of expected)
      for (const iso of k.split('>')) both.set(iso, (both.get(iso) ?? 0) + v);
    const topBoth = [...both]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([k]) => k);
    const keys = await attrs(page, '.ch-group', ['data-key']);
    expect(keys.map(([k]) => k)).toEqual([...topBoth, '~other']);
    // The ribbons and the flows between two "Other" countries add up to the total.
    const ribbons = await attrs(page, '.ch-ribbon', ['data-value']);
    const drawn = ribbons.reduce((s, [v]) => s + Number(v), 0);
    expect(drawn).toBeLessThanOrEqual(total);
    expect(await axeViolations(page)).toEqual([]);
    // Back returns to the Sankey.
    await page.goBack();
    await expect.poll(() => search(page)).toContain('chart=sankey');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('the matrix is a table moved through with the arrow keys, and its sums are the file’s', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=flows&hs=${HS}&chart=matrix&top=5`);
    const table = page.getByTestId('matrix');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(7);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(8);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(7);
    const grand = table.locator('[data-cell="6:6"]');
    expect(Number(await grand.getAttribute('data-value'))).toBe(total);
    // Row totals are the exporters' totals.
    const exporters = sideTotals(0);
    expect(Number(await table.locator('[data-cell="0:6"]').getAttribute('data-value'))).toBe(
      exporters[0]?.[1],
    );
    const [e0] = exporters[0] ?? [''];
    const [i0] = sideTotals(1)[0] ?? [''];
    expect(Number(await table.locator('[data-cell="0:0"]').getAttribute('data-value'))).toBe(
      expected.get(`${e0}>${i0}`) ?? 0,
    );
    // One tab stop; arrows move, Home and End go to the row's ends.
    await table.locator('[data-cell="0:0"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('0:1');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('1:1');
    await page.keyboard.press('End');
    expect(await focused()).toBe('1:6');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('1:0');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('1:0');
    expect(await table.locator('[tabindex="0"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('a country’s outgoing, incoming or both flows, chosen by pointer and keyboard', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const [country] = sideTotals(0)[0] ?? [''];
    await page.goto(`${server().url}?view=flows&hs=${HS}`);
    const panel = page.getByRole('region', { name: 'Choose the flows shown' });
    await page.waitForSelector('[data-testid="flowmap"] .fm-flow');
    // Without a country the direction is disabled.
    expect(await panel.getByLabel('Outgoing (exports)').isDisabled()).toBe(true);
    await panel.getByLabel('Country', { exact: true }).selectOption(country);
    await expect.poll(() => search(page)).toBe(`?view=flows&hs=${HS}&country=${country}`);
    await panel.getByLabel('Outgoing (exports)').check();
    await expect
      .poll(() => search(page))
      .toBe(`?view=flows&hs=${HS}&country=${country}&dir=export`);
    await expect.poll(() => page.locator('#fl-title').textContent()).toMatch(/: exports of /);
    const out = await attrs(page, '[data-testid="flows-table"] tbody tr', ['data-exporter']);
    expect(out.length).toBeGreaterThan(0);
    expect(new Set(out.map(([e]) => e))).toEqual(new Set([country]));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toContain('dir=import');
    const inn = await attrs(page, '[data-testid="flows-table"] tbody tr', ['data-importer']);
    expect(new Set(inn.map(([i]) => i))).toEqual(inn.length ? new Set([country]) : new Set());
    await panel.getByLabel('Both directions').check();
    await expect.poll(() => search(page)).toBe(`?view=flows&hs=${HS}&country=${country}`);
    const all = await attrs(page, '.fm-flow', ['data-exporter', 'data-importer']);
    for (const [e, i] of all) expect(e === country || i === country).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('deep links open each chart; invalid parameters fall back with the notice', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    for (const [chart, testid] of [
      ['sankey', 'sankey'],
      ['chord', 'chord'],
      ['matrix', 'matrix'],
    ] as const) {
      await page.goto(`${server().url}?view=flows&hs=${HS}&chart=${chart}`);
      await expect.poll(() => page.getByTestId(testid).count()).toBe(1);
    }
    await page.goto(`${server().url}?view=flows&hs=${HS}&chart=pie&top=999&dir=up`);
    const notices = page.locator('.notices');
    await expect.poll(() => notices.textContent()).toContain('“pie” is not a valid chart');
    await expect.poll(() => search(page)).toBe(`?view=flows&hs=${HS}`);
    await expect.poll(() => page.getByTestId('flowmap').count()).toBe(1);
    // French, with the dataset's currency.
    await page.goto(`${server().url}?view=flows&hs=${HS}&chart=sankey&lang=fr`);
    await expect.poll(() => page.locator('#fl-title').textContent()).toContain('en USD');
    expect(await page.getByTestId('declarations').textContent()).toContain('Chiffres réconciliés');
    await page.close();
  });

  it('prints on A4 with the controls hidden and a caption naming the source', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server().url}?view=flows&hs=${HS}&chart=sankey`);
    await page.waitForSelector('[data-testid="sankey"] .sk-node');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.fl-controls').isVisible()).toBe(false);
    const caption = await page.locator('#fl-caption').textContent();
    expect(caption).toContain('CEPII');
    expect(caption).toContain('2023');
    expect(caption).toContain('USD');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    // The chart fits the printable width of the page (210 mm less the margins, 96 px/inch).
    const width = await page
      .locator('[data-testid="sankey"] svg')
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(0);
    await page.close();
  });
});

describe('mirror statistics from a Comtrade Plus build, in Chromium', () => {
  let tmp = '';
  let mirrorServer: StaticServer | undefined;
  let chromium: Browser | undefined;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'atlas-flows-'));
    mkdirSync(join(tmp, 'in'));
    copyFileSync(
      resolve(ROOT, 'test/pipeline/fixtures/comtrade/plus-bulk.csv'),
      join(tmp, 'in/plus-bulk.csv'),
    );
    execFileSync(
      'npx',
      ['tsx', 'scripts/cli/build-data.ts', '--input', join(tmp, 'in'), '--out', join(tmp, 'data')],
      { cwd: ROOT, stdio: 'pipe' },
    );
    mirrorServer = await serveDistWithData(join(tmp, 'data'));
    chromium = await launch();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await mirrorServer?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows both declarations of France → USA 854231 and the gap, with the reasons', async () => {
    if (!chromium || !mirrorServer) throw new Error('not started');
    const page = await chromium.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${mirrorServer.url}?view=flows&hs=854231&chart=matrix`);
    const row = page.locator(
      '[data-testid="flows-table"] tbody tr[data-exporter="FRA"][data-importer="USA"]',
    );
    await expect.poll(() => row.count()).toBe(1);
    expect(Number(await row.getAttribute('data-value'))).toBe(1_000_000);
    expect(await row.locator('[data-by="exporter"]').getAttribute('data-value')).toBe('1000000');
    expect(await row.locator('[data-by="importer"]').getAttribute('data-value')).toBe('1100000');
    expect(await row.locator('[data-gap]').getAttribute('data-gap')).toBe('100000');
    const text = await row.textContent();
    expect(text).toContain('1,000,000 USD');
    expect(text).toContain('1,100,000 USD');
    expect(text).toContain('100,000 USD');
    expect(text).toContain('+10%');
    const headers = await page.locator('[data-testid="flows-table"] thead th').allTextContents();
    expect(headers).toContain('Declared by the exporter');
    expect(headers).toContain('Declared by the importer');
    const decl = await page.getByTestId('declarations').textContent();
    expect(decl).toContain('keeps both declarations');
    expect(decl).toMatch(/CIF.*FOB/);
    expect(decl).toContain('military goods');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
