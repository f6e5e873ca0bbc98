import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { launch, serveDist, watchErrors, type StaticServer } from './harness.ts';

const DATA = resolve(import.meta.dirname, '../../public/data');
const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;

/** Top CHPL exporter of the latest BACI year, computed from the download CSV, not the app's code. */
function topChplExporterFromDownload(dataset: string): { iso3: string; value: number } {
  const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${dataset}.csv.gz`))).toString(
    'utf8',
  );
  const [header = '', ...lines] = csv.trim().split('\n');
  const cols = header.split(',');
  const iExp = cols.indexOf('exporter_iso3');
  const iList = cols.indexOf('list');
  const iValue = cols.indexOf('value');
  const iYear = cols.indexOf('year');
  const byExporter = new Map<string, number>();
  for (const line of lines) {
    const f = splitCsvLine(line);
    if (f[iList] !== 'chpl' || f[iYear] !== '2023') continue;
    const value = Number(f[iValue]);
    byExporter.set(f[iExp] ?? '', (byExporter.get(f[iExp] ?? '') ?? 0) + value);
  }
  const [iso3 = '', value = 0] = [...byExporter].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { iso3, value };
}

/** Country names and HS descriptions are quoted when they hold commas. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe('overview page in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every dataset of the manifest with data loaded from the shards', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    for (const ds of manifest.datasets) {
      const card = page.locator(`article[data-dataset="${ds.id}"]`);
      await expect.poll(() => card.count()).toBe(1);
      await expect.poll(() => card.locator('h3').textContent()).toBe(ds.title);
      await expect.poll(() => card.locator('table.ranking tbody tr').count()).toBeGreaterThan(0);
    }
    const baci = manifest.datasets.find((d) => d.id.startsWith('baci'));
    expect(baci).toBeDefined();
    const expected = topChplExporterFromDownload(baci?.id ?? '');
    const first = page
      .locator(`article[data-dataset="${baci?.id}"] table[data-list="chpl"] tbody tr`)
      .first();
    expect(await first.getAttribute('data-iso3')).toBe(expected.iso3);
    expect(Number(await first.locator('td.num').first().getAttribute('data-value'))).toBe(
      expected.value,
    );
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('switches language through the visible control and the lang parameter', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('combobox').selectOption('fr');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Atlas du commerce stratégique');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.goto(`${server.url}?lang=ru`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Атлас стратегической торговли');
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Atlas du commerce stratégique');
    await page.close();
  });

  it('names a corrupt shard and keeps the rest of the page working', async () => {
    const ref = manifest.shards.map['jrc-nuclear/jrc-nuclear'];
    expect(ref).toBeDefined();
    server.override.set(`data/${ref?.path}`, Buffer.from('{"truncated": '));
    const page = await browser.newPage();
    await page.goto(server.url);
    const alert = page.locator('article[data-dataset="jrc-nuclear"] [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain(ref?.path ?? '?');
    await expect
      .poll(() => page.locator('table[data-list="chpl"] tbody tr').count())
      .toBeGreaterThan(0);
    server.override.clear();
    await page.close();
  });

  it('shows a clear message when the manifest is missing', async () => {
    server.override.set('data/manifest.json', 404);
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toContain('manifest.json is missing');
    server.override.clear();
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.locator('table.ranking').count()).toBeGreaterThan(1);
    await page.addScriptTag({
      path: resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
        }
      ).axe;
      const r = await axe.run();
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
