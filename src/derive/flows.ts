import type { ColumnarShard, DatasetMeta, FlowColumns } from '../schema/manifest.ts';
import type { FlowDir } from '../state/params.ts';

/**
 * The flows view's data package (state -> pure selectors -> arrays, as in flowmap.gl): which
 * codes count, one row per exporter and importer, a country's direction, top N and "Other".
 * Charts receive only what these return.
 */

/** One exporter -> importer pair summed over the selected codes, in the dataset's currency. */
export interface FlowPair {
  exporter: string;
  importer: string;
  value: number;
  /** Mirror datasets: the pair as the exporter and as the importer declared it (null: never). */
  byExporter: number | null;
  byImporter: number | null;
}

const num = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

/**
 * Sums the shard's rows over the selected codes into exporter -> importer pairs, largest
 * first. Self-flows (none in the sources, but a national file could hold one) and pairs of
 * no value are left out: they cannot be drawn as a flow between two places.
 */
export function flowPairs(
  shard: ColumnarShard<FlowColumns>,
  keys: ReadonlySet<string>,
): FlowPair[] {
  const d = shard.data;
  const mirror = Array.isArray(d.byExporter) && Array.isArray(d.byImporter);
  const sums = new Map<string, FlowPair>();
  for (let i = 0; i < d.code.length; i++) {
    if (!keys.has(String(d.code[i]))) continue;
    const exporter = String(d.exporter[i]);
    const importer = String(d.importer[i]);
    if (exporter === importer) continue;
    const k = `${exporter}>${importer}`;
    let p = sums.get(k);
    if (!p) {
      p = { exporter, importer, value: 0, byExporter: null, byImporter: null };
      sums.set(k, p);
    }
    p.value += Number(d.value[i] ?? 0);
    if (mirror) {
      const bx = num(d.byExporter?.[i]);
      const bm = num(d.byImporter?.[i]);
      if (bx !== null) p.byExporter = (p.byExporter ?? 0) + bx;
      if (bm !== null) p.byImporter = (p.byImporter ?? 0) + bm;
    }
  }
  return sortPairs([...sums.values()].filter((p) => p.value > 0));
}

export function sortPairs(pairs: FlowPair[]): FlowPair[] {
  return pairs.sort(
    (a, b) =>
      b.value - a.value ||
      (a.exporter < b.exporter ? -1 : a.exporter > b.exporter ? 1 : 0) ||
      (a.importer < b.importer ? -1 : a.importer > b.importer ? 1 : 0),
  );
}

/** A country's outgoing, incoming or both flows; all flows when no country is chosen. */
export function byDirection(pairs: readonly FlowPair[], country: string, dir: FlowDir): FlowPair[] {
  if (!country) return [...pairs];
  return pairs.filter(
    (p) =>
      (dir !== 'import' && p.exporter === country) || (dir !== 'export' && p.importer === country),
  );
}

export interface TopFlows {
  top: FlowPair[];
  /** Everything below the top N, summed, and how many flows that is. */
  other: { value: number; count: number };
  total: number;
}

/** The N largest flows and the rest summed: top + other = total, exactly. */
export function topFlows(pairs: readonly FlowPair[], n: number): TopFlows {
  const sorted = sortPairs([...pairs]);
  const top = sorted.slice(0, n);
  const rest = sorted.slice(n);
  const total = sorted.reduce((s, p) => s + p.value, 0);
  return {
    top,
    other: { value: rest.reduce((s, p) => s + p.value, 0), count: rest.length },
    total,
  };
}

/** The key of the "Other" bucket in Sankey, chord and matrix (never an ISO3 code). */
export const OTHER = '~other';

/**
 * The N largest values of a side (exporters, importers, or both), the others becoming OTHER.
 * Returns the kept keys, largest first, and a function mapping any key to its bucket.
 */
export function topKeys(
  totals: ReadonlyMap<string, number>,
  n: number,
): { keys: string[]; bucket: (k: string) => string; hasOther: boolean } {
  const ranked = [...totals]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => k);
  const kept = new Set(ranked.slice(0, n));
  const hasOther = ranked.length > n;
  return {
    keys: hasOther ? [...kept, OTHER] : [...kept],
    bucket: (k) => (kept.has(k) ? k : OTHER),
    hasOther,
  };
}

