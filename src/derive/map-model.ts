import type { ColumnarShard, MapColumns, ProductColumns } from '../schema/manifest.ts';
import type { Flow, Metric } from '../state/params.ts';

/** One country's value for the selection in one year, and the part under `broad` codes. */
export interface SeriesRow {
  year: number;
  iso3: string;
  value: number;
  broad: number;
}

/** Rows of a map shard for one category ('' = list total) and direction. */
export function seriesFromMapShard(
  shard: ColumnarShard<MapColumns>,
  category: string,
  flow: Flow,
): SeriesRow[] {
  const d = shard.data;
  const v = d[flow];
  const b = flow === 'export' ? d.exportBroad : d.importBroad;
  const out: SeriesRow[] = [];
  for (let i = 0; i < d.year.length; i++) {
    if (d.category[i] !== category) continue;
    out.push({
      year: Number(d.year[i]),
      iso3: String(d.iso3[i]),
      value: Number(v[i] ?? 0),
      broad: Number(b[i] ?? 0),
    });
  }
  return out;
}

/**
 * Sums product shards (one per HS code) into one series. `broadCodes` are codes whose
 * value counts as broad for the upper-bound notice.
 */
export function seriesFromProductShards(
  shards: { hs6: string; shard: ColumnarShard<ProductColumns> }[],
  flow: Flow,
  broadCodes: ReadonlySet<string> = new Set(),
): SeriesRow[] {
  const acc = new Map<string, SeriesRow>();
  for (const { hs6, shard } of shards) {
    const d = shard.data;
    const v = d[flow];
    const broad = broadCodes.has(hs6);
    for (let i = 0; i < d.year.length; i++) {
      const year = Number(d.year[i]);
      const iso3 = String(d.iso3[i]);
      const key = `${year}|${iso3}`;
      const value = Number(v[i] ?? 0);
      const row = acc.get(key) ?? { year, iso3, value: 0, broad: 0 };
      row.value += value;
      if (broad) row.broad += value;
      acc.set(key, row);
    }
  }
  return [...acc.values()];
}

export interface CountryValue {
  iso3: string;
  value: number;
  broad: number;
  share: number;
  /** Relative change from the previous year; null when there is no previous value to compare. */
  change: number | null;
  /** 1-based rank by value among countries with a positive value; 0 when the value is zero. */
  rank: number;
}

export interface MapModel {
  year: number;
  previousYear: number | null;
  /** Every country the dataset covers, with zero where it has no trade in the selection. */
  values: Map<string, CountryValue>;
  world: number;
  worldBroad: number;
  /** Countries with a positive value. */
  reporting: number;
}

/**
 * The view model behind the map and the ranking table. `covered` are the places the data
 * speak for on this side of the flow: they show a true zero; other places show "not covered".
 * `previousYear` is the resolved comparison (src/derive/resolve.ts), never guessed here.
 */
export function buildMapModel(
  series: SeriesRow[],
  year: number,
  previousYear: number | null,
  covered: Iterable<string>,
): MapModel {
  const now = new Map<string, SeriesRow>();
  const prev = new Map<string, number>();
  for (const r of series) {
    if (r.year === year) now.set(r.iso3, r);
    else if (r.year === previousYear) prev.set(r.iso3, r.value);
  }
  let world = 0;
  let worldBroad = 0;
  for (const r of now.values()) {
    world += r.value;
    worldBroad += r.broad;
  }
  const values = new Map<string, CountryValue>();
  for (const iso3 of covered) {
    const r = now.get(iso3);
    const value = r?.value ?? 0;
    const before = prev.get(iso3) ?? 0;
    values.set(iso3, {
      iso3,
      value,
      broad: r?.broad ?? 0,
      share: world > 0 ? value / world : 0,
      change: previousYear !== null && before > 0 ? (value - before) / before : null,
      rank: 0,
    });
  }
  const ranked = [...values.values()]
    .filter((v) => v.value > 0)
    .sort((a, b) => b.value - a.value || (a.iso3 < b.iso3 ? -1 : 1));
  ranked.forEach((v, i) => (v.rank = i + 1));
  return { year, previousYear, values, world, worldBroad, reporting: ranked.length };
}

/** The number a metric shows for a country; null means "not applicable" (e.g. no previous year). */
export function metricValue(v: CountryValue | undefined, metric: Metric): number | null {
  if (!v) return null;
  if (metric === 'value') return v.value;
  if (metric === 'share') return v.share;
  return v.change;
}
