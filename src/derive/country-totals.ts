import type {
  ColumnarShard,
  CountryColumns,
  Granularity,
  ListMeta,
  MapColumns,
} from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import type { ListCode } from './compare.ts';
import { buildMapModel, seriesFromMapShard } from './map-model.ts';

/** One direction of a country's trade in the selected list and year. */
export interface DirectionTotal {
  value: number;
  broad: number;
  /** Share of the world total of the list. */
  share: number;
  /** 1-based; 0 when the country has no trade in this direction. */
  rank: number;
  /** Countries with trade in this direction, to say "rank 3 of 120". */
  reporting: number;
  change: number | null;
}

export interface CountryTotals {
  export: DirectionTotal;
  import: DirectionTotal;
  /** Exports minus imports. */
  balance: number;
  previousYear: number | null;
}

/**
 * A country's list totals, rank and share, computed with the same model as the map and the
 * ranking so the three never disagree.
 */
export function countryTotals(
  shard: ColumnarShard<MapColumns>,
  iso3: string,
  year: number,
  years: number[],
  covered: Iterable<string>,
): CountryTotals {
  const countries = [...covered];
  const one = (flow: Flow) => {
    const model = buildMapModel(seriesFromMapShard(shard, '', flow), year, years, countries);
    const v = model.values.get(iso3);
    const total: DirectionTotal = {
      value: v?.value ?? 0,
      broad: v?.broad ?? 0,
      share: v?.share ?? 0,
      rank: v?.rank ?? 0,
      reporting: model.reporting,
      change: v?.change ?? null,
    };
    return { total, previousYear: model.previousYear };
  };
  const ex = one('export');
  const im = one('import');
  return {
    export: ex.total,
    import: im.total,
    balance: ex.total.value - im.total.value,
    previousYear: ex.previousYear,
  };
}

export interface CategoryTotal {
  id: string;
  label: string;
  inTotal: boolean;
  export: number;
  import: number;
  /** Shares of the country's list total in each direction (0 when that total is 0). */
  exportShare: number;
  importShare: number;
}

/**
 * The country's trade by category of the list, in the list's order. A code can sit in two
 * categories and some categories are outside the total, so the rows need not add up to it.
 */
export function categoryBreakdown(
  shard: ColumnarShard<MapColumns>,
  list: ListMeta,
  iso3: string,
  year: number,
): CategoryTotal[] {
  const d = shard.data;
  const sums = new Map<string, { export: number; import: number }>();
  for (let i = 0; i < d.year.length; i++) {
    if (Number(d.year[i]) !== year || d.iso3[i] !== iso3) continue;
    sums.set(String(d.category[i]), {
      export: Number(d.export[i] ?? 0),
      import: Number(d.import[i] ?? 0),
    });
  }
  const total = sums.get('') ?? { export: 0, import: 0 };
  return list.categories.map((c) => {
    const s = sums.get(c.id) ?? { export: 0, import: 0 };
    return {
      id: c.id,
      label: c.label,
      inTotal: c.inTotal,
      export: s.export,
      import: s.import,
      exportShare: total.export > 0 ? s.export / total.export : 0,
      importShare: total.import > 0 ? s.import / total.import : 0,
    };
  });
}

export interface Ranked {
  key: string;
  value: number;
  /** Share of the country's total over the same codes, year and direction. */
  share: number;
}

/**
 * Sums a country shard by partner or by code over the codes the list counts in its total
 * (HS6 codes, or category ids for category-level datasets). Summed over partners this gives
 * the map shard's list total, which the unit tests check on the real shards.
 */
export function countryBy(
  shard: ColumnarShard<CountryColumns>,
  by: 'partner' | 'code',
  flow: Flow,
  year: number,
  counted: ReadonlySet<string>,
): { rows: Ranked[]; total: number } {
  const d = shard.data;
  const sums = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < d.year.length; i++) {
    if (Number(d.year[i]) !== year || d.flow[i] !== flow) continue;
    if (!counted.has(String(d.code[i]))) continue;
    const value = Number(d.value[i] ?? 0);
    const key = String(d[by][i]);
    sums.set(key, (sums.get(key) ?? 0) + value);
    total += value;
  }
  const rows = [...sums]
    .filter(([, value]) => value > 0)
    .map(([key, value]) => ({ key, value, share: total > 0 ? value / total : 0 }))
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : 1));
  return { rows, total };
}

/**
 * The keys a country shard's `code` column uses for the list's counted codes: HS6 codes for
 * HS6 datasets, category ids for datasets the source already grouped by category.
 */
export function countedKeys(
  list: ListMeta,
  granularity: Granularity,
  codes: ReadonlyMap<string, ListCode>,
): Set<string> {
  if (granularity === 'category') {
    return new Set(list.categories.filter((c) => c.inTotal).map((c) => c.id));
  }
  return new Set([...codes.values()].filter((c) => c.inTotal).map((c) => c.code));
}