export function sumBy(pairs: readonly FlowPair[], side: 'exporter' | 'importer' | 'both') {
  const out = new Map<string, number>();
  for (const p of pairs) {
    if (side !== 'importer') out.set(p.exporter, (out.get(p.exporter) ?? 0) + p.value);
    if (side !== 'exporter') out.set(p.importer, (out.get(p.importer) ?? 0) + p.value);
  }
  return out;
}

/**
 * Exporters x importers, each side cut to its top N plus Other: the matrix view and the
 * Sankey's links. Cells, row totals, column totals and the grand total all add up exactly.
 */
export interface FlowMatrix {
  rows: string[];
  cols: string[];
  /** cells[r][c]: value from rows[r] to cols[c]; 0 where there is no flow. */
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
}

export function flowMatrix(pairs: readonly FlowPair[], n: number): FlowMatrix {
  const ex = topKeys(sumBy(pairs, 'exporter'), n);
  const im = topKeys(sumBy(pairs, 'importer'), n);
  const ri = new Map(ex.keys.map((k, i) => [k, i]));
  const ci = new Map(im.keys.map((k, i) => [k, i]));
  const cells = ex.keys.map(() => im.keys.map(() => 0));
  for (const p of pairs) {
    const r = ri.get(ex.bucket(p.exporter)) ?? 0;
    const c = ci.get(im.bucket(p.importer)) ?? 0;
    const row = cells[r];
    if (row) row[c] = (row[c] ?? 0) + p.value;
  }
  const rowTotals = cells.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = im.keys.map((_, c) => cells.reduce((s, row) => s + (row[c] ?? 0), 0));
  return {
    rows: ex.keys,
    cols: im.keys,
    cells,
    rowTotals,
    colTotals,
    total: rowTotals.reduce((s, v) => s + v, 0),
  };
}

/**
 * A square matrix over the N countries with the most trade (exports plus imports) and Other,
 * for the chord diagram: cells[i][j] flows from keys[i] to keys[j]. Flows between two
 * countries that both fall into Other are on the diagonal (Other -> Other).
 */
export function squareMatrix(
  pairs: readonly FlowPair[],
  n: number,
): { keys: string[]; cells: number[][]; total: number } {
  const both = topKeys(sumBy(pairs, 'both'), n);
  const index = new Map(both.keys.map((k, i) => [k, i]));
  const cells = both.keys.map(() => both.keys.map(() => 0));
  let total = 0;
  for (const p of pairs) {
    const i = index.get(both.bucket(p.exporter)) ?? 0;
    const j = index.get(both.bucket(p.importer)) ?? 0;
    const row = cells[i];
    if (row) row[j] = (row[j] ?? 0) + p.value;
    total += p.value;
  }
  return { keys: both.keys, cells, total };
}

/** Mirror statistics of one pair: importer's minus exporter's declaration, and relative gap. */
export function mirrorGap(p: FlowPair): { gap: number | null; gapShare: number | null } {
  if (p.byExporter === null || p.byImporter === null) return { gap: null, gapShare: null };
  const gap = p.byImporter - p.byExporter;
  return { gap, gapShare: p.byExporter > 0 ? gap / p.byExporter : null };
}

/**
 * Whose declarations the figures are: both sides (UN Comtrade), reconciled (BACI), the
 * exporters' (Eurostat's EU exports), one figure per flow compiled from Comtrade (JRC), or
 * the reporting country's (a national file).
 */
export type DeclarationSide = 'both' | 'reconciled' | 'exporter' | 'compiled' | 'reporter';

export function declarationSide(ds: DatasetMeta): DeclarationSide {
  if (ds.mirror) return 'both';
  const text = `${ds.id} ${ds.source} ${ds.publisher}`;
  if (/baci|cepii/i.test(text)) return 'reconciled';
  if (/eurostat|comext/i.test(text)) return 'exporter';
  if (/jrc|joint research/i.test(text)) return 'compiled';
  return 'reporter';
}
