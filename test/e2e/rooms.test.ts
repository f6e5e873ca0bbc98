import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, startBrowserPerFile, watchErrors } from './harness.ts';
import { ROOMS, SHOTS, TOUR_STEPS, openIn, tourQuery, type Room } from './rooms.ts';

/**
 * Every main view in every room it is used in: a phone with touch, a small laptop, a 720p
 * projector, and two desktop screens. What a reader of each room would notice first: a page
 * that scrolls sideways, a table cut off inside its box, a control too small for a finger,
 * a chart label too small to read, a tooltip off the screen.
 */
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

/** Pixels the page is wider than the window (0 when nothing scrolls sideways). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Table cells cut off: a cell whose content is wider than the cell, or a table wider than the
 * box it scrolls in. Charts that scroll on purpose (a full-size chart on a phone) are not tables.
 */
const clippedCells = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) => el.getClientRects().length > 0;
    for (const table of document.querySelectorAll('table')) {
      if (!shown(table)) continue;
      // The flows matrix scrolls both ways by design beside a phone (where it is stacked like
      // every table), its exporter headings sticky.
      const th = table.closest('.fl-matrix-wrap') ? table.querySelector('tbody th') : null;
      if (th && document.documentElement.clientWidth > 640) {
        if (getComputedStyle(th).position !== 'sticky') out.push('matrix headings scroll away');
        continue;
      }
      for (let box = table.parentElement; box && box !== document.body; box = box.parentElement) {
        const ox = getComputedStyle(box).overflowX;
        if (ox !== 'visible' && box.scrollWidth > box.clientWidth + 1) {
          out.push(`table in .${box.className}: ${box.scrollWidth} > ${box.clientWidth}`);
          break;
        }
      }
      for (const cell of table.querySelectorAll('td, th')) {
        if (shown(cell) && cell.scrollWidth > cell.clientWidth + 1)
          out.push(`cell "${(cell.textContent ?? '').slice(0, 40)}"`);
      }
    }
    return out;
  });

/** Controls and links under 44×44 CSS pixels (shown ones only; map shapes are not controls). */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const sel =
      'a[href], button, select, input:not([type="hidden"]), textarea, summary, [role="tab"], [role="button"]';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('svg')) continue;
      // A radio or checkbox is reached through its label, which is the target.
      const target =
        el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
          ? (el.closest('label') ?? el)
          : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const st = getComputedStyle(target);
      if (st.visibility === 'hidden') continue;
      // Visually hidden until focused (the skip link): measured where it shows.
      if (r.right <= 0 || r.bottom <= 0) continue;
      if (r.width < 43.5 || r.height < 43.5)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  });

/** SVG text drawn under 11 CSS pixels (its font size times the chart's scale on screen). */
const smallChartText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (el.getClientRects().length === 0 || !(el.textContent ?? '').trim()) continue;
      const ctm = el.getScreenCTM();
      if (!ctm) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b);
      if (px < 10.95) out.push(`"${(el.textContent ?? '').slice(0, 20)}" ${px.toFixed(1)}px`);
    }
    return out;
  });

/**
 * Controls the keyboard reaches above the one before them: on a one-column screen, the order
 * a keyboard or a screen reader meets controls must be the order the eye reads them, so a
 * block that CSS shows elsewhere than its place in the page is a fault. Controls folded away
 * in a closed disclosure are not reachable and not counted.
 */
const focusOrderJumps = (page: Page) =>
  page.evaluate(() => {
    const sel =
      'a[href], button, select, input:not([type="hidden"]), textarea, summary, [tabindex="0"]';
    const out: string[] = [];
    let lowest = -Infinity;
    let last = '';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.getClientRects().length === 0 || el.closest('svg')) continue;
      if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
      const top = el.getBoundingClientRect().top + window.scrollY;
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 24)}" at ${Math.round(top)}`;
      // A row of controls side by side shares a line: only a jump back up a line counts.
      if (top < lowest - 40) out.push(`${name}, after ${last}`);
      if (top > lowest) {
        lowest = top;
        last = name;
      }
    }
    return out;
  });

