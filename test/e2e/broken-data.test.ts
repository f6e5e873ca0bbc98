import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest, ShardRef } from '../../src/schema/manifest.ts';
import { DIST, startBrowserPerFile, watchErrors } from './harness.ts';
import { parseCsvText } from '../pipeline/independent.ts';

/**
 * A data file that is missing, cut short or altered (same size, one byte changed) fails its
 * manifest check: the view that needs it says which file and why, in the page's language,
 * and the rest of the atlas keeps working in the same page.
 */
const manifest = JSON.parse(readFileSync(resolve(DIST, 'data/manifest.json'), 'utf8')) as Manifest;
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const search = (page: Page) => new URL(page.url()).search;

function ref(kind: 'map' | 'flows' | 'country', key: string): ShardRef {
  const r = manifest.shards[kind][key];
  if (!r) throw new Error(`the manifest has no ${kind} shard ${key}`);
  return r;
}

type Damage = 'missing' | 'truncated' | 'altered';
const DAMAGES: Damage[] = ['missing', 'truncated', 'altered'];

function damage(path: string, how: Damage): void {
  const key = `data/${path}`;
  if (how === 'missing') {
    server().override.set(key, 404);
    return;
  }
  const bytes = readFileSync(resolve(DIST, key));
  if (how === 'truncated') {
    server().override.set(key, bytes.subarray(0, Math.floor(bytes.length / 2)));
    return;
  }
  const altered = Buffer.from(bytes);
  const at = Math.floor(altered.length / 2);
  altered[at] = (altered[at] ?? 0) ^ 0x01;
  server().override.set(key, altered);
}

/** What the alert must say for each damage, in English and French. */
const WORDING: Record<'en' | 'fr', Record<Damage, string>> = {
  en: {
    missing: 'is missing on the server (HTTP 404)',
    truncated: 'does not match the manifest',
    altered: 'does not match the manifest',
  },
  fr: {
    missing: 'est absent du serveur (HTTP 404)',
    truncated: 'ne correspond pas au manifeste',
    altered: 'ne correspond pas au manifeste',
  },
};

/**
 * Console errors other than the browser's own log line for a failed request (which names the
 * URL and is expected here): an uncaught exception or an error the app logged.
 */
const unexpected = (errors: string[]) =>
  errors.filter(
    (e) => !/^Failed to load resource: the server responded with a status of 404/.test(e),
  );

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server().url + query);
  return { page, errors };
}

/** The view's alert: it names the file and the failure, and says the rest still works. */
async function expectAlert(page: Page, path: string, how: Damage, lang: 'en' | 'fr' = 'en') {
  const alert = page.getByRole('alert').filter({ hasText: path });
  await alert.waitFor({ timeout: 20_000 });
  const text = (await alert.textContent()) ?? '';
  expect(text).toContain(WORDING[lang][how]);
  expect(await alert.getAttribute('data-path')).toBe(path);
  return text;
}

const mapDrawn = (page: Page) =>
  page.waitForSelector('svg.map-svg path.country[fill^="#"]', { state: 'attached' });

// jrc-nuclear has several years; the map of a year also reads the year before (the change).
const JRC = 'jrc-nuclear';
const jrcList = manifest.datasets.find((d) => d.id === JRC)?.lists[0] ?? '';
const MAP = ref('map', `${JRC}/${jrcList}/2021`);
const FLOWS = ref('flows', `${JRC}/2021`);
const COUNTRY = ref('country', 'baci-hs22-v202501/USA');
const WORLD = manifest.geo.world;

