import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../lib/errors.ts';
import {
  MAX_LINE,
  takeLine,
  toInputError,
  type CsvRecord,
  type LineState,
} from '../lib/csv-records.ts';
import { openPart, type Compression } from '../lib/open-input.ts';
import type { BulkScan } from '../readers/types.ts';

/**
 * The bulk of a BACI release read at the speed of its bytes. A full year is ten million rows,
 * 97% of them under codes on no list: such a row only has to be checked and counted. This
 * scanner reads the raw bytes and recognises, without building a string, the rows whose every
 * field is written plainly (the year of the file, countries as the release writes them, a
 * six-digit code the edition knows, value and quantity as plain decimals of at most three
 * places). Those on no list it counts; those on a list it also writes out for the stage, as
 * the careful reader would stage them. Every other line (anything odd: a quote, a space, a
 * fourth decimal, an unknown country) is decoded and handed to the careful reader, exactly as
 * csv-records.ts would have split it, so quarantine, repairs and staging stay the careful
 * reader's. The two ways give the same atlas (test/pipeline/bulk-scan.test.ts).
 *
 * Repeated flows among the rows on no list: their keys are logged (KeyLog). A possible repeat
 * makes the caller read the file again wholly the careful way, which names the lines.
 */

/** The plain rows: counted here, applied to the file's report by the caller. */
export interface PlainRows {
  /** Rows on no list. */
  rows: number;
  /** Sum of their values, in the file's unit scaled by 10^valueDecimals (whole dollars). */
  value: number;
  /** Rows on a list, to be staged (`staged`), and the sum of their values. */
  kept: { rows: number; value: number };
  /** The rows on a list as CSV for the stage: line, exporter, importer, code, value, quantity, raw. */
  staged: Buffer[];
  /** Countries and codes of all plain rows. */
  exporters: string[];
  importers: string[];
  codes: string[];
}

/**
 * Plain rows on a list written straight from the file's bytes as CSV lines for DuckDB (line,
 * exporter ISO3, importer ISO3, code, value and quantity scaled to integers, the raw line
 * quoted): a row a few byte copies, where a value at a time through DuckDB's appender cost
 * about 3 µs a row.
 */
class StagedRows {
  readonly chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafe(1 << 22);
  private at = 0;

  add(
    line: number,
    exporter: Buffer,
    importer: Buffer,
    src: Buffer,
    code: number,
    value: number,
    qty: number,
    s: number,
    e: number,
  ): void {
    if (this.at + 96 + (e - s) > this.buf.length) this.next(96 + (e - s));
    const b = this.buf;
    this.int(line);
    b[this.at++] = 44;
    this.at += exporter.copy(b, this.at);
    b[this.at++] = 44;
    this.at += importer.copy(b, this.at);
    b[this.at++] = 44;
    this.at += src.copy(b, this.at, code, code + 6);
    b[this.at++] = 44;
    this.int(value);
    b[this.at++] = 44;
    if (qty >= 0) this.int(qty);
    b[this.at++] = 44;
    b[this.at++] = 34;
    this.at += src.copy(b, this.at, s, e);
    b[this.at++] = 34;
    b[this.at++] = 10;
  }

  done(): Buffer[] {
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.at = 0;
    return this.chunks;
  }

  private next(need: number): void {
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(Math.max(1 << 22, need));
    this.at = 0;
  }

