/**
 * Pure view models of the country and product profiles: top partners and codes with
 * quantities, yearly totals for the trend, the core/broad split, and the HS edition marks.
 * Every function takes shards (or rows) in and returns plain data, so each is tested in Node.
 */
import type {
  ColumnarShard,
  CountryColumns,
  DatasetMeta,
  Granularity,
  HsEdition,
  ListConversionMeta,
  ListMeta,
  MapColumns,
  ProductColumns,
} from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import type { ListCode } from './compare.ts';
import { editionBreaks } from './months.ts';
import { buildMapModel, type SeriesRow } from './map-model.ts';

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

/**
 * The keys of the country shard's `code` column that the selection counts: one HS code, the
 * codes of one category, or every code the list counts in its total. Category-level datasets
 * (JRC) carry category ids in that column instead of codes.
 */
export function selectedKeys(
  list: ListMeta,
  granularity: Granularity,
  codes: ReadonlyMap<string, ListCode>,
  sel: { cat: string; hs: string },
): Set<string> {
  if (granularity === 'category') {
    if (sel.cat) return new Set([sel.cat]);
    return new Set(list.categories.filter((c) => c.inTotal).map((c) => c.id));
  }
  if (sel.hs) return new Set([sel.hs]);
  if (sel.cat)
    return new Set(
      [...codes.values()].filter((c) => c.categories.includes(sel.cat)).map((c) => c.code),
    );
  return new Set([...codes.values()].filter((c) => c.inTotal).map((c) => c.code));
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

/** Totals per year of the dataset (zero where the country has no row), for the trend. */
export function yearlyTotals(
  shard: ColumnarShard<CountryColumns>,
  counted: ReadonlySet<string>,
  years: readonly number[],
): YearTotal[] {
  const d = shard.data;
  const out = new Map<number, YearTotal>(years.map((y) => [y, { year: y, export: 0, import: 0 }]));
  for (let i = 0; i < d.year.length; i++) {
    if (!counted.has(String(d.code[i]))) continue;
    const row = out.get(Number(d.year[i]));
    const flow = d.flow[i];
    if (!row || (flow !== 'export' && flow !== 'import')) continue;
    row[flow] += Number(d.value[i] ?? 0);
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}

/** Per code and flow, the series of yearly values (for the year-on-year rule). */
export function yearlyByKey(
  shard: ColumnarShard<CountryColumns>,
  counted: ReadonlySet<string>,
  years: readonly number[],
  flow: Flow,
): Map<string, { year: number; value: number }[]> {
  const d = shard.data;
  const out = new Map<string, Map<number, number>>();
  for (let i = 0; i < d.year.length; i++) {
    const code = String(d.code[i]);
    if (d.flow[i] !== flow || !counted.has(code)) continue;
    const m = out.get(code) ?? new Map<number, number>();
    const y = Number(d.year[i]);
    m.set(y, (m.get(y) ?? 0) + Number(d.value[i] ?? 0));
    out.set(code, m);
  }
  return new Map(
    [...out].map(([code, m]) => [code, years.map((year) => ({ year, value: m.get(year) ?? 0 }))]),
  );
}

/** Rank and share of one country among all, from the same model as the map and ranking. */
export interface Standing {
  value: number;
  broad: number;
  share: number;
  rank: number;
  reporting: number;
  change: number | null;
}

export function standing(
  series: SeriesRow[],
  iso3: string,
  year: number,
  years: number[],
  covered: Iterable<string>,
): Standing {
  const model = buildMapModel(series, year, years, covered);
  const v = model.values.get(iso3);
  return {
    value: v?.value ?? 0,
    broad: v?.broad ?? 0,
    share: v?.share ?? 0,
    rank: v?.rank ?? 0,
    reporting: model.reporting,
    change: v?.change ?? null,
  };
}

export interface SpecificitySplit {
  category: string;
  export: number;
  import: number;
  exportBroad: number;
  importBroad: number;
  /** Part under `core` codes (value minus broad), as a share of the value; null when 0. */
  exportCoreShare: number | null;
  importCoreShare: number | null;
}

/**
 * Core versus broad per category ('' = list total) from the map shard, which carries the
 * broad part of every value: the split is the pipeline's, never recomputed from codes.
 */
export function specificitySplit(
  shard: ColumnarShard<MapColumns>,
  iso3: string,
  year: number,
): Map<string, SpecificitySplit> {
  const d = shard.data;
  const out = new Map<string, SpecificitySplit>();
  for (let i = 0; i < d.year.length; i++) {
    if (Number(d.year[i]) !== year || d.iso3[i] !== iso3) continue;
    const ex = Number(d.export[i] ?? 0);
    const im = Number(d.import[i] ?? 0);
    const exB = Number(d.exportBroad[i] ?? 0);
    const imB = Number(d.importBroad[i] ?? 0);
    out.set(String(d.category[i]), {
      category: String(d.category[i]),
      export: ex,
      import: im,
      exportBroad: exB,
      importBroad: imB,
      exportCoreShare: ex > 0 ? (ex - exB) / ex : null,
      importCoreShare: im > 0 ? (im - imB) / im : null,
    });
  }
  return out;
}

/** Where the trend must warn: edition breaks between years, and list conversions. */
export interface EditionMarks {
  breaks: { year: number; prev: number; from: string; to: string }[];
  /** Edition of each year. */
  editions: { year: number; edition: HsEdition }[];
  /** Conversions of the selected list in this dataset (from the list's edition to a year's). */
  conversions: ListConversionMeta[];
}

export function editionMarks(ds: DatasetMeta, list: string): EditionMarks {
  return {
    breaks: editionBreaks(ds),
    editions: [...ds.years]
      .sort((a, b) => a - b)
      .map((year) => ({ year, edition: ds.yearEditions?.[String(year)] ?? ds.hsEdition })),
    conversions: (ds.listConversions ?? []).filter((c) => c.list === list),
  };
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

/** World exports and imports of a code per year (sums over every country's row). */
export function productYearly(
  shard: ColumnarShard<ProductColumns>,
  years: readonly number[],
): YearTotal[] {
  const d = shard.data;
  const out = new Map<number, YearTotal>(years.map((y) => [y, { year: y, export: 0, import: 0 }]));
  for (let i = 0; i < d.year.length; i++) {
    const row = out.get(Number(d.year[i]));
    if (!row) continue;
    row.export += Number(d.export[i] ?? 0);
    row.import += Number(d.import[i] ?? 0);
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}
