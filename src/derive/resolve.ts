/**
 * The one resolved selection: from the manifest and the URL state to the dataset,
 * the period shown and the periods it is compared with, what is selected, the shards that
 * hold it, and which of its codes the input covers. Every view, caption, export, print sheet,
 * tour step and download reads this; none decides on its own what a state selects.
 *
 * Two stages, because part of the answer needs small shards: `resolve` reads only the
 * manifest (synchronous, for titles, shard references and downloads); `selectionCodes` adds
 * the list shard (which codes sit in a category) and `selectionKeys` the conversion shards
 * (which codes of the data's edition a list code becomes in each year).
 */
import type {
  ColumnarShard,
  ConversionColumns,
  DatasetMeta,
  HsEdition,
  ListMeta,
  Manifest,
  ShardRef,
} from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import type { AtlasState, Flow } from '../state/params.ts';
import { listCodes, type ListCode } from './compare.ts';
import { type ListColumns } from '../schema/manifest.ts';
import { comparisonYear, isMonthly, monthsOfYear, periodMonths } from '../state/calendar.ts';

/** Own codes over one HS code over a category over the whole list. */
export type SelectionKind = 'list' | 'category' | 'hs' | 'codes';

export interface Period {
  year: number;
  /** 1-12 for one month of a monthly dataset; 0 for the whole year (or what the year holds). */
  month: number;
  /** Months the period covers in a monthly dataset, ascending; [] for yearly data. */
  months: number[];
  /** HS edition the data of that year is coded in. */
  edition: HsEdition;
}

/** A period set beside the one shown, and whether the two cover the same months. */
export interface ComparedPeriod extends Period {
  /**
   * True when both periods cover the same months (always for yearly data). False for the
   * profiles' second year when, say, twelve months of 2021 stand beside January-November 2022.
   */
  sameMonths: boolean;
  /** True when the two are coded in different HS editions (a series break). */
  editionChanges: boolean;
}

export interface Resolved {
  dataset: DatasetMeta;
  /** The list in force: the selection's list, and the context of a code (its list shard). */
  list: ListMeta | undefined;
  kind: SelectionKind;
  /** Category id for kind `category`, else ''. */
  category: string;
  /** The HS code (kind `hs`) or the user's codes (kind `codes`); [] otherwise. */
  codes: string[];
  /** Of `codes`, those with no row in any year of the dataset (no product shard). */
  missing: string[];
  /** The period shown. */
  period: Period;
  /** The period the change metric compares with: the same months a year earlier, or null. */
  previous: ComparedPeriod | null;
  /**
   * The profiles' second year (`year2`), over the months both years hold when they differ
   * (`period.months` of the shown year): like compared with like. `full` is that year whole.
   */
  second: { period: ComparedPeriod; full: Period } | null;
  /** Whether totals by list come from month shards (a month, or a partial year compared). */
  monthShards: boolean;
  refs: {
    /** Map shards of the shown year and of the previous period's year (yearly totals). */
    map: ShardRef[];
    /** Month shards of the same years, when `monthShards`. */
    month: ShardRef[];
    /** The second year's map shard (profiles), for lists and categories. */
    secondMap: ShardRef[];
    /** Month shards of the shown and the second year, when they are compared over months. */
    secondMonth: ShardRef[];
    /** Product shards of `codes` that exist, in the order of `codes`. */
    product: { code: string; ref: ShardRef }[];
    list: ShardRef | undefined;
    /** Conversion shards the list needs, per HS edition of the dataset's years. */
    conversions: { edition: HsEdition; ref: ShardRef }[];
  };
}

export function editionOf(ds: DatasetMeta, year: number): HsEdition {
  return ds.yearEditions?.[String(year)] ?? ds.hsEdition;
}

/** The dataset the state names, or the first one (the URL parser has already checked it). */
export function datasetOf(manifest: Manifest, state: AtlasState): DatasetMeta | undefined {
  return manifest.datasets.find((d) => d.id === state.dataset);
}

/** Codes a selection by code carries: only HS6 datasets have codes to select. */
function codesOf(state: AtlasState, ds: DatasetMeta): string[] {
  if (ds.granularity !== 'hs6') return [];
  if (state.codes.length > 0) return [...new Set(state.codes)];
  return state.hs ? [state.hs] : [];
}