  /** A non-negative safe integer in decimal digits. */
  private int(n: number): void {
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let p = (this.at += digits);
    do {
      this.buf[--p] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }
}

/** What a row on no list needs for its key: one year, so countries and code. */
export interface KeyedRow {
  period: string;
  exporter: string;
  importer: string;
  hs6: string | null;
}

/**
 * The flow keys of the rows on no list: exporter and importer as the release writes them
 * (numbers below 1000) and code (its six digits' number), one exact double each. The plain
 * rows' keys are logged by the scanner; BACI writes its rows sorted by exporter, importer and
 * code, so those keys rise strictly and cannot repeat; keys that do not rise are sorted once at
 * the end (about a second for ten million). The few rows the careful reader took as rows on no
 * list (a value with a fourth decimal...) are kept apart and looked up among the plain ones:
 * so the log does not depend on the order in which the two kinds arrive. A repeat is a flow of
 * one country pair and code: a country written two ways (France as 250 and as 251) could hide
 * one, and counts as a possible repeat too. The log cannot say which line came first, so a
 * possible repeat only tells the caller to read the file the careful way.
 */
export class KeyLog {
  private keys = new Float64Array(1 << 16);
  private size = 0;
  private last = -1;
  private rising = true;
  /** A row the log cannot key, or a country written two ways. */
  private unsure = false;
  private readonly writtenAs = new Map<string, number>();
  private readonly careful: number[] = [];

  constructor(private readonly period: string) {}

  /** Country `iso3` is written as the number `n` in the file. */
  written(iso3: string, n: number): void {
    const w = this.writtenAs.get(iso3);
    if (w === undefined) this.writtenAs.set(iso3, n);
    else if (w !== n) this.unsure = true;
  }

  /**
   * Room for `rows` keys at once: growing by doubling copied each key about twice and touched
   * twice the memory (untouched room costs no memory: the pages are only mapped).
   */
  reserve(rows: number): void {
    if (rows <= this.keys.length) return;
    const room = new Float64Array(Math.min(rows, 1 << 27));
    room.set(this.keys.subarray(0, this.size));
    this.keys = room;
  }

  /** A plain row's key, in file order. */
  push(exporter: number, importer: number, code: number): void {
    const key = flowKey(exporter, importer, code);
    if (key <= this.last) this.rising = false;
    this.last = key;
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size++] = key;
  }

  /**
   * A row the careful reader took as a row on no list (and not as a repeat of another such
   * row), with its exporter and importer fields as written.
   */
  pushRow(row: KeyedRow, exporter: string, importer: string): void {
    const code = row.hs6 ?? '';
    const i = plainNumber(exporter);
    const j = plainNumber(importer);
    if (row.period !== this.period || !/^\d{6}$/.test(code) || i < 0 || j < 0) {
      this.unsure = true;
      return;
    }
    this.written(row.exporter, i);
    this.written(row.importer, j);
    this.careful.push(flowKey(i, j, Number(code)));
  }

  /** Whether two rows on no list may be one flow: then the careful reader must say which. */
  mayRepeat(): boolean {
    if (this.unsure) return true;
    const keys = this.keys.subarray(0, this.size);
    const sorted = this.rising ? keys : keys.slice().sort();
    if (!this.rising) {
      for (let n = 1; n < sorted.length; n++) if (sorted[n] === sorted[n - 1]) return true;
    }
    return this.careful.some((key) => has(sorted, key));
  }

  /** The log as plain data, to hand from a worker thread (scan-worker.ts). */
  state(): KeyLogState {
    return {
      period: this.period,
      // A view: its buffer is handed over whole (transferred), not copied.
      keys: this.keys.subarray(0, this.size),
      rising: this.rising,
      unsure: this.unsure,
      written: [...this.writtenAs],
    };
  }

  static from(s: KeyLogState): KeyLog {
    const log = new KeyLog(s.period);
    log.keys = s.keys.length > 0 ? s.keys : new Float64Array(1);
    log.size = s.keys.length;
    log.last = s.keys[s.keys.length - 1] ?? -1;
    log.rising = s.rising;
    log.unsure = s.unsure;
    for (const [iso3, n] of s.written) log.writtenAs.set(iso3, n);
    return log;
  }
}

export interface KeyLogState {
  period: string;
  keys: Float64Array<ArrayBuffer>;
  rising: boolean;
  unsure: boolean;
  written: [string, number][];
}

/** A flow's key: exporter and importer (below 1000) and code (below 10^6), exact in a double. */
function flowKey(exporter: number, importer: number, code: number): number {
  return (exporter * 1000 + importer) * 1e6 + code;
}

