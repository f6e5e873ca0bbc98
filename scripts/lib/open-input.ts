import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export type Compression = 'plain' | 'gzip' | 'zip';

/** A sound archive with no table in it (an .xlsx, a zip of PDFs): skipped, not failed. */
export class NoTableInArchive extends Error {
  constructor() {
    super('zip archive holds no .csv or .txt file');
    this.name = 'NoTableInArchive';
  }
}

export interface InputPart {
  /** Display name: the file path, or `archive.zip!/entry.csv` for zip entries. */
  name: string;
  compression: Compression;
  stream: Readable;
}

/** Compression is told by magic bytes, not by name: users rename files. */
export async function sniffCompression(path: string): Promise<Compression> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    if (bytesRead >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) return 'gzip';
    if (bytesRead >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'zip';
    return 'plain';
  } finally {
    await fh.close();
  }
}

/**
 * Opens a raw file as one or more text streams (one per zip entry). `onBytes` reports
 * bytes of the file on disk as they are read, so the progress bar tracks real work
 * whatever the compression.
 */
export async function* openInput(
  path: string,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<InputPart> {
  const compression = await sniffCompression(path);
  if (compression === 'zip') {
    yield* openZip(path, onBytes);
    return;
  }
  // 256 KB reads rather than 64 KB: a full BACI year is 300 MB, read at the speed of its bytes
  // (scripts/pipeline/byte-scan.ts), where each read's round trip shows.
  const raw = createReadStream(path, { highWaterMark: 1 << 18 });
  raw.on('data', (chunk: Buffer | string) => onBytes(chunk.length));
  if (compression === 'plain') {
    yield { name: path, compression, stream: raw };
    return;
  }
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  // A consumer that stops early (header sniffing) or a gzip error destroys only the gunzip
  // stream: close the file with it, or its descriptor stays open.
  gunzip.on('close', () => raw.destroy());
  yield { name: path, compression, stream: raw.pipe(gunzip) };
}

/** The one part of a file named `name` (a zip entry, or the file itself); the others are skipped. */
export async function* openPart(
  path: string,
  name: string,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<InputPart> {
  for await (const part of openInput(path, onBytes)) {
    if (part.name === name) yield part;
    else {
      part.stream.resume();
      part.stream.destroy();
    }
  }
}

function openZipFile(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('cannot open zip'));
      else resolve(zip);
    });
  });
}

async function* openZip(path: string, onBytes: (n: number) => void): AsyncGenerator<InputPart> {
  const zip = await openZipFile(path);
  // autoClose is off, so close the archive however the consumer leaves (error, early return).
  try {
    yield* zipEntries(zip, path, onBytes);
  } finally {
    zip.close();
  }
}

async function* zipEntries(
  zip: yauzl.ZipFile,
  path: string,
  onBytes: (n: number) => void,
): AsyncGenerator<InputPart> {
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      // Only text tables: an .xlsx is a zip of XML parts, and a BACI zip carries a PDF readme.
      if (/\.(csv|txt|tsv)$/i.test(entry.fileName)) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  // Sorted so that the same archive always yields the same order, whatever its layout.
  if (entries.length === 0) throw new NoTableInArchive();
  entries.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  for (const entry of entries) {
    const stream = await new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(entry, (err, s) =>
        err || !s ? reject(err ?? new Error('bad entry')) : resolve(s),
      );
    });
    // yauzl gives no compressed byte count per chunk; report the entry when it ends.
    stream.on('end', () => onBytes(entry.compressedSize));
    yield { name: `${path}!/${entry.fileName}`, compression: 'zip', stream };
  }
}
