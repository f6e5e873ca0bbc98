import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/schema/manifest.ts';
import { DIST, startBrowserPerFile } from './harness.ts';

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
  'view=country&country=FRA&list=indicative',
  'view=country&country=ARM&dataset=eurostat-comext&year=2022',
  'view=methods',
  'view=sources',
  'dataset=eurostat-comext&year=2022&month=3',
  'group=central-asia',
  'view=group&group=nsg',
  'view=regime&list=indicative',
  'view=flows&chart=groups&group=central-asia',
];
const RANKING = { en: 'Ranking', fr: 'Classement', es: 'Clasificación', ru: 'Рейтинг' };
/** A message key: a catalogue prefix then a capital (pgYear, prTopPartners, navFlows...). */
const RAW_KEY =
  /\b(?:pg|pr|fl|mo|dl|sh|ws|nav|metric|legend|tooltip|notice|cov|gp|rg)[A-Z][A-Za-z0-9]{2,}\b/;
const PLACEHOLDER = /\{[a-zA-Z]+\}/;
/**
 * English the French, Spanish and Russian pages must not show (issue 14): the shipped lists'
 * names, their categories and tiers, the datasets' titles, HS edition labels and the core /
 * broad marks. Texts quoted from the sources are marked lang="en" and left out of the check.
 */
const manifest = JSON.parse(readFileSync(join(DIST, 'data/manifest.json'), 'utf8')) as Manifest;
const ENGLISH = [
  ...manifest.lists.map((l) => l.name),
  ...manifest.lists.flatMap((l) => l.categories.map((c) => c.label)),
  ...manifest.datasets.map((d) => d.title),
];
const ENGLISH_WORDS = /\bHS\d{4}\b|\b(?:core|broad)\b/;

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
        if (lang !== 'en') {
          const own = await page.evaluate(() => {
            const body = document.body.cloneNode(true) as HTMLElement;
            for (const e of body.querySelectorAll('[lang="en"], script, style')) e.remove();
            return body.textContent ?? '';
          });
          for (const e of ENGLISH) expect(own, `${lang} ${q}: "${e}"`).not.toContain(e);
          expect(own, `${lang} ${q}`).not.toMatch(ENGLISH_WORDS);
        }
        await expect
          .poll(() => page.getByRole('navigation').first().innerText())
          .toContain(RANKING[lang]);
      }
      await page.close();
    });
  }
});