/**
 * The selection a state makes. Single codes have no month shards, so a month is shown only
 * for lists and categories; profiles and flows are by year.
 */
export function resolve(manifest: Manifest, state: AtlasState): Resolved | null {
  const ds = datasetOf(manifest, state);
  if (!ds) return null;
  const list = manifest.lists.find((l) => l.id === state.list);
  const codes = codesOf(state, ds);
  const kind: SelectionKind =
    state.codes.length > 0 && codes.length > 0
      ? 'codes'
      : codes.length > 0
        ? 'hs'
        : state.cat
          ? 'category'
          : 'list';
  const byList = kind === 'list' || kind === 'category';
  const yearly = state.view === 'country' || state.view === 'flows' || state.view === 'product';
  const month = byList && !yearly && isMonthly(ds) ? state.month : 0;
  const period: Period = {
    year: state.year,
    month,
    months: periodMonths(ds, state.year, month),
    edition: editionOf(ds, state.year),
  };
  // Codes have yearly figures only: a partial year (Eurostat 2022, January-November) has no
  // like-for-like earlier period for them, so no change is shown rather than 11 months vs 12.
  const partialByCode = !byList && isMonthly(ds) && period.months.length < 12;
  const prevYear = partialByCode ? null : comparisonYear(ds, state.year, month);
  const previous = prevYear === null ? null : compared(ds, period, prevYear, period.months);
  const second = state.year2 ? secondPeriod(ds, period, state.year2, byList) : null;
  const monthShards =
    byList && isMonthly(ds) && (month > 0 || (previous !== null && !fullYear(ds, state.year)));
  const years = [state.year, ...(previous ? [previous.year] : [])];
  const productRefs = codes
    .map((code) => ({ code, ref: manifest.shards.product[shardKey.product(ds.id, code)] }))
    .filter((p): p is { code: string; ref: ShardRef } => p.ref !== undefined);
  const editions = [...new Set(ds.years.map((y) => editionOf(ds, y)))];
  return {
    dataset: ds,
    list,
    kind,
    category: kind === 'category' ? state.cat : '',
    codes,
    missing: codes.filter((c) => !productRefs.some((p) => p.code === c)),
    period,
    previous,
    second,
    monthShards,
    refs: {
      map: byList && list ? refsOf(manifest.shards.map, ds, list.id, years, shardKey.map) : [],
      month:
        byList && list && monthShards
          ? refsOf(manifest.shards.month ?? {}, ds, list.id, years, shardKey.month)
          : [],
      secondMap:
        byList && list && second && !secondOverMonths(ds, period, second)
          ? refsOf(manifest.shards.map, ds, list.id, [second.period.year], shardKey.map)
          : [],
      secondMonth:
        byList && list && second && secondOverMonths(ds, period, second)
          ? refsOf(
              manifest.shards.month ?? {},
              ds,
              list.id,
              [state.year, second.period.year],
              shardKey.month,
            )
          : [],
      product: productRefs,
      list: list ? manifest.shards.list[list.id] : undefined,
      conversions:
        list && ds.granularity === 'hs6'
          ? editions
              .filter((e) => e !== list.hsEdition)
              .map((edition) => ({
                edition,
                ref: manifest.shards.conversion?.[shardKey.conversion(list.id, edition)],
              }))
              .filter((c): c is { edition: HsEdition; ref: ShardRef } => c.ref !== undefined)
          : [],
    },
  };
}

function fullYear(ds: DatasetMeta, year: number): boolean {
  return monthsOfYear(ds, year).length === 12;
}

function compared(
  ds: DatasetMeta,
  shown: Period,
  year: number,
  months: readonly number[],
): ComparedPeriod {
  const own = isMonthly(ds) ? [...months] : [];
  return {
    year,
    month: shown.month,
    months: own,
    edition: editionOf(ds, year),
    sameMonths: own.join() === shown.months.join(),
    editionChanges: editionOf(ds, year) !== shown.edition,
  };
}

/**
 * The second year of a profile, over the months both years hold: twelve months of 2021 beside
 * January-November 2022 are compared as January-November of both, and said so.
 */
