import { StringDecoder } from 'node:string_decoder';
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
 * Streams CSV records with their line numbers, in batches (one per chunk read), because a
 * full BACI year is tens of millions of rows and per-record promises would cost more than
 * the parsing. Lines without quotes, which is every BACI line, are split directly; quoted
 * fields (RFC 4180, with "" escapes and line breaks inside quotes) take a slower path.
 * BOM and CRLF are accepted, empty lines skipped; records with the wrong number of fields
 * are passed on so the reader can quarantine them with a reason.
 */
export async function* csvBatches(
  stream: Readable,
  file: string,
  compression: Compression = 'plain',
): AsyncGenerator<CsvRecord[]> {
  const decoder = new StringDecoder('utf8');
  const state: LineState = { line: 0, pending: null, pendingStart: 0 };
  let carry = '';
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      let text = carry + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      const batch: CsvRecord[] = [];
      let start = 0;
      for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
        const rec = takeLine(text.slice(start, nl), state);
        if (rec) batch.push(rec);
        start = nl + 1;
      }
      carry = text.slice(start);
      if (carry.length > MAX_LINE || (state.pending?.length ?? 0) > MAX_LINE) {
        const at = state.pending !== null ? state.pendingStart : state.line + 1;
        throw new InputError(
          file,
          at,
          'a line longer than 1 MB: not a CSV table, or an unclosed quote',
        );
      }
      if (batch.length) yield batch;
    }
    const rest = carry + decoder.end();
    const batch: CsvRecord[] = [];
    if (rest.length > 0) {
      const rec = takeLine(first && rest.charCodeAt(0) === 0xfeff ? rest.slice(1) : rest, state);
      if (rec) batch.push(rec);
    }
    if (state.pending !== null) {
      throw new InputError(
        file,
        state.pendingStart,
        'unclosed quote: the file is truncated or malformed',
      );
    }
    if (batch.length) yield batch;
  } catch (e) {
    throw toInputError(e, file, compression, state.line);
  }
}

/** Record by record, for callers that read a few (the header). */
export async function* csvRecords(
  stream: Readable,
  file: string,
  compression: Compression = 'plain',
): AsyncGenerator<CsvRecord> {
  for await (const batch of csvBatches(stream, file, compression)) yield* batch;
}

/** Trade tables have short lines; a longer one means a binary file or a runaway quote. */
export const MAX_LINE = 1 << 20;

export interface LineState {
  line: number;
  /** Text of a record whose quoted field continues on the next line. */
  pending: string | null;
  pendingStart: number;
}

export function takeLine(rawLine: string, s: LineState): CsvRecord | null {
  s.line++;
  const l = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  if (s.pending !== null) {
    const text = `${s.pending}\n${l}`;
    if (!balanced(text)) {
      s.pending = text;
      return null;
    }
    s.pending = null;
    return { fields: splitQuoted(text), line: s.line, raw: text };
  }
  if (l.length === 0) return null;
  if (l.indexOf('"') < 0) return { fields: l.split(','), line: s.line, raw: l };
  if (!balanced(l)) {
    s.pending = l;
    s.pendingStart = s.line;
    return null;
  }
  return { fields: splitQuoted(l), line: s.line, raw: l };
}

/** An even number of quote characters: every quoted field that opens also closes. */
export function balanced(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n % 2 === 0;
}

/** RFC 4180 fields; a stray quote inside an unquoted field is kept as a character. */
export function splitQuoted(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let i = 0;
  let quoted = false;
  let atStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cur += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cur += ch;
    } else if (ch === ',') {
      out.push(cur);
      cur = '';
      atStart = true;
      i++;
      continue;
    } else if (ch === '"' && atStart) quoted = true;
    else cur += ch;
    atStart = false;
    i++;
  }
  out.push(cur);
  return out;
}

export function toInputError(
  e: unknown,
  file: string,
  compression: Compression,
  line: number,
): InputError {
  if (e instanceof InputError) return e;
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  // Inside a zip, an inflate error or a size mismatch is the archive's fault, not gzip's.
  if (compression === 'zip') return new InputError(file, line, `corrupt zip archive (${msg})`);
  if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' || compression === 'gzip') {
    return new InputError(file, line, `corrupt gzip data (${msg})`);
  }
  return new InputError(file, line, `unreadable file (${msg})`);
}
