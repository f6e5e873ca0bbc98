import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserPerFile } from './harness.ts';
import { pageFills } from './pdf-pages.ts';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

/**
 * Country sheets as a trainer prints them for a workshop: a one-year dataset on one A4 page in
 * every language, a longer sheet on whole pages, never a last page that holds only a caption.
 */
const SHEETS: { q: string; pages: number | null }[] = [
  { q: '?view=country&country=FRA', pages: 1 },
  { q: '?view=country&country=FRA&lang=fr', pages: 1 },
  { q: '?view=country&country=FRA&lang=es', pages: 1 },
  { q: '?view=country&country=FRA&lang=ru', pages: 1 },
  { q: '?view=country&country=USA', pages: 1 },
  { q: '?view=country&country=CAN&hs=284510&lang=fr', pages: 1 },
  // Longer sheets (a trend, months, a comparison of two years): as many pages as they need.
  { q: '?dataset=jrc-nuclear&view=country&country=FRA', pages: null },
  { q: '?dataset=jrc-nuclear&view=country&country=CAN&year2=2019&lang=es', pages: null },
  { q: '?dataset=eurostat-comext&view=country&country=KAZ', pages: null },
  { q: '?dataset=eurostat-comext&view=country&country=RUS&lang=ru', pages: null },
];
/** A last page filled less than this (margins included) is a spill, not a page. */
const MIN_LAST_PAGE = 0.35;

describe('printed country sheets fill whole A4 pages', () => {
  for (const { q, pages } of SHEETS) {
    const what =
      pages === 1 ? 'one A4 page' : 'whole A4 pages, the last one more than a third full';
    it(`${q} prints on ${what}`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server().url + q);
      await page.waitForSelector('[data-testid="print-caption"]');
      await page.waitForSelector('.pr-map svg path.country', { state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      // Nothing wider than the paper: a clipped table column would be lost on it.
      await page.setViewportSize({ width: 680, height: 1009 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const fills = pageFills(await page.pdf({ format: 'A4', printBackground: true }));
      const shown = `page fills ${fills.map((f) => f.toFixed(2)).join(' ')}`;
      if (pages !== null) expect(fills.length, shown).toBe(pages);
      else expect(fills.length, shown).toBeLessThanOrEqual(3);
      expect(fills[fills.length - 1], shown).toBeGreaterThan(pages === 1 ? 0.5 : MIN_LAST_PAGE);
      await page.close();
    });
  }
});
