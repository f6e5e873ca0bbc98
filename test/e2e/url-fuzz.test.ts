/**
 * URL fuzzing in Chromium (issue 7): generated query strings (the unit fuzzer's cases, same
 * seed) opened on the production build. Each must give a working page (the view's heading,
 * no error page), the notices the parser promises quoted as text, the title in the language
 * the link resolves to, no uncaught error, and nothing of its payload turned into markup.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/messages.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { NOTICE_MESSAGES, parseState } from '../../src/state/url-state.ts';
import { hostilePayloads, kindCounts, urlCases } from '../fuzz/url-cases.ts';
import { DIST, startBrowserPerFile, watchErrors } from './harness.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'data/manifest.json'), 'utf8')) as Manifest;
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

/**
 * Longest link opened: static hosts refuse longer request lines (nginx 8 KB by default, this
 * harness's Node server 16 KB), so longer ones are an HTTP error before the atlas runs; the
 * unit fuzzer parses them all.
 */
const URL_MAX = 8000;
// The first hostile cases drawn, and the first others: 110 page loads.
const ALL = urlCases(manifest, 1500);
const OPENABLE = ALL.filter((c) => c.search.length <= URL_MAX);
const CASES = [
  ...OPENABLE.filter((c) => c.hostile).slice(0, 65),
  ...OPENABLE.filter((c) => !c.hostile).slice(0, 45),
].sort((a, b) => a.n - b.n);
const BATCH = 30;

/** What the page shows once its view is drawn, read in the page. */
interface Seen {
  url: string;
  title: string;
  heading: string;
  notices: string[];
  noticeVisible: boolean;
  errorPanels: number;
  markers: number;
  fuzz: unknown;
  activeMarkup: string[];
}

function read(): Seen {
  const nav = performance.getEntriesByType('navigation')[0];
  const box = document.querySelector('.notices');
  return {
    // The URL as the page received it (the app then rewrites it to its canonical form).
    url: nav?.name ?? location.href,
    title: document.title,
    heading: document.querySelector('#content h2')?.textContent ?? '',
    // The parser's notices; a group id the groups file lacks is told apart, once that file is
    // read (data-testid="group-notices"), and checked for markup like the rest of the page.
    notices: [...document.querySelectorAll('.notices:not([data-testid="group-notices"]) li')].map(
      (li) => li.textContent ?? '',
    ),
    noticeVisible: box instanceof HTMLElement && box.checkVisibility(),
    errorPanels: document.querySelectorAll('.data-error').length,
    markers: document.querySelectorAll('[data-fuzz]').length,
    fuzz: (window as { __fuzz?: unknown }).__fuzz,
    // Anything that runs or embeds code: none of it is part of the atlas's own page.
    activeMarkup: [
      ...document.querySelectorAll(
        'iframe, object, embed, [onerror], [onload], [ontoggle], [srcdoc], a[href^="javascript:" i], script:not([src])',
      ),
    ].map((e) => e.outerHTML.slice(0, 120)),
  };
}

let loads = 0;
let noticesShown = 0;
let framed = 0;

describe('URL fuzzing: generated links opened in Chromium', () => {
  afterAll(() => {
    console.log(
      `URL fuzz (browser): ${loads} of ${ALL.length} generated query strings loaded ` +
        `(${CASES.filter((c) => c.hostile).length} with markup or script payloads; ` +
        `${kindCounts(CASES)}); ${noticesShown} notices checked as text, ` +
        `${framed} pages embedded or presented`,
    );
  });

  it('the checks see markup and script when a payload does get parsed', async () => {
    // The control: the same payloads put into the page as HTML on purpose.
    const page = await browser().newPage();
    const errors = watchErrors(page);
    await page.goto(server().url);
    await page.waitForSelector('#content h2');
    await page.evaluate((html) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      document.body.append(box);
    }, hostilePayloads(7).join(''));
    // Either a handler ran, or the Content Security Policy refused it and said so: both are
    // caught below (window.__fuzz, and the console errors every case asserts are none).
    await expect
      .poll(
        async () => (await page.evaluate(read)).fuzz === 7 || errors.some((e) => /inline/.test(e)),
      )
      .toBe(true);
    const seen = await page.evaluate(read);
    expect(seen.markers).toBeGreaterThan(3);
    expect(seen.activeMarkup.length).toBeGreaterThan(3);
    await page.close();
  });

  for (let from = 0; from < CASES.length; from += BATCH) {
    const batch = CASES.slice(from, from + BATCH);
    it(`cases ${batch[0]?.n}-${batch.at(-1)?.n}: a working page, its notices as text, no markup`, async () => {
      const page = await browser().newPage();
      const errors = watchErrors(page);
      const failures: string[] = [];
      for (const c of batch) {
        const fail = (what: string) =>
          failures.push(`case ${c.n} ${c.search.slice(0, 100)}: ${what}`);
        const before = errors.length;
        try {
          await page.goto(server().url + c.search);
          await page.waitForSelector('#content h2', { timeout: 15_000 });
          await page.waitForLoadState('networkidle');
        } catch (e) {
          fail(
            `no view: ${String(e).slice(0, 200)} ${(await page.textContent('body'))?.slice(0, 200)}`,
          );
          continue;
        }
        const seen = await page.evaluate(read);
        loads++;
        const { state, notices } = parseState(new URL(seen.url).search, manifest);
        const expected = notices.map((n) =>
          translate(state.lang, NOTICE_MESSAGES[n.reason], { param: n.param, value: n.value }),
        );
        check(seen, expected, translate(state.lang, 'title'), fail);
        noticesShown += seen.notices.length;
        if (state.embed || state.present) framed++;
        if (errors.length > before) fail(`errors: ${errors.slice(before).join(' | ')}`);
      }
      await page.close();
      expect(failures).toEqual([]);
    }, 120_000);
  }
});

function check(seen: Seen, expected: string[], title: string, fail: (what: string) => void) {
  if (!seen.heading.trim()) fail('empty view heading');
  if (seen.errorPanels) fail('an error panel instead of the view');
  if (seen.title !== title) fail(`title ${JSON.stringify(seen.title)}, expected ${title}`);
  // Exactly the parser's notices, in order, each quoting the link's text verbatim.
  if (JSON.stringify(seen.notices) !== JSON.stringify(expected))
    fail(`notices ${JSON.stringify(seen.notices)}, expected ${JSON.stringify(expected)}`);
  if (expected.length > 0 && !seen.noticeVisible) fail('notices not visible');
  if (seen.markers) fail(`${seen.markers} elements made from a payload`);
  if (seen.fuzz !== undefined) fail(`a payload ran: window.__fuzz = ${String(seen.fuzz)}`);
  if (seen.activeMarkup.length) fail(`active markup: ${seen.activeMarkup.join(' ')}`);
}
