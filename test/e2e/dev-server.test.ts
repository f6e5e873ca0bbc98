/**
 * `npm start` serves the atlas with Vite's dev server, whose hot reload needs inline script
 * and style: vite.config.ts loosens the Content Security Policy for the dev server alone, and
 * swaps write-excel-file's worker-based zipper there too. This checks both in Chromium, so the
 * README's first command keeps working as the policy evolves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchErrors } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let vite: ViteDevServer | undefined;
let chromium: Browser | undefined;
let url = '';

beforeAll(async () => {
  vite = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: true },
  });
  await vite.listen();
  const address = vite.httpServer?.address() as AddressInfo | null;
  if (!address) throw new Error('the Vite dev server did not start');
  url = `http://127.0.0.1:${address.port}/`;
  chromium = await launch();
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await vite?.close();
});

describe('the dev server (npm start) in Chromium', () => {
  it('serves the map and a profile under its loosened policy, and an XLSX download completes', async () => {
    if (!chromium) throw new Error('Chromium not started');
    const page = await chromium.newPage({ acceptDownloads: true });
    const errors = watchErrors(page);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(url);
    // The dev page's policy is the built one plus what hot reload needs, nothing more.
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws: wss:");
    expect(policy).toContain("object-src 'none'");
    expect(readFileSync(resolve(ROOT, 'index.html'), 'utf8')).not.toContain('unsafe-inline');

    await page.waitForSelector('[data-testid="ranking-table"] tbody tr', { timeout: 90_000 });
    await page.goto(`${url}?view=country&country=FRA&lang=ru`);
    await page.waitForSelector('dl.pg-totals dd[data-value]', { timeout: 60_000 });

    await page.getByRole('button', { name: 'Скачать данные' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-choice="full"] button[data-format="xlsx"]').click(),
    ]);
    const bytes = readFileSync(await download.path());
    const parts = Object.keys(unzipSync(new Uint8Array(bytes)));
    expect(parts).toContain('xl/worksheets/sheet1.xml');
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
