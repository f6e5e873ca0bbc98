import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { encodeTour } from '../../src/state/tour.ts';
import { DIST, startBrowserPerFile, watchErrors } from './harness.ts';
import { clickerNext } from './rooms.ts';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const manifest = JSON.parse(readFileSync(resolve(DIST, 'data/manifest.json'), 'utf8')) as Manifest;

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
const cached = (page: Page, path: string) =>
  page.evaluate(
    async (p) =>
      (await (await caches.open('atlas-data')).match(new URL(p, document.baseURI))) !== undefined,
    `data/${path}`,
  );
const rows = (page: Page) => page.locator('[data-testid="ranking-table"] tbody tr').count();

describe('offline use (service worker) in Chromium', () => {
  it('once opened, the map paints with data with no network', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server().url);
    await expect.poll(() => rows(page)).toBeGreaterThan(10);
    await controlled(page);
    // The files loaded before the worker took control are stored too.
    const mapRef = manifest.shards.map['baci-hs22-v202501/chpl/2023'];
    for (const path of ['manifest.json', manifest.geo.world.path, mapRef?.path ?? '?'])
      await expect.poll(() => cached(page, path), { message: path }).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    await expect.poll(() => rows(page)).toBeGreaterThan(10);
    expect(await page.locator('svg.map-svg path[data-id="FRA"]').getAttribute('fill')).toMatch(
      /^(#|rgb|url)/,
    );
    expect(await page.locator('main [role="alert"]').count()).toBe(0);
    // The favicon is part of the app shell: offline it still loads, from the worker's cache.
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
      const res = await fetch(href);
      return { ok: res.ok, type: res.headers.get('content-type'), body: await res.text() };
    });
    expect(icon.ok).toBe(true);
    expect(icon.body).toContain('<svg');
    // A file never loaded is not there: the view says so instead of failing silently.
    await page.goto(`${server().url}?view=country&country=FRA`);
    await expect.poll(() => page.locator('main [role="alert"]').count()).toBeGreaterThan(0);
    await context.setOffline(false);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e))).toEqual([]);
    await context.close();
  });

  it('"Make available offline" stores the dataset\'s files, with progress; profiles then open offline', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server().url);
    await expect.poll(() => rows(page)).toBeGreaterThan(10);
    await controlled(page);
    await page.getByRole('button', { name: 'Workshop tour' }).click();
    await page.getByRole('button', { name: 'Make available offline' }).click();
    const status = page.getByTestId('ws-offline');
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toMatch(/Available offline: \d+ files of CEPII BACI/);
    expect(await status.locator('progress').getAttribute('value')).toBe(
      await status.locator('progress').getAttribute('max'),
    );
    await context.setOffline(true);
    await page.goto(`${server().url}?view=country&country=DEU`);
    await expect.poll(() => page.locator('dl.pg-totals dd[data-value]').count()).toBe(3);
    await page.goto(`${server().url}?view=flows`);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Germany|France/);
    await context.close();
  });

  it('a whole workshop with the network cut: a French five-step tour presented by clicker keys, a country sheet printed', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server().url}?lang=fr`);
    await expect.poll(() => rows(page)).toBeGreaterThan(10);
    await controlled(page);
    await page.getByRole('button', { name: 'Visite guidée' }).click();
    await page.getByRole('button', { name: 'Rendre disponible hors ligne' }).click();
    await expect
      .poll(() => page.getByTestId('ws-offline').textContent(), { timeout: 60_000 })
      .toMatch(/Disponible hors ligne\u00a0: [\d\u202f]+ fichiers/);

    await context.setOffline(true);
    // Each step with what its view draws only once its data files are read.
    const steps = [
      ['', 'La carte', '[data-testid="ranking-table"] tbody tr'],
      ['view=table', 'Le classement', '[data-testid="ranking-table"] tbody tr'],
      ['view=flows&country=DEU', "Les flux de l'Allemagne", '[data-testid="flows-table"] tbody tr'],
      ['view=country&country=FRA', 'La France', 'dl.pg-totals dd[data-value]'],
      ['view=product&hs=284510', "L'eau lourde", '[data-testid="print-caption"]'],
    ];
    const tour = encodeTour({
      steps: steps.map(([q = '', title = '']) => ({ q, title, note: '' })),
    });
    await page.goto(`${server().url}?lang=fr&present=1&step=1&tour=${tour.param}`);
    const counter = page.getByTestId('ws-counter');
    for (let n = 1; n <= steps.length; n++) {
      await expect.poll(() => counter.textContent()).toBe(`Étape ${n} sur 5`);
      expect(await page.locator('.ws-present-title').textContent()).toBe(steps[n - 1]?.[1]);
      const drawn = page.locator(`.ws-present ${steps[n - 1]?.[2]}`);
      await expect.poll(() => drawn.count(), { message: `step ${n}` }).toBeGreaterThan(0);
      expect(await page.locator('.ws-present [role="alert"]').count(), `step ${n}`).toBe(0);
      // A presenter's clicker sends PageDown (and PageUp to go back); a step longer than the
      // screen is revealed before the next.
      if (n < steps.length) await clickerNext(page);
    }
    await page.keyboard.press('PageUp');
    await expect.poll(() => counter.textContent()).toBe('Étape 4 sur 5');
    await page.waitForSelector('.ws-present [data-testid="print-caption"]');

    // The handout: the country sheet, still offline, prints on one or two A4 pages.
    await page.goto(`${server().url}?view=country&country=FRA&lang=fr`);
    await page.waitForSelector('[data-testid="print-caption"]');
    expect(await page.locator('main [role="alert"]').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await context.setOffline(false);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e))).toEqual([]);
    await context.close();
  });

  it('online, data is network-first: a shard altered on the host is reported, not served stale', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server().url);
    await expect.poll(() => rows(page)).toBeGreaterThan(10);
    await controlled(page);
    const ref = manifest.shards.map['baci-hs22-v202501/chpl/2023'];
    await expect.poll(() => cached(page, ref?.path ?? '?')).toBe(true);
    server().override.set(`data/${ref?.path}`, Buffer.from('{"columns": ['));
    try {
      await page.reload();
      await expect
        .poll(() => page.locator('main [role="alert"]').first().textContent())
        .toContain(ref?.path ?? '?');
      server().override.set('data/manifest.json', 404);
      await page.reload();
      await expect
        .poll(() => page.locator('[role="alert"]').first().textContent())
        .toContain('manifest.json');
    } finally {
      server().override.clear();
    }
    await context.close();
  });
});
