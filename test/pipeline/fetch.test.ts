/**
 * `npm run data:fetch` through the real CLI against a local HTTP server on 127.0.0.1 (never
 * the internet): full download, resume with Range, a server without Range support, a
 * complete .part, a cut connection, size and hash mismatches, HTTP and network errors, and
 * bad release names.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BASE_URL_ENV,
  loadCatalog,
  parseRelease,
  releaseFileName,
  releaseUrl,
  resolveBaseUrl,
} from '../../scripts/fetch/releases.ts';
import { baciCsv, cleanTemps, tempDir, zipBytes, type CliRun } from './helpers.ts';
import { ROOT } from './independent.ts';

const RELEASE = 'HS22_V202501';
const FILE = 'BACI_HS22_V202501.zip';
// A real (small) BACI release zip: one year's table, varied enough not to compress to nothing,
// so that the resume and cut-connection cases split it in the middle of real bytes.
const ROWS = Array.from(
  { length: 3000 },
  (_, n) =>
    `2023,${4 + (n % 50)},${8 + ((n * 7) % 60)},${850440 + (n % 9)},${(n * 7919) % 99991}.${n % 997},${n % 13}`,
);
const ZIP = zipBytes({ 'BACI_HS22_Y2023_V202501.csv': baciCsv(ROWS) });
const SHA = createHash('sha256').update(ZIP).digest('hex');
const HALF = Math.floor(ZIP.length / 2);

interface Mode {
  /** Honour Range requests (206/416); when false, always answer 200 with the whole file. */
  ranges: boolean;
  /** Cut the connection after this many body bytes of a full (200) answer. */
  cutAfter: number | null;
}
let mode: Mode = { ranges: true, cutAfter: null };
const requests: { url: string; range: string | undefined }[] = [];
let server: Server;
let base = '';
let ran = 0;

beforeAll(async () => {
  expect(ZIP.length).toBeGreaterThan(10_000);
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', range: req.headers.range });
    if (req.url !== `/baci/${FILE}`) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const len = ZIP.length;
    const m = mode.ranges ? /^bytes=(\d+)-$/.exec(req.headers.range ?? '') : null;
    if (m) {
      const start = Number(m[1]);
      if (start >= len) {
        res.writeHead(416, { 'content-range': `bytes */${len}` }).end();
        return;
      }
      res.writeHead(206, {
        'accept-ranges': 'bytes',
        'content-range': `bytes ${start}-${len - 1}/${len}`,
        'content-length': len - start,
      });
      res.end(ZIP.subarray(start));
      return;
    }
    res.writeHead(200, { 'content-length': len, ...(mode.ranges && { 'accept-ranges': 'bytes' }) });
    const cut = mode.cutAfter;
    // Cut only after the client has had time to read what was sent: destroying the socket at
    // once can discard bytes still in flight, and the test would see an empty .part.
    if (cut !== null) res.write(ZIP.subarray(0, cut), () => setTimeout(() => res.destroy(), 300));
    else res.end(ZIP);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/baci`;
});

beforeEach(() => {
  mode = { ranges: true, cutAfter: null };
  requests.length = 0;
});

afterEach(() => {
  ran++;
  cleanTemps();
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  console.log(`fetch.test.ts: ${ran} cases ran`);
});

/**
 * Runs the CLI without blocking: the server answering it lives in this process. The base
 * URL in the environment is a closed local port, so a run that forgot --base-url fails
 * instead of reaching CEPII.
 */
function fetchCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/cli/fetch-data.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', [BASE_URL_ENV]: 'http://127.0.0.1:9/closed', ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A fresh output folder, optionally with a .part left by an "earlier run". */
function outDir(part?: Buffer): string {
  const out = join(tempDir(), 'baci');
  if (part) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${FILE}.part`), part);
  }
  return out;
}

const fetchTo = (out: string, extra: string[] = []) =>
  fetchCli(['--release', RELEASE, '--out', out, '--base-url', base, ...extra]);

function expectDownloaded(out: string): void {
  expect(readFileSync(join(out, FILE)).equals(ZIP)).toBe(true);
  expect(existsSync(join(out, `${FILE}.part`))).toBe(false);
}

function expectNothingLeft(out: string): void {
  expect(existsSync(join(out, FILE))).toBe(false);
  expect(existsSync(join(out, `${FILE}.part`))).toBe(false);
}

