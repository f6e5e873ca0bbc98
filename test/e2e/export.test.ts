import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/schema/manifest.ts';
import { axeViolations, startBrowserPerFile, watchErrors } from './harness.ts';
import { DATA } from './download-check.ts';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
const BACI = manifest.datasets.find((d) => d.id === 'baci-hs22-v202501');
if (!BACI) throw new Error('BACI is not in the embedded data');
const SANKEY = '?view=flows&hs=840130&chart=sankey';
const JRC = 'jrc-nuclear';

const openMenu = async (page: Page) => {
  const button = page.getByRole('button', { name: 'Export and share' });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  const panel = page.getByRole('group', { name: 'Export and share' });
  await panel.getByRole('button', { name: 'Copy link' }).waitFor();
  return panel;
};

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, name: RegExp): Promise<{ file: string; bytes: Buffer }> {
  const panel = page.getByRole('group', { name: 'Export and share' });
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name }).first().click(),
  ]);
  const path = await dl.path();
  return { file: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Parses the SVG with the browser's XML parser: root attributes and the text it holds. In a
 * blank page: the atlas's CSP would report each style attribute the parser meets as an error.
 */
const parseSvg = async (page: Page, text: string) => {
  const blank = await browser().newPage();
  const parsed = await blank.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      classes: doc.querySelectorAll('[class]').length,
      paths: doc.querySelectorAll('path').length,
    };
  }, text);
  await blank.close();
  return parsed;
};

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function checkExports(page: Page, title: string, legendText: string[]) {
  const svg = await download(page, /^SVG/);
  expect(svg.file).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
  expect(parsed.width).toBe(800);
  expect(parsed.height).toBeGreaterThan(300);
  expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${parsed.height}`);
  expect(parsed.title).toBe(title);
  const all = parsed.texts.join('\n');
  // A long title is wrapped over several lines.
  expect(parsed.texts.join(' ')).toContain(title);
  expect(all).toContain(`Dataset: ${BACI?.title}`);
  expect(all).toContain('Year: 2023');
  expect(all).toContain('Source: Gaulier, G. and Zignago');
  expect(all).toContain(`Licence: ${BACI?.licence}`);
  for (const l of legendText) expect(all).toContain(l);
  // Standalone: styles are inline (no class is left) and no font but a generic one.
  expect(parsed.classes).toBe(0);
  expect(text).not.toMatch(/font-family:|system-ui/);
  expect(text).toContain('font-family="sans-serif"');

  const png = await download(page, /^PNG/);
  expect(png.file).toMatch(/\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: 1600, height: parsed.height * 2 });
  // The status line names the file saved.
  await expect.poll(() => page.locator('.sh-status').textContent()).toContain(`Saved: ${png.file}`);
  return { text, parsed };
}

describe('export and share in Chromium', () => {
  it('exports the map with its title, filters, class legend and source, as SVG and PNG', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    await page.waitForSelector('figure.legend li');
    const title = ((await page.locator('#map-title').textContent()) ?? '').trim();
    expect(title).toContain('2023');
    await openMenu(page);
    const { text, parsed } = await checkExports(page, title, ['No data', 'Zero', 'Flow: Exports']);
    // Every country path is there, filled inline, with the hatch pattern of "no data".
    expect(parsed.paths).toBeGreaterThan(200);
    expect(text).toMatch(/url\(#hatch-/);
    expect(text).toContain(`${server().url}`);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('exports the flows Sankey as SVG and PNG', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}${SANKEY}`);
    await page.waitForSelector('[data-testid="sankey"] svg .sk-node');
    const title = ((await page.locator('#fl-title').textContent()) ?? '').trim();
    await openMenu(page);
    const { text } = await checkExports(page, title, ['HS code: 840130']);
    // The side labels (its key) and the address of the view, with the XML-escaped "&".
    expect(text).toContain('>Exporters<');
    expect(text).toContain('view=flows&amp;hs=840130&amp;chart=sankey');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('copies the link of the view, or shows it to copy by hand', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server().url.replace(/\/$/, ''),
    });
    const page = await context.newPage();
    await page.goto(`${server().url}${SANKEY}`);
    await page.waitForSelector('[data-testid="sankey"] svg');
    const panel = await openMenu(page);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    const status = page.locator('.sh-status');
    await expect.poll(() => status.textContent()).toMatch(/Copied|not allowed/);
    if ((await status.textContent())?.includes('Copied')) {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    } else {
      expect(await panel.getByLabel('Link to this view').inputValue()).toBe(page.url());
    }
    await context.close();
  });

  it('shows the fallback field when the clipboard is refused', async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto(`${server().url}?view=flows&hs=840130`);
    const panel = await openMenu(page);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    const field = panel.getByLabel('Link to this view');
    await expect.poll(() => field.inputValue()).toBe(page.url());
    await expect.poll(() => page.locator('.sh-status').textContent()).toContain('not allowed');
    await page.close();
  });

  it('gives an iframe embed code, and embed=1 shows the chart alone with a link back', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server().url}${SANKEY}`);
    await page.waitForSelector('[data-testid="sankey"] svg');
    const panel = await openMenu(page);
    const snippet = await panel.getByLabel('Embed code (iframe)').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="\d+" height="\d+"/);
    expect(snippet).toContain('embed=1');
    const src = (/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
    const params = new URL(src).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      ...Object.fromEntries(new URL(page.url()).searchParams),
      embed: '1',
    });

    for (const [url, chart] of [
      [src, '[data-testid="sankey"] svg'],
      [`${server().url}?embed=1`, 'svg.map-svg'],
      [`${server().url}?dataset=${JRC}&view=country&country=FRA&embed=1`, '.tr-svg'],
    ] as const) {
      await page.goto(url);
      await page.locator(chart).first().waitFor();
      expect(await page.locator('nav.main-nav').count()).toBe(0);
      expect(await page.locator('header').count()).toBe(0);
      expect(await page.locator('[role="toolbar"]').count()).toBe(0);
      for (const sel of ['.ctl', '.map-controls', '.pr-controls', '.pg-selects', 'select'])
        for (const el of await page.locator(sel).all()) expect(await el.isVisible()).toBe(false);
      const back = page.getByRole('link', {
        name: 'Open the full view in the Strategic Trade Atlas',
      });
      expect(await back.getAttribute('href')).not.toContain('embed');
      expect(await back.getAttribute('target')).toBe('_top');
      // CC BY and the Etalab licence ask every reuse to name its source and licence.
      const ds = new URL(url).searchParams.get('dataset') ?? BACI.id;
      const meta = manifest.datasets.find((d) => d.id === ds);
      const source = page.getByTestId('embed-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.locator('a').first().getAttribute('href')).toBe(meta?.url);
      expect(await source.locator('a').last().getAttribute('href')).toBe(meta?.licenceUrl);
      expect(await source.textContent()).toContain(meta?.licence);
      expect(await source.textContent()).toContain(meta?.publisher);
    }
    await page.close();
  });

  it('works from the keyboard and has no serious axe violation with the menu open', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    for (const url of [server().url, `${server().url}${SANKEY}`]) {
      await page.goto(url);
      await page.locator('svg[data-export]').first().waitFor();
      const button = page.getByRole('button', { name: 'Export and share' });
      await button.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('group', { name: 'Export and share' });
      await panel.getByRole('button', { name: /^SVG/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('SVG');
      await page.keyboard.press('Escape');
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        'Export and share',
      );
      expect(await panel.count()).toBe(0);
    }
    await page.close();
  });

  it('offers each chart of a country profile, and the toolbar is hidden in print', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server().url}?dataset=${JRC}&view=country&country=FRA`);
    await page.locator('.tr-svg').waitFor();
    const panel = await openMenu(page);
    const n = await page.locator('#content svg[data-export]').count();
    expect(await panel.getByRole('button', { name: /^SVG/ }).count()).toBe(n);
    const svg = await download(page, /^SVG/);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.texts.join('\n')).toContain('Country: France');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.view-toolbar').isVisible()).toBe(false);
    await page.close();
  });
});
