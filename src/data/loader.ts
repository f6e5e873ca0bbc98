import type { ColumnarShard, Manifest, ShardRef } from '../schema/manifest.ts';
import { SCHEMA_VERSION } from '../schema/manifest.ts';

/** A data problem worded for the person looking at the page, with the file it concerns. */
export class DataError extends Error {
  constructor(
    readonly path: string,
    readonly kind: 'missing' | 'corrupt' | 'version',
    message: string,
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
    const text = await fetchText('manifest.json');
    const manifest = parseJson<Manifest>('manifest.json', text);
    if (manifest.schemaVersion !== SCHEMA_VERSION) {
      throw new DataError(
        'manifest.json',
        'version',
        `manifest.json has schema version ${manifest.schemaVersion}; this app reads version ${SCHEMA_VERSION}. Rebuild the data with npm run data:build.`,
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
    const bytes = await loadVerifiedBytes(ref);
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
    if (!ok) throw new DataError(ref.path, 'corrupt', `${ref.path} is not a valid columnar shard.`);
  });
}

/** The world topology (TopoJSON); its shape is checked by the map before drawing. */
export function loadTopology<T>(ref: ShardRef): Promise<T> {
  return loadVerified<T>(ref);
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

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await fetch(dataUrl(path));
  } catch {
    throw new DataError(path, 'missing', `${path} could not be fetched (network error).`);
  }
  if (!res.ok) throw new DataError(path, 'missing', `${path} is missing (HTTP ${res.status}).`);
  return res.arrayBuffer();
}

async function fetchText(path: string): Promise<string> {
  return new TextDecoder().decode(await fetchBytes(path));
}

function parseJson<T>(path: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DataError(
      path,
      'corrupt',
      `${path} is not valid JSON: the file is truncated or corrupt.`,
    );
  }
}

async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the size check stands alone.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// --- Downloads (issue 6) -------------------------------------------------------------------

/**
 * The bytes of a file listed in the manifest, checked against its size and SHA-256: shards go
 * on to be parsed (and cached) by loadVerified; downloads/<dataset>.csv.gz is used as bytes.
 */
export async function loadVerifiedBytes(ref: ShardRef): Promise<Uint8Array> {
  const bytes = await fetchBytes(ref.path);
  const digest = await sha256(bytes);
  if (bytes.byteLength !== ref.bytes || (digest !== null && digest !== ref.sha256)) {
    throw new DataError(
      ref.path,
      'corrupt',
      `${ref.path} does not match the manifest (size or checksum differs): the file is truncated or was altered.`,
    );
  }
  return new Uint8Array(bytes);
}
