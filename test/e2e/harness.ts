import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** The production build under test; ATLAS_DIST points at another build folder (parallel work). */
export const DIST = resolve(process.env.ATLAS_DIST ?? resolve(import.meta.dirname, '../../dist'));

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the project runs Chromium with everywhere: tests, benchmarks, Lighthouse. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.gz': 'application/gzip',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** Replace the body of a path (relative to dist/) to simulate a missing or corrupt file. */
  override: Map<string, Buffer | 404>;
  close(): Promise<void>;
}

/** A plain static file server over dist/, as any static host would serve the atlas. */
export async function serveDist(root = DIST): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "vite build" first (npm test does).`);
  }
  const override = new Map<string, Buffer | 404>();
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path === '/' ? '/index.html' : path).replace(/^\/+/, '');
    const o = override.get(rel);
    if (o === 404) {
      res.writeHead(404).end('not found');
      return;
    }
    if (o) {
      res
        .writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' })
        .end(o);
      return;
    }
    const file = join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    // Like any real static host, compress text for clients that accept it, so Lighthouse
    // and the benchmarks see realistic transfer sizes.
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|json|svg/.test(type)) {
      let gz = compressed.get(file);
      if (!gz) {
        gz = gzipSync(body);
        compressed.set(file, gz);
      }
      res
        .writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
        })
        .end(gz);
      return;
    }
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    override,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/**
 * One static server and one Chromium for a test file, started before its tests and closed
 * after them. Returns getters because the values exist only once beforeAll has run.
 */
export function startBrowserPerFile(hooks: {
  beforeAll: (fn: () => Promise<void>, timeout?: number) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): { browser: () => Browser; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  hooks.beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  hooks.afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (!v)
      throw new Error(
        `${what} is not started: call startBrowserPerFile at the top of a describe file`,
      );
    return v;
  };
  return {
    browser: () => need(browser, 'Chromium'),
    server: () => need(server, 'the static server'),
  };
}

/**
 * dist/ served with another data folder in place of its data/ (a dataset built by a test):
 * every file of `dataDir` answers at data/<path>, the manifest included, so the app reads
 * only that data.
 */
export async function serveDistWithData(dataDir: string, root = DIST): Promise<StaticServer> {
  const { readdirSync } = await import('node:fs');
  const server = await serveDist(root);
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path, r);
      else server.override.set(`data/${r}`, readFileSync(path));
    }
  };
  walk(resolve(dataDir), '');
  return server;
}

/** Serious and critical axe-core violations on the page as it is now, as "id (nodes)". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as an inline <script>: the page's Content Security Policy refuses
  // inline scripts, but code the test evaluates is exempt.
  await page.evaluate(
    readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'),
  );
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run();
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** A trend chart's table as shown: per row its year, then each series' data-value. */
export function trendTableRows(chart: Locator): Promise<number[][]> {
  return chart
    .locator('tbody tr')
    .evaluateAll((rs) =>
      rs.map((r) => [
        Number(r.getAttribute('data-year')),
        ...[...r.querySelectorAll('td')].map((c) => Number(c.getAttribute('data-value'))),
      ]),
    );
}
