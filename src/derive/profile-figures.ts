/**
 * A country's profile, every number of it: headline standing (as the map computes it),
 * categories with their coverage, the trend through each year's own codes, partners and codes,
 * and a second year compared over the months both hold.
 */
import type { ColumnarShard, CountryColumns, Manifest, MapColumns } from '../schema/manifest.ts';
import type { Flow } from '../state/params.ts';
import { FLOWS, mapFigures, seriesOf, type TotalsSource } from './figures.ts';
import { buildMapModel, seriesFromMapShard, type MapModel, type SeriesRow } from './map-model.ts';
import { periodShard } from './months.ts';
import { profileBy, type ProfileRow } from './profile.ts';
import {
  categoryCoverage,
  coverageOf,
  reachOf,
  secondUsesMonths,
  type Coverage,
  type Resolved,
  type SelectionCodes,
} from './resolve.ts';

/** One direction of a country's trade, as the map and ranking compute it. */
export interface Headline {
  /** False: the data do not speak for this place on this side ("not covered"). */
  covered: boolean;
  /** True: the input holds none of the selection's codes in the period ("no data"). */
  noData: boolean;
  value: number;
  broad: number;
  share: number;
  /** 1-based; 0 without trade. */
  rank: number;
  reporting: number;
  change: number | null;
}

function headlineOf(model: MapModel, iso3: string, noData = false): Headline {
  const v = model.values.get(iso3);
  return {
    covered: v !== undefined || noData,
    noData,
    value: v?.value ?? 0,
    broad: v?.broad ?? 0,
    share: v?.share ?? 0,
    rank: v?.rank ?? 0,
    reporting: model.reporting,
    change: v?.change ?? null,
  };
}

export interface CategoryFigure {
  id: string;
  label: string;
  inTotal: boolean;
  coverage: Coverage;
  /** null: none of the category's codes has data in this dataset ("no data", never 0). */
  export: number | null;
  import: number | null;
  exportShare: number | null;
  importShare: number | null;
  /** Part under core codes (value minus broad) as a share of the value; null when none. */
  exportCore: number | null;
  importCore: number | null;
}

export interface TrendPoint {
  year: number;
  /** Months the year holds in a monthly dataset ([] for yearly data or a whole year). */
  months: number[];
  coverage: Coverage;
  /** null: not covered on that side, or none of the selection's codes has data that year. */
  export: number | null;
  import: number | null;
}

export interface ProfileInput {
  manifest: Manifest;
  res: Resolved;
  sel: SelectionCodes;
  keys: (year: number) => ReadonlySet<string>;
  iso3: string;
  country: ColumnarShard<CountryColumns>;
  /** Totals of the shown period and the previous one (as the map reads them). */
  totals: TotalsSource;
  /**
   * The second year's totals: month shards of both years when it is compared over months,
   * else the map shards of the second year (or product shards for codes).
   */
  second?: TotalsSource;
  /** Which years each selected code has rows in (product shards), for coverage by code. */
  productYears?: ReadonlyMap<string, ReadonlySet<number>>;
}

export interface ProfileFigures {
  coverage: Coverage;
  export: Headline;
  import: Headline;
  /** null when one side is not covered. */
  balance: number | null;
  /** By category of the list: only for a whole list or a category, never for codes. */
  categories: CategoryFigure[] | null;
  /** The list total's core/broad split: null for a selection by code, null parts for a side
   * the data do not cover. */
  core: {
    exportCore: number | null;
    importCore: number | null;
    exportBroad: number | null;
    importBroad: number | null;
  } | null;
  trend: TrendPoint[];
  partners: Record<Flow, { rows: ProfileRow[]; total: number }>;
  codes: Record<Flow, { rows: ProfileRow[]; total: number }>;
  second: SecondFigures | null;
}

export interface SecondFigures {
  year: number;
  /** Months both totals are summed over ([] when whole years are compared). */
  months: number[];
  sameMonths: boolean;
  /** The shown year and the second year over the same months. */
  shown: { export: Headline; import: Headline };
  other: { export: Headline; import: Headline };
  /** Partners of each whole year (partners exist by year only), with the months each holds. */
  partnersShown: Record<Flow, ProfileRow[]>;
  partnersOther: Record<Flow, ProfileRow[]>;
}