describe('a broken data file is reported in its view; the rest of the atlas works', () => {
  afterEach(() => server().override.clear());

  for (const how of DAMAGES) {
    it(`map year shard ${how}: the map says so; another year draws`, async () => {
      damage(MAP.path, how);
      const { page, errors } = await open(`?dataset=${JRC}&year=2021`);
      await expectAlert(page, MAP.path, how);
      expect(await page.locator('svg.map-svg').count()).toBe(0);
      const panel = page.getByRole('region', { name: 'Choose what the map shows' });
      await panel.getByLabel('Year', { exact: true }).selectOption('2019');
      await expect.poll(() => search(page)).toContain('year=2019');
      await mapDrawn(page);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('[data-testid="ranking-table"] tbody tr').count()).toBeGreaterThan(
        5,
      );
      expect(unexpected(errors), errors.join('\n')).toEqual([]);
      await page.close();
    });

    it(`country shard ${how}: the profile says so; the map and another country work`, async () => {
      damage(COUNTRY.path, how);
      const { page, errors } = await open('?view=country&country=USA');
      await expectAlert(page, COUNTRY.path, how);
      await page.getByRole('navigation').getByRole('link', { name: 'Map' }).click();
      await mapDrawn(page);
      await page.locator('svg.map-svg path[data-id="DEU"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => search(page)).toBe('?view=country&country=DEU');
      await expect.poll(() => page.locator('dl.pg-totals dd[data-value]').count()).toBe(3);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(unexpected(errors), errors.join('\n')).toEqual([]);
      await page.close();
    });

    it(`flows shard ${how}: the flows view says so (in French); another year draws`, async () => {
      damage(FLOWS.path, how);
      const { page, errors } = await open(`?view=flows&dataset=${JRC}&year=2021&lang=fr`);
      const text = await expectAlert(page, FLOWS.path, how, 'fr');
      expect(text).toContain('n’a pas pu être chargée');
      await page.getByLabel('Année', { exact: true }).selectOption('2020');
      await expect.poll(() => search(page)).toContain('year=2020');
      await expect
        .poll(() => page.locator('[data-testid="flows-table"] tbody tr').count(), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(unexpected(errors), errors.join('\n')).toEqual([]);
      await page.close();
    });

    it(`world topology ${how}: the map panel says so; ranking and controls work`, async () => {
      damage(WORLD.path, how);
      const { page, errors } = await open('');
      await expectAlert(page, WORLD.path, how);
      const rows = page.locator('[data-testid="ranking-table"] tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThan(5);
      const first = await rows.first().getAttribute('data-iso3');
      const panel = page.getByRole('region', { name: 'Choose what the map shows' });
      await panel.getByLabel('Imports', { exact: true }).check();
      await expect.poll(() => search(page)).toContain('flow=import');
      await expect.poll(() => page.locator('#map-title').textContent()).toMatch(/^Imports of/);
      await expect.poll(() => rows.first().getAttribute('data-iso3')).not.toBe(first);
      await page.getByRole('navigation').getByRole('link', { name: 'Ranking' }).click();
      await expect.poll(() => search(page)).toContain('view=table');
      await expect.poll(() => rows.count()).toBeGreaterThan(100);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(unexpected(errors), errors.join('\n')).toEqual([]);
      await page.close();
    });
  }

  it('a truncated manifest: a whole-page message that names it', async () => {
    damage('manifest.json', 'truncated');
    const { page, errors } = await open('?lang=es');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'El archivo manifest.json no se puede leer: está truncado o dañado.',
    );
    expect(await page.locator('.loading').count()).toBe(0);
    expect(unexpected(errors), errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('a manifest of another schema version: a whole-page message that says so', async () => {
    const other = { ...manifest, schemaVersion: manifest.schemaVersion + 1 };
    server().override.set('data/manifest.json', Buffer.from(JSON.stringify(other)));
    const { page, errors } = await open('');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `another version of the atlas (schema ${other.schemaVersion}; this app reads ${manifest.schemaVersion})`,
    );
    expect(unexpected(errors), errors.join('\n')).toEqual([]);
    await page.close();
  });
});

/**
 * A static host that sends `.csv.gz` files either as they are (`application/gzip`) or, as
 * some hosts do, labelled `Content-Encoding: gzip`: the browser then decompresses the body
 * before the page's code sees it.
 */
async function gzipHost(encoded: boolean): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path === '/' ? '/index.html' : path).replace(/^\/+/, '');
    const file = join(DIST, rel);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(file);
    if (rel.endsWith('.csv.gz')) {
      res.writeHead(
        200,
        encoded
          ? { 'content-type': 'text/csv; charset=utf-8', 'content-encoding': 'gzip' }
          : { 'content-type': 'application/gzip' },
      );
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The full-dataset CSV as the atlas saves it, from a page on `url`. */
async function fullCsv(url: string): Promise<string> {
  const page = await browser().newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
  await page.getByRole('button', { name: 'Download data' }).click();
  const count = page.locator('[data-choice="full"] .dl-count');
  await expect.poll(() => count.getAttribute('data-rows'), { timeout: 20_000 }).toMatch(/^\d+$/);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('[data-choice="full"] button[data-format="csv"]').click(),
  ]);
  const text = readFileSync(await dl.path()).toString('utf8');
  expect(errors, errors.join('\n')).toEqual([]);
  await page.close();
  return text.replace(/^\uFEFF/, '');
}

describe('a host that serves the download file with Content-Encoding: gzip', () => {
  const BACI = 'baci-hs22-v202501';
  const ref = manifest.shards.download[BACI];
  const source = gunzipSync(readFileSync(resolve(DIST, `data/downloads/${BACI}.csv.gz`))).toString(
    'utf8',
  );
  const sorted = (csv: string) => {
    const [header = [], ...rows] = parseCsvText(csv);
    return { header, rows: rows.map((r) => r.join('\u0000')).sort() };
  };

  it('the manifest gives the size and checksum of the decompressed file too', () => {
    expect(ref?.plain?.bytes).toBe(Buffer.byteLength(source));
    expect(ref?.plain?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the full-dataset CSV is the same, whether the host sends it encoded or as is', async () => {
    const csv: string[] = [];
    for (const encoded of [true, false]) {
      const host = await gzipHost(encoded);
      try {
        csv.push(await fullCsv(`${host.url}?dataset=${BACI}`));
      } finally {
        await host.close();
      }
    }
    const [viaEncoding = '', asIs = ''] = csv;
    expect(viaEncoding).toBe(asIs);
    const got = sorted(viaEncoding);
    const want = sorted(source);
    expect(got.header).toEqual(want.header);
    expect(got.rows.length).toBe(ref?.rows);
    expect(got.rows).toEqual(want.rows);
  });
});
