import type {
  ColumnarShard,
  DatasetMeta,
  Lang,
  Manifest,
  MapColumns,
  MonthColumns,
  ShardRef,
} from '../schema/manifest.ts';
import { MAP_COLUMNS, shardKey } from '../schema/manifest.ts';
import { LOCALES } from '../format/number.ts';
import { comparisonYear, isMonthly, isPartialYear, monthsOfYear } from '../state/calendar.ts';

/**
 * Month shards and month names: how month shards become the map's yearly model, and what a
 * period is called. Which months a dataset has is src/state/calendar.ts.
 */

/**
 * Whether the map needs month shards for this period rather than the yearly map shards: a
 * chosen month, or a partial year compared with the same months of the year before.
 */
export function usesMonthShards(ds: DatasetMeta | undefined, year: number, month: number): boolean {
  if (!isMonthly(ds)) return false;
  if (month > 0) return true;
  return isPartialYear(ds, year) && comparisonYear(ds, year, 0) !== null;
}

/**
 * The month shards of a year and of its comparison year. As for map shards, a year in which
 * a list has no trade at all has no shard: that is zero, not an error, so it is left out.
 */
export function monthShardRefs(
  manifest: Manifest,
  ds: DatasetMeta,
  list: string,
  year: number,
  month: number,
): ShardRef[] {
  const prev = comparisonYear(ds, year, month);
  const years = prev === null ? [year] : [year, prev];
  return years
    .map((y) => manifest.shards.month?.[shardKey.month(ds.id, list, y)])
    .filter((r): r is ShardRef => r !== undefined);
}

/** Every year's month shard of a list, for a time series (years without one are skipped). */
export function allMonthShardRefs(manifest: Manifest, ds: DatasetMeta, list: string): ShardRef[] {
  return [...ds.years]
    .sort((a, b) => a - b)
    .map((y) => manifest.shards.month?.[shardKey.month(ds.id, list, y)])
    .filter((r): r is ShardRef => r !== undefined);
}

/**
 * Sums month shards over the given months into a map shard (one row per year, country and
 * category), so the map model, ranking and country totals work unchanged on any period.
 * Over all twelve months of a year this equals the yearly map shard.
 */
export function periodShard(
  shards: readonly ColumnarShard<MonthColumns>[],
  months: readonly number[],
): ColumnarShard<MapColumns> {
  const wanted = new Set(months);
  const sums = new Map<string, { year: number; iso3: string; category: string; v: number[] }>();
  const numeric = ['export', 'import', 'exportBroad', 'importBroad'] as const;
  for (const shard of shards) {
    const d = shard.data;
    for (let i = 0; i < d.month.length; i++) {
      if (!wanted.has(Number(d.month[i]))) continue;
      const year = Number(d.year[i]);
      const iso3 = String(d.iso3[i]);
      const category = String(d.category[i] ?? '');
      const key = `${year}|${iso3}|${category}`;
      let row = sums.get(key);
      if (!row) {
        row = { year, iso3, category, v: [0, 0, 0, 0] };
        sums.set(key, row);
      }
      for (let c = 0; c < numeric.length; c++) {
        row.v[c] = (row.v[c] ?? 0) + Number(d[numeric[c] as MonthColumns][i] ?? 0);
      }
    }
  }
  const data = Object.fromEntries(MAP_COLUMNS.map((c) => [c, []])) as unknown as Record<
    MapColumns,
    (string | number | null)[]
  >;
  for (const r of sums.values()) {
    data.year.push(r.year);
    data.iso3.push(r.iso3);
    data.category.push(r.category);
    numeric.forEach((c, k) => data[c].push(r.v[k] ?? 0));
  }
  return {
    schemaVersion: shards[0]?.schemaVersion ?? 0,
    notice: shards[0]?.notice ?? '',
    columns: [...MAP_COLUMNS],
    data,
  };
}

/** One month of a country's trade in a list (the list total, each code counted once). */
export interface MonthPoint {
  /** `YYYY-MM` */
  month: string;
  year: number;
  m: number;
  export: number;
  import: number;
}

/**
 * A country's monthly exports and imports of a list over every month the dataset holds
 * (from ds.months, so a month without any row for the country is a true zero).
 */
