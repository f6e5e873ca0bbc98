import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { InputError } from './errors.ts';
import type { Compression } from './open-input.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based line number where the record ends in the file. */
  line: number;
  raw: string;
}

/**
 * Streams CSV records with their line numbers. BOM and CRLF are accepted; records with
 * the wrong number of fields are passed on so the reader can quarantine them with a reason
 * instead of the parser throwing the whole file away.
 */
export async function* csvRecords(
  stream: Readable,
  file: string,
  compression: Compression = 'plain',
): AsyncGenerator<CsvRecord> {
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }),
  );
  stream.on('error', (e: Error) => parser.destroy(e));
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      raw: string;
      info: { lines: number };
    }>) {
      // csv-parse's raw text starts with any empty lines it skipped and ends with the first
      // character of the record delimiter ("\r" of CRLF): keep only the record itself.
      const raw = item.raw.replace(/^[\r\n]+/, '').replace(/(?:\r\n|\r|\n)$/, '');
      yield { fields: item.record, line: item.info.lines, raw };
    }
  } catch (e) {
    throw toInputError(e, file, compression);
  }
}

function toInputError(e: unknown, file: string, compression: Compression): InputError {
  if (e instanceof InputError) return e;
  const err = e as { code?: string; message?: string; lines?: number };
  const line = typeof err.lines === 'number' ? err.lines : 0;
  // Inside a zip, an inflate error or a size mismatch is the archive's fault, not gzip's.
  if (compression === 'zip' && !err.code?.startsWith('CSV_')) {
    return new InputError(file, line, `corrupt zip archive (${err.message ?? err.code})`);
  }
  if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR') {
    return new InputError(file, line, `corrupt gzip data (${err.message ?? err.code})`);
  }
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new InputError(file, line, 'unclosed quote: the file is truncated or malformed');
  }
  const msg = (err.message ?? String(e)).replace(/^Invalid Record Length: /, '');
  return new InputError(file, line, `unreadable CSV (${msg})`);
}
