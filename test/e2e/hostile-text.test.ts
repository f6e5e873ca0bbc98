/**
 * Data that reaches the page is text, never markup: a dataset whose country names, HS
 * descriptions and list texts are HTML, SVG, CDATA, entity and spreadsheet-formula payloads is
 * built with the project's own pipeline (fixtures/hostile), served with the production app, and
 * every place those texts appear is checked: the DOM of each view, the exported SVG, the CSV
 * and XLSX downloads, a user's own codes and an imported or linked workshop tour.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { parseCsvText } from '../pipeline/independent.ts';
import { runCli } from '../pipeline/helpers.ts';
import { launch, serveDistWithData, watchErrors, type StaticServer } from './harness.ts';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/hostile');

/** The names of the fixture's BACI country file, as they must reach the page. */
const COUNTRY = {
  X01: '<img src=x onerror="window.__xss=1">',
  X02: '<svg onload=window.__xss=2>',
  X03: '"><script>window.__xss=3</script>',
  X04: '</text><script>window.__xss=4</script>]]>',
  X05: 'Tom &amp; Jerry\'s "Land" &lt;b&gt;',
  X06: '=HYPERLINK("http://example.invalid","click")',
  X07: '+1 Plusland',
  X08: '-1 Minusland',
  X09: '@SUM(1) Atland',
  // A control character is not allowed in XML: an exported SVG must still parse.
  X10: 'Vertical\vtab <i>Land</i>',
  // Bidirectional override, an emoji sequence, a combining accent, and length.
  X11: `\u202eRTL override\u202c \u{1F3F4}\u200d\u2620\ufe0f Cafe\u0301 ${'Long'.repeat(60)}`,
} as const;
/** The fixture's product descriptions. */
const HS = {
  '284410': '<img src=x onerror="window.__xss=5">Natural uranium & its compounds',
  '284420': '</text><script>window.__xss=6</script>]]> Enriched uranium &amp; plutonium',
  '930190': '=HYPERLINK("http://example.invalid","click") Military weapons',
  '880211': '+1 Helicopters "light" <b>bold</b>',
} as const;
/** The fixture's list file (fixtures/hostile/lists/hostile.csv). */
const LIST = {
  id: 'hostile',
  name: '<svg onload=window.__xss=7> List & "Co" =1+1',
  version: '1<script>window.__xss=8</script>',
  source: ']]></text><img src=x onerror=window.__xss=9> fixture',
  licence: 'CC0 &amp; "free"',
  nuc: '<img src=x onerror="window.__xss=10">Nuclear & co',
  mil: '@SUM(1) Military "arms"',
} as const;
/** Cells a spreadsheet would run: they must come out with an apostrophe in front. */
const FORMULA_NAMES = [COUNTRY.X06, COUNTRY.X07, COUNTRY.X08, COUNTRY.X09];

/** The fixture's trade rows read without the app's or the pipeline's code, names attached. */
function fixtureFlows(): {
  year: number;
  exporter: string;
  importer: string;
  hs6: string;
  value: number;
}[] {
  const read = (name: string) =>
    parseCsvText(readFileSync(join(FIXTURE, 'input', name), 'utf8')).slice(1);
  const names = new Map(read('country_codes_V202501.csv').map((r) => [r[0], r[1] ?? '']));
  // One file per year, as BACI ships them (a row of another year is quarantined).
  return ['BACI_HS22_Y2022_V202501.csv', 'BACI_HS22_Y2023_V202501.csv']
    .flatMap((f) => read(f))
    .filter((r) => r.length === 6)
    .map(([t, i, j, k, v]) => ({
      year: Number(t),
      exporter: names.get(i) ?? '',
      importer: names.get(j) ?? '',
      hs6: k ?? '',
      value: Number(v),
    }));
}

/** The `n` largest keys by summed value. */
function top(pairs: [string, number][], n: number): string[] {
  const sums = new Map<string, number>();
  for (const [k, v] of pairs) sums.set(k, (sums.get(k) ?? 0) + v);
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);
}