export function countryMonthly(
  shards: readonly ColumnarShard<MonthColumns>[],
  ds: DatasetMeta,
  iso3: string,
  category = '',
): MonthPoint[] {
  const sums = new Map<string, { export: number; import: number }>();
  for (const shard of shards) {
    const d = shard.data;
    for (let i = 0; i < d.month.length; i++) {
      if (d.iso3[i] !== iso3 || String(d.category[i] ?? '') !== category) continue;
      const key = monthKey(Number(d.year[i]), Number(d.month[i]));
      const s = sums.get(key) ?? { export: 0, import: 0 };
      s.export += Number(d.export[i] ?? 0);
      s.import += Number(d.import[i] ?? 0);
      sums.set(key, s);
    }
  }
  const months = [...new Set(ds.months ?? [])].sort();
  return months.map((month) => {
    const s = sums.get(month);
    return {
      month,
      year: Number(month.slice(0, 4)),
      m: Number(month.slice(5, 7)),
      export: s?.export ?? 0,
      import: s?.import ?? 0,
    };
  });
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The months before and after on the dataset's timeline, across years (Dec 2021 → Jan 2022),
 * for the step buttons; null at either end, and for the whole year.
 */
export function monthNeighbours(
  ds: DatasetMeta | undefined,
  year: number,
  month: number,
): { prev: { year: number; month: number } | null; next: { year: number; month: number } | null } {
  const none = { prev: null, next: null };
  if (!ds || month === 0) return none;
  const all = [...new Set(ds.months ?? [])].sort();
  const i = all.indexOf(monthKey(year, month));
  if (i < 0) return none;
  const at = (k: string | undefined) =>
    k === undefined ? null : { year: Number(k.slice(0, 4)), month: Number(k.slice(5, 7)) };
  return { prev: at(all[i - 1]), next: at(all[i + 1]) };
}

/**
 * Years where the dataset's HS edition changes (yearEditions), in order: the first year of
 * each new edition. A list's coverage can change there: a break in the series.
 */
export function editionBreaks(
  ds: DatasetMeta,
): { year: number; prev: number; from: string; to: string }[] {
  const years = [...ds.years].sort((a, b) => a - b);
  const edition = (y: number) => ds.yearEditions?.[String(y)] ?? ds.hsEdition;
  const out: { year: number; prev: number; from: string; to: string }[] = [];
  for (let i = 1; i < years.length; i++) {
    const a = edition(years[i - 1] as number);
    const b = edition(years[i] as number);
    if (a !== b)
      out.push({ year: years[i] as number, prev: years[i - 1] as number, from: a, to: b });
  }
  return out;
}

// Month names come from Intl in the interface language, never from the catalogue.
const fmtCache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    fmtCache.set(key, f);
  }
  return f;
}
const utc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 15));

/**
 * "March" (the standalone form, e.g. Russian "март"), capitalised for a menu item; within a
 * sentence (`capitalise` false) as the language writes it: "mars", "март".
 */
export function monthName(lang: Lang, month: number, capitalise = true): string {
  const s = dateFormat(lang, { month: 'long' }).format(utc(2000, month));
  return capitalise ? s.charAt(0).toLocaleUpperCase(LOCALES[lang]) + s.slice(1) : s;
}

/** "March 2022", "mars 2022", "marzo de 2022", "март 2022 г.". */
export function monthYear(lang: Lang, year: number, month: number): string {
  return dateFormat(lang, { month: 'long', year: 'numeric' }).format(utc(year, month));
}

/** "January–November" ("janvier–novembre"), or "January, March" when not consecutive. */
export function monthRange(lang: Lang, months: readonly number[]): string {
  if (months.length === 0) return '';
  const first = months[0] as number;
  const last = months[months.length - 1] as number;
  const consecutive = months.every((m, i) => m === first + i);
  const name = (m: number) => monthName(lang, m, false);
  if (months.length === 1) return name(first);
  if (consecutive) return `${name(first)}–${name(last)}`;
  return months.map(name).join(', ');
}

/**
 * What a period is called in titles: "March 2022"; "2021"; a partial year is named with
 * its months, `partial` being the catalogue's pattern ("{year} ({range})").
 */
export function periodLabel(
  ds: DatasetMeta | undefined,
  year: number,
  month: number,
  lang: Lang,
  partial: (vars: { year: string; range: string }) => string,
  /** For a comparison year: the months of the period being compared, not the year's own. */
  months?: readonly number[],
): string {
  if (month > 0) return monthYear(lang, year, month);
  const own = monthsOfYear(ds, year);
  const shown = months ?? own;
  if (!isMonthly(ds) || shown.length === 0 || shown.length === 12) return String(year);
  return partial({ year: String(year), range: monthRange(lang, shown) });
}
