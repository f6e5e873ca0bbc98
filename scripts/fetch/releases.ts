/**
 * BACI release names, the catalogue of known releases (data/reference/baci-releases.json)
 * and the download address. The address lives in the catalogue rather than in code because
 * CEPII has moved its download links before; a flag or environment variable overrides it
 * for mirrors and for the tests, which must never reach the internet.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './errors.ts';

export const RELEASES_FILE = resolve(
  import.meta.dirname,
  '../../data/reference/baci-releases.json',
);
export const BASE_URL_ENV = 'ATLAS_BACI_BASE_URL';

export interface KnownRelease {
  size: number | null;
  sha256: string | null;
}

export interface ReleaseCatalog {
  note: string;
  page: string;
  baseUrl: string;
  releases: Record<string, KnownRelease>;
}

/** An expected value and where it came from, so a mismatch message can say whom to doubt. */
export interface Expectation<T> {
  value: T;
  from: string;
}

export interface Expected {
  size: Expectation<number> | null;
  sha256: Expectation<string> | null;
}

// CEPII's editions (HS92 ... HS22) and versions (V202501; patched re-issues carry a letter,
// as V202401b did). Checked up front so that a typo fails with usage, not with a 404.
const RELEASE = /^(?:BACI_)?HS(92|96|02|07|12|17|22)_V(\d{6})([a-z]?)(?:\.zip)?$/i;

/** `HS22_V202501`, `BACI_HS22_V202501` or `BACI_HS22_V202501.zip` -> `HS22_V202501`; else null. */
export function parseRelease(name: string): string | null {
  const m = RELEASE.exec(name.trim());
  if (!m) return null;
  return `HS${m[1]}_V${m[2]}${(m[3] ?? '').toLowerCase()}`;
}

export function releaseFileName(release: string): string {
  return `BACI_${release}.zip`;
}

export function loadCatalog(file = RELEASES_FILE): ReleaseCatalog {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<ReleaseCatalog>;
  if (typeof data.baseUrl !== 'string' || typeof data.releases !== 'object' || !data.releases)
    throw new Error(`${file}: expected "baseUrl" (string) and "releases" (object)`);
  return data as ReleaseCatalog;
}

/** The base URL by precedence: --base-url, then $ATLAS_BACI_BASE_URL, then the catalogue. */
export function resolveBaseUrl(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  catalog: ReleaseCatalog,
): { url: string; from: string } {
  const fromEnv = env[BASE_URL_ENV];
  const [url, from] = flag
    ? [flag, '--base-url']
    : fromEnv
      ? [fromEnv, `$${BASE_URL_ENV}`]
      : [catalog.baseUrl, 'data/reference/baci-releases.json'];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${from}: "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new UsageError(`${from}: "${url}" is not an http(s) URL`);
  return { url, from };
}

export function releaseUrl(baseUrl: string, file: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(file)}`;
}

/** Expectations from the command line win over the catalogue's. */
export function expectations(
  known: KnownRelease | undefined,
  flags: { size: number | null; sha256: string | null },
): Expected {
  const catalogue = 'data/reference/baci-releases.json';
  const size =
    flags.size !== null
      ? { value: flags.size, from: '--size' }
      : known?.size != null
        ? { value: known.size, from: catalogue }
        : null;
  const sha256 =
    flags.sha256 !== null
      ? { value: flags.sha256.toLowerCase(), from: '--sha256' }
      : known?.sha256 != null
        ? { value: known.sha256.toLowerCase(), from: catalogue }
        : null;
  return { size, sha256 };
}