let dataDir = '';
let manifest: Manifest | undefined;
let chromium: Browser | undefined;
let http: StaticServer | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  const run = runCli([
    '--input',
    join(FIXTURE, 'input'),
    '--lists',
    join(FIXTURE, 'lists'),
    '--out',
    dataDir,
  ]);
  if (run.status !== 0) throw new Error(`hostile build failed (${run.status}):\n${run.stderr}`);
  manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  http = await serveDistWithData(dataDir);
  chromium = await launch();
});
afterAll(async () => {
  await chromium?.close();
  await http?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const url = (query = '') => {
  if (!http) throw new Error('server not started');
  return http.url + query;
};

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  if (!chromium) throw new Error('Chromium not started');
  const page = await chromium.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const errors = watchErrors(page);
  await page.goto(url(query));
  return { page, errors };
}

/**
 * A page outside the atlas for parsing exported files: parsing markup with style attributes
 * inside the atlas would make its Content Security Policy report each one.
 */
let blankPage: Promise<Page> | undefined;
function parserPage(): Promise<Page> {
  if (!chromium) throw new Error('Chromium not started');
  blankPage ??= chromium.newPage();
  return blankPage;
}

interface Inertness {
  xss: unknown;
  imgX: number;
  /** Scripts that are not the app's own module files. */
  foreignScripts: string[];
  /** Every on* attribute anywhere in the document, as "element[attribute]". */
  handlers: string[];
  text: string;
}

/** What a payload would leave behind if it had become markup, and the page's text. */
const inertness = (page: Page): Promise<Inertness> =>
  page.evaluate(() => {
    const handlers: string[] = [];
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) handlers.push(`${el.localName}[${a.name}]`);
    const appScript = (s: HTMLScriptElement) =>
      s.src !== '' &&
      new URL(s.src).origin === location.origin &&
      /\/assets\/[\w-]+\.js$/.test(s.src);
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      imgX: [...document.images].filter((i) => i.getAttribute('src') === 'x').length,
      foreignScripts: [...document.scripts].filter((s) => !appScript(s)).map((s) => s.outerHTML),
      handlers,
      text: document.documentElement.textContent ?? '',
    };
  });

/** Nothing injected, and each payload shows as the literal text it is. */
async function expectInert(page: Page, literal: string[]): Promise<void> {
  const r = await inertness(page);
  expect(r.xss).toBeUndefined();
  expect(r.imgX).toBe(0);
  expect(r.foreignScripts).toEqual([]);
  expect(r.handlers).toEqual([]);
  for (const s of literal) expect(r.text, `the page shows ${s} as text`).toContain(s);
}

/** Clicks a button of the export panel and returns the file's name and bytes. */
async function exportFile(page: Page, name: RegExp): Promise<{ file: string; bytes: Buffer }> {
  const panel = page.getByRole('group', { name: 'Export and share' });
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name }).first().click(),
  ]);
  return { file: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

async function openExportPanel(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Export and share' });
  await button.click();
  await page
    .getByRole('group', { name: 'Export and share' })
    .getByRole('button', { name: /^SVG/ })
    .first()
    .waitFor();
}

interface SvgCheck {
  parserError: boolean;
  root: string;
  scripts: number;
  foreignObjects: number;
  handlers: string[];
  /** Elements outside the SVG namespace (an HTML <img> smuggled in, say). */
  foreign: string[];
  title: string;
  texts: string[];
}

/** Parses an exported SVG with the browser's XML parser and lists what must not be there. */
const checkSvg = async (svg: string): Promise<SvgCheck> =>
  (await parserPage()).evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.getElementsByTagName('*')];
    const handlers: string[] = [];
    for (const el of all)
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) handlers.push(`${el.localName}[${a.name}]`);
    return {
      parserError: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.localName,
      scripts: doc.getElementsByTagName('script').length,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      handlers,
      foreign: all
        .filter((el) => el.namespaceURI !== 'http://www.w3.org/2000/svg')
        .map((el) => el.localName),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);

async function expectCleanSvg(page: Page, svg: string, literal: string[]): Promise<SvgCheck> {
  const r = await checkSvg(svg);
  expect(r.parserError, svg.slice(0, 2000)).toBe(false);
  expect(r.root).toBe('svg');
  expect(r.scripts).toBe(0);
  expect(r.foreignObjects).toBe(0);
  expect(r.handlers).toEqual([]);
  expect(r.foreign).toEqual([]);
  // Long lines are wrapped at spaces, so the text is compared with the lines joined.
  const text = `${r.title}\n${r.texts.join(' ')}`;
  for (const s of literal) expect(text, `the SVG holds ${s} as text`).toContain(s);
  return r;
}

/** The PNG signature and its width from the IHDR chunk. */
function pngWidth(bytes: Buffer): number {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes.readUInt32BE(16);
}

