/**
 * One GET with redirects, on node:http/https rather than fetch: fetch asks for and silently
 * undoes gzip/br encodings, which would make Content-Length and byte ranges describe
 * different bytes from the ones we write. Here the bytes on the wire are the bytes on disk.
 */
import http from 'node:http';
import https from 'node:https';
import { FetchError } from './errors.ts';

const MAX_REDIRECTS = 5;
// Idle time, not total time: a multi-GB release may take hours, but a silent socket for a
// minute means the transfer is stuck and resuming later is the better bet.
const IDLE_TIMEOUT_MS = 60_000;

export interface Response {
  res: http.IncomingMessage;
  /** The URL that answered, after redirects. */
  url: string;
}

export async function get(url: string, headers: Record<string, string>): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res = await once(current, headers);
    const location = res.headers.location;
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
      res.resume();
      current = new URL(location, current).toString();
      continue;
    }
    return { res, url: current };
  }
  throw new FetchError(`too many redirects (more than ${MAX_REDIRECTS}) from ${url}`);
}

function once(url: string, headers: Record<string, string>): Promise<http.IncomingMessage> {
  const u = new URL(url);
  const client = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      u,
      {
        headers: {
          'accept-encoding': 'identity',
          'user-agent': 'strategic-trade-atlas',
          ...headers,
        },
      },
      resolve,
    );
    req.setTimeout(IDLE_TIMEOUT_MS, () =>
      req.destroy(Object.assign(new Error('no data'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', (e) => reject(networkError(e, u)));
  });
}

/** Turns a socket error into a message that says what to check, naming the URL. */
export function networkError(e: unknown, url: URL): FetchError {
  const err = e as NodeJS.ErrnoException;
  const why = (() => {
    switch (err.code) {
      case 'ECONNREFUSED':
        return `connection refused by ${url.host} (nothing is listening there)`;
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return `cannot resolve ${url.hostname} (no network or no DNS?)`;
      case 'ENETUNREACH':
      case 'EHOSTUNREACH':
        return `network unreachable for ${url.host} (no network?)`;
      case 'ETIMEDOUT':
        return `no data from ${url.host} for ${IDLE_TIMEOUT_MS / 1000} s`;
      case 'ECONNRESET':
        return `connection to ${url.host} was cut`;
      default:
        return err.code ? `${err.code}: ${err.message}` : err.message;
    }
  })();
  return new FetchError(`network error fetching ${url.toString()}: ${why}`);
}

/**
 * `bytes 100-199/200` -> {start: 100, end: 199, total: 200}. The unsatisfied-range form
 * (a star for the range, as 416 answers carry) gives only the total.
 */
export function parseContentRange(
  value: string | undefined,
): { start: number | null; end: number | null; total: number | null } | null {
  const m = /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(value?.trim() ?? '');
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined || s === '*' ? null : Number(s));
  return { start: num(m[1]), end: num(m[2]), total: num(m[3]) };
}

export function contentLength(res: http.IncomingMessage): number | null {
  const v = res.headers['content-length'];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
}
