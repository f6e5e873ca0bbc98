import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserPerFile, watchErrors } from './harness.ts';
import { clickerNext } from './rooms.ts';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const params = (page: Page) => new URL(page.url()).searchParams;
const stepQs = (page: Page) =>
  page.locator('[data-testid="ws-steps"] > li').evaluateAll((li) => li.map((l) => l.dataset.q));

describe('workshop tours in Chromium (French)', () => {
  it('builds a five-step tour by the UI, presents it by keyboard, exports and re-imports it', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server().url}?lang=fr`);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });

    const status = page.locator('.ws-status');
    const add = async (n: number) => {
      await page.getByRole('button', { name: 'Ajouter à la visite' }).click();
      await expect.poll(() => status.textContent()).toBe(`Ajoutée comme étape ${n} de la visite.`);
    };
    const nav = (name: string) => page.locator('.main-nav').getByRole('link', { name }).click();
    await add(1);
    await nav('Classement');
    await expect.poll(() => params(page).get('view')).toBe('table');
    await add(2);
    await nav('Flux');
    await expect.poll(() => params(page).get('view')).toBe('flows');
    await add(3);
    await nav('Carte');
    await page.waitForSelector('svg.map-svg path[data-id="FRA"]', { state: 'attached' });
    await page.locator('svg.map-svg path[data-id="FRA"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('country')).toBe('FRA');
    await page.waitForSelector('[data-testid="print-caption"]');
    await add(4);
    await nav('Méthodes');
    await expect.poll(() => params(page).get('view')).toBe('methods');
    await add(5);
    // The tour is in the URL (and the language stays out of its steps).
    expect(params(page).get('tour')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(params(page).get('lang')).toBe('fr');

    await page.getByRole('button', { name: 'Visite guidée' }).click();
    await expect
      .poll(() => stepQs(page))
      .toEqual([
        '',
        'view=table',
        'view=flows',
        'view=country&country=FRA',
        'view=methods&country=FRA',
      ]);
    // Step 4's default title is the view's heading; edit it and add a note.
    const title4 = page.getByLabel('Titre de l’étape 4');
    expect(await title4.inputValue()).toBe('France');
    await title4.fill('La France et ses partenaires');
    await page.getByLabel('Note de l’étape 4').fill('Regardez la concentration.');
    // Reorder by keyboard: step 5 up, then step 3 (flows) up; focus follows the moved step.
    await page.getByRole('button', { name: 'Monter l’étape 5' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stepQs(page))
      .toEqual([
        '',
        'view=table',
        'view=flows',
        'view=methods&country=FRA',
        'view=country&country=FRA',
      ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Monter l’étape 4',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stepQs(page))
      .toEqual([
        '',
        'view=table',
        'view=methods&country=FRA',
        'view=flows',
        'view=country&country=FRA',
      ]);
    // A reload keeps the tour (URL and localStorage).
    await page.reload();
    await page.getByRole('button', { name: 'Visite guidée' }).click();
    await expect.poll(() => stepQs(page)).toHaveLength(5);
    expect(await page.getByLabel('Titre de l’étape 5').inputValue()).toBe(
      'La France et ses partenaires',
    );

    // Present: step counter, title and note, keyboard moves, URL follows, Back works.
    await page.getByRole('button', { name: 'Présenter' }).click();
    const counter = page.getByTestId('ws-counter');
    await expect.poll(() => counter.textContent()).toBe('Étape 1 sur 5');
    expect(params(page).get('present')).toBe('1');
    expect(params(page).get('step')).toBe('1');
    const at = async (n: number, view: string | null) => {
      await expect.poll(() => counter.textContent()).toBe(`Étape ${n} sur 5`);
      expect(params(page).get('step')).toBe(String(n));
      expect(params(page).get('view')).toBe(view);
      expect(params(page).get('lang')).toBe('fr');
    };
    await page.keyboard.press('ArrowRight');
    await at(2, 'table');
    // The ranking is longer than the screen: Page Down reveals it, then moves on.
    await clickerNext(page);
    await at(3, 'methods');
    await page.keyboard.press('ArrowLeft');
    await at(2, 'table');
    await page.keyboard.press('PageUp');
    await at(1, null);
    await page.keyboard.press('End');
    await at(5, 'country');
    expect(await page.locator('.ws-present-title').textContent()).toBe(
      'La France et ses partenaires',
    );
    expect(await page.locator('.ws-present-note').textContent()).toBe('Regardez la concentration.');
    await page.waitForSelector('.ws-present [data-testid="print-caption"]');
    await page.keyboard.press('Home');
    await at(1, null);
    await page.keyboard.press(' ');
    await at(2, 'table');
    await page.goBack();
    await at(1, null);
    await page.goBack();
    await at(5, 'country');
    await page.goForward();
    await at(1, null);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ws-present').count()).toBe(0);
    expect(params(page).get('present')).toBeNull();
    expect(params(page).get('tour')).toBeTruthy();

    // Export, clear, re-import: the same tour.
    await page.getByRole('button', { name: 'Visite guidée' }).click();
    const before = await stepQs(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en JSON' }).click(),
    ]);
    const file = await download.path();
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      steps: { view: string; title: string; note: string }[];
    };
    expect(json.format).toBe('strategic-trade-atlas-tour');
    expect(json.steps).toHaveLength(5);
    expect(json.steps[4]).toEqual({
      view: '?view=country&country=FRA',
      title: 'La France et ses partenaires',
      note: 'Regardez la concentration.',
    });
    await page.getByRole('button', { name: 'Vider la visite' }).click();
    await expect.poll(() => stepQs(page)).toEqual([]);
    expect(params(page).get('tour')).toBeNull();
    const input = page.locator('.ws-file input[type="file"]');
    await input.setInputFiles(file);
    await expect
      .poll(() => page.getByTestId('ws-report').textContent())
      .toBe('5 étapes importées.');
    expect(await stepQs(page)).toEqual(before);
    expect(await page.getByLabel('Note de l’étape 5').inputValue()).toBe(
      'Regardez la concentration.',
    );

    // Invalid files are refused or reported, in French.
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "strategic-trade-atlas-tour", '),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Le fichier n’est pas un JSON valide.');
    expect(await stepQs(page)).toEqual(before);
    await input.setInputFiles({
      name: 'partly.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'strategic-trade-atlas-tour',
          version: 1,
          steps: [{ view: '?view=table', title: 'Bon' }, 7, { view: '?view=map&year=1850' }],
        }),
      ),
    });
    const report = page.getByTestId('ws-report');
    await expect.poll(() => report.textContent()).toContain('2 étapes importées.');
    expect(await report.textContent()).toContain('L’étape 2 n’est pas une étape\u00a0: écartée.');
    expect(await report.textContent()).toContain('year=1850');
    expect(await stepQs(page)).toEqual(['view=table', 'view=map&year=1850']);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('prints the country sheet of France on one or two A4 pages', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=country&country=FRA&lang=fr`);
    await page.waitForSelector('[data-testid="print-caption"]');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '1');
    });
    await page.getByRole('button', { name: 'Imprimer la fiche pays' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('1');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    // The sheet keeps the headline, top partners and codes, caveats and the source line.
    await page.emulateMedia({ media: 'print' });
    for (const id of ['partners-export', 'partners-import', 'codes-export', 'print-caption'])
      expect(await page.getByTestId(id).isVisible(), id).toBe(true);
    expect(await page.locator('dl.pg-totals').isVisible()).toBe(true);
    expect(await page.getByTestId('total-share-na').isVisible()).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
