import { createReadStream } from 'node:fs';
import type { Hash } from 'node:crypto';

/**
 * Feeds a file already on disk into `hash`: on resume, the SHA-256 must cover the bytes
 * fetched by an earlier run as well as the ones arriving now.
 */
export async function hashFileInto(path: string, hash: Hash, onBytes?: (n: number) => void) {
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    hash.update(buf);
    onBytes?.(buf.length);
  }
}
