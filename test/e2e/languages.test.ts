import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserPerFile } from './harness.ts';

/**
 * Every main view in each of the four languages: no message key shown raw, no placeholder
 * left unfilled, the page's lang set, and the navigation in that language.
 */
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

const VIEWS = [
  '',
  'view=table',
  'view=flows&hs=840130',
  'view=flows&hs=840130&chart=sankey',
  'view=country&country=FRA',
  'view=country&country=FRA&dataset=jrc-nuclear',
  'view=product&hs=284510',
  'view=compare&vs=indicative',
  'view=methods',
  'view=sources',
  'dataset=eurostat-comext&year=2022&month=3',
];
const RANKING = { en: 'Ranking', fr: 'Classement', es: 'Clasificación', ru: 'Рейтинг' };
/** A message key: a catalogue prefix then a capital (pgYear, prTopPartners, navFlows...). */
const RAW_KEY =
  /\b(?:pg|pr|fl|mo|dl|sh|ws|nav|metric|legend|tooltip|notice|cov)[A-Z][A-Za-z0-9]{2,}\b/;
const PLACEHOLDER = /\{[a-zA-Z]+\}/;

describe('four languages on every main view', () => {
  for (const lang of ['en', 'fr', 'es', 'ru'] as const) {
    it(`${lang}: no raw key, no unfilled placeholder, lang set, navigation translated`, async () => {
      const page = await browser().newPage();
      for (const q of VIEWS) {
        await page.goto(`${server().url}?${q}${q ? '&' : ''}lang=${lang}`);
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => !document.querySelector('[role="status"].loading'));
        const text = await page.locator('body').innerText();
        expect(text, `${lang} ${q}`).not.toMatch(RAW_KEY);
        expect(text, `${lang} ${q}`).not.toMatch(PLACEHOLDER);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await expect
          .poll(() => page.getByRole('navigation').first().innerText())
          .toContain(RANKING[lang]);
      }
      await page.close();
    });
  }
});