/** Opens the download menu, waits for the row count, and downloads the data shown. */
async function downloadShown(page: Page, format: 'csv' | 'xlsx' | 'json'): Promise<Buffer> {
  const toggle = page.getByRole('button', { name: 'Download data' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const count = page.locator('[data-choice="shown"] .dl-count');
  await expect.poll(() => count.getAttribute('data-rows'), { timeout: 20_000 }).toMatch(/^\d+$/);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`[data-choice="shown"] button[data-format="${format}"]`).click(),
  ]);
  return readFileSync(await dl.path());
}

function csvRecords(bytes: Buffer): Record<string, string>[] {
  const [header = [], ...records] = parseCsvText(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const XML_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (XML_ENTITIES[e] ?? m),
  );

/** Every text cell of an XLSX file (shared and inline strings) and how many formulas it holds. */
function xlsxText(bytes: Buffer): { cells: string[]; formulas: number; xml: string[] } {
  const files = unzipSync(bytes);
  const cells: string[] = [];
  let formulas = 0;
  const parts = Object.keys(files).filter((f) =>
    /^xl\/(worksheets\/.+|sharedStrings)\.xml$/.test(f),
  );
  const xmls: string[] = [];
  for (const name of parts) {
    const file = files[name];
    if (!file) continue;
    const xml = strFromU8(file);
    xmls.push(xml);
    formulas += (xml.match(/<f[\s>/]/g) ?? []).length;
    for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g))
      cells.push(unescapeXml(m[1] ?? ''));
  }
  return { cells, formulas, xml: xmls };
}

/** A text as XML can hold it (XML 1.0 forbids most C0 control characters). */
const xmlSafe = (s: string) =>
  s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** base64url of UTF-8, as the `tour` URL parameter is written. */
const base64Url = (s: string) =>
  Buffer.from(s, 'utf8')
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const TOUR_TITLE =
  '<img src=x onerror="window.__xss=20"> Step </title><script>window.__xss=21</script>';
const TOUR_NOTE = '"><svg onload=window.__xss=22> note & ]]> =HYPERLINK("x") &amp;';

/** No uncaught error and no console error (a Content Security Policy report is one). */
const expectNoErrors = (errors: string[]) => expect(errors, errors.join('\n')).toEqual([]);