const vp = (r: Room) => `${r.width}×${r.height}`;

/**
 * Opens one view in one room and checks what a reader of that room would notice first; axe
 * too when asked (it is the slowest check, and its findings do not depend on the language).
 */
async function checkView(room: Room, q: string, ready: string, axe: boolean) {
  const page = await openIn(browser(), server().url, room, q, ready);
  const errors = watchErrors(page);
  expect.soft(await pageOverflow(page), 'page scrolls sideways').toBeLessThanOrEqual(0);
  expect.soft(await clippedCells(page), 'clipped table cells').toEqual([]);
  expect.soft(await smallChartText(page), 'chart text under 11 px').toEqual([]);
  if (room.touch) {
    expect.soft(await smallTargets(page), 'targets under 44 px').toEqual([]);
    expect.soft(await focusOrderJumps(page), 'tab order against reading order').toEqual([]);
  }
  if (axe) expect.soft(await axeViolations(page), 'axe').toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}

describe('every main view in every room', () => {
  for (const room of ROOMS) {
    for (const [name, shot] of Object.entries(SHOTS)) {
      if (name.startsWith('present-') && name !== 'present-1') continue;
      it(`${name} at ${vp(room)}${room.touch ? ' (touch)' : ''}`, () =>
        checkView(room, shot.q, shot.ready, true));
    }
  }
});

/*
 * French, Spanish and Russian run longer than English (a column heading, a button, a legend
 * class): the same checks in the rooms where text is shortest of space, the phone, the small
 * laptop, and the wide screen whose ranking stands in a narrow column beside the map.
 */
describe.each(['fr', 'es', 'ru'])('every main view in %s', (lang) => {
  for (const room of ROOMS.filter((r) => [390, 1024, 1920].includes(r.width))) {
    for (const [name, shot] of Object.entries(SHOTS)) {
      if (name.startsWith('present-')) continue;
      it(`${name} at ${vp(room)}`, () =>
        checkView(room, shot.q ? `${shot.q}&lang=${lang}` : `lang=${lang}`, shot.ready, false));
    }
  }
});

describe('the phone', () => {
  const phone = ROOMS.find((r) => r.touch) as Room;

  it('pins the tapped country’s tooltip inside the screen, with buttons a finger can hit', async () => {
    const page = await openIn(browser(), server().url, phone, '', 'svg.map-svg path.country');
    const fra = page.locator('svg.map-svg path[data-id="BRA"]');
    await fra.tap();
    const tip = page.locator('.map-tooltip.pinned');
    await tip.waitFor();
    const box = await tip.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
      expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
    }
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
  });

  it('gives the map enough height to tap countries', async () => {
    const page = await openIn(browser(), server().url, phone, '', 'svg.map-svg path.country');
    const box = await page.locator('svg.map-svg').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(300);
    // The map leads: its top is on the first screen.
    expect(box?.y ?? phone.height).toBeLessThan(phone.height / 2);
    await page.context().close();
  });

  it('leads a country profile with its key figures', async () => {
    const page = await openIn(
      browser(),
      server().url,
      phone,
      'view=country&country=FRA',
      '[data-testid="print-caption"]',
    );
    const fig = await page.locator('.pg-totals dd').first().boundingBox();
    expect(fig?.y ?? phone.height).toBeLessThan(phone.height);
    await page.context().close();
  });

  it('leads a product page with its key figures', async () => {
    const page = await openIn(
      browser(),
      server().url,
      phone,
      'view=product&hs=840130',
      '[data-testid="product-key-figures"]',
    );
    const fig = await page.getByTestId('product-key-figures').locator('dd').first().boundingBox();
    expect(fig, 'key figure drawn').not.toBeNull();
    expect((fig?.y ?? phone.height) + (fig?.height ?? 0)).toBeLessThan(phone.height);
    await page.context().close();
  });
});

