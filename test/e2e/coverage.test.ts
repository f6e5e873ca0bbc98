/**
 * Issue 12 in the browser, in English, French, Spanish and Russian: every figure says what it
 * covers. Kazakhstan's Eurostat trend carries 2021's HS2017 codes; its year comparison names
 * the months compared; a single-code profile shows no list categories; the CHPL total on the
 * BACI extract says 2 of 50 codes; a tier without covered codes and a code the input does not
 * hold read "no data"; Eurostat's seven partners are not covered on its exports map; and a
 * national file reported by Kosovo (XKX) is named as the map names it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildKosovoFixture } from '../pipeline/helpers.ts';
import { launch, serveDistWithData, startBrowserPerFile, watchErrors } from './harness.ts';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

type Lang = 'en' | 'fr' | 'es' | 'ru';
/** Words each language uses for the checks: no data, not covered, and months compared. */
const WORDS: Record<
  Lang,
  { noData: RegExp; notCovered: RegExp; novMonths: RegExp; noCode: RegExp }
> = {
  en: {
    noData: /^no data$/,
    notCovered: /^Not covered/,
    novMonths: /January–November/,
    noCode: /No data for HS 854231/,
  },
  fr: {
    noData: /^pas de données$/,
    notCovered: /^Non couvert/,
    novMonths: /janvier–novembre/,
    noCode: /Pas de données pour le code SH 854231/,
  },
  es: {
    noData: /^sin datos$/,
    notCovered: /^No cubierto/,
    novMonths: /enero–noviembre/,
    noCode: /Sin datos para el código SA 854231/,
  },
  ru: {
    noData: /^нет данных$/,
    notCovered: /^Не охвачено/,
    novMonths: /январь–ноябрь/,
    noCode: /По коду ГС 854231 .*нет данных/,
  },
};
const LANGS = Object.keys(WORDS) as Lang[];

async function open(query: string, lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server().url}?${query}${lang === 'en' ? '' : `&lang=${lang}`}`);
  return { page, errors };
}

describe.each(LANGS)('what the figures cover (%s)', (lang) => {
  const w = WORDS[lang];

  it("Kazakhstan's Eurostat trend shows 143,487,954 EUR for 2021, and its comparison names the months", async () => {
    const { page, errors } = await open(
      'view=country&dataset=eurostat-comext&country=KAZ&year=2022&year2=2021',
      lang,
    );
    const cell = page.locator('.tr-table tr[data-year="2021"] td').nth(1);
    await expect.poll(() => cell.getAttribute('data-value'), { timeout: 20_000 }).toBe('143487954');
    // Kazakhstan is a partner of EU exporters: its exports are not covered, never 0.
    await expect
      .poll(() => page.locator('.tr-table tr[data-year="2021"] td').first().innerText())
      .toMatch(w.noData);
    await expect
      .poll(() => page.getByTestId('not-covered').first().innerText())
      .toMatch(w.notCovered);
    const heading = await page.locator('#pr-compare-h').innerText();
    expect(heading.match(new RegExp(w.novMonths.source, 'g'))?.length, heading).toBe(2);
    await expect.poll(() => page.getByTestId('compare-months').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Canada's heavy-water profile shows no CHPL category figures", async () => {
    const { page, errors } = await open('view=country&country=CAN&hs=284510', lang);
    await expect
      .poll(() => page.getByTestId('category-table-na').count(), { timeout: 20_000 })
      .toBe(1);
    expect(await page.getByTestId('category-table').count()).toBe(0);
    expect(await page.getByTestId('core-broad').count()).toBe(0);
    // The code's own figures stay: its exports are in the headline.
    expect(
      Number(await page.locator('.pg-totals dd[data-value]').first().getAttribute('data-value')),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the CHPL map on the BACI extract states 2 of 50 codes, and Canada's Tier 1 is no data", async () => {
    const { page, errors } = await open('view=map', lang);
    const note = page.getByTestId('selection-coverage');
    await expect.poll(() => note.getAttribute('data-with'), { timeout: 20_000 }).toBe('2');
    expect(await note.getAttribute('data-of')).toBe('50');
    expect(await note.innerText()).toMatch(/\b2\b.*\b50\b/);
    // The disclosure names the codes with data, linked to their product pages.
    await note.locator('summary').click();
    expect(await note.locator('a').allInnerTexts()).toEqual(['850440', '854159']);
    await page.goto(
      `${server().url}?view=country&country=CAN${lang === 'en' ? '' : `&lang=${lang}`}`,
    );
    const tier1 = page.locator('[data-testid="category-table"] tr[data-key="TIER_1"] td.no-data');
    await expect.poll(() => tier1.count(), { timeout: 20_000 }).toBe(2);
    for (const text of await tier1.allInnerTexts()) expect(text).toMatch(w.noData);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("854231's product page says no data for the code, not no trade", async () => {
    const { page, errors } = await open('view=product&hs=854231', lang);
    await expect
      .poll(() => page.locator('.pg-product .pg-note').innerText(), { timeout: 20_000 })
      .toMatch(w.noCode);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Eurostat's exports map shows its seven partners as not covered, and leaves them out of the ranking", async () => {
    const { page, errors } = await open('dataset=eurostat-comext&year=2021', lang);
    const ranking = page.locator('[data-testid="ranking-table"] tbody tr');
    await expect.poll(() => ranking.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.locator('.pg-more').click();
    const ranked = await page
      .locator('[data-testid="ranking-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso3')));
    expect(ranked).toHaveLength(27);
    for (const p of ['RUS', 'BLR', 'KAZ', 'GEO', 'ARM', 'UZB', 'KGZ']) {
      expect(ranked).not.toContain(p);
      // Drawn hatched, as "no data or not covered".
      const fill = await page.locator(`[data-id="${p}"]`).first().getAttribute('class');
      expect(fill, p).toMatch(/no-data|hatch/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a place without an ISO code', () => {
  it('a national file reported by Kosovo (XKX) names it as the map does, in four languages', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-kosovo-'));
    const run = buildKosovoFixture(dataDir);
    expect(run.status, run.stderr).toBe(0);
    const http = await serveDistWithData(dataDir);
    const chromium = await launch();
    try {
      const names: Record<Lang, string> = {
        en: 'Kosovo',
        fr: 'Kosovo',
        es: 'Kosovo',
        ru: 'Косово',
      };
      for (const lang of LANGS) {
        const page = await chromium.newPage();
        const errors = watchErrors(page);
        await page.goto(
          `${http.url}?view=country&country=XKX${lang === 'en' ? '' : `&lang=${lang}`}`,
        );
        await expect
          .poll(() => page.locator('#pg-country-h').innerText(), { timeout: 20_000 })
          .toBe(names[lang]);
        await expect.poll(() => page.locator('.pg-totals').count()).toBe(1);
        // Headings, captions and chart titles name the place; only the fixture's own citation
        // quotes its code.
        const named = await page
          .locator('main :is(h2, h3, caption, figcaption, .pg-lede)')
          .allInnerTexts();
        expect(named.length).toBeGreaterThan(5);
        for (const text of named) expect(text).not.toContain('XKX');
        expect(named.join(' ')).toContain(names[lang]);
        // The file's reach is the build's fact, worded in the page's language.
        const reach = await page.getByTestId('reach-note').innerText();
        expect(reach).toContain(names[lang]);
        if (lang !== 'en') expect(reach).not.toMatch(/reported|exports/);
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      await chromium.close();
      await http.close();
    }
  });
});
