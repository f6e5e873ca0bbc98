import { escape, fromCSV, op, type ColumnTable } from 'arquero';
import { DOWNLOAD_COLUMNS, type Granularity } from '../schema/manifest.ts';
import { rowMatcher, type DownloadRow, type FilterSpec } from './filter.ts';
import { restoreRaw } from './neutralise.ts';

/** Text columns of the contract: read as text (hs6 "010121" keeps its zero), raw values. */
const TEXT = DOWNLOAD_COLUMNS.filter((c) => c !== 'year' && c !== 'value' && c !== 'quantity_t');

/**
 * Parses a dataset's download file (downloads/<dataset>.csv, already gunzipped) with arquero:
 * no type guessing; year and value as numbers, quantity_t a number or null, text as the raw
 * value (the build neutralised formula-like text with an apostrophe; it is taken off here
 * and put back by the CSV and XLSX writers).
 */
export function parseDownload(text: string): ColumnTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parse: Record<string, (v: string) => unknown> = {
    year: (v) => Number(v),
    value: (v) => Number(v),
    quantity_t: (v) => (v === '' ? null : Number(v)),
    reported_by: (v) => restoreRaw(v ?? ''),
  };
  for (const c of TEXT) parse[c] = (v) => restoreRaw(v ?? '');
  return fromCSV(body, { autoType: false, parse });
}

/** The rows a spec keeps, in the file's order. */
export function selectRows(table: ColumnTable, spec: FilterSpec): ColumnTable {
  const keep = rowMatcher(spec);
  return table.filter(escape((d: DownloadRow) => keep(d)));
}

export function columnsOf(table: ColumnTable): string[] {
  return table.columnNames();
}

export function rowsOf(table: ColumnTable): DownloadRow[] {
  return table.objects() as unknown as DownloadRow[];
}

/** Sums of a selection, per currency (and per declaration where a dataset keeps both). */
export interface ValueTotal {
  currency: string;
  /** Set for datasets with both declarations: whose reports these rows are. */
  reportedBy?: string;
  rows: number;
  /** Every row added: a code in two categories (or lists) counts twice. */
  sumOfRows: number;
  /** Each flow counted once, as the view's totals count it. */
  flows: number;
  eachFlowOnce: number;
}

/**
 * The flow a row belongs to: period, exporter, importer and product (the HS code, or for
 * category-level data the category, which is the product there) and its declaration.
 */
function flowKeys(granularity: Granularity, hasReportedBy: boolean): string[] {
  return [
    'currency',
    'period',
    'exporter_iso3',
    'importer_iso3',
    granularity === 'category' ? 'category' : 'hs6',
    ...(hasReportedBy ? ['reported_by'] : []),
  ];
}

export function valueTotals(table: ColumnTable, granularity: Granularity): ValueTotal[] {
  const hasBy = table.columnNames().includes('reported_by');
  const groups = hasBy ? ['currency', 'reported_by'] : ['currency'];
  const all = table
    .groupby(groups)
    .rollup({ rows: op.count(), sumOfRows: op.sum('value') })
    .objects() as { currency: string; reported_by?: string; rows: number; sumOfRows: number }[];
  const once = table
    .dedupe(flowKeys(granularity, hasBy))
    .groupby(groups)
    .rollup({ flows: op.count(), eachFlowOnce: op.sum('value') })
    .objects() as { currency: string; reported_by?: string; flows: number; eachFlowOnce: number }[];
  const key = (r: { currency: string; reported_by?: string }) =>
    `${r.currency}|${r.reported_by ?? ''}`;
  const onceBy = new Map(once.map((r) => [key(r), r]));
  return all
    .map((r) => {
      const o = onceBy.get(key(r));
      const t: ValueTotal = {
        currency: r.currency,
        rows: r.rows,
        sumOfRows: r.sumOfRows ?? 0,
        flows: o?.flows ?? 0,
        eachFlowOnce: o?.eachFlowOnce ?? 0,
      };
      if (hasBy) t.reportedBy = r.reported_by ?? '';
      return t;
    })
    .sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * A country's exports and imports in the selection, each flow once (profiles and flows show
 * them apart; their sum is not a figure any view shows).
 */
export function countryTotals(
  table: ColumnTable,
  granularity: Granularity,
  country: string,
): { currency: string; exports: number; imports: number }[] {
  const hasBy = table.columnNames().includes('reported_by');
  const flows = rowsOf(table.dedupe(flowKeys(granularity, hasBy)));
  const by = new Map<string, { currency: string; exports: number; imports: number }>();
  for (const r of flows) {
    let t = by.get(r.currency);
    if (!t) by.set(r.currency, (t = { currency: r.currency, exports: 0, imports: 0 }));
    if (r.exporter_iso3 === country && (!r.reported_by || r.reported_by === 'exporter'))
      t.exports += r.value;
    if (r.importer_iso3 === country && (!r.reported_by || r.reported_by === 'importer'))
      t.imports += r.value;
  }
  return [...by.values()];
}