/** A country's profile, every number of it. */
export function profileFigures(input: ProfileInput): ProfileFigures {
  const { manifest, res, sel, keys, iso3, country } = input;
  const year = res.period.year;
  const reach = {
    export: new Set(reachOf(res.dataset, 'export')),
    import: new Set(reachOf(res.dataset, 'import')),
  };
  const coverage = coverageOf(res, sel, year, input.productYears);
  const noData = coverage.withRows.length === 0;
  const model = (flow: Flow) => mapFigures(manifest, res, flow, input.totals, coverage);
  // With no data at all, a side is "no data" where the data speak for the place at all.
  const ex = headlineOf(model('export'), iso3, noData && reach.export.has(iso3));
  const im = headlineOf(model('import'), iso3, noData && reach.import.has(iso3));
  const byList = res.kind === 'list' || res.kind === 'category';
  const mapShard = byList ? periodTotals(res, input.totals) : null;
  // No map shard: the list has no trade at all in the period, so every category is "no data".
  const split = byList
    ? mapShard
      ? splitOf(mapShard, iso3, year)
      : new Map<string, Split>()
    : null;
  const withData = coverage.withRows.length > 0;
  const categories =
    byList && res.list && split
      ? res.list.categories.map((c): CategoryFigure => {
          const cov = categoryCoverage(res, sel, c.id, year);
          const s = split.get(c.id);
          const total = split.get('');
          const has = cov.withRows.length > 0;
          const val = (flow: Flow) => (has && reach[flow].has(iso3) ? (s?.[flow] ?? 0) : null);
          const shareOf = (flow: Flow) => {
            const v = val(flow);
            const t = total?.[flow] ?? 0;
            return v === null || !c.inTotal ? null : t > 0 ? v / t : 0;
          };
          return {
            id: c.id,
            label: c.label,
            inTotal: c.inTotal,
            coverage: cov,
            export: val('export'),
            import: val('import'),
            exportShare: shareOf('export'),
            importShare: shareOf('import'),
            exportCore: coreShare(s?.export ?? 0, s?.exportBroad ?? 0),
            importCore: coreShare(s?.import ?? 0, s?.importBroad ?? 0),
          };
        })
      : null;
  const total = split?.get('');
  const partners = {} as ProfileFigures['partners'];
  const codes = {} as ProfileFigures['codes'];
  for (const flow of FLOWS) {
    partners[flow] = profileBy(country, 'partner', flow, year, keys(year));
    codes[flow] = profileBy(country, 'code', flow, year, keys(year));
  }
  return {
    coverage,
    export: ex,
    import: im,
    balance: ex.covered && im.covered && !noData ? ex.value - im.value : null,
    categories,
    core:
      byList && total
        ? {
            exportCore: ex.covered ? coreShare(total.export, total.exportBroad) : null,
            importCore: im.covered ? coreShare(total.import, total.importBroad) : null,
            exportBroad: ex.covered ? total.exportBroad : null,
            importBroad: im.covered ? total.importBroad : null,
          }
        : byList && withData
          ? {
              exportCore: null,
              importCore: null,
              exportBroad: ex.covered ? 0 : null,
              importBroad: im.covered ? 0 : null,
            }
          : null,
    trend: trendOf(input, reach),
    partners,
    codes,
    second: secondOf(input),
  };
}

function coreShare(value: number, broad: number): number | null {
  return value > 0 ? (value - broad) / value : null;
}

/** The shown period's list totals as one map-shaped shard (summed over months if need be). */
function periodTotals(res: Resolved, src: TotalsSource): ColumnarShard<MapColumns> | null {
  if (res.monthShards) return periodShard(src.month ?? [], res.period.months);
  const shards = src.map ?? [];
  if (shards.length === 0) return null;
  return shards.length === 1 ? (shards[0] ?? null) : joinMap(shards);
}

function joinMap(shards: readonly ColumnarShard<MapColumns>[]): ColumnarShard<MapColumns> {
  const first = shards[0] as ColumnarShard<MapColumns>;
  const data = {} as Record<MapColumns, (string | number | null)[]>;
  for (const c of first.columns) data[c] = shards.flatMap((s) => s.data[c] ?? []);
  return { ...first, data };
}

