import { constants, gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import {
  FIRST_MAP_DONE,
  FIRST_MAP_INIT,
  FIRST_MAP_RESULT,
  LOAD_DONE,
  MAP_READY,
  changeAndTime,
} from './page-scripts.ts';

/**
 * The page scripts are strings, which Playwright compiles inside the page; the atlas's
 * Content Security Policy (no eval) would refuse them at random moments. The policy changes
 * neither the bytes nor the rendering measured here (test/e2e/csp.test.ts checks the app under it).
 */
const MEASURE_CONTEXT = { bypassCSP: true };

/** How long to wait for a map (or a repaint) before giving up on that run. */
export const MAP_TIMEOUT_MS = 30_000;

export type Kind = 'js' | 'css' | 'data' | 'other';
export const KINDS: Kind[] = ['js', 'css', 'data', 'other'];

export interface Bytes {
  files: number;
  raw: number;
  gzip: number;
}

export interface FileBytes {
  path: string;
  kind: Kind;
  status: number;
  raw: number;
  gzip: number;
}

export interface FirstViewBytes {
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  files: FileBytes[];
  /** False when the map never painted with data: the figures are then of a broken first view. */
  mapPainted: boolean;
}

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (path.startsWith('/data/')) return 'data';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

async function fileBytes(res: Response): Promise<FileBytes | null> {
  let body: Buffer;
  try {
    body = await res.body();
  } catch {
    return null; // redirects and aborted requests have no body
  }
  const url = new URL(res.url());
  return {
    path: url.pathname + url.search,
    kind: kindOf(res.url()),
    status: res.status(),
    raw: body.length,
    gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
  };
}

/**
 * Every response body of a cold first view of `url`, until the map has painted with data and the
 * network has then been idle for 500 ms. The test server sends no Content-Encoding, so "raw" is
 * what crossed the wire (bodies only, no headers) and "gzip" is what a host compressing with
 * gzip -9 would send.
 */
export async function firstViewBytes(browser: Browser, url: string): Promise<FirstViewBytes> {
  const context = await browser.newContext(MEASURE_CONTEXT);
  const page = await context.newPage();
  const pending: Promise<FileBytes | null>[] = [];
  page.on('response', (res) => pending.push(fileBytes(res)));
  await page.addInitScript({ content: FIRST_MAP_INIT });
  let mapPainted = true;
  try {
    await page.goto(url);
    await page.waitForFunction(FIRST_MAP_DONE, undefined, { timeout: MAP_TIMEOUT_MS });
  } catch {
    mapPainted = false;
  }
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const files = (await Promise.all(pending)).filter((f): f is FileBytes => f !== null);
  await context.close();
  const zero = (): Bytes => ({ files: 0, raw: 0, gzip: 0 });
  const byKind: Record<Kind, Bytes> = { js: zero(), css: zero(), data: zero(), other: zero() };
  const total = zero();
  for (const f of files) {
    for (const b of [byKind[f.kind], total]) {
      b.files++;
      b.raw += f.raw;
      b.gzip += f.gzip;
    }
  }
  return { byKind, total, files, mapPainted };
}

export interface FirstMapRun {
  /** ms from navigation start to the first painted frame with the map and data, null if none. */
  mapPainted: number | null;
  mapSeen: number | null;
  domContentLoaded: number | null;
  load: number | null;
}

/** `runs` cold loads of the app, each in a new browser context (empty cache). */
export async function firstMapRuns(
  browser: Browser,
  url: string,
  runs: number,
): Promise<FirstMapRun[]> {
  const out: FirstMapRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(MEASURE_CONTEXT);
    const page = await context.newPage();
    await page.addInitScript({ content: FIRST_MAP_INIT });
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(FIRST_MAP_DONE, undefined, { timeout: MAP_TIMEOUT_MS });
      await page.waitForFunction(LOAD_DONE, undefined, { timeout: MAP_TIMEOUT_MS });
      out.push((await page.evaluate(FIRST_MAP_RESULT)) as FirstMapRun);
    } catch {
      out.push({ mapPainted: null, mapSeen: null, domContentLoaded: null, load: null });
    }
    await context.close();
  }
  return out;
}

/** Navigation start to the end of the load event, `runs` cold loads in new contexts. */
export async function loadRuns(browser: Browser, url: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(MEASURE_CONTEXT);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(LOAD_DONE, undefined, { timeout: MAP_TIMEOUT_MS });
    out.push((await handle.jsonValue()) as number);
    await context.close();
  }
  return out;
}

export interface ChangeRuns {
  /** ms from the popstate to the painted repaint, one per change that repainted. */
  times: number[];
  /** ms from the popstate to the fills changed in the DOM (before paint), same order. */
  domTimes: number[];
  /** Changes after which the map's fills did not change within the time-out. */
  missed: string[];
  /** Set when the start page never showed the map, so nothing could be measured. */
  error?: string;
}

/**
 * Opens `startUrl`, waits for the map, then makes `count` URL changes cycling through `searches`
 * and times each one until the repainted map is on screen.
 */
export async function changeRuns(
  browser: Browser,
  startUrl: string,
  searches: string[],
  count: number,
): Promise<ChangeRuns> {
  const context = await browser.newContext(MEASURE_CONTEXT);
  const page = await context.newPage();
  const result: ChangeRuns = { times: [], domTimes: [], missed: [] };
  try {
    await page.goto(startUrl);
    await page.waitForFunction(MAP_READY, undefined, { timeout: MAP_TIMEOUT_MS });
    for (let i = 0; i < count; i++) {
      const search = searches[i % searches.length] ?? '';
      const t = (await page.evaluate(changeAndTime(search, MAP_TIMEOUT_MS / 3))) as {
        seen: number;
        painted: number;
      } | null;
      if (t === null) result.missed.push(search);
      else {
        result.times.push(t.painted);
        result.domTimes.push(t.seen);
      }
    }
  } catch (e) {
    result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  await context.close();
  return result;
}
