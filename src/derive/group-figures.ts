/**
 * A group's figures that the group functions in groups.ts do not give by themselves: its top
 * codes (from the flows shard, which keeps the code of every exporter -> importer pair) and its
 * totals over the years. Pure; a year or code without data is absent, never zero.
 */
import type { ColumnarShard, FlowColumns, MonthColumns } from '../schema/manifest.ts';
import { groupTotal, placeValues, type GroupFlow, type GroupTotal } from './groups.ts';
import { buildMapModel, seriesFromMapShard, type SeriesRow } from './map-model.ts';
import { periodShard, type MonthPoint } from './months.ts';

export interface GroupCode {
  code: string;
  value: number;
  /** Part of the group's total under the codes counted, 0-1. */
  share: number;
}

/**
 * The codes a group trades most under the selection: exports are flows whose exporter is a
 * member (trade between members included, as in the group's total), imports the other way
 * round. Self-flows are left out, as flowPairs leaves them out.
 */
export function groupTopCodes(
  shard: ColumnarShard<FlowColumns>,
  keys: ReadonlySet<string>,
  members: readonly string[],
  flow: GroupFlow,
  n: number,
): GroupCode[] {
  const set = new Set(members);
  const d = shard.data;
  const side = flow === 'export' ? d.exporter : d.importer;
  const sums = new Map<string, number>();
  for (let i = 0; i < d.code.length; i++) {
    const code = String(d.code[i]);
    if (!keys.has(code) || !set.has(String(side[i]))) continue;
    if (d.exporter[i] === d.importer[i]) continue;
    const v = Number(d.value[i] ?? 0);
    if (v > 0) sums.set(code, (sums.get(code) ?? 0) + v);
  }
  const total = [...sums.values()].reduce((s, v) => s + v, 0);
  return [...sums]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, Math.max(0, n))
    .map(([code, value]) => ({ code, value, share: total > 0 ? value / total : 0 }));
}

/** One year of a group's trend: null where no member has data that year. */
export interface GroupYear {
  year: number;
  export: GroupTotal | null;
  import: GroupTotal | null;
}

/**
 * The group's totals in each year, with the members it had in that year (`membersIn`: a
 * region's fixed list, or a union's members on the date). `series` gives every year's value of
 * each place for a flow (a list's yearly map shards, or the product shards of a selection by
 * code: seriesOf in figures.ts); each year is read as that year's map shows it (buildMapModel
 * over `reach`: the places the map gives a value in that year on a side, mapReach).
 */
export function groupTrend(
  years: readonly number[],
  series: (flow: GroupFlow) => SeriesRow[],
  membersIn: (year: number) => readonly string[],
  reach: (year: number, flow: GroupFlow) => Iterable<string>,
): GroupYear[] {
  const rows = { export: series('export'), import: series('import') };
  return years.map((year) => {
    const members = membersIn(year);
    const of = (flow: GroupFlow) => {
      const model = buildMapModel(rows[flow], year, null, reach(year, flow));
      const g = groupTotal(placeValues(model), members);
      return g.members.length > 0 ? g : null;
    };
    return { year, export: of('export'), import: of('import') };
  });
}

/** A group's months: each month's total on each side, null where no member has data. */
export interface GroupMonth extends Omit<MonthPoint, 'export' | 'import'> {
  export: number | null;
  import: number | null;
}

/**
 * The group's total in every month of a monthly dataset, each read as that month's map shows
 * it: the month's map shard (periodShard over that one month) through the same map model,
 * reach and member list as the group's totals and trend (groupTrend), so the chart's month is
 * the figure the profile gives when that month is chosen.
 */
export function groupMonthly(
  monthShards: readonly ColumnarShard<MonthColumns>[],
  months: readonly string[],
  category: string,
  membersIn: (year: number) => readonly string[],
  reach: (year: number, flow: GroupFlow) => Iterable<string>,
): GroupMonth[] {
  const keys = [...new Set(months)].sort();
  const byMonth = new Map<number, { export: SeriesRow[]; import: SeriesRow[] }>();
  const seriesOfMonth = (m: number) => {
    let rows = byMonth.get(m);
    if (!rows) {
      const shard = periodShard(monthShards, [m]);
      rows = {
        export: seriesFromMapShard(shard, category, 'export'),
        import: seriesFromMapShard(shard, category, 'import'),
      };
      byMonth.set(m, rows);
    }
    return rows;
  };
  return keys.map((month) => {
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const rows = seriesOfMonth(m);
    const of = (flow: GroupFlow) => {
      const model = buildMapModel(rows[flow], year, null, reach(year, flow));
      const g = groupTotal(placeValues(model), membersIn(year));
      return g.members.length > 0 ? g.total : null;
    };
    return { month, year, m, export: of('export'), import: of('import') };
  });
}
