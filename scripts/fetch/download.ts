/**
 * A resumable, verified download. Bytes go to `<dest>.part` and only a complete file whose
 * size and SHA-256 match what is expected is renamed to `<dest>`, so the final name never
 * holds half a file. An interrupted transfer keeps its .part and the next run asks for the
 * rest with a Range request.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { basename, dirname } from 'node:path';
import { Progress } from '../lib/progress.ts';
import { FetchError } from './errors.ts';
import { hashFileInto } from './hash.ts';
import { contentLength, get, networkError, parseContentRange } from './http.ts';
import type { Expected } from './releases.ts';
import { checkExisting, checkPart } from './verify.ts';

export interface DownloadOptions {
  url: string;
  /** The final path; the transfer runs in `${dest}.part`. */
  dest: string;
  expected: Expected;
  log: (message: string) => void;
}

export interface DownloadResult {
  path: string;
  /** The URL that served the file, after redirects. */
  url: string;
  bytes: number;
  sha256: string;
  /** Bytes already in the .part from an earlier run and kept (0 for a fresh download). */
  resumedFrom: number;
  /** True when `dest` was already there and was only verified. */
  alreadyPresent: boolean;
  /** The checks that passed, e.g. `size (server)`, `sha256 (--sha256)`. */
  checked: string[];
  ms: number;
}

/** What the server's answer means for the .part. */
type Plan =
  | { kind: 'body'; res: IncomingMessage; start: number; total: number | null; note?: string }
  | { kind: 'complete'; total: number }
  | { kind: 'restart'; why: string };

export async function download(opts: DownloadOptions): Promise<DownloadResult> {
  const started = Date.now();
  const { dest, expected, log } = opts;
  const name = basename(dest);
  const part = `${dest}.part`;
  await mkdir(dirname(dest), { recursive: true });

  if (existsSync(dest)) {
    const got = await checkExisting(dest, expected);
    const ms = Date.now() - started;
    return { ...got, path: dest, url: opts.url, resumedFrom: 0, alreadyPresent: true, ms };
  }

  let offset = existsSync(part) ? statSync(part).size : 0;
  if (offset > 0) log(`${name}: resuming after ${offset.toLocaleString('en-US')} bytes in ${part}`);
  for (;;) {
    const { res, url } = await get(opts.url, offset > 0 ? { range: `bytes=${offset}-` } : {});
    const plan = planFor(res, url, offset);
    if (plan.kind === 'restart') {
      // destroy, not resume: draining could mean reading gigabytes we are about to discard.
      res.destroy();
      log(`${name}: ${plan.why}; starting over`);
      await rm(part, { force: true });
      offset = 0;
      // With offset 0 no Range is sent and planFor never asks to restart: one more pass at most.
      continue;
    }
    if (plan.kind === 'body' && plan.note) log(`${name}: ${plan.note}; starting over`);
    const { total } = plan;
    // Fail before transferring gigabytes when the server already says the size is wrong.
    if (total !== null && expected.size && expected.size.value !== total) {
      if (plan.kind === 'body') plan.res.destroy();
      await rm(part, { force: true });
      throw new FetchError(
        `${name}: size mismatch: the server has ${total} bytes, ${expected.size.from} expects ${expected.size.value}; ${part} deleted`,
      );
    }

    const hash = createHash('sha256');
    const bar = new Progress(name, total ?? expected.size?.value ?? 0);
    const start = plan.kind === 'body' ? plan.start : offset;
    try {
      if (start > 0) await hashFileInto(part, hash, (n) => bar.add(n));
      if (plan.kind === 'body') await writeBody(plan.res, part, start, hash, bar, new URL(url));
    } catch (e) {
      // End the half-drawn bar's line so that the error starts on its own.
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (e instanceof FetchError) throw new FetchError(`${e.message}\n${keptMessage(part)}`);
      throw e;
    }
    bar.finish();

    const bytes = statSync(part).size;
    if (total !== null && bytes < total)
      throw new FetchError(
        `${name}: the transfer ended after ${bytes} of ${total} bytes\n${keptMessage(part)}`,
      );
    const sha256 = hash.digest('hex');
    const checked = await checkPart(dest, part, { bytes, sha256, total }, expected);
    // rename(2) within one folder is atomic: readers see no file or the whole file.
    await rename(part, dest);
    const ms = Date.now() - started;
    return {
      path: dest,
      url,
      bytes,
      sha256,
      resumedFrom: start,
      alreadyPresent: false,
      checked,
      ms,
    };
  }
}

/** Reads the server's answer to a request for everything from `offset` on. */
function planFor(res: IncomingMessage, url: string, offset: number): Plan {
  const status = res.statusCode ?? 0;
  const encoding = res.headers['content-encoding'];
  if (encoding && encoding !== 'identity') {
    res.destroy();
    throw new FetchError(
      `${url} came with Content-Encoding: ${encoding} although none was asked for; its bytes cannot be checked`,
    );
  }
  if (status === 200) {
    // The whole file from byte 0: take it rather than ask again, and overwrite the .part.
    const note = offset > 0 ? 'the server does not support resuming (answered 200)' : undefined;
    return { kind: 'body', res, start: 0, total: contentLength(res), note };
  }
  if (status === 206) {
    const range = parseContentRange(res.headers['content-range']);
    if (range?.start !== offset)
      return {
        kind: 'restart',
        why: `the server sent a range starting at ${range?.start ?? 'an unknown offset'}, not ${offset}`,
      };
    const length = contentLength(res);
    return {
      kind: 'body',
      res,
      start: offset,
      total: range.total ?? (length === null ? null : offset + length),
    };
  }
  if (status === 416 && offset > 0) {
    res.resume();
    // Bytes past the end were asked for: the .part may already be whole (a run stopped
    // between the last byte and the rename). Only the server's total can tell.
    const total = parseContentRange(res.headers['content-range'])?.total ?? null;
    if (total === offset) return { kind: 'complete', total };
    return {
      kind: 'restart',
      why: `the server refused the range and its size (${total ?? 'not given'}) is not the .part's ${offset} bytes`,
    };
  }
  res.resume();
  const hint =
    status === 404
      ? ' (no such file there: check the release name against CEPII’s BACI page, or the base URL)'
      : '';
  const reason = res.statusMessage ? ` ${res.statusMessage}` : '';
  throw new FetchError(`HTTP ${status}${reason} from ${url}${hint}`);
}

/** Streams the body onto the end of the .part, hashing as it goes. */
async function writeBody(
  res: IncomingMessage,
  part: string,
  start: number,
  hash: Hash,
  bar: Progress,
  url: URL,
): Promise<void> {
  const fh = await open(part, start > 0 ? 'a' : 'w');
  try {
    try {
      for await (const chunk of res) {
        const buf = chunk as Buffer;
        hash.update(buf);
        await fh.write(buf);
        bar.add(buf.length);
      }
    } catch (e) {
      throw networkError(e, url);
    }
    // On disk before the rename, so a crash cannot leave a short file under the final name.
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function keptMessage(part: string): string {
  return existsSync(part)
    ? `The partial download is kept in ${part}; run the same command again to resume.`
    : 'Nothing was kept.';
}