describe('the header', () => {
  /*
   * Up to 1280 px the navigation has its own row, the language select at its end; wider, title,
   * navigation and language share one row. In every language the navigation fits its row
   * without scrolling from 1024 px up, and the language select stays on the navigation's line.
   */
  for (const width of [1024, 1280, 1440]) {
    it.each(['en', 'fr', 'es', 'ru'])(`fits its navigation at ${width} px in %s`, async (lang) => {
      const room = { name: String(width), width, height: 800 };
      const page = await openIn(
        browser(),
        server().url,
        room,
        `view=methods&lang=${lang}`,
        'main h2',
      );
      const nav = await page
        .locator('.main-nav')
        .evaluate((n) => ({ scroll: n.scrollWidth, box: n.clientWidth }));
      expect(nav.scroll, 'navigation scrolls sideways').toBeLessThanOrEqual(nav.box);
      const mid = await page
        .locator('.main-nav a, .lang-switch select')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((r) => r.top + r.height / 2),
        );
      expect(Math.max(...mid) - Math.min(...mid)).toBeLessThan(24);
      await page.context().close();
    });
  }
});

describe.each([1280, 1920])('presentation at %i px wide', (width) => {
  const room = ROOMS.find((r) => r.width === width) as Room;
  /** Each step's chart: the world map, the flow map, the partner map, the product's map. */
  const CHARTS = [
    'svg.map-svg',
    '[data-testid="flowmap"] svg',
    '.pr-partner-map svg',
    '.pr-map svg',
  ];
  const CONTROLS =
    '.ctl, .map-controls, .fl-controls, .pr-controls, .pg-selects, .view-toolbar, .card-actions, .zoom-buttons';

  it('shows every step of a four-step tour with its chart on screen, controls hidden, one title, by Page Down and Page Up only', async () => {
    const page = await openIn(browser(), server().url, room, tourQuery(1), 'svg.map-svg');
    const errors = watchErrors(page);
    const counter = page.getByTestId('ws-counter');
    const scrollTop = () => page.locator('.ws-present').evaluate((e) => e.scrollTop);
    const shown = (sel: string) =>
      page
        .locator(sel)
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);

    for (let n = 1; n <= 4; n++) {
      await expect.poll(() => counter.textContent()).toBe(`Step ${n} of 4`);
      const chart = page.locator(CHARTS[n - 1] as string).first();
      await chart.waitFor({ state: 'visible' });
      expect(await scrollTop(), `step ${n} opens at its top`).toBe(0);
      const box = await chart.boundingBox();
      expect(box, `step ${n}: chart drawn`).not.toBeNull();
      if (box) {
        expect(box.y, `step ${n}: chart top`).toBeGreaterThanOrEqual(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `step ${n}: chart bottom`).toBeLessThanOrEqual(room.height);
        expect(box.x + box.width).toBeLessThanOrEqual(room.width);
        expect(box.height, `step ${n}: chart large`).toBeGreaterThan(room.height / 3);
      }
      expect(await shown(CONTROLS), `step ${n}: controls shown`).toBe(0);
      // One title: the step's. The view's own heading is only for screen readers.
      const titles = await page
        .locator('h1, h2')
        .evaluateAll((els) =>
          els.filter((e) => e.getBoundingClientRect().height > 2).map((e) => e.textContent),
        );
      expect(titles, `step ${n}: titles`).toEqual([TOUR_STEPS[n - 1]?.title]);
      if (n === 4) break;
      // Page Down reveals the rest of a longer step first, then moves on.
      let presses = 0;
      let scrolled = false;
      while ((await counter.textContent()) === `Step ${n} of 4`) {
        const before = await scrollTop();
        await page.keyboard.press('PageDown');
        presses++;
        if ((await scrollTop()) > before) scrolled = true;
        expect(presses, `step ${n}: Page Down presses`).toBeLessThan(30);
      }
      if (n === 3) expect(scrolled, 'the country step is longer than the screen').toBe(true);
    }
    // Page Up walks back: up the step first when it was scrolled, then to the step before.
    await page.keyboard.press('PageDown');
    expect(await scrollTop()).toBeGreaterThan(0);
    let presses = 0;
    while ((await counter.textContent()) !== 'Step 1 of 4') {
      await page.keyboard.press('PageUp');
      expect(++presses).toBeLessThan(60);
    }
    // Arriving from below, a step still opens at its top.
    expect(await scrollTop()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
