import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { parseCsvText } from '../pipeline/independent.ts';
import { DIST, launch, serveDist, watchErrors, type StaticServer } from './harness.ts';
import type { Browser } from 'playwright-core';
import { DATA, totalsFromDownload } from './download-check.ts';

const BACI = 'baci-hs22-v202501';
const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
let chromium: Browser | undefined;
let http: StaticServer | undefined;
beforeAll(async () => {
  http = await serveDist(DIST);
  chromium = await launch();
});
afterAll(async () => {
  await chromium?.close();
  await http?.close();
});
const browser = () => {
  if (!chromium) throw new Error('Chromium not started');
  return chromium;
};
const server = () => {
  if (!http) throw new Error('server not started');
  return http;
};

/** The dataset's download file read without the app's code. */
function downloadRecords(dataset: string): { header: string[]; records: string[][] } {
  const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${dataset}.csv.gz`))).toString();
  const [header = [], ...records] = parseCsvText(csv);
  return { header, records };
}

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const errors = watchErrors(page);
  await page.goto(server().url + query);
  await page.getByRole('button', { name: 'Download data' }).waitFor();
  return { page, errors };
}

/** Opens the menu and waits for the "data shown" count. */
async function openMenu(page: Page): Promise<number> {
  const toggle = page.getByRole('button', { name: 'Download data' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const count = page.locator('[data-choice="shown"] .dl-count');
  await expect.poll(() => count.getAttribute('data-rows'), { timeout: 20_000 }).toMatch(/^\d+$/);
  return Number(await count.getAttribute('data-rows'));
}

/** Clicks a format of a choice and returns the downloaded file's name and bytes. */
async function download(
  page: Page,
  choice: 'shown' | 'full',
  format: 'csv' | 'json' | 'xlsx' | 'zip',
): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`[data-choice="${choice}"] button[data-format="${format}"]`).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

function csvRows(bytes: Buffer): {
  header: string[];
  rows: Record<string, string>[];
  bom: boolean;
} {
  const text = bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  const [header = [], ...records] = parseCsvText(bom ? text.slice(1) : text);
  return {
    header,
    bom,
    rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  };
}

const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/** Rows of the XLSX data sheet, read back with fflate. */
function xlsxSheet(bytes: Uint8Array): { rows: number; xml: string; strings: string } {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  const strings = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
  return { rows: (xml.match(/<row[ >]/g) ?? []).length, xml, strings };
}

describe('downloads in Chromium', () => {
  // One category of one list: one row per flow, so the rows add up to the map exactly.
  const Q = '?list=indicative&cat=nuclear';
  const expected = totalsFromDownload(BACI, {
    list: 'indicative',
    year: 2023,
    flow: 'export',
    category: 'nuclear',
  });
  const worldTotal = sum(expected.values());
  const { header: H, records } = downloadRecords(BACI);
  const col = (c: string) => H.indexOf(c);
  const expectedRows = records.filter(
    (r) =>
      r[col('list')] === 'indicative' &&
      r[col('category')] === 'nuclear' &&
      r[col('year')] === '2023',
  ).length;

  it('map: data shown as CSV equals the map and its ranking', async () => {
    const { page, errors } = await open(Q);
    await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
    const n = await openMenu(page);
    expect(n).toBe(expectedRows);
    expect(n).toBeGreaterThan(100);
    // The full dataset's count comes from the manifest.
    expect(await page.locator('[data-choice="full"] .dl-count').getAttribute('data-rows')).toBe(
      String(manifest.shards.download[BACI]?.rows),
    );
    const { name, bytes } = await download(page, 'shown', 'csv');
    expect(name).toBe(`${BACI}_map_2023_indicative_nuclear.csv`);
    const { header, rows, bom } = csvRows(bytes);
    expect(bom).toBe(true);
    expect(header.join(',')).toBe(
      'year,period,exporter_iso3,exporter,importer_iso3,importer,hs6,hs_description,list,category,value,currency,quantity_t',
    );
    expect(rows).toHaveLength(expectedRows);
    expect(
      rows.every((r) => r.list === 'indicative' && r.category === 'nuclear' && r.year === '2023'),
    ).toBe(true);
    expect(sum(rows.map((r) => Number(r.value)))).toBe(worldTotal);
    // The ranking's first rows: each exporter's sum of the downloaded rows.
    const byExporter = new Map<string, number>();
    for (const r of rows)
      byExporter.set(
        r.exporter_iso3 ?? '',
        (byExporter.get(r.exporter_iso3 ?? '') ?? 0) + Number(r.value),
      );
    const ranking = page.locator('[data-testid="ranking-table"] tbody tr');
    for (let i = 0; i < 5; i++) {
      const row = ranking.nth(i);
      const iso3 = (await row.getAttribute('data-iso3')) ?? '';
      const value = Number(await row.locator('td[data-value]').first().getAttribute('data-value'));
      expect(byExporter.get(iso3)).toBe(value);
    }
    await expect.poll(() => page.locator('.dl-status').textContent()).toContain(name);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('map: JSON, XLSX and ZIP hold the same rows, with metadata and README', async () => {
    const { page, errors } = await open(Q);
    const n = await openMenu(page);

    const json = await download(page, 'shown', 'json');
    expect(json.name).toBe(`${BACI}_map_2023_indicative_nuclear.json`);
    const doc = JSON.parse(json.bytes.toString('utf8')) as {
      metadata: {
        rows: number;
        totals: { currency: string; eachFlowOnce: number; sumOfRows: number }[];
        url: string;
        dataset: { licence: string };
      };
      data: { value: number; year: number; hs6: string; quantity_t: number | null }[];
    };
    expect(doc.data).toHaveLength(n);
    expect(typeof doc.data[0]?.value).toBe('number');
    expect(typeof doc.data[0]?.hs6).toBe('string');
    expect(sum(doc.data.map((r) => r.value))).toBe(worldTotal);
    expect(doc.metadata.rows).toBe(n);
    expect(doc.metadata.totals).toEqual([
      expect.objectContaining({ currency: 'USD', sumOfRows: worldTotal, eachFlowOnce: worldTotal }),
    ]);
    expect(doc.metadata.url).toContain('list=indicative&cat=nuclear');
    expect(doc.metadata.dataset.licence).toBe('Etalab Open Licence 2.0');

    const xlsx = await download(page, 'shown', 'xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsxSheet(xlsx.bytes).rows).toBe(n + 1);

    const zip = await download(page, 'shown', 'zip');
    expect(zip.name).toBe(`${BACI}_map_2023_indicative_nuclear.zip`);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'data.csv',
      'data.xlsx',
      'metadata.json',
    ]);
    expect(csvRows(Buffer.from(files['data.csv'] ?? [])).rows).toHaveLength(n);
    expect(xlsxSheet(files['data.xlsx'] ?? new Uint8Array()).rows).toBe(n + 1);
    const meta = JSON.parse(strFromU8(files['metadata.json'] ?? new Uint8Array())) as {
      rows: number;
      caveats: string[];
    };
    expect(meta.rows).toBe(n);
    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    expect(readme).toContain(
      'Indicative strategic-goods list (indicative), category Nuclear (NSG) (nuclear)',
    );
    expect(readme).toContain('Etalab Open Licence 2.0');
    expect(readme).toContain('Gaulier, G. and Zignago, S. (2010)');
    expect(readme).toContain('Indicative strategic-goods list (indicative), version 2025-1');
    expect(readme).toContain('HOW TO CITE');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('French view: README.txt in French, the same data as in English, metadata.json says fr', async () => {
    const zipOf = async (query: string) => {
      const page = await browser().newPage({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      const errors = watchErrors(page);
      await page.goto(server().url + query);
      await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
      const toggle = page.locator('.dl-toggle');
      await toggle.click();
      const count = page.locator('[data-choice="shown"] .dl-count');
      await expect
        .poll(() => count.getAttribute('data-rows'), { timeout: 20_000 })
        .toMatch(/^\d+$/);
      const n = Number(await count.getAttribute('data-rows'));
      const files = unzipSync((await download(page, 'shown', 'zip')).bytes);
      return { page, errors, n, files, toggle: (await toggle.textContent()) ?? '' };
    };
    const fr = await zipOf(`${Q}&lang=fr`);
    const en = await zipOf(Q);
    expect(fr.toggle).toBe('Télécharger les données');
    expect(fr.n).toBe(expectedRows);
    // The same rows as the English download, byte for byte (the contract is English).
    const frCsv = strFromU8(fr.files['data.csv'] ?? new Uint8Array());
    expect(frCsv).toBe(strFromU8(en.files['data.csv'] ?? new Uint8Array()));
    expect(csvRows(Buffer.from(frCsv)).rows).toHaveLength(expectedRows);

    const readme = strFromU8(fr.files['README.txt'] ?? new Uint8Array());
    const lines = readme.split('\n');
    expect(lines[0]).toBe(
      'Atlas du commerce stratégique\u00a0: CEPII BACI, SH2022, version 202501, données affichées dans la vue «\u00a0carte\u00a0»',
    );
    for (const h of ['FILTRES APPLIQUÉS', 'LIGNES ET TOTAUX', 'MISES EN GARDE', 'COMMENT CITER'])
      expect(lines, h).toContain(h);
    expect(readme).not.toMatch(/FILTERS APPLIED|HOW TO CITE|CAVEATS|Downloaded |Filtered with/);
    // The filters in words, in French.
    expect(lines).toContain('* Année\u00a0: 2023');
    expect(lines).toContain(
      '* Liste\u00a0: Liste indicative de biens stratégiques (indicative), catégorie Nucléaire (GFN) (nuclear)',
    );
    // The total in the French format the view uses: its ranking formats each value so.
    const frInt = (x: number) =>
      fr.page.evaluate(
        (v) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(v),
        x,
      );
    const first = fr.page.locator('[data-testid="ranking-table"] tbody tr td[data-value]').first();
    expect((await first.textContent())?.trim()).toBe(
      await frInt(Number(await first.getAttribute('data-value'))),
    );
    const total = await frInt(worldTotal);
    expect(total).toMatch(/\u202f/);
    expect(readme).toContain(`chacun compté une fois\u00a0: ${total} USD`);
    expect(readme).toContain(`${await frInt(expectedRows)} lignes.`);
    // The sources' texts as published, and a note saying so.
    expect(readme).toContain('Licence\u00a0: Etalab Open Licence 2.0');
    expect(readme).toContain('Gaulier, G. and Zignago, S. (2010)');
    expect(readme).toContain('restent en anglais, tels que publiés');
    // The XLSX README sheet holds the same French text.
    const book = unzipSync(fr.files['data.xlsx'] ?? new Uint8Array());
    const sheets = Object.entries(book)
      .filter(([k]) => k.startsWith('xl/worksheets/') || k === 'xl/sharedStrings.xml')
      .map(([, v]) => strFromU8(v))
      .join('');
    expect(sheets).toContain('COMMENT CITER');
    expect(sheets).toContain('Mises en garde'.toUpperCase());

    const meta = JSON.parse(strFromU8(fr.files['metadata.json'] ?? new Uint8Array())) as Record<
      string,
      unknown
    >;
    const metaEn = JSON.parse(strFromU8(en.files['metadata.json'] ?? new Uint8Array())) as Record<
      string,
      unknown
    >;
    expect(meta.language).toBe('fr');
    expect(metaEn.language).toBe('en');
    // Machine-readable: the same English fields and values; only the language, the time and
    // the address (which carries lang=fr) differ.
    const strip = (m: Record<string, unknown>) => {
      const { language, created, url, howToCite, ...rest } = m;
      void language;
      return {
        ...rest,
        howToCite: String(howToCite)
          .replace(String(url), 'URL')
          .replace(String(created).slice(0, 10), 'DATE'),
      };
    };
    expect(strip(meta)).toEqual(strip(metaEn));
    expect(Object.keys(meta).sort()).toEqual(Object.keys(metaEn).sort());
    expect(meta.filters).toContain(
      'List: Indicative strategic-goods list (indicative), category Nuclear (NSG) (nuclear)',
    );
    expect([...fr.errors, ...en.errors], [...fr.errors, ...en.errors].join('\n')).toEqual([]);
    await fr.page.close();
    await en.page.close();
  });

  it('whole list: the README gives the total the ranking shows and warns of double counting', async () => {
    // Eurostat 2022 under the indicative list: some codes sit in two categories.
    const EU = 'eurostat-comext';
    const { page, errors } = await open(`?dataset=${EU}&view=table&list=indicative&year=2022`);
    await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
    await openMenu(page);
    const world = sum(
      totalsFromDownload(EU, { list: 'indicative', year: 2022, flow: 'export' }).values(),
    );
    // The ranking lists every country: its sum is the total the view shows.
    const values = await page.$$eval(
      '[data-testid="ranking-table"] tbody tr td[data-value]',
      (tds) => tds.map((td) => Number(td.getAttribute('data-value'))),
    );
    expect(sum(values)).toBe(world);
    const json = await download(page, 'shown', 'json');
    expect(json.name).toBe(`${EU}_table_2022_indicative.json`);
    const doc = JSON.parse(json.bytes.toString('utf8')) as {
      metadata: { totals: { currency: string; eachFlowOnce: number; sumOfRows: number }[] };
      data: { value: number }[];
    };
    const t = doc.metadata.totals[0];
    expect(t?.currency).toBe('EUR');
    expect(t?.eachFlowOnce).toBe(world);
    expect(t?.sumOfRows).toBe(sum(doc.data.map((r) => r.value)));
    expect(t?.sumOfRows).toBeGreaterThan(world);
    const zip = unzipSync((await download(page, 'shown', 'zip')).bytes);
    const readme = strFromU8(zip['README.txt'] ?? new Uint8Array());
    const fmt = (x: number) => x.toLocaleString('en-GB');
    expect(readme).toContain(`each counted once: ${fmt(world)} EUR`);
    expect(readme).toContain(
      `the total the atlas shows is ${fmt(world)} EUR, not ${fmt(t?.sumOfRows ?? 0)}`,
    );
    expect(readme).toContain('Series break');
    expect(readme).toContain('Coverage: exports declared by the 27 EU member states');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('monthly data: data shown is the month on the map', async () => {
    const { page } = await open('?dataset=eurostat-comext&list=indicative&year=2022&month=3');
    const n = await openMenu(page);
    const { name, bytes } = await download(page, 'shown', 'csv');
    expect(name).toBe('eurostat-comext_map_2022-03_indicative.csv');
    const { rows } = csvRows(bytes);
    expect(rows).toHaveLength(n);
    expect(n).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2022-03']));
    await page.close();
  });

  it("country profile: data shown holds only that country's rows", async () => {
    const { page, errors } = await open('?view=country&country=USA');
    const n = await openMenu(page);
    expect(n).toBeGreaterThan(0);
    const { name, bytes } = await download(page, 'shown', 'csv');
    expect(name).toBe(`${BACI}_country_2023_chpl_USA.csv`);
    const { rows } = csvRows(bytes);
    expect(rows).toHaveLength(n);
    expect(rows.every((r) => r.exporter_iso3 === 'USA' || r.importer_iso3 === 'USA')).toBe(true);
    expect(rows.some((r) => r.exporter_iso3 === 'USA')).toBe(true);
    expect(rows.some((r) => r.importer_iso3 === 'USA')).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it("product and flows views: data shown is exactly the code's rows of the year", async () => {
    const { header, records } = downloadRecords(BACI);
    const col = (name: string) => header.indexOf(name);
    for (const [query, hs, iso3] of [
      ['?view=product&hs=284510', '284510', null],
      ['?view=flows&hs=840130', '840130', null],
      ['?view=flows&hs=840130&country=RUS&dir=export', '840130', 'RUS'],
    ] as const) {
      // Independently, from the dataset's download file: the code's 2023 rows (one per list
      // and category holding it), the country's exports when one is chosen.
      const expected = records.filter(
        (r) =>
          r[col('year')] === '2023' &&
          r[col('hs6')] === hs &&
          (iso3 === null || r[col('exporter_iso3')] === iso3),
      );
      const { page, errors } = await open(query);
      const n = await openMenu(page);
      expect(n, query).toBe(expected.length);
      const { rows } = csvRows((await download(page, 'shown', 'csv')).bytes);
      expect(rows, query).toHaveLength(expected.length);
      expect(sum(rows.map((r) => Number(r.value))), query).toBe(
        sum(expected.map((r) => Number(r[col('value')]))),
      );
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    }
  });

  it('compare view: data shown is both lists of the year, and adds up to its totals table', async () => {
    const { header, records } = downloadRecords(BACI);
    const col = (name: string) => header.indexOf(name);
    const inTotal = new Set(
      manifest.lists
        .filter((l) => l.id === 'chpl' || l.id === 'indicative')
        .flatMap((l) => l.categories.filter((c) => c.inTotal).map((c) => `${l.id}/${c.id}`)),
    );
    // Independently, from the dataset's download file: the 2023 rows of the two lists' counted
    // categories.
    const expected = records.filter(
      (r) => r[col('year')] === '2023' && inTotal.has(`${r[col('list')]}/${r[col('category')]}`),
    );
    const { page, errors } = await open('?view=compare&vs=indicative');
    const n = await openMenu(page);
    expect(n).toBe(expected.length);
    const { rows } = csvRows((await download(page, 'shown', 'csv')).bytes);
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r.list))).toEqual(new Set(['chpl', 'indicative']));
    // The totals table gives each list's world total, then splits the codes of both lists into
    // "only A", "only B" and "both": each adds up from the rows, each flow once.
    const flowsOf = (keep: (r: Record<string, string>) => boolean) => {
      const flows = new Map<string, number>();
      for (const r of rows.filter(keep))
        flows.set(`${r.exporter_iso3}>${r.importer_iso3}>${r.hs6}`, Number(r.value));
      return sum(flows.values());
    };
    const cells = page.locator('[data-testid="compare-totals"] td[data-value]');
    const shown = (await cells.evaluateAll((tds) => tds.map((td) => td.dataset.value))).map(Number);
    const [totalA = NaN, totalB = NaN, ...groups] = shown;
    expect(groups).toHaveLength(3);
    expect(totalA).toBeCloseTo(
      flowsOf((r) => r.list === 'chpl'),
      0,
    );
    expect(totalB).toBeCloseTo(
      flowsOf((r) => r.list === 'indicative'),
      0,
    );
    expect(sum(groups)).toBeCloseTo(
      flowsOf(() => true),
      0,
    );
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('keyboard: Enter opens, Escape closes and returns focus', async () => {
    const { page } = await open('');
    const toggle = page.getByRole('button', { name: 'Download data' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByRole('group', { name: 'Data shown' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download data');
    await page.close();
  });

  it('formula-like text is neutralised in CSV and XLSX, raw in JSON', async () => {
    // A download file whose exporter name and description start like formulas (as a file not
    // written by the build could), served with a manifest whose size and checksum match it.
    const text = gunzipSync(readFileSync(resolve(DATA, `downloads/${BACI}.csv.gz`))).toString();
    const lines = text.split('\n');
    const header = lines[0] ?? '';
    const evil = `2023,2023,ZZZ,=cmd|' /C calc'!A0,USA,United States,999999,"@SUM(1+1)",chpl,TIER_1,5,USD,`;
    const csvBytes = Buffer.from([header, evil, ''].join('\n'));
    const gz = gzipSync(csvBytes);
    const m = structuredClone(manifest);
    const ref = m.shards.download[BACI];
    if (!ref) throw new Error('no download ref');
    ref.bytes = gz.byteLength;
    ref.sha256 = createHash('sha256').update(gz).digest('hex');
    // The decompressed content is checked too (src/data/loader.ts).
    ref.plain = {
      bytes: csvBytes.byteLength,
      sha256: createHash('sha256').update(csvBytes).digest('hex'),
    };
    ref.rows = 1;
    server().override.set(`data/${ref.path}`, gz);
    server().override.set('data/manifest.json', Buffer.from(JSON.stringify(m)));
    try {
      const { page } = await open('?list=chpl&cat=TIER_1');
      expect(await openMenu(page)).toBe(1);
      const csv = csvRows((await download(page, 'shown', 'csv')).bytes).rows[0];
      expect(csv?.exporter).toBe("'=cmd|' /C calc'!A0");
      expect(csv?.hs_description).toBe("'@SUM(1+1)");
      const json = JSON.parse((await download(page, 'shown', 'json')).bytes.toString()) as {
        data: { exporter: string; hs_description: string }[];
      };
      expect(json.data[0]?.exporter).toBe("=cmd|' /C calc'!A0");
      const sheet = xlsxSheet((await download(page, 'shown', 'xlsx')).bytes);
      const cells = (sheet.strings + sheet.xml)
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(cells).toContain("'=cmd|' /C calc'!A0");
      expect(cells).toContain("'@SUM(1+1)");
      expect(cells).not.toMatch(/<f>/);
      await page.close();
    } finally {
      server().override.delete(`data/${ref.path}`);
      server().override.delete('data/manifest.json');
    }
  });
});
