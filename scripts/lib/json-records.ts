/**
 * JSON inputs (UN Comtrade Plus API responses) as tables: a document holding an array of flat
 * records, either `{"data": [...]}` (the API's envelope, with elapsedTime, count...) or a
 * top-level array, becomes a header (every key, in first-seen order) and one row of string
 * fields per record, so the readers see the same shape as a CSV file. The record number
 * (1-based) stands in for the line number in quarantine.csv, and the record's JSON is its raw
 * text.
 *
 * The whole document is parsed in memory (JSON.parse): API responses are at most a few
 * hundred thousand records. Numbers go through JSON.parse, so a value with more than 15-17
 * significant digits would lose precision (Comtrade values are far below that).
 */

import { Readable } from 'node:stream';

export interface JsonRecord {
  fields: string[];
  /** The record's number in the array, from 1: the "line" of error messages. */
  line: number;
  raw: string;
}

export type JsonTable =
  { ok: true; header: string[]; records: JsonRecord[] } | { ok: false; reason: string };

/**
 * Peeks at a stream's first bytes: `json` is true when the first byte other than a BOM or
 * white space is `{` or `[`. The bytes read are not lost: `stream` gives the whole content
 * again (the original stream must not be read any more).
 */
export async function peekJson(source: Readable): Promise<{ json: boolean; stream: Readable }> {
  const it = (source as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let verdict: boolean | null = null;
  let done = false;
  while (verdict === null) {
    const n = await it.next();
    if (n.done) {
      done = true;
      break;
    }
    seen.push(typeof n.value === 'string' ? Buffer.from(n.value) : n.value);
    const t = Buffer.concat(seen)
      .toString('latin1')
      .replace(/^\xEF\xBB\xBF/, '')
      .trimStart();
    if (t.length > 0) verdict = t[0] === '{' || t[0] === '[';
  }
  async function* all(): AsyncGenerator<Buffer | string> {
    try {
      yield* seen;
      if (done) return;
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
    } finally {
      // Stopped early (a header read) or failed: let the source close its file.
      await it.return?.();
    }
  }
  return { json: verdict ?? false, stream: Readable.from(all(), { objectMode: false }) };
}

/** The rest of a stream as UTF-8 text. */
export async function streamText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Turns a JSON document into a table, or says why it is not an array of flat records. */
export function jsonTable(text: string): JsonTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: `JSON that does not parse (${(e as Error).message})` };
  }
  let items: unknown;
  if (Array.isArray(doc)) items = doc;
  else if (isObject(doc) && Array.isArray(doc.data)) items = doc.data;
  else {
    const keys = isObject(doc) ? Object.keys(doc).slice(0, 6).join(', ') : typeof doc;
    return {
      ok: false,
      reason: `JSON document that is not a table: no top-level array or "data" array of records (keys: ${keys})`,
    };
  }
  const list = items as unknown[];
  if (list.length === 0) return { ok: false, reason: 'JSON document with no records' };
  const index = new Map<string, number>();
  for (let n = 0; n < list.length; n++) {
    const rec = list[n];
    if (!isObject(rec)) {
      return { ok: false, reason: `JSON record ${n + 1} is not an object` };
    }
    for (const [k, v] of Object.entries(rec)) {
      if (v !== null && typeof v === 'object') {
        return {
          ok: false,
          reason: `JSON record ${n + 1} is not flat: field "${k}" holds an ${Array.isArray(v) ? 'array' : 'object'}`,
        };
      }
      if (!index.has(k)) index.set(k, index.size);
    }
  }
  const header = [...index.keys()];
  const records = list.map((rec, n) => {
    const fields = new Array<string>(header.length).fill('');
    for (const [k, v] of Object.entries(rec as Record<string, unknown>)) {
      fields[index.get(k) ?? 0] = scalarText(v);
    }
    return { fields, line: n + 1, raw: JSON.stringify(rec) };
  });
  return { ok: true, header, records };
}

/** null -> '', booleans 'true'/'false', numbers in plain decimal notation, strings as they are. */
export function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return plainNumber(v);
  return String(v as string);
}

/**
 * A number in decimal notation, never with an exponent: 1e21 -> "1000000000000000000000",
 * 1.5e-7 -> "0.00000015". The digits are JavaScript's shortest round-trip ones, shifted.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return sign + out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
