import type { ColumnarShard, DownloadRef, Manifest, ShardRef } from '../schema/manifest.ts';
import { SCHEMA_VERSION, type DatasetNote } from '../schema/manifest.ts';
import { GROUPS_PATH, type GroupsFile } from '../schema/groups.ts';
import { isGroupsFile } from './groups-file.ts';
import { fileFetched, fileFinished, fileStarted } from './progress.ts';

/**
 * What went wrong with a data file: `missing` (HTTP error; `status` in detail), `network` (no
 * answer), `corrupt` (size or checksum differs from the manifest), `invalid` (not readable as
 * the data it should be), `version` (built for another schema; `found` in detail).
 */
export type DataErrorKind = 'missing' | 'network' | 'corrupt' | 'invalid' | 'version';

/** A data problem worded for the person looking at the page, with the file it concerns. */
export class DataError extends Error {
  constructor(
    readonly path: string,
    readonly kind: DataErrorKind,
    message: string,
    /** Values the page's localized wording of the error needs (HTTP status, versions). */
    readonly detail: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DataError';
  }
}

const cache = new Map<string, Promise<unknown>>();

/** The data folder sits beside index.html, so the built app works from any static host. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}

export function loadManifest(): Promise<Manifest> {
  return memo('manifest.json', async () => {
    const text = new TextDecoder().decode(await fetchBytes('manifest.json'));
    const manifest = parseJson<Manifest>('manifest.json', text);
    if (!isManifest(manifest)) {
      throw new DataError('manifest.json', 'invalid', 'manifest.json is not an atlas manifest.');
    }
    if (manifest.schemaVersion !== SCHEMA_VERSION) {
      throw new DataError(
        'manifest.json',
        'version',
        `manifest.json has schema version ${manifest.schemaVersion}; this app reads version ${SCHEMA_VERSION}. Rebuild the data with npm run data:build.`,
        { found: String(manifest.schemaVersion), expected: String(SCHEMA_VERSION) },
      );
    }
    return manifest;
  });
}

/** Fetches a file listed in the manifest once, checks its size and SHA-256, and caches it. */
function loadVerified<T>(
  ref: ShardRef,
  validate: (value: T) => void = () => undefined,
): Promise<T> {
  return memo(ref.path, async () => {
    const bytes = await fetchVerified(ref);
    const value = parseJson<T>(ref.path, new TextDecoder().decode(bytes));
    validate(value);
    return value;
  });
}

/** A columnar shard, with its columns checked for equal length. */
export function loadShard<C extends string>(ref: ShardRef): Promise<ColumnarShard<C>> {
  return loadVerified<ColumnarShard<C>>(ref, (shard) => {
    const n = shard.data?.[shard.columns?.[0] as C]?.length ?? -1;
    const ok =
      Array.isArray(shard.columns) &&
      shard.columns.every((c) => Array.isArray(shard.data[c]) && shard.data[c].length === n);
    if (!ok) throw new DataError(ref.path, 'invalid', `${ref.path} is not a valid columnar shard.`);
  });
}

/** The world topology (TopoJSON); its shape is checked by the map before drawing. */
export function loadTopology<T>(ref: ShardRef): Promise<T> {
  return loadVerified<T>(ref);
}

/**
 * The groups (regions, unions, regimes), fetched the first time a view asks for them: they are
 * not in the manifest, so the first view never pays for them. Its shape is checked instead of
 * a checksum.
 */
export function loadGroups(): Promise<GroupsFile> {
  return memo(GROUPS_PATH, async () => {
    const text = new TextDecoder().decode(await fetchBytes(GROUPS_PATH));
    const value = parseJson<unknown>(GROUPS_PATH, text);
    if (!isGroupsFile(value, SCHEMA_VERSION)) {
      throw new DataError(
        GROUPS_PATH,
        'invalid',
        `${GROUPS_PATH} is not a groups file of schema version ${SCHEMA_VERSION}: rebuild the data with npm run data:build.`,
      );
    }
    return value;
  });
}

/** Values already loaded, readable synchronously so a view can skip its loading state. */
const settled = new Map<string, unknown>();

export function peekLoaded<T>(path: string): T | undefined {
  return settled.get(path) as T | undefined;
}

function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const p = load();
  cache.set(key, p);
  p.then(
    (v) => settled.set(key, v),
    () => undefined,
  );
  // A failed load is not cached, so a retry after a network hiccup can succeed.
  p.catch(() => cache.delete(key));
  return p;
}