type Split = Record<Flow | 'exportBroad' | 'importBroad', number>;

function splitOf(shard: ColumnarShard<MapColumns>, iso3: string, year: number): Map<string, Split> {
  const d = shard.data;
  const out = new Map<string, Split>();
  for (let i = 0; i < d.year.length; i++) {
    if (Number(d.year[i]) !== year || d.iso3[i] !== iso3) continue;
    out.set(String(d.category[i] ?? ''), {
      export: Number(d.export[i] ?? 0),
      import: Number(d.import[i] ?? 0),
      exportBroad: Number(d.exportBroad[i] ?? 0),
      importBroad: Number(d.importBroad[i] ?? 0),
    });
  }
  return out;
}

/** Every year's totals of the selection, each year through its own edition's codes. */
function trendOf(input: ProfileInput, reach: Record<Flow, Set<string>>): TrendPoint[] {
  const { res, sel, keys, iso3, country } = input;
  const ds = res.dataset;
  const years = [...ds.years].sort((a, b) => a - b);
  const sums = new Map<number, Record<Flow, number>>(
    years.map((y) => [y, { export: 0, import: 0 }]),
  );
  const keyOf = new Map(years.map((y) => [y, keys(y)]));
  const d = country.data;
  for (let i = 0; i < d.year.length; i++) {
    const y = Number(d.year[i]);
    const k = keyOf.get(y);
    const flow = d.flow[i];
    if (!k || !k.has(String(d.code[i])) || (flow !== 'export' && flow !== 'import')) continue;
    const s = sums.get(y);
    if (s) s[flow] += Number(d.value[i] ?? 0);
  }
  return years.map((year) => {
    const coverage = coverageOf(res, sel, year, input.productYears);
    const s = sums.get(year) ?? { export: 0, import: 0 };
    const at = (flow: Flow) =>
      reach[flow].has(iso3) && coverage.withRows.length > 0 ? s[flow] : null;
    const months = ds.frequency === 'month' ? monthsHeld(ds.months ?? [], year) : [];
    return {
      year,
      months: months.length === 12 ? [] : months,
      coverage,
      export: at('export'),
      import: at('import'),
    };
  });
}

function monthsHeld(months: readonly string[], year: number): number[] {
  return months
    .filter((m) => m.startsWith(`${year}-`))
    .map((m) => Number(m.slice(5, 7)))
    .sort((a, b) => a - b);
}

/** The second year beside the shown one: totals over the same months, partners by year. */
function secondOf(input: ProfileInput): SecondFigures | null {
  const { res, iso3, country, keys } = input;
  const s = res.second;
  if (!s || !input.second) return null;
  const months = secondUsesMonths(res) ? s.period.months : [];
  const src = input.second;
  const over = (year: number): { export: Headline; import: Headline } => {
    const at = (flow: Flow) => {
      let series: SeriesRow[];
      if (res.kind === 'hs' || res.kind === 'codes') series = seriesOf(res, flow, src);
      else if (months.length > 0)
        series = seriesFromMapShard(periodShard(src.month ?? [], months), res.category, flow);
      else {
        // Whole years: each year's own map shard (the shown year's is the headline's).
        const maps = year === res.period.year ? (input.totals.map ?? []) : (src.map ?? []);
        series = maps.flatMap((m) => seriesFromMapShard(m, res.category, flow));
      }
      const model = buildMapModel(series, year, null, reachOf(res.dataset, flow));
      return headlineOf(model, iso3);
    };
    return { export: at('export'), import: at('import') };
  };
  const partnersIn = (year: number) => ({
    export: profileBy(country, 'partner', 'export', year, keys(year)).rows,
    import: profileBy(country, 'partner', 'import', year, keys(year)).rows,
  });
  return {
    year: s.period.year,
    months,
    sameMonths: s.period.sameMonths,
    shown: over(res.period.year),
    other: over(s.period.year),
    partnersShown: partnersIn(res.period.year),
    partnersOther: partnersIn(s.period.year),
  };
}