/** Binary search in ascending keys. */
function has(sorted: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** 1-999 written plainly (no sign, space or leading zero), else -1. */
function plainNumber(s: string): number {
  return /^[1-9]\d{0,2}$/.test(s) ? Number(s) : -1;
}

export interface ScanInput {
  display: string;
  compression: Compression;
  stream: Readable;
}

/** The careful reader's handling of one record, as csv-records.ts would give it. */
export type Careful = (fields: string[], line: number, raw: string) => void;

/**
 * Reads one BACI-format table: plain rows on no list are counted and their keys logged, every
 * other record goes to `careful` in file order. The header record is skipped, as the careful
 * reader skips it.
 */
export async function scanBaci(
  input: ScanInput,
  spec: BulkScan,
  scope: ReadonlySet<string>,
  careful: Careful,
  keys: KeyLog,
): Promise<PlainRows> {
  if (spec.year === null) throw new Error('scanBaci needs the file year');
  const year = String(spec.year);
  const d = spec.valueDecimals;
  // Country codes as written plainly (no leading zero): known (1) or the careful way (0).
  const iso3Of: (string | undefined)[] = [];
  const iso3Bytes: Buffer[] = [];
  const known = new Uint8Array(1000);
  for (let n = 1; n < 1000; n++) {
    const iso3 = spec.countries.get(String(n));
    iso3Of[n] = iso3;
    iso3Bytes[n] = Buffer.from(iso3 ?? '', 'latin1');
    if (iso3 !== undefined && /^[A-Z]{3}$/.test(iso3)) known[n] = 1;
  }
  // Codes: 0 not looked at yet, 1 known and on no list (counted), 3 known and on a list
  // (staged), 2 the careful way.
  const codeState = new Uint8Array(1_000_000);
  const codeIs = (k: number): number => {
    const code = String(k).padStart(6, '0');
    const known = spec.knownCodes ? spec.knownCodes.has(code) : true;
    return !known ? 2 : scope.has(code) ? 3 : 1;
  };
  const staged = new StagedRows();
  const kept = { rows: 0, value: 0 };
  const seenExporter = new Uint8Array(1000);
  const seenImporter = new Uint8Array(1000);
  const seenCode = new Uint8Array(1_000_000);
  const y0 = year.charCodeAt(0);
  const y1 = year.charCodeAt(1);
  const y2 = year.charCodeAt(2);
  const y3 = year.charCodeAt(3);
  let rows = 0;
  let value = 0;

  const state: LineState = { line: 0, pending: null, pendingStart: 0 };
  let header = true;
  const slow = (buf: Buffer, s: number, e: number) => {
    let text = buf.toString('utf8', s, e);
    if (state.line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const rec: CsvRecord | null = takeLine(text, state);
    if (!rec) return;
    if (header) header = false;
    else {
      try {
        careful(rec.fields, rec.line, rec.raw);
      } catch (e) {
        throw new FromCareful(e);
      }
    }
  };

  /** The last number `countryAt` or `decimal` read. */
  let parsed = 0;
  /**
   * A country code at byte p and its comma: 1-3 digits, no leading zero, one the release
   * knows. Sets `parsed` and returns the byte after the comma, or -1.
   */
  const countryAt = (b: Buffer, p: number): number => {
    let n = 0;
    let c = (b[p] ?? 0) - 48;
    if (c < 1 || c > 9) return -1;
    do {
      n = n * 10 + c;
      c = (b[++p] ?? 0) - 48;
    } while (c >= 0 && c <= 9 && n < 100);
    if (b[p] !== 44 || known[n] !== 1) return -1;
    parsed = n;
    return p + 1;
  };
  /**
   * A plain decimal at byte p: 1-12 integer digits, then optionally a point and 1-d decimals.
   * Sets `parsed` (scaled to an integer, 10^d) and returns the byte after it, or -1 (the row
   * goes the careful way).
   */
  const decimal = (b: Buffer, p: number): number => {
    let v = 0;
    let n = 0;
    let c = (b[p] ?? 0) - 48;
    while (c >= 0 && c <= 9) {
      if (++n > 12) return -1;
      v = v * 10 + c;
      c = (b[++p] ?? 0) - 48;
    }
    if (n === 0) return -1;
    let f = 0;
    if (b[p] === 46) {
      c = (b[++p] ?? 0) - 48;
      while (c >= 0 && c <= 9) {
        if (++f > d) return -1;
        v = v * 10 + c;
        c = (b[++p] ?? 0) - 48;
      }
      if (f === 0) return -1;
    }
    for (; f < d; f++) v *= 10;
    parsed = v;
    return p;
  };

  /**
   * The line starting at byte s, when it is a plain row: counted (and written out for the
   * stage when on a list), and the index of its LF returned; else -1, and the caller sends the
   * line the careful way. One pass over the bytes, which also finds the line's end (a search
   * for each LF beforehand cost about an eighth of the scan), with no string or object per
   * row: this loop is the build's hot path. A line cut by the end of the buffer is never plain.
   */
  const plain = (b: Buffer, s: number, line: number): number => {
    let p = s;
    if (b[p] !== y0 || b[p + 1] !== y1 || b[p + 2] !== y2 || b[p + 3] !== y3) return -1;
    if (b[p + 4] !== 44) return -1;
    p += 5;
    // Exporter and importer.
    p = countryAt(b, p);
    if (p < 0) return -1;
    const i = parsed;
    p = countryAt(b, p);
    if (p < 0) return -1;
    const j = parsed;
    // Code: six digits.
    const at = p;
    let k = 0;
    for (let n = 0; n < 6; n++) {
      const c = (b[p++] ?? 0) - 48;
      if (c < 0 || c > 9) return -1;
      k = k * 10 + c;
    }
    if (b[p++] !== 44) return -1;
    let st = codeState[k] ?? 0;
    if (st === 0) codeState[k] = st = codeIs(k);
    if (st === 2) return -1;
    // Value, then quantity (empty, or the same form), then the line's end: LF or CR LF.
    p = decimal(b, p);
    if (p < 0 || b[p++] !== 44) return -1;
    const v = parsed;
    let qv = -1;
    if (b[p] !== 10 && b[p] !== 13) {
      p = decimal(b, p);
      if (p < 0) return -1;
      qv = parsed;
    }
    const e = p;
    if (b[p] === 13) p++;
    if (b[p] !== 10) return -1;
    seenExporter[i] = 1;
    seenImporter[j] = 1;
    seenCode[k] = 1;
    if (st === 3) {
      kept.rows++;
      kept.value += v;
      staged.add(line, iso3Bytes[i] as Buffer, iso3Bytes[j] as Buffer, b, at, v, qv, s, e);
    } else {
      rows++;
      value += v;
      keys.push(i, j, k);
    }
    return p;
  };

  /**
   * The most bytes `plain` reads from a line's start: year and comma 5, each country and comma
   * 4, code and comma 7, value and comma 14 + d, quantity and CR or LF 14 + d, the LF after a
   * CR 1. Its parse stops at the first byte out of place (an LF is out of place everywhere), so
   * it never reads past a line's LF either.
   */
  const reach = 49 + 2 * d;
  /**
   * The lines of buf from s that end in it, each a plain row or the careful way; returns where
   * the rest (a line the next chunk ends) starts. Near the buffer's end a line is parsed only
   * once its LF is found: a read beyond a typed array's end would slow every later read of the
   * scan (ten million rows took 2.0 to 2.2 s instead of 1.4 s).
   */
  const takeLines = (buf: Buffer, s: number): number => {
    const roomy = buf.length - reach;
    for (;;) {
      let nl = s <= roomy ? NOT_SOUGHT : buf.indexOf(10, s);
      if (nl === -1) return s;
      if (!header && state.pending === null) {
        const end = plain(buf, s, state.line + 1);
        if (end >= 0) {
          state.line++;
          s = end + 1;
          continue;
        }
      }
      if (nl === NOT_SOUGHT) nl = buf.indexOf(10, s);
      if (nl === -1) return s;
      slow(buf, s, nl);
      s = nl + 1;
    }
  };
  let carry: Buffer | null = null;
  try {
    for await (const chunk of input.stream as AsyncIterable<Buffer>) {
      let s = 0;
      if (carry) {
        // Only the line that straddles two chunks is copied: joining whole chunks cost a
        // fresh buffer, and fresh pages, for every chunk of the file.
        const nl = chunk.indexOf(10);
        carry = Buffer.concat([carry, nl < 0 ? chunk : chunk.subarray(0, nl + 1)]);
        if (nl < 0) {
          tooLong(carry, state, input.display);
          continue;
        }
        takeLines(carry, 0);
        s = nl + 1;
      }
      s = takeLines(chunk, s);
      carry = s < chunk.length ? chunk.subarray(s) : null;
      tooLong(carry, state, input.display);
    }
    // The last line, with no LF: one is added, so it is taken as any other.
    if (carry && carry.length > 0) takeLines(Buffer.concat([carry, LF]), 0);
    if (state.pending !== null) {
      throw new InputError(
        input.display,
        state.pendingStart,
        'unclosed quote: the file is truncated or malformed',
      );
    }
  } catch (e) {
    // The careful reader's own errors pass as they are, as they would line by line; the
    // stream's (inflating, reading) are named by file and line.
    if (e instanceof FromCareful) throw e.error;
    throw toInputError(e, input.display, input.compression, state.line);
  }
  const picked = <T>(seen: Uint8Array, name: (n: number) => T): T[] => {
    const out: T[] = [];
    for (let n = 0; n < seen.length; n++) if (seen[n]) out.push(name(n));
    return out;
  };
  const country = (n: number): string => {
    const iso3 = iso3Of[n] ?? '';
    keys.written(iso3, n);
    return iso3;
  };
  return {
    rows,
    value,
    kept,
    staged: staged.done(),
    exporters: picked(seenExporter, country),
    importers: picked(seenImporter, country),
    codes: picked(seenCode, (n) => String(n).padStart(6, '0')),
  };
}

/**
 * scanBaci on the part of a file holding the table (a zip entry, or the file itself), on the
 * main thread or on a worker (scan-worker.ts).
 */
export async function scanBaciFile(
  file: { path: string; part: string; display: string },
  spec: BulkScan,
  scope: ReadonlySet<string>,
  careful: Careful,
  keys: KeyLog,
  onBytes?: (n: number) => void,
): Promise<PlainRows> {
  for await (const part of openPart(file.path, file.part, onBytes)) {
    // A BACI row takes 25 to 40 bytes; compressed, about a fifth of that.
    const bytes = statSync(file.path).size;
    keys.reserve(Math.ceil((part.compression === 'plain' ? bytes : bytes * 6) / 24));
    const input = { display: file.display, compression: part.compression, stream: part.stream };
    return await scanBaci(input, spec, scope, careful, keys);
  }
  throw new InputError(file.display, 0, 'the table is gone from the file');
}

const LF = Buffer.from([10]);
/** A line's LF not looked for yet. */
const NOT_SOUGHT = -2;

class FromCareful {
  constructor(readonly error: unknown) {}
}

/** The careful reader's limit on a line, at the same points (after each chunk). */
function tooLong(carry: Buffer | null, state: LineState, display: string): void {
  const long =
    (carry !== null && carry.length > MAX_LINE && carry.toString('utf8').length > MAX_LINE) ||
    (state.pending?.length ?? 0) > MAX_LINE;
  if (!long) return;
  const at = state.pending !== null ? state.pendingStart : state.line + 1;
  throw new InputError(
    display,
    at,
    'a line longer than 1 MB: not a CSV table, or an unclosed quote',
  );
}