describe('data:fetch', () => {
  it('downloads a release and checks its size and sha256', async () => {
    const out = outDir();
    const r = await fetchTo(out, ['--sha256', SHA.toUpperCase(), '--size', String(ZIP.length)]);
    expect(r.status, r.stderr).toBe(0);
    expectDownloaded(out);
    expect(requests).toEqual([{ url: `/baci/${FILE}`, range: undefined }]);
    expect(r.stdout).toContain(`sha256   ${SHA}`);
    expect(r.stdout).toContain(`bytes    ${ZIP.length.toLocaleString('en-US')}`);
    expect(r.stdout).toContain('size (server), size (--size), sha256 (--sha256)');
    expect(r.stdout).toContain(join(out, FILE));
  });

  it('resumes a partial download with a Range request', async () => {
    const out = outDir(ZIP.subarray(0, HALF));
    const r = await fetchTo(out, ['--sha256', SHA]);
    expect(r.status, r.stderr).toBe(0);
    expect(requests.map((q) => q.range)).toEqual([`bytes=${HALF}-`]);
    // The hash covers the bytes of the earlier run too, or --sha256 would have failed.
    expectDownloaded(out);
    expect(r.stdout).toContain(`resumed  after ${HALF.toLocaleString('en-US')} bytes`);
  });

  it('starts over when the server ignores Range', async () => {
    mode.ranges = false;
    // Bytes that would corrupt the file if they were kept and appended to.
    const out = outDir(Buffer.alloc(HALF, 0x55));
    const r = await fetchTo(out, ['--sha256', SHA]);
    expect(r.status, r.stderr).toBe(0);
    expect(requests.map((q) => q.range)).toEqual([`bytes=${HALF}-`]);
    expect(r.stderr).toContain('does not support resuming');
    expectDownloaded(out);
  });

  it('verifies a .part that is already complete (416) and renames it', async () => {
    const out = outDir(ZIP);
    const r = await fetchTo(out, ['--sha256', SHA]);
    expect(r.status, r.stderr).toBe(0);
    expect(requests.map((q) => q.range)).toEqual([`bytes=${ZIP.length}-`]);
    expectDownloaded(out);
  });

  it('keeps the .part of a cut transfer and resumes it on the next run', async () => {
    mode.cutAfter = HALF;
    const out = outDir();
    const cut = await fetchTo(out, ['--sha256', SHA]);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/error: network error fetching .*BACI_HS22_V202501\.zip/);
    expect(cut.stderr).toContain('run the same command again to resume');
    expect(existsSync(join(out, FILE))).toBe(false);
    const part = readFileSync(join(out, `${FILE}.part`));
    expect(part.length).toBeGreaterThan(0);
    expect(part.equals(ZIP.subarray(0, part.length))).toBe(true);

    mode.cutAfter = null;
    const again = await fetchTo(out, ['--sha256', SHA]);
    expect(again.status, again.stderr).toBe(0);
    expect(requests.at(-1)?.range).toBe(`bytes=${part.length}-`);
    expectDownloaded(out);
  });

  it('deletes the download and exits 1 on a wrong sha256', async () => {
    const out = outDir();
    const wrong = 'ab'.repeat(32);
    const r = await fetchTo(out, ['--sha256', wrong]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `error: ${FILE}: sha256 mismatch: got ${SHA}, --sha256 expects ${wrong}`,
    );
    expectNothingLeft(out);
  });

  it('exits 1 before transferring when the server size differs from --size', async () => {
    const out = outDir(ZIP.subarray(0, HALF));
    const r = await fetchTo(out, ['--size', String(ZIP.length + 1)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${FILE}: size mismatch: the server has ${ZIP.length} bytes, --size expects ${ZIP.length + 1}`,
    );
    expectNothingLeft(out);
  });

  it('exits 1 naming the status and URL on an HTTP error', async () => {
    const out = outDir();
    const r = await fetchCli(['--release', 'HS17_V202501', '--out', out, '--base-url', base]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: HTTP 404 Not Found from ${base}/BACI_HS17_V202501.zip`);
    expectNothingLeft(out);
  });

  it('exits 1 with a clear message when the connection is refused', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const out = outDir();
    const r = await fetchCli([
      '--release',
      RELEASE,
      '--out',
      out,
      '--base-url',
      `http://127.0.0.1:${port}/x`,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `error: network error fetching http://127.0.0.1:${port}/x/${FILE}: connection refused by 127.0.0.1:${port}`,
    );
    expect(r.stderr).toContain('If this machine is offline');
    expectNothingLeft(out);
  });

  it('exits 2 with usage on a bad release name, before any request', async () => {
    for (const bad of ['HS23_V202501', 'HS22', 'hs22-v202501', '../HS22_V202501']) {
      const r = await fetchCli(['--release', bad, '--out', outDir(), '--base-url', base]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain(`--release ${bad}: not a BACI release name`);
      expect(r.stderr).toContain('Usage: npm run data:fetch');
    }
    const none = await fetchCli(['--base-url', base]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--release is required');
    expect(requests).toEqual([]);
  });

  it('takes the base URL from ATLAS_BACI_BASE_URL and verifies an existing file', async () => {
    const out = outDir();
    const first = await fetchCli(['--release', `BACI_${RELEASE}.zip`, '--out', out], {
      [BASE_URL_ENV]: base,
    });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`base URL from $${BASE_URL_ENV}`);
    expectDownloaded(out);

    const again = await fetchTo(out, ['--sha256', SHA]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('Already downloaded; verified');
    expect(requests).toHaveLength(1);
  });

  it('names releases and builds the default CEPII address without fetching', () => {
    expect(parseRelease('HS22_V202501')).toBe('HS22_V202501');
    expect(parseRelease('baci_hs92_v202401B.zip')).toBe('HS92_V202401b');
    expect(parseRelease('HS22_V2025')).toBeNull();
    const catalog = loadCatalog();
    const { url, from } = resolveBaseUrl(undefined, {}, catalog);
    expect(from).toBe('data/reference/baci-releases.json');
    expect(releaseUrl(url, releaseFileName(RELEASE))).toBe(
      'https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS22_V202501.zip',
    );
    expect(catalog.releases[RELEASE]).toEqual({ size: null, sha256: null });
    expect(() => resolveBaseUrl('ftp://example.org', {}, catalog)).toThrow(/not an http/);
  });
});
