/**
 * The download table in plain TypeScript, with arquero only to parse the CSV.
 *
 * The atlas's Content Security Policy forbids eval, and arquero compiles JavaScript with the
 * Function constructor for nearly every verb: filter (escape() too, to build the row object
 * it passes), groupby/rollup (op.count, op.sum), dedupe, orderby and objects() all do.
 * fromCSV and reading its columns do not; everything after the parse is written here.
 */
import type { ValueTotal } from '../schema/metadata.ts';
import { fromCSV } from 'arquero';
import { DOWNLOAD_COLUMNS, type Granularity } from '../schema/manifest.ts';
import { rowMatcher, type DownloadRow, type FilterSpec } from './filter.ts';
import { restoreRaw } from './neutralise.ts';

/** Text columns of the contract: read as text (hs6 "010121" keeps its zero), raw values. */
const TEXT = DOWNLOAD_COLUMNS.filter((c) => c !== 'year' && c !== 'value' && c !== 'quantity_t');

/** Rows of a download file with its column names, in the file's order. */
export class DownloadTable {
  readonly #names: readonly string[];
  readonly #rows: readonly DownloadRow[];

  constructor(names: readonly string[], rows: readonly DownloadRow[]) {
    this.#names = names;
    this.#rows = rows;
  }

  numRows(): number {
    return this.#rows.length;
  }

  columnNames(): string[] {
    return [...this.#names];
  }

  objects(): DownloadRow[] {
    return [...this.#rows];
  }

  filter(keep: (row: DownloadRow) => boolean): DownloadTable {
    return new DownloadTable(this.#names, this.#rows.filter(keep));
  }
}

/**
 * Parses a dataset's download file (downloads/<dataset>.csv, already gunzipped): no type
 * guessing; year and value as numbers, quantity_t a number or null, text as the raw value
 * (the build neutralised formula-like text with an apostrophe; it is taken off here and put
 * back by the CSV and XLSX writers).
 */
export function parseDownload(text: string): DownloadTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parse: Record<string, (v: string) => unknown> = {
    year: (v) => Number(v),
    value: (v) => Number(v),
    quantity_t: (v) => (v === '' ? null : Number(v)),
    reported_by: (v) => restoreRaw(v ?? ''),
  };
  for (const c of TEXT) parse[c] = (v) => restoreRaw(v ?? '');
  const parsed = fromCSV(body, { autoType: false, parse });
  const names = parsed.columnNames();
  const columns = names.map((n) => [n, parsed.column(n)] as const);
  const rows: DownloadRow[] = [];
  for (let i = 0, n = parsed.numRows(); i < n; i++) {
    const row: Record<string, unknown> = {};
    for (const [name, column] of columns) row[name] = column?.at(i);
    // The parse functions above give each contract column its type.
    rows.push(row as unknown as DownloadRow);
  }
  return new DownloadTable(names, rows);
}

/** The rows a spec keeps, in the file's order. */
export function selectRows(table: DownloadTable, spec: FilterSpec): DownloadTable {
  return table.filter(rowMatcher(spec));
}

export function rowsOf(table: DownloadTable): DownloadRow[] {
  return table.objects();
}

/**
 * The flow a row belongs to: period, exporter, importer and product (the HS code, or for
 * category-level data the category, which is the product there) and its declaration.
 */
function flowKey(granularity: Granularity): (r: DownloadRow) => string {
  return (r) =>
    JSON.stringify([
      r.currency,
      r.period,
      r.exporter_iso3,
      r.importer_iso3,
      granularity === 'category' ? r.category : r.hs6,
      r.reported_by ?? '',
    ]);
}

/** The first row of each flow, in the table's order. */
function eachFlowOnce(rows: readonly DownloadRow[], granularity: Granularity): DownloadRow[] {
  const key = flowKey(granularity);
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A value that adds to a sum: a missing or unreadable value is left out, not counted as 0. */
const addable = (v: number | null | undefined): v is number => typeof v === 'number' && v === v;

/** Row count and value sum per currency (and declaration). */
function sumsBy(
  rows: readonly DownloadRow[],
  hasBy: boolean,
): Map<string, { currency: string; reportedBy: string; count: number; sum: number }> {
  const out = new Map<
    string,
    { currency: string; reportedBy: string; count: number; sum: number }
  >();
  for (const r of rows) {
    const reportedBy = hasBy ? (r.reported_by ?? '') : '';
    const k = `${r.currency}|${reportedBy}`;
    let g = out.get(k);
    if (!g) out.set(k, (g = { currency: r.currency, reportedBy, count: 0, sum: 0 }));
    g.count++;
    if (addable(r.value)) g.sum += r.value;
  }
  return out;
}

export function valueTotals(table: DownloadTable, granularity: Granularity): ValueTotal[] {
  const hasBy = table.columnNames().includes('reported_by');
  const rows = table.objects();
  const all = sumsBy(rows, hasBy);
  const once = sumsBy(eachFlowOnce(rows, granularity), hasBy);
  return [...all]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, g]) => {
      const o = once.get(k);
      const t: ValueTotal = {
        currency: g.currency,
        rows: g.count,
        sumOfRows: g.sum,
        flows: o?.count ?? 0,
        eachFlowOnce: o?.sum ?? 0,
      };
      if (hasBy) t.reportedBy = g.reportedBy;
      return t;
    });
}

/**
 * A country's exports and imports in the selection, each flow once (profiles and flows show
 * them apart; their sum is not a figure any view shows).
 */
export function countryTotals(
  table: DownloadTable,
  granularity: Granularity,
  country: string,
): { currency: string; exports: number; imports: number }[] {
  const by = new Map<string, { currency: string; exports: number; imports: number }>();
  for (const r of eachFlowOnce(table.objects(), granularity)) {
    let t = by.get(r.currency);
    if (!t) by.set(r.currency, (t = { currency: r.currency, exports: 0, imports: 0 }));
    if (r.exporter_iso3 === country && (!r.reported_by || r.reported_by === 'exporter'))
      t.exports += r.value;
    if (r.importer_iso3 === country && (!r.reported_by || r.reported_by === 'importer'))
      t.imports += r.value;
  }
  return [...by.values()];
}
