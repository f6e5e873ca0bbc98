/**
 * The download file as the oracle of test/unit/consistency.test.ts: every figure a view shows
 * is recomputed here from `public/data/downloads/<dataset>.csv.gz`, read with a plain CSV parse
 * (test/pipeline/independent.ts), never through the app's derive code. A flow appears once per
 * list category in the download, so each sum counts a flow (period, exporter, importer, code)
 * once, as the download's README says the atlas does.
 */
import { join } from 'node:path';
import { PUBLIC_DATA, readCsvRecords, readGzipText } from '../pipeline/independent.ts';

export interface DlRow {
  year: number;
  /** Month 1-12, or 0 for a yearly row. */
  month: number;
  exporter: string;
  importer: string;
  hs6: string;
  list: string;
  category: string;
  value: number;
}

const cache = new Map<string, DlRow[]>();

export function downloadRows(dataset: string): DlRow[] {
  let rows = cache.get(dataset);
  if (rows) return rows;
  const { records } = readCsvRecords(
    readGzipText(join(PUBLIC_DATA, 'downloads', `${dataset}.csv.gz`)),
  );
  rows = records.map((r) => {
    const period = r.period ?? '';
    if (!/^\d+$/.test(r.value ?? '')) throw new Error(`value not whole units: ${r.value}`);
    return {
      year: Number(r.year),
      month: period.length === 7 ? Number(period.slice(5, 7)) : 0,
      exporter: r.exporter_iso3 ?? '',
      importer: r.importer_iso3 ?? '',
      // Category-level data (JRC) have no code: the category is the key of a flow.
      hs6: r.hs6 || (r.category ?? ''),
      list: r.list ?? '',
      category: r.category ?? '',
      value: Number(r.value),
    };
  });
  cache.set(dataset, rows);
  return rows;
}

/** What a state selects, in the download's own terms: list and categories, or HS codes. */
export type Pick =
  | { by: 'categories'; list: string; categories: ReadonlySet<string> }
  | { by: 'codes'; codes: ReadonlySet<string> };

export interface Flow {
  year: number;
  month: number;
  exporter: string;
  importer: string;
  hs6: string;
  value: number;
}

/** The selection's flows in some years and months, each flow once. */
export function flowsOf(
  rows: readonly DlRow[],
  pick: Pick,
  years: ReadonlySet<number>,
  months?: ReadonlySet<number>,
): Flow[] {
  const seen = new Map<string, Flow>();
  for (const r of rows) {
    if (!years.has(r.year)) continue;
    if (months && r.month !== 0 && !months.has(r.month)) continue;
    if (pick.by === 'categories') {
      if (r.list !== pick.list || !pick.categories.has(r.category)) continue;
    } else if (!pick.codes.has(r.hs6)) continue;
    const key = `${r.year}|${r.month}|${r.exporter}|${r.importer}|${r.hs6}`;
    const prev = seen.get(key);
    if (prev && prev.value !== r.value)
      throw new Error(`download repeats a flow with two values: ${key}`);
    seen.set(key, { ...r });
  }
  return [...seen.values()];
}

export type Side = 'export' | 'import';

export const sideOf = (f: Flow, side: Side) => (side === 'export' ? f.exporter : f.importer);
export const otherOf = (f: Flow, side: Side) => (side === 'export' ? f.importer : f.exporter);

/** Sum by the country on one side. */
export function byCountry(flows: readonly Flow[], side: Side): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of flows) out.set(sideOf(f, side), (out.get(sideOf(f, side)) ?? 0) + f.value);
  return out;
}

/** A country's flows on one side, summed by partner or by code. */
export function countryBy(
  flows: readonly Flow[],
  iso3: string,
  side: Side,
  by: 'partner' | 'code',
): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of flows) {
    if (sideOf(f, side) !== iso3) continue;
    const k = by === 'partner' ? otherOf(f, side) : f.hs6;
    out.set(k, (out.get(k) ?? 0) + f.value);
  }
  return out;
}

/** Exporter -> importer sums, self-flows left out, as the flows view draws them. */
export function pairs(flows: readonly Flow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of flows) {
    if (f.exporter === f.importer) continue;
    const k = `${f.exporter}>${f.importer}`;
    out.set(k, (out.get(k) ?? 0) + f.value);
  }
  return out;
}

export const sum = (values: Iterable<number>) => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};
