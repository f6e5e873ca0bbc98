import { zipSync } from 'fflate';

/**
 * Stands in for write-excel-file's own zipper (vite.config.ts swaps it in). That one calls
 * fflate's async zip(), which compresses any part over 160 kB in a Worker started from a
 * blob: URL — refused by the Content Security Policy (worker-src 'self'), so a large sheet
 * never finished. The sync zip gives the same file, on the main thread.
 */
export default function zipToArrayBuffer(files: Record<string, Uint8Array>): Promise<ArrayBuffer> {
  const zip = zipSync(files);
  // A fresh array of exactly the zip's length: its buffer is the whole file.
  return Promise.resolve(zip.buffer as ArrayBuffer);
}
