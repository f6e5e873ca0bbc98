/**
 * The rows of one file seen so far, by flow key (period, exporter, importer, code, finer
 * national code, category, declaring side: what makes a repeated flow in dedupe.ts), for the
 * rows on no list, which are never staged. A full BACI year is ten million such rows, so a
 * key is not a string but four small numbers (each field interned once) packed exactly into
 * one double, held in an open-addressing table of typed arrays: about 12 bytes a row.
 */
import type { FlowRow } from '../readers/types.ts';

/** Bits of each part of a packed key: 10 + 12 + 12 + 19 = 53, a double's exact integers. */
const PERIOD_IDS = 2 ** 10;
const PLACE_IDS = 2 ** 12;
const CODE_IDS = 2 ** 19;

export class FlowKeys {
  private readonly periods = new Map<string, number>();
  private readonly places = new Map<string, number>();
  private readonly codes = new Map<string, number>();
  private keys = new Float64Array(1 << 16);
  /** The line of the row holding each key; 0 marks an empty slot (lines start at 1). */
  private lines = new Uint32Array(1 << 16);
  private size = 0;
  /** Keys whose parts outgrow the packing (never for BACI): exact, as strings. */
  private readonly overflow = new Map<string, number>();
  private lastPeriod: {
    period: string;
    by: FlowRow['reportedBy'];
    category: string | null;
    id: number;
  } = { period: '', by: undefined, category: null, id: -1 };

  /**
   * Records the row's key at `line` and returns 0, or, when an earlier row of the file has
   * the same key, returns that row's line and records nothing.
   */
  firstLine(row: FlowRow, line: number): number {
    // Most rows share their period (and declaring side) with the row before: no string built.
    const last = this.lastPeriod;
    let p: number;
    if (
      last.id >= 0 &&
      row.period === last.period &&
      row.reportedBy === last.by &&
      row.category === last.category
    )
      p = last.id;
    else {
      p = intern(this.periods, `${row.period}\t${row.reportedBy ?? ''}\t${row.category ?? ''}`);
      this.lastPeriod = { period: row.period, by: row.reportedBy, category: row.category, id: p };
    }
    const e = intern(this.places, row.exporter);
    const i = intern(this.places, row.importer);
    const code = row.hs6 ?? '';
    const h =
      row.detail === undefined
        ? intern(this.codes, code)
        : intern(this.codes, `${code}\t${row.detail}`);
    if (p >= PERIOD_IDS || e >= PLACE_IDS || i >= PLACE_IDS || h >= CODE_IDS) {
      const key = `${p},${e},${i},${h}`;
      const first = this.overflow.get(key);
      if (first !== undefined) return first;
      this.overflow.set(key, line);
      return 0;
    }
    return this.probe(((p * PLACE_IDS + e) * PLACE_IDS + i) * CODE_IDS + h, line);
  }

  private probe(key: number, line: number): number {
    let mask = this.keys.length - 1;
    let at = hash(key) & mask;
    for (;;) {
      const l = this.lines[at] ?? 0;
      if (l === 0) break;
      if (this.keys[at] === key) return l;
      at = (at + 1) & mask;
    }
    if ((this.size + 1) * 4 > this.keys.length * 3) {
      this.grow();
      mask = this.keys.length - 1;
      at = hash(key) & mask;
      while ((this.lines[at] ?? 0) !== 0) at = (at + 1) & mask;
    }
    this.keys[at] = key;
    this.lines[at] = line;
    this.size++;
    return 0;
  }

  private grow(): void {
    const keys = this.keys;
    const lines = this.lines;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Uint32Array(lines.length * 2);
    const mask = this.keys.length - 1;
    for (let n = 0; n < keys.length; n++) {
      const l = lines[n] ?? 0;
      if (l === 0) continue;
      const key = keys[n] ?? 0;
      let at = hash(key) & mask;
      while ((this.lines[at] ?? 0) !== 0) at = (at + 1) & mask;
      this.keys[at] = key;
      this.lines[at] = l;
    }
  }
}

function intern(ids: Map<string, number>, s: string): number {
  let id = ids.get(s);
  if (id === undefined) ids.set(s, (id = ids.size));
  return id;
}

/** A 32-bit mix of a non-negative integer below 2^53 (its low and high words). */
function hash(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296);
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
