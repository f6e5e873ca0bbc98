/**
 * JSON text written straight into bytes, for the large shards: the same bytes as
 * `JSON.stringify` gives for the same values, without a JavaScript value per cell, a string
 * for the whole file and its conversion to UTF-8 (together most of the build's time on the
 * main thread at 50 million rows). Tested against `JSON.stringify` in json-bytes.test.ts.
 *
 * The `put…` functions write at `at` into a buffer the caller has made room in and return the
 * position after what they wrote: one room check per run of cells, not one per byte.
 */

/** The most bytes `JSON.stringify` writes for a number (`-2.2250738585072014e-308`). */
export const MAX_NUMBER_BYTES = 24;

/** A growing byte buffer. */
export class JsonBytes {
  private buf: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  /** The buffer, with room for `n` more bytes after `length`. */
  room(n: number): Uint8Array<ArrayBuffer> {
    const need = this.length + n;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.max(need, this.buf.length * 2));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    return this.buf;
  }

  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** The memory under the bytes, its own (never a pooled Buffer's). */
  buffer(): ArrayBuffer {
    return this.buf.buffer;
  }
}

/** `null`, for a cell with no value. */
export function putNull(buf: Uint8Array, at: number): number {
  return putAscii(buf, at, 'null');
}

/** ASCII text (a number as `JSON.stringify` writes it). */
function putAscii(buf: Uint8Array, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
  return at;
}

/** `JSON.stringify(v)` for any number. */
export function putNumber(buf: Uint8Array, at: number, v: number): number {
  return Number.isSafeInteger(v) ? putInteger(buf, at, v) : putAscii(buf, at, JSON.stringify(v));
}

/**
 * `JSON.stringify(Math.round(kg) / 1000)`: kilograms as tonnes to the kilogram. Below 10^15
 * kilograms the shortest decimal that reads back as the double is the exact quotient (at most
 * 15 significant digits), so its digits are written directly.
 */
export function putTonnes(buf: Uint8Array, at: number, kg: number): number {
  let k = Math.round(kg);
  if (!Number.isSafeInteger(k) || k >= 1e15 || k <= -1e15) {
    return putAscii(buf, at, JSON.stringify(k / 1000));
  }
  if (k < 0) {
    buf[at++] = 45;
    k = -k;
  }
  let whole = Math.floor(k / 1000);
  let rest = k - whole * 1000;
  // Guards the division's rounding; both are exact integers below 2^53.
  if (rest < 0) {
    whole -= 1;
    rest += 1000;
  } else if (rest >= 1000) {
    whole += 1;
    rest -= 1000;
  }
  at = putInteger(buf, at, whole);
  if (rest === 0) return at;
  const d1 = Math.floor(rest / 100);
  const d2 = Math.floor(rest / 10) % 10;
  const d3 = rest % 10;
  buf[at++] = 46;
  buf[at++] = 48 + d1;
  if (d2 !== 0 || d3 !== 0) buf[at++] = 48 + d2;
  if (d3 !== 0) buf[at++] = 48 + d3;
  return at;
}

/** A safe integer's decimal digits (-0 as `0`, as JSON writes it). */
export function putInteger(buf: Uint8Array, at: number, v: number): number {
  let n = v;
  if (n < 0) {
    buf[at++] = 45;
    n = -n;
  }
  let digits = 1;
  for (let t = 10; t <= n; t *= 10) digits++;
  const end = at + digits;
  let pos = end - 1;
  while (n >= 10) {
    const q = Math.floor(n / 10);
    buf[pos--] = 48 + (n - q * 10);
    n = q;
  }
  buf[pos] = 48 + n;
  return end;
}

/**
 * `JSON.stringify(s)` of each string as bytes, encoded once (country and product codes): token
 * `i` is `bytes[start[i]]` up to `bytes[start[i + 1]]`. One flat array, so copying a token is
 * a loop over one array type.
 */
export interface TokenTable {
  bytes: Uint8Array;
  start: Int32Array;
  /** The longest token's length, or `null`'s if longer. */
  widest: number;
}

export function jsonTokens(strings: readonly string[]): TokenTable {
  const encoded = strings.map((s) => Buffer.from(JSON.stringify(s), 'utf8'));
  const start = new Int32Array(strings.length + 1);
  let widest = 'null'.length;
  encoded.forEach((t, i) => {
    start[i + 1] = (start[i] as number) + t.length;
    widest = Math.max(widest, t.length);
  });
  const bytes = new Uint8Array(start[strings.length] as number);
  encoded.forEach((t, i) => bytes.set(t, start[i]));
  return { bytes, start, widest };
}

/** Token `id` of `table`, or -1 when the table has none. */
export function putToken(buf: Uint8Array, at: number, table: TokenTable, id: number): number {
  const { bytes, start } = table;
  if (id < 0 || id + 1 >= start.length) return -1;
  const end = start[id + 1] as number;
  for (let p = start[id] as number; p < end; p++) buf[at++] = bytes[p] as number;
  return at;
}
