/**
 * Building blocks of the country and product profiles: a country's partners and codes with
 * quantities, yearly series by code, a product's countries. src/derive/figures.ts assembles
 * them into the figures a page shows; each takes shards in and returns plain data.
 */
import type { ColumnarShard, CountryColumns, ProductColumns } from '../schema/manifest.ts';
import type { Flow } from '../state/params.ts';

/** One partner (or code) of a country in one year and direction. */
export interface ProfileRow {
  key: string;
  value: number;
  /** Share of the country's total over the same codes, year and direction. */
  share: number;
  /** Tonnes summed over the rows that carry a quantity; null when none does. */
  quantityT: number | null;
  /** True when some rows of this key had no quantity: the tonnes are a lower bound. */
  quantityPartial: boolean;
}

/** A country's trade by partner or by code, largest first, with tonnes where known. */
export function profileBy(
  shard: ColumnarShard<CountryColumns>,
  by: 'partner' | 'code',
  flow: Flow,
  year: number,
  counted: ReadonlySet<string>,
): { rows: ProfileRow[]; total: number } {
  const d = shard.data;
  const acc = new Map<string, { value: number; q: number; known: number; rows: number }>();
  let total = 0;
  for (let i = 0; i < d.year.length; i++) {
    if (Number(d.year[i]) !== year || d.flow[i] !== flow) continue;
    if (!counted.has(String(d.code[i]))) continue;
    const value = Number(d.value[i] ?? 0);
    const key = String(d[by][i]);
    const a = acc.get(key) ?? { value: 0, q: 0, known: 0, rows: 0 };
    a.value += value;
    a.rows++;
    const q = d.quantityT[i];
    if (q !== null && q !== undefined && q !== '') {
      a.q += Number(q);
      a.known++;
    }
    acc.set(key, a);
    total += value;
  }
  const rows = [...acc]
    .filter(([, a]) => a.value > 0)
    .map(([key, a]) => ({
      key,
      value: a.value,
      share: total > 0 ? a.value / total : 0,
      quantityT: a.known > 0 ? Math.round(a.q * 1000) / 1000 : null,
      quantityPartial: a.known > 0 && a.known < a.rows,
    }))
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : 1));
  return { rows, total };
}

export interface YearTotal {
  year: number;
  export: number;
  import: number;
}

/**
 * Per code and flow, the series of yearly values (for the year-on-year rule); each year counts
 * the codes of its own HS edition (`keys`, from src/derive/resolve.ts).
 */
export function yearlyByKey(
  shard: ColumnarShard<CountryColumns>,
  keys: (year: number) => ReadonlySet<string>,
  years: readonly number[],
  flow: Flow,
): Map<string, { year: number; value: number }[]> {
  const d = shard.data;
  const out = new Map<string, Map<number, number>>();
  for (let i = 0; i < d.year.length; i++) {
    const code = String(d.code[i]);
    if (d.flow[i] !== flow || !keys(Number(d.year[i])).has(code)) continue;
    const m = out.get(code) ?? new Map<number, number>();
    const y = Number(d.year[i]);
    m.set(y, (m.get(y) ?? 0) + Number(d.value[i] ?? 0));
    out.set(code, m);
  }
  return new Map(
    [...out].map(([code, m]) => [code, years.map((year) => ({ year, value: m.get(year) ?? 0 }))]),
  );
}

/** One country's row of a product shard for a year: value, tonnes and unit value. */
export interface ProductCountry {
  iso3: string;
  value: number;
  quantityT: number | null;
  /** Currency units per tonne; null without a positive quantity. */
  unitValue: number | null;
  share: number;
}

/** Countries of a product shard in one year and direction, largest first, with unit values. */
export function productCountries(
  shard: ColumnarShard<ProductColumns>,
  year: number,
  flow: Flow,
): { rows: ProductCountry[]; total: number } {
  const d = shard.data;
  const q = flow === 'export' ? d.exportQuantityT : d.importQuantityT;
  const rows: Omit<ProductCountry, 'share'>[] = [];
  let total = 0;
  for (let i = 0; i < d.year.length; i++) {
    if (Number(d.year[i]) !== year) continue;
    const value = Number(d[flow][i] ?? 0);
    if (!(value > 0)) continue;
    const raw = q[i];
    const quantityT = raw === null || raw === undefined || raw === '' ? null : Number(raw);
    rows.push({
      iso3: String(d.iso3[i]),
      value,
      quantityT,
      unitValue: quantityT !== null && quantityT > 0 ? value / quantityT : null,
    });
    total += value;
  }
  return {
    rows: rows
      .map((r) => ({ ...r, share: total > 0 ? r.value / total : 0 }))
      .sort((a, b) => b.value - a.value || (a.iso3 < b.iso3 ? -1 : 1)),
    total,
  };
}

/**
 * World exports and imports of a code per year: each the total of `productCountries`, so the
 * trend's point for a year is the key figure and the denominator of the tables' shares.
 */
export function productYearly(
  shard: ColumnarShard<ProductColumns>,
  years: readonly number[],
): YearTotal[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      export: productCountries(shard, year, 'export').total,
      import: productCountries(shard, year, 'import').total,
    }));
}

/** A product page's key figures for one year and direction. */
export interface ProductKeyFigure {
  /** The world total: every reporting country's value (the tables' shares divide by it). */
  total: number;
  /** Countries with a positive value. */
  countries: number;
  /** The largest, with its share of the total; null when no country traded the code. */
  top: { iso3: string; share: number } | null;
}

/** The key figures of a code in a year, from the same rows as its tables of countries. */
export function productKeyFigure(
  shard: ColumnarShard<ProductColumns>,
  year: number,
  flow: Flow,
): ProductKeyFigure {
  const { rows, total } = productCountries(shard, year, flow);
  const first = rows[0];
  return {
    total,
    countries: rows.length,
    top: first ? { iso3: first.iso3, share: first.share } : null,
  };
}