describe('hostile names from the data are text, never markup (Chromium)', () => {
  it('the pipeline carries every payload unchanged to the manifest and list shard', () => {
    const names = new Map(manifest?.countries.map((c) => [c.iso3, c.names]));
    for (const [iso3, name] of Object.entries(COUNTRY)) {
      expect(names.get(iso3)).toEqual({ en: name, fr: name, es: name, ru: name });
    }
    const list = manifest?.lists.find((l) => l.id === LIST.id);
    expect(list).toMatchObject({ name: LIST.name, version: LIST.version, source: LIST.source });
    expect(list?.licence).toBe(LIST.licence);
    expect(list?.categories.map((c) => c.label)).toEqual([LIST.nuc, LIST.mil]);
    const shard = JSON.parse(readFileSync(join(dataDir, 'lists/hostile.json'), 'utf8')) as {
      data: { hs6: string[]; description: string[] };
    };
    const desc = Object.fromEntries(shard.data.hs6.map((c, i) => [c, shard.data.description[i]]));
    expect(desc).toEqual(HS);
  });

  it('the checks catch markup where it is injected (control)', async () => {
    if (!chromium) throw new Error('Chromium not started');
    const page = await chromium.newPage();
    await page.setContent(`<p>${COUNTRY.X01}</p><p>${COUNTRY.X02}</p>`);
    const r = await inertness(page);
    expect(r.imgX).toBe(1);
    expect(r.handlers).toEqual(['img[onerror]', 'svg[onload]']);
    expect(r.text).not.toContain(COUNTRY.X01);
    await page.setContent(`<script>window.__xss = 3</script>`);
    const s = await inertness(page);
    expect(s.xss).toBe(3);
    expect(s.foreignScripts).toHaveLength(1);
    const bad = await checkSvg(
      `<svg xmlns="http://www.w3.org/2000/svg"><text>${COUNTRY.X04}</text></svg>`,
    );
    expect(bad.parserError).toBe(true);
    const injected = await checkSvg(
      `<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script>x()</script><foreignObject/></svg>`,
    );
    expect(injected).toMatchObject({ scripts: 1, foreignObjects: 1, handlers: ['svg[onload]'] });
    await page.close();
  });

  it('map: title, ranking and tooltip', async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    const ranking = page.locator('[data-testid="ranking-table"] tbody tr');
    await expect.poll(() => ranking.count()).toBeGreaterThanOrEqual(13);
    expect(await page.locator('#map-title').textContent()).toContain(LIST.name);
    const rows = await ranking.evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-iso3'), tr.textContent ?? ''])),
    );
    for (const [iso3, name] of Object.entries(COUNTRY)) expect(rows[iso3]).toContain(name);
    // The category control offers the labels as option text.
    const options = await page
      .getByLabel('Category', { exact: true })
      .locator('option')
      .allTextContents();
    expect(options).toEqual(expect.arrayContaining([LIST.nuc, LIST.mil]));
    // The code search lists descriptions as option text.
    const search = page.getByRole('combobox', { name: 'HS code' });
    await search.fill('uranium');
    const hsOptions = page.getByRole('listbox', { name: 'HS code' }).getByRole('option');
    await expect.poll(() => hsOptions.count()).toBe(2);
    const optionText = (await hsOptions.allTextContents()).join('\n');
    expect(optionText).toContain(HS['284410']);
    expect(optionText).toContain(HS['284420']);
    await expectInert(page, [HS['284410'], HS['284420']]);
    await search.press('Escape');
    await page.locator('svg.map-svg path[data-id="FRA"]').focus();
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toContain('France');
    await expectInert(page, [LIST.name, ...Object.values(COUNTRY)]);
    expectNoErrors(errors);
    await page.close();
  });

  it('country profiles of hostile-named countries', async () => {
    for (const iso3 of ['X01', 'X04'] as const) {
      const { page, errors } = await open(`?view=country&country=${iso3}`);
      await page.waitForSelector('[data-testid="print-caption"]');
      await page.getByTestId('partners-export').locator('tbody tr').first().waitFor();
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(COUNTRY[iso3]);
      // Its partners, many of them hostile-named too, as the fixture says.
      const partners = (await page.getByTestId('partners-export').textContent()) ?? '';
      const expected = top(
        fixtureFlows()
          .filter((f) => f.year === 2023 && f.exporter === COUNTRY[iso3])
          .map((f) => [f.importer, f.value]),
        10,
      );
      expect(expected.length).toBeGreaterThan(2);
      for (const name of expected) expect(partners).toContain(name);
      await expectInert(page, [COUNTRY[iso3], ...expected]);
      expectNoErrors(errors);
      await page.close();
    }
  });

  it('product profiles of hostile-described codes', async () => {
    for (const hs of ['284410', '284420', '880211'] as const) {
      const { page, errors } = await open(`?view=product&hs=${hs}`);
      const desc = page.getByTestId('product-description');
      await expect.poll(() => desc.textContent()).toBe(HS[hs]);
      await page.getByTestId('product-lists').locator('tbody tr').first().waitFor();
      const lists = (await page.getByTestId('product-lists').textContent()) ?? '';
      expect(lists).toContain(LIST.name);
      const exporters = page.getByTestId('product-exporters');
      await exporters.locator('tbody tr').first().waitFor();
      const expected = top(
        fixtureFlows()
          .filter((f) => f.year === 2023 && f.hs6 === hs)
          .map((f) => [f.exporter, f.value]),
        10,
      );
      expect(expected.length).toBeGreaterThan(2);
      const shown = (await exporters.textContent()) ?? '';
      for (const name of expected) expect(shown).toContain(name);
      await expectInert(page, [HS[hs], LIST.name, ...expected]);
      expectNoErrors(errors);
      await page.close();
    }
  });

  it('flows: Sankey, chord and table', async () => {
    for (const chart of ['sankey', 'chord'] as const) {
      const { page, errors } = await open(`?view=flows&chart=${chart}&top=50`);
      await page.locator(`[data-testid="${chart}"] svg`).first().waitFor();
      await page.getByTestId('flows-table').locator('tbody tr').first().waitFor();
      const svgText = await page.locator(`[data-testid="${chart}"] svg`).first().textContent();
      expect(svgText).toContain(COUNTRY.X04);
      await expectInert(page, Object.values(COUNTRY));
      await openExportPanel(page);
      const svg = await exportFile(page, /^SVG/);
      await expectCleanSvg(page, svg.bytes.toString('utf8'), [
        COUNTRY.X01,
        COUNTRY.X03,
        COUNTRY.X04,
        COUNTRY.X05,
        'tab <i>Land</i>',
      ]);
      const png = await exportFile(page, /^PNG/);
      expect(pngWidth(png.bytes)).toBe(1600);
      expectNoErrors(errors);
      await page.close();
    }
  });

  it('sources and methods pages', async () => {
    for (const view of ['sources', 'methods']) {
      const { page, errors } = await open(`?view=${view}`);
      await page.locator(`#pg-${view}-h`).waitFor();
      await expectInert(page, view === 'sources' ? [LIST.name, LIST.source, LIST.licence] : []);
      expectNoErrors(errors);
      await page.close();
    }
  });
  it('SVG export of the map and of a profile chart: well-formed, inert, names as text; PNG works', async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    await page.waitForSelector('figure.legend li');
    await openExportPanel(page);
    const map = await exportFile(page, /^SVG/);
    expect(map.file).toMatch(/^[a-z0-9-]+\.svg$/);
    const parsed = await expectCleanSvg(page, map.bytes.toString('utf8'), [LIST.name]);
    expect(parsed.title).toContain(LIST.name);
    const png = await exportFile(page, /^PNG/);
    expect(pngWidth(png.bytes)).toBe(1600);
    await expectInert(page, [LIST.name]);
    expectNoErrors(errors);
    await page.close();

    // A country profile's charts: the trend's title and filters carry the country's name.
    for (const iso3 of ['X01', 'X04'] as const) {
      const { page: p, errors: e } = await open(`?view=country&country=${iso3}&cat=nuc`);
      await p.locator('.tr-svg').first().waitFor();
      await openExportPanel(p);
      const trend = await exportFile(p, /^SVG/);
      const r = await expectCleanSvg(p, trend.bytes.toString('utf8'), [
        COUNTRY[iso3],
        LIST.name,
        LIST.nuc,
      ]);
      expect(r.title).toContain(COUNTRY[iso3]);
      // The embed code is one iframe whose title is the page's text, quotes and all.
      const snippet = await p.getByLabel('Embed code (iframe)').inputValue();
      const embed = await (
        await parserPage()
      ).evaluate((html) => {
        const body = new DOMParser().parseFromString(html, 'text/html').body;
        const el = body.firstElementChild;
        return {
          tags: [...body.querySelectorAll('*')].map((x) => x.localName),
          attrs: el ? [...el.attributes].map((a) => a.name).sort() : [],
          title: el?.getAttribute('title') ?? '',
        };
      }, snippet);
      expect(embed.tags).toEqual(['iframe']);
      expect(embed.attrs).toEqual(['height', 'loading', 'src', 'style', 'title', 'width']);
      expect(await p.title()).toBe('Strategic Trade Atlas');
      const trendPng = await exportFile(p, /^PNG/);
      expect(pngWidth(trendPng.bytes)).toBe(1600);
      await expectInert(p, [COUNTRY[iso3]]);
      expectNoErrors(e);
      await p.close();
    }
  });

  it('downloads: names are data, formula-looking cells get an apostrophe (CSV, XLSX), JSON keeps them raw', async () => {
    const { page, errors } = await open('?year=2023');
    await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
    const rows = csvRecords(await downloadShown(page, 'csv'));
    expect(rows.length).toBeGreaterThan(50);
    const seen = new Map<string, string>();
    for (const r of rows) {
      seen.set(r.exporter_iso3 ?? '', r.exporter ?? '');
      seen.set(r.importer_iso3 ?? '', r.importer ?? '');
    }
    const safe = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
    for (const [iso3, name] of Object.entries(COUNTRY)) expect(seen.get(iso3)).toBe(safe(name));
    const descriptions = new Map(rows.map((r) => [r.hs6, r.hs_description]));
    for (const [hs6, d] of Object.entries(HS)) expect(descriptions.get(hs6)).toBe(safe(d));
    // No text cell of the file starts a formula.
    for (const r of rows)
      for (const [k, v] of Object.entries(r))
        if (!['value', 'quantity_t'].includes(k))
          expect(v, `${k} = ${v}`).not.toMatch(/^[=+\-@\t\r]/);

    const xlsx = xlsxText(await downloadShown(page, 'xlsx'));
    expect(xlsx.formulas).toBe(0);
    // A spreadsheet refuses a part that is not well-formed XML.
    const wellFormed = await (
      await parserPage()
    ).evaluate(
      (parts) =>
        parts.map(
          (x) =>
            new DOMParser()
              .parseFromString(x, 'application/xml')
              .getElementsByTagName('parsererror').length === 0,
        ),
      xlsx.xml,
    );
    expect(wellFormed.length).toBeGreaterThan(0);
    expect(wellFormed.every(Boolean)).toBe(true);
    // The workbook's XML cannot hold control characters: they are dropped, the rest is kept.
    for (const name of Object.values(COUNTRY)) expect(xlsx.cells).toContain(safe(xmlSafe(name)));
    for (const d of Object.values(HS)) expect(xlsx.cells).toContain(safe(d));
    for (const name of FORMULA_NAMES) expect(xlsx.cells).not.toContain(name);
    expect(xlsx.cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // The README sheet names the list.
    expect(xlsx.cells.join('\n')).toContain(LIST.name);

    const json = JSON.parse((await downloadShown(page, 'json')).toString('utf8')) as {
      data: { exporter_iso3: string; exporter: string }[];
    };
    const raw = new Map(json.data.map((r) => [r.exporter_iso3, r.exporter]));
    for (const [iso3, name] of Object.entries(COUNTRY)) expect(raw.get(iso3)).toBe(name);
    await expectInert(page, []);
    expectNoErrors(errors);
    await page.close();
  });

  it("a user's own codes: payload text in the codes box is shown back as text", async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    const box = page.getByRole('textbox', { name: 'Your own list of HS codes' });
    const payload = `284410 <img src=x onerror=window.__xss=30> "><script>window.__xss=31</script> =1+1 @SUM(1)`;
    await box.fill(payload);
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('codes')).toBe('284410');
    const notes = (await page.locator('.ctl-adhoc .ctl-notes').textContent()) ?? '';
    for (const token of [
      '<img',
      // Rejected tokens are shown cut to 20 characters.
      '"><script>window.__x',
      '=1+1',
      '@SUM(1)',
    ])
      expect(notes).toContain(token);
    expect(await box.inputValue()).toBe(payload);
    await expectInert(page, ['"><script>window.__x']);
    expectNoErrors(errors);
    await page.close();
  });

  it('a tour from a JSON file and from the URL: titles and notes are text, in the editor and when presenting', async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    await page.getByRole('button', { name: 'Workshop tour' }).click();
    const tour = {
      format: 'strategic-trade-atlas-tour',
      version: 1,
      steps: [
        { view: '?view=country&country=X01', title: TOUR_TITLE, note: TOUR_NOTE },
        { view: '?view=product&hs=284420', title: COUNTRY.X04, note: HS['284420'] },
        { view: '?view=<script>window.__xss=23</script>', title: 'bad view', note: '' },
      ],
    };
    await page.locator('.ws-file input[type="file"]').setInputFiles({
      name: 'hostile-tour.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tour)),
    });
    const report = page.getByTestId('ws-report');
    await expect.poll(() => report.textContent()).toContain('imported');
    // The refused step's view is reported as the text it is.
    expect(await report.textContent()).toContain('window.__xss=23');
    expect(await page.getByLabel('Title of step 1').inputValue()).toBe(TOUR_TITLE);
    expect(await page.getByLabel('Note for step 1').inputValue()).toBe(TOUR_NOTE);
    await expectInert(page, []);
    expectNoErrors(errors);
    await page.close();

    // The same steps through the tour URL parameter, presented.
    const param = base64Url(
      JSON.stringify({
        v: 1,
        s: tour.steps.map((x) => [x.view.replace(/^\?/, ''), x.title, x.note]),
      }),
    );
    const { page: p, errors: e } = await open(`?tour=${param}&present=1&step=1`);
    await expect.poll(() => p.locator('.ws-present-title').textContent()).toBe(TOUR_TITLE);
    expect(await p.locator('.ws-present-note').textContent()).toBe(TOUR_NOTE);
    await p.waitForSelector('.ws-present [data-testid="print-caption"]');
    await expectInert(p, [TOUR_TITLE, TOUR_NOTE, COUNTRY.X01]);
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.locator('.ws-present-title').textContent()).toBe(COUNTRY.X04);
    await expect.poll(() => p.locator('.ws-present-note').textContent()).toBe(HS['284420']);
    await expectInert(p, [COUNTRY.X04, HS['284420']]);
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.getByTestId('ws-counter').textContent()).toContain('3');
    await expectInert(p, []);
    expect(await p.title()).toBe('Strategic Trade Atlas');
    expectNoErrors(e);
    await p.close();
  });
});
