/**
 * The rooms the atlas is designed for and the main views shot and checked in each: shared by
 * the layout tests (rooms.test.ts) and `npm run screenshots`.
 */
import type { Browser, Page } from 'playwright-core';
import { encodeTour } from '../../src/state/tour.ts';

export interface Room {
  name: string;
  width: number;
  height: number;
  /** A phone: touch, coarse pointer, mobile viewport. */
  touch?: boolean;
}

export const ROOMS: Room[] = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: '1024', width: 1024, height: 768 },
  { name: '1280', width: 1280, height: 720 },
  { name: '1440', width: 1440, height: 900 },
  { name: '1920', width: 1920, height: 1080 },
];

/** The four-step tour the presentation shots and tests use: map, flows, country, product. */
export const TOUR_STEPS = [
  { q: '', title: 'Strategic exports of the world', note: 'Where the listed goods come from.' },
  { q: 'view=flows', title: 'Who sells to whom', note: 'The largest flows of the year.' },
  { q: 'view=country&country=FRA', title: 'France', note: 'Look at the partner concentration.' },
  { q: 'view=product&hs=840130', title: 'Nuclear fuel elements', note: 'HS 840130.' },
];

export const tourQuery = (step: number) =>
  `present=1&tour=${encodeTour({ steps: TOUR_STEPS }).param}&step=${step}`;

/** Query string and what shows the view has drawn. */
export const SHOTS: Record<string, { q: string; ready: string }> = {
  map: { q: '', ready: 'svg.map-svg path.country' },
  ranking: { q: 'view=table', ready: '[data-testid="ranking-table"]' },
  'flows-map': { q: 'view=flows', ready: '[data-testid="flowmap"] .fm-flow' },
  'flows-sankey': { q: 'view=flows&chart=sankey', ready: '[data-testid="flows-table"]' },
  'flows-chord': { q: 'view=flows&chart=chord', ready: '[data-testid="flows-table"]' },
  'flows-matrix': { q: 'view=flows&chart=matrix', ready: '[data-testid="matrix"]' },
  country: { q: 'view=country&country=FRA', ready: '[data-testid="print-caption"]' },
  product: { q: 'view=product&hs=840130', ready: '[data-testid="product-facts"]' },
  compare: { q: 'view=compare&vs=indicative', ready: '[data-testid="compare-totals"]' },
  group: { q: 'view=group&group=central-asia', ready: '[data-testid="group-totals"]' },
  regime: {
    q: 'view=regime&list=indicative&cat=nuclear',
    ready: '[data-testid="regime-shares"]',
  },
  methods: { q: 'view=methods', ready: 'main h1, main h2' },
  sources: { q: 'view=sources', ready: 'main h1, main h2' },
  'present-1': { q: tourQuery(1), ready: 'svg.map-svg path.country' },
  'present-2': { q: tourQuery(2), ready: '[data-testid="flowmap"] .fm-flow' },
  'present-3': { q: tourQuery(3), ready: '[data-testid="print-caption"]' },
  'present-4': { q: tourQuery(4), ready: '[data-testid="product-facts"]' },
};

/** Opens `q` in a page sized for `room` and waits until the view has drawn and settled. */
export async function openIn(
  browser: Browser,
  base: string,
  room: Room,
  q: string,
  ready: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: room.width, height: room.height },
    deviceScaleFactor: 1,
    hasTouch: room.touch ?? false,
    isMobile: room.touch ?? false,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${base}${q ? `?${q}` : ''}`);
  await page.waitForSelector(ready, { state: 'attached', timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  return page;
}

/**
 * What a presenter's clicker does to reach the next step: Page Down until the step counter
 * changes, since a step longer than the screen is first revealed. Returns the presses it took.
 */
export async function clickerNext(page: Page, key: 'PageDown' | 'PageUp' = 'PageDown') {
  const counter = page.getByTestId('ws-counter');
  const from = await counter.textContent();
  for (let presses = 1; presses <= 30; presses++) {
    await page.keyboard.press(key);
    if ((await counter.textContent()) !== from) return presses;
  }
  throw new Error(`${key} pressed 30 times without leaving "${from}"`);
}
