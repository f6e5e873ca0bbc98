/**
 * Small, deliberately independent readers for the raw data and the built output, used by
 * the pipeline tests to recompute figures without the project's own parsing code.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const ROOT = resolve(HERE, '../..');
/** The real third-party data (see ../shared-data.ts: a test without it fails, never skips). */
export { SHARED } from '../shared-data.ts';
/** The committed build output. */
export const PUBLIC_DATA = join(ROOT, 'public/data');
export const LISTS_DIR = join(ROOT, 'data/lists');

/**
 * Splits CSV text into rows of fields. Quote-aware: a quoted field may hold commas, doubled
 * quotes and line breaks. A UTF-8 BOM is dropped; blank lines are skipped.
 */
export function parseCsvText(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') endRow();
    else if (c === '\r') {
      // dropped: \r\n line ends
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Reads a CSV into header + records keyed by column name. */
export function readCsvRecords(text: string): {
  header: string[];
  records: Record<string, string>[];
} {
  const rows = parseCsvText(text);
  const header = rows[0] ?? [];
  const records = rows.slice(1).map((r) => {
    if (r.length !== header.length) {
      throw new Error(`row has ${r.length} fields, header has ${header.length}: ${r.join('|')}`);
    }
    const rec: Record<string, string> = {};
    header.forEach((h, n) => (rec[h] = r[n] ?? ''));
    return rec;
  });
  return { header, records };
}

export function readGzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

export interface RawList {
  id: string;
  hsEdition: string;
  totalExcludes: string[];
  meta: Map<string, string>;
  rows: { hs6: string; category: string }[];
}

/** A list file: `# key: value` lines, then `hs6,category,...` with a header. */
export function readListFile(path: string): RawList {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const meta = new Map<string, string>();
  let n = 0;
  for (; n < lines.length && (lines[n] ?? '').startsWith('#'); n++) {
    const line = lines[n] ?? '';
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${path}: front matter line without colon: ${line}`);
    meta.set(line.slice(1, colon).trim(), line.slice(colon + 1).trim());
  }
  const { records } = readCsvRecords(lines.slice(n).join('\n'));
  return {
    id: meta.get('id') ?? '',
    hsEdition: meta.get('hs_edition') ?? '',
    totalExcludes: (meta.get('total_excludes') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    meta,
    rows: records.map((r) => ({ hs6: (r.hs6 ?? '').trim(), category: (r.category ?? '').trim() })),
  };
}

/**
 * A decimal string in thousands of USD (BACI's `v`) to whole dollars, exactly, rounding to
 * the nearest dollar: "4744.4130000000005" -> 4744413n.
 */
export function thousandsToDollars(v: string): bigint {
  const m = /^(\d+)(?:\.(\d*))?$/.exec(v.trim());
  if (!m) throw new Error(`not a plain decimal: "${v}"`);
  const frac = m[2] ?? '';
  const kept = (frac + '000').slice(0, 3);
  const rest = frac.slice(3);
  let dollars = BigInt(m[1] ?? '0') * 1000n + BigInt(kept);
  if (rest !== '' && (rest[0] ?? '0') >= '5') dollars += 1n;
  return dollars;
}

/** A decimal string in tonnes with at most three decimals to whole kilograms. */
export function tonnesToKg(q: string): bigint {
  const m = /^(\d+)(?:\.(\d{0,3}))?$/.exec(q.trim());
  if (!m) throw new Error(`not a tonnes figure with at most 3 decimals: "${q}"`);
  return BigInt(m[1] ?? '0') * 1000n + BigInt(((m[2] ?? '') + '000').slice(0, 3));
}

export function add<K>(map: Map<K, bigint>, key: K, v: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + v);
}

/** Sorted plain object of a bigint map, for readable diffs in failures. */
export function asObject(map: Map<string, bigint>): Record<string, string> {
  return Object.fromEntries([...map.entries()].sort().map(([k, v]) => [k, v.toString()]));
}

export interface MapShard {
  columns: string[];
  data: Record<string, (string | number | null)[]>;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Rows of a columnar map shard, one object per row. */
export function mapRows(shard: MapShard): {
  year: number;
  iso3: string;
  category: string;
  export: bigint;
  import: bigint;
}[] {
  const col = (name: string) => {
    const c = shard.data[name];
    if (!c) throw new Error(`map shard has no column ${name}`);
    return c;
  };
  const year = col('year');
  const iso3 = col('iso3');
  const category = col('category');
  const exp = col('export');
  const imp = col('import');
  for (const c of [iso3, category, exp, imp]) {
    if (c.length !== year.length) throw new Error('map shard columns differ in length');
  }
  return year.map((y, n) => ({
    year: Number(y),
    iso3: String(iso3[n]),
    category: String(category[n]),
    export: BigInt(Number(exp[n] ?? 0)),
    import: BigInt(Number(imp[n] ?? 0)),
  }));
}