function secondPeriod(
  ds: DatasetMeta,
  shown: Period,
  year2: number,
  byList: boolean,
): Resolved['second'] {
  if (!ds.years.includes(year2) || year2 === shown.year) return null;
  const full: Period = {
    year: year2,
    month: 0,
    months: monthsOfYear(ds, year2),
    edition: editionOf(ds, year2),
  };
  if (!isMonthly(ds)) return { period: compared(ds, shown, year2, []), full };
  if (!byList) {
    // Codes have yearly figures only: whole years side by side, said when their months differ.
    const period = compared(ds, shown, year2, full.months);
    return { period: { ...period, sameMonths: full.months.join() === shown.months.join() }, full };
  }
  const common = shown.months.filter((m) => full.months.includes(m));
  const period = compared(ds, shown, year2, common);
  // Like compared with like: the same months on both sides, even when one year is whole.
  period.sameMonths = common.length === shown.months.length && common.length === full.months.length;
  return { period, full };
}

/** Whether the second year's totals must be summed over months rather than read per year. */
export function secondUsesMonths(res: Resolved): boolean {
  const byList = res.kind === 'list' || res.kind === 'category';
  return byList && res.second !== null && secondOverMonths(res.dataset, res.period, res.second);
}

function secondOverMonths(
  ds: DatasetMeta,
  shown: Period,
  second: NonNullable<Resolved['second']>,
): boolean {
  if (!isMonthly(ds)) return false;
  return second.period.months.length < 12 || shown.months.length < 12;
}

function refsOf(
  shards: Record<string, ShardRef>,
  ds: DatasetMeta,
  list: string,
  years: number[],
  key: (dataset: string, list: string, year: number) => string,
): ShardRef[] {
  // A year in which a list has no trade at all has no shard: zero, not an error.
  return years.map((y) => shards[key(ds.id, list, y)]).filter((r): r is ShardRef => !!r);
}

/**
 * Places the dataset can speak for on one side of a flow: Eurostat's data hold the EU-27 as
 * exporters and seven partners as importers, so on its export map the seven are "not covered",
 * not zero.
 */
export function reachOf(ds: DatasetMeta, flow: Flow): string[] {
  return flow === 'export' ? ds.inputCoverage.exporters : ds.inputCoverage.importers;
}

/**
 * Whether the data speak for only some places on a side (Eurostat: 27 exporters, 7 importers;
 * a national file: one reporter), so its totals are totals of that reach, not world totals.
 * World datasets (BACI, JRC) hold some two hundred places on each side.
 */
export function reachLimited(ds: DatasetMeta): boolean {
  const c = ds.inputCoverage;
  return Math.min(c.exporters.length, c.importers.length) < 100;
}

/** What the selection asks for, in units the coverage counts: list codes or categories. */
export interface SelectionCodes {
  unit: 'code' | 'category';
  /** List codes (list's edition), categories of a category-level dataset, or the user's codes. */
  asked: string[];
  /** The list's codes with their categories (empty for kind hs/codes without a list shard). */
  entries: Map<string, ListCode>;
}

/** The codes (or categories) a resolved selection stands for, from its list shard. */
export function selectionCodes(
  res: Resolved,
  listShard: ColumnarShard<ListColumns> | null,
): SelectionCodes {
  const list = res.list;
  const entries = list && listShard ? listCodes(listShard, list) : new Map<string, ListCode>();
  if (res.kind === 'hs' || res.kind === 'codes') return { unit: 'code', asked: res.codes, entries };
  if (!list) return { unit: 'code', asked: [], entries };
  if (res.dataset.granularity === 'category') {
    const cats = res.category
      ? [res.category]
      : list.categories.filter((c) => c.inTotal).map((c) => c.id);
    return { unit: 'category', asked: cats, entries };
  }
  const asked = [...entries.values()]
    .filter((c) => (res.category ? c.categories.includes(res.category) : c.inTotal))
    .map((c) => c.code)
    .sort();
  return { unit: 'code', asked, entries };
}

/** Which of a selection's codes the input holds in one year. */
export interface Coverage {
  year: number;
  unit: 'code' | 'category';
  asked: string[];
  /** Asked codes with at least one flow in the year (list edition, or the user's codes). */
  withRows: string[];
  /** Asked codes with a counterpart in the year's edition but no flow in the input. */
  withoutRows: string[];
  /** Asked list codes with no counterpart in the year's HS edition. */
  noCounterpart: string[];
  /** True when every asked code has rows: a total of the selection is a total of all of it. */
  complete: boolean;
}