/** A manifest with the parts every view reads; anything else is a damaged or foreign file. */
function isManifest(m: unknown): m is Manifest {
  const x = m as Partial<Manifest> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.schemaVersion === 'number' &&
    Array.isArray(x.datasets) &&
    // Notes are facts since schema 3; an older manifest's sentences are caught by the version.
    x.datasets.every((d) => Array.isArray(d.notes) && d.notes.every(isNote)) &&
    Array.isArray(x.countries) &&
    typeof x.shards === 'object' &&
    x.shards !== null &&
    typeof x.geo?.world?.path === 'string'
  );
}

const NOTE_KINDS = new Set<string>([
  'upperBound',
  'categoryOnly',
  'mirror',
  'setAside',
  'repaired',
  'conversion',
  'productSubset',
] satisfies DatasetNote['kind'][]);

/** A note is a fact of a known kind, or a string in a manifest older than schema 3. */
function isNote(n: unknown): boolean {
  if (typeof n === 'string') return true;
  const x = n as { kind?: unknown } | null;
  return (
    typeof x === 'object' && x !== null && typeof x.kind === 'string' && NOTE_KINDS.has(x.kind)
  );
}

/**
 * Fetches a data file, reading its body in chunks so the page can show how much has arrived
 * (`expected`: the size the manifest gives, 0 when unknown).
 */
async function fetchBytes(path: string, expected = 0): Promise<Uint8Array<ArrayBuffer>> {
  fileStarted(expected);
  try {
    let res: Response;
    try {
      res = await fetch(dataUrl(path));
    } catch {
      throw new DataError(path, 'network', `${path} could not be fetched (network error).`);
    }
    if (!res.ok) {
      throw new DataError(path, 'missing', `${path} is missing (HTTP ${res.status}).`, {
        status: String(res.status),
      });
    }
    try {
      return await readBody(res, fileFetched);
    } catch {
      throw new DataError(path, 'network', `${path} could not be fetched (network error).`);
    }
  } finally {
    fileFinished();
  }
}

async function readBody(
  res: Response,
  onChunk: (bytes: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    onChunk(all.byteLength);
    return all;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.byteLength;
    onChunk(value.byteLength);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return all;
}

function parseJson<T>(path: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DataError(
      path,
      'invalid',
      `${path} is not valid JSON: the file is truncated or corrupt.`,
    );
  }
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the size check stands alone.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bytes of a file listed in the manifest, checked against its size and SHA-256. */
async function fetchVerified(ref: ShardRef): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await fetchBytes(ref.path, ref.bytes);
  if (!(await matches(bytes, ref))) throw mismatch(ref.path);
  return bytes;
}

async function matches(bytes: Uint8Array<ArrayBuffer>, sum: { bytes: number; sha256: string }) {
  if (bytes.byteLength !== sum.bytes) return false;
  const digest = await sha256(bytes);
  return digest === null || digest === sum.sha256;
}

function mismatch(path: string): DataError {
  return new DataError(
    path,
    'corrupt',
    `${path} does not match the manifest (size or checksum differs): the file is truncated or was altered.`,
  );
}

// --- Downloads -------------------------------------------------------------------

const isGzip = (b: Uint8Array) => b.byteLength >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * The content of downloads/<dataset>.csv.gz, checked against the manifest and returned
 * decompressed (the CSV's UTF-8 bytes). A static host may serve the file with
 * `Content-Encoding: gzip`, and the browser then hands over the CSV already decompressed:
 * those bytes are accepted when they match the size and SHA-256 the manifest gives for the
 * uncompressed file (`plain`).
 */
export async function loadVerifiedBytes(ref: DownloadRef): Promise<Uint8Array> {
  const bytes = await fetchBytes(ref.path, ref.bytes);
  // The file's checksum fixes its content: no need to check the decompressed bytes again.
  if (isGzip(bytes) && (await matches(bytes, ref))) return gunzip(bytes, ref.path);
  if (ref.plain && (await matches(bytes, ref.plain))) return bytes;
  throw mismatch(ref.path);
}

/** The browser's own gzip decoder: the first view's bundle carries no decompression code. */
async function gunzip(
  bytes: Uint8Array<ArrayBuffer>,
  path: string,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new DataError(path, 'invalid', `${path} is not a valid gzip file.`);
  }
}
