/**
 * Every figure a view shows, from the resolved selection and the shards it names: the map and
 * ranking, a country's headline, categories, trend, partners and codes, the second year, and
 * the monthly series. The views render what these return and compute nothing of their own, so
 * one figure shown in two places has one derivation, and test/unit/consistency.test.ts can
 * check each against the download file.
 */
import type {
  ColumnarShard,
  CountryColumns,
  FlowColumns,
  Manifest,
  MapColumns,
  MonthColumns,
  ProductColumns,
} from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import { buildMapModel, seriesFromMapShard, seriesFromProductShards } from './map-model.ts';
import type { MapModel, SeriesRow } from './map-model.ts';
import { countryMonthly, periodShard, type MonthPoint } from './months.ts';
import { flowPairs, type FlowPair } from './flows.ts';
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

export const FLOWS: readonly Flow[] = ['export', 'import'];

/** The shards behind totals by country: map or month shards for lists, product shards for codes. */
export interface TotalsSource {
  /** Yearly map shards (of the shown year and the previous period's). */
  map?: readonly ColumnarShard<MapColumns>[];
  /** Month shards of the years involved (summed over the period's months). */
  month?: readonly ColumnarShard<MonthColumns>[];
  products?: readonly { code: string; shard: ColumnarShard<ProductColumns> }[];
  /** Codes whose value counts as broad (upper bound) for a selection by code. */
  broadCodes?: ReadonlySet<string>;
}

/**
 * One value per country and year for the selection and direction. Month shards are summed
 * over the months of the period shown (a partial year is compared over the same months).
 */
export function seriesOf(res: Resolved, flow: Flow, src: TotalsSource): SeriesRow[] {
  if (res.kind === 'hs' || res.kind === 'codes') {
    return seriesFromProductShards(
      [...(src.products ?? [])].map(({ code, shard }) => ({ hs6: code, shard })),
      flow,
      src.broadCodes,
    );
  }
  if (res.monthShards) {
    return seriesFromMapShard(periodShard(src.month ?? [], res.period.months), res.category, flow);
  }
  return (src.map ?? []).flatMap((s) => seriesFromMapShard(s, res.category, flow));
}

/** The map and ranking: every country the data speak for on that side, with rank and share. */
export function mapFigures(
  manifest: Manifest,
  res: Resolved,
  flow: Flow,
  src: TotalsSource,
): MapModel {
  return buildMapModel(
    seriesOf(res, flow, src),
    res.period.year,
    res.previous?.year ?? null,
    reachOf(res.dataset, flow),
  );
}

/** One direction of a country's trade: null when the data cannot speak for it on that side. */
export interface Headline {
  covered: boolean;
  value: number;
  broad: number;
  share: number;
  /** 1-based; 0 without trade. */
  rank: number;
  reporting: number;
  change: number | null;
}

function headlineOf(model: MapModel, iso3: string): Headline {
  const v = model.values.get(iso3);
  return {
    covered: v !== undefined,
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
  const model = (flow: Flow) => mapFigures(manifest, res, flow, input.totals);
  const ex = headlineOf(model('export'), iso3);
  const im = headlineOf(model('import'), iso3);
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
    balance: ex.covered && im.covered ? ex.value - im.value : null,
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

/** Exporter -> importer pairs of a year over the selection's codes in that year's edition. */
export function flowFigures(
  res: Resolved,
  shard: ColumnarShard<FlowColumns>,
  keys: (year: number) => ReadonlySet<string>,
): FlowPair[] {
  return flowPairs(shard, keys(res.period.year));
}

/** A country's months (monthly datasets, lists and categories only). */
export function monthlyFigures(
  res: Resolved,
  shards: readonly ColumnarShard<MonthColumns>[],
  iso3: string,
): MonthPoint[] | null {
  if (res.kind === 'hs' || res.kind === 'codes') return null;
  return countryMonthly(shards, res.dataset, iso3, res.category);
}

/** Years in which each code of a product shard has a row (coverage of a selection by code). */
export function productYears(
  products: readonly { code: string; shard: ColumnarShard<ProductColumns> }[],
): Map<string, Set<number>> {
  return new Map(products.map(({ code, shard }) => [code, new Set(shard.data.year.map(Number))]));
}

/** One group of the compare table: codes of the data's edition, how many traded, their value. */
export interface CompareGroup {
  codes: number;
  traded: number;
  value: number;
}

export interface CompareFigures {
  /** Each list's total, as the map shows it (its own map shard). */
  totalA: number;
  totalB: number;
  coverageA: Coverage;
  coverageB: Coverage;
  onlyA: CompareGroup;
  onlyB: CompareGroup;
  both: CompareGroup;
  /** World value of each code of the data's edition in the year and direction. */
  values: Map<string, number>;
  /** A list code's value: the sum over the codes it becomes in the year's edition. */
  valueOfListCode: (list: 'a' | 'b', code: string) => number;
}

/**
 * Which codes list B adds or drops relative to list A, valued in the year shown. The groups are
 * formed on the codes of the year's HS edition (each list converted where its edition differs),
 * so onlyA + both equals list A's total and onlyB + both list B's, to the unit.
 */
export function compareFigures(input: {
  a: {
    res: Resolved;
    sel: SelectionCodes;
    keys: (year: number) => ReadonlySet<string>;
    map: ColumnarShard<MapColumns> | null;
  };
  b: {
    res: Resolved;
    sel: SelectionCodes;
    keys: (year: number) => ReadonlySet<string>;
    map: ColumnarShard<MapColumns> | null;
  };
  flow: Flow;
  products: readonly { code: string; shard: ColumnarShard<ProductColumns> }[];
  /** Per list, list code -> codes of the year's edition (identity when the editions agree). */
  targets: { a: ReadonlyMap<string, readonly string[]>; b: ReadonlyMap<string, readonly string[]> };
}): CompareFigures {
  const year = input.a.res.period.year;
  const values = new Map<string, number>();
  for (const { code, shard } of input.products) {
    const d = shard.data;
    let sum = values.get(code) ?? 0;
    for (let i = 0; i < d.year.length; i++)
      if (Number(d.year[i]) === year) sum += Number(d[input.flow][i] ?? 0);
    values.set(code, sum);
  }
  const ka = input.a.keys(year);
  const kb = input.b.keys(year);
  const group = (codes: string[]): CompareGroup => {
    let value = 0;
    let traded = 0;
    for (const c of codes) {
      const v = values.get(c) ?? 0;
      value += v;
      if (v > 0) traded++;
    }
    return { codes: codes.length, traded, value };
  };
  const total = (m: ColumnarShard<MapColumns> | null) => {
    if (!m) return 0;
    const d = m.data;
    let sum = 0;
    for (let i = 0; i < d.year.length; i++)
      if (Number(d.year[i]) === year && d.category[i] === '') sum += Number(d[input.flow][i] ?? 0);
    return sum;
  };
  return {
    totalA: total(input.a.map),
    totalB: total(input.b.map),
    coverageA: coverageOf(input.a.res, input.a.sel, year),
    coverageB: coverageOf(input.b.res, input.b.sel, year),
    onlyA: group([...ka].filter((c) => !kb.has(c))),
    onlyB: group([...kb].filter((c) => !ka.has(c))),
    both: group([...ka].filter((c) => kb.has(c))),
    values,
    valueOfListCode: (list, code) =>
      (input.targets[list].get(code) ?? [code]).reduce((s, c) => s + (values.get(c) ?? 0), 0),
  };
}