/**
 * Coverage of the selection in a year, from the manifest's record of the input. A code chosen
 * by itself is covered when the dataset has a product shard for it and, if the shard is given,
 * a row in that year.
 */
export function coverageOf(
  res: Resolved,
  sel: SelectionCodes,
  year: number,
  productYears?: ReadonlyMap<string, ReadonlySet<number>>,
): Coverage {
  const asked = sel.asked;
  let withRows: string[];
  let noCounterpart: string[] = [];
  if (res.kind === 'hs' || res.kind === 'codes') {
    withRows = asked.filter((c) => {
      if (res.missing.includes(c)) return false;
      const years = productYears?.get(c);
      return years ? years.has(year) : true;
    });
  } else {
    const rec = res.list ? res.dataset.inputCoverage.lists[res.list.id]?.[String(year)] : null;
    if (!rec) {
      // A year the dataset does not hold, or a list not applied to it.
      withRows = [];
    } else {
      const has = new Set(rec.withRows);
      const none = new Set(rec.noCounterpart);
      withRows = asked.filter((c) => has.has(c));
      noCounterpart = asked.filter((c) => none.has(c) && !has.has(c));
    }
  }
  const covered = new Set([...withRows, ...noCounterpart]);
  const withoutRows = asked.filter((c) => !covered.has(c));
  return {
    year,
    unit: sel.unit,
    asked,
    withRows,
    withoutRows,
    noCounterpart,
    complete: asked.length > 0 && withRows.length === asked.length,
  };
}

/** Coverage of the list codes of one category (the profile's category table). */
export function categoryCoverage(
  res: Resolved,
  sel: SelectionCodes,
  category: string,
  year: number,
): Coverage {
  const asked =
    sel.unit === 'category'
      ? [category]
      : [...sel.entries.values()]
          .filter((c) => c.categories.includes(category))
          .map((c) => c.code)
          .sort();
  return coverageOf(
    { ...res, kind: 'category', category },
    { unit: sel.unit, asked, entries: sel.entries },
    year,
  );
}

/**
 * The keys of a shard's `code` column that the selection counts in a year: the user's codes,
 * one HS code, the category ids of a category-level dataset, or the list codes converted to
 * the year's edition (HS2022 880730 is HS2017 880330 in Eurostat's 2021 data). Each code once.
 */
export function selectionKeys(
  res: Resolved,
  sel: SelectionCodes,
  conversions: readonly { edition: HsEdition; shard: ColumnarShard<ConversionColumns> }[],
): (year: number) => ReadonlySet<string> {
  const plain = new Set(sel.asked);
  if (sel.unit === 'category' || res.kind === 'hs' || res.kind === 'codes' || !res.list)
    return () => plain;
  const targets = conversionTargets(res, conversions);
  const byEdition = new Map<HsEdition, Set<string>>();
  for (const c of conversions) {
    const out = new Set<string>();
    for (const code of plain) for (const x of targets(c.edition).get(code) ?? []) out.add(x);
    byEdition.set(c.edition, out);
  }
  const listEdition = res.list.hsEdition;
  return (year) => {
    const edition = editionOf(res.dataset, year);
    if (edition === listEdition) return plain;
    // A list of another edition without a conversion shard is applied as is.
    return byEdition.get(edition) ?? plain;
  };
}

/**
 * What each list code becomes in an HS edition: itself in the list's own edition, its
 * correlated codes in another (none when it has no counterpart); codes of editions without a
 * conversion shard stay as they are.
 */
export function conversionTargets(
  res: Resolved,
  conversions: readonly { edition: HsEdition; shard: ColumnarShard<ConversionColumns> }[],
): (edition: HsEdition) => ReadonlyMap<string, readonly string[]> {
  const maps = new Map<HsEdition, Map<string, string[]>>();
  for (const c of conversions) {
    const d = c.shard.data;
    const out = new Map<string, string[]>();
    for (let i = 0; i < d.code.length; i++) {
      const code = String(d.code[i]);
      const list = out.get(code) ?? [];
      const target = d.hs6[i];
      if (target !== null && target !== undefined && !list.includes(String(target)))
        list.push(String(target));
      out.set(code, list);
    }
    maps.set(c.edition, out);
  }
  const none = new Map<string, string[]>();
  return (edition) => (edition === res.list?.hsEdition ? none : (maps.get(edition) ?? none));
}
