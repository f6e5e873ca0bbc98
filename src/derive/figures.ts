/**
 * Every figure a view shows, from the resolved selection and the shards it names: here the map
 * and ranking, the flows and the monthly series; a country's profile in profile-figures.ts and
 * the compare table in compare-figures.ts. The views render what these return and compute
 * nothing of their own, so one figure shown in two places has one derivation, and
 * test/unit/consistency.test.ts checks each against the download file.
 */
import type {
  ColumnarShard,
  FlowColumns,
  Manifest,
  MapColumns,
  MonthColumns,
  ProductColumns,
} from '../schema/manifest.ts';
import type { Flow } from '../state/params.ts';
import { buildMapModel, seriesFromMapShard, seriesFromProductShards } from './map-model.ts';
import type { MapModel, SeriesRow } from './map-model.ts';
import { countryMonthly, periodShard, type MonthPoint } from './months.ts';
import { flowPairs, type FlowPair } from './flows.ts';
import { reachOf, type Coverage, type Resolved } from './resolve.ts';

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

/**
 * The map and ranking: every country the data speak for on that side, with rank and share. A
 * selection none of whose codes the input holds (`coverage`) has no data anywhere: no place is
 * given a value, so none reads as zero.
 */
export function mapFigures(
  manifest: Manifest,
  res: Resolved,
  flow: Flow,
  src: TotalsSource,
  coverage: Coverage | null,
): MapModel {
  return buildMapModel(
    seriesOf(res, flow, src),
    res.period.year,
    res.previous?.year ?? null,
    mapReach(res, flow, coverage),
  );
}

/**
 * The places the map gives a value on one side: the data's reach (reachOf), or none when the
 * input holds none of the selection's codes. The group profile reads its members' values over
 * the same places (placeValuesOfShard in groups.ts), so a group's total is the map's.
 */
export function mapReach(res: Resolved, flow: Flow, coverage: Coverage | null): string[] {
  const noData = coverage !== null && coverage.withRows.length === 0;
  return noData ? [] : reachOf(res.dataset, flow);
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
