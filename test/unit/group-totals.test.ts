/**
 * A group's total has one derivation (issue 16): the map's group panel sums the values of the
 * map model the map draws (mapFigures -> placeValues), the group profile, its trend and a
 * country's standing read the yearly map shard through placeValuesOfShard over the places the
 * map gives a value (mapReach). Here both paths run on the embedded default for every shipped
 * group, dataset, list, category, year and flow, and must give the same total, members, values,
 * shares, ranks and no-data members. A year of a monthly dataset is drawn on the map from its
 * month shards, summed: there the values may differ in the last bits of a float, nothing more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ColumnarShard,
  Manifest,
  MapColumns,
  MonthColumns,
  ShardRef,
  ListColumns,
} from '../../src/schema/manifest.ts';
import { shardKey } from '../../src/schema/manifest.ts';
import { mapFigures, mapReach } from '../../src/derive/figures.ts';
import {
  groupTotal,
  membersOn,
  placeValues,
  placeValuesOfShard,
  type GroupTotal,
} from '../../src/derive/groups.ts';
import { coverageOf, resolve, selectionCodes, type Resolved } from '../../src/derive/resolve.ts';
import { groupMonthly } from '../../src/derive/group-figures.ts';
import { allMonthShardRefs } from '../../src/derive/months.ts';
import type { GroupsFile } from '../../src/schema/groups.ts';
import { defaultState } from '../../src/state/url-state.ts';
import type { Flow } from '../../src/state/params.ts';
import { PUBLIC_DATA } from '../pipeline/independent.ts';

const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as Manifest;
const groups = JSON.parse(readFileSync(join(PUBLIC_DATA, 'groups.json'), 'utf8')) as GroupsFile;
const cache = new Map<string, unknown>();
function load<T>(ref: ShardRef): T {
  let v = cache.get(ref.path);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(PUBLIC_DATA, ref.path), 'utf8'));
    cache.set(ref.path, v);
  }
  return v as T;
}

/** The model the map draws for a selection and side, from its shards, as MapView builds it. */
function mapModel(res: Resolved, flow: Flow, coverage: ReturnType<typeof coverageOf>) {
  return mapFigures(
    manifest,
    res,
    flow,
    {
      map: res.refs.map.map((r) => load<ColumnarShard<MapColumns>>(r)),
      month: res.refs.month.map((r) => load<ColumnarShard<MonthColumns>>(r)),
    },
    coverage,
  );
}

/** The fields a reader sees, values rounded where a monthly map sums month shards. */
function shown(g: GroupTotal, exact: boolean) {
  const r = (v: number) => (exact ? v : Math.round(v * 1000) / 1000);
  return {
    total: r(g.total),
    members: g.members.map((m) => [m.iso3, r(m.value), m.rank]),
    shares: g.members.map((m) => (m.share === null ? null : r(m.share * 1e9))),
    noData: [...g.noData].sort(),
  };
}

describe('one derivation of a group total: the map panel and the group profile', () => {
  const datasets = manifest.datasets.filter((d) => d.rows > 0);
  it('the embedded default has the datasets and groups the comparison needs', () => {
    expect(datasets.map((d) => d.id).sort()).toEqual([
      'baci-hs22-v202501',
      'eurostat-comext',
      'jrc-nuclear',
    ]);
    for (const id of ['central-asia', 'nsg', 'wco-east-southern-africa', 'wco-asia-pacific']) {
      expect(groups.groups.some((g) => g.id === id)).toBe(true);
    }
  });

  for (const ds of datasets) {
    it(`${ds.id}: every group, list, category, year and flow`, () => {
      let compared = 0;
      let withData = 0;
      let zeroMembers = 0;
      for (const list of ds.lists) {
        const meta = manifest.lists.find((l) => l.id === list);
        const cats = ['', ...(meta?.categories.map((c) => c.id) ?? [])];
        for (const year of ds.years) {
          const ref = manifest.shards.map[shardKey.map(ds.id, list, year)];
          if (!ref) continue;
          const yearly = load<ColumnarShard<MapColumns>>(ref);
          for (const cat of cats) {
            const res = resolve(manifest, {
              ...defaultState(manifest, ds.id),
              list,
              cat,
              year,
            });
            if (!res) throw new Error(`${ds.id} ${list} ${year} does not resolve`);
            const listShard = res.refs.list
              ? load<ColumnarShard<ListColumns>>(res.refs.list)
              : null;
            const coverage = coverageOf(res, selectionCodes(res, listShard), year);
            const exact = !res.monthShards;
            for (const flow of ['export', 'import'] as Flow[]) {
              // The map panel: the model the map draws, as MapView builds it.
              const onMap = placeValues(mapModel(res, flow, coverage));
              // The group profile: its yearly map shard over the places the map gives a value.
              const onProfile = placeValuesOfShard(
                yearly,
                year,
                cat,
                flow,
                mapReach(res, flow, coverage),
              );
              for (const g of groups.groups) {
                const members = membersOn(g, String(year));
                const a = groupTotal(onMap, members);
                const b = groupTotal(onProfile, members);
                expect(shown(b, exact), `${g.id} ${list}/${cat} ${year} ${flow}`).toEqual(
                  shown(a, exact),
                );
                compared++;
                if (a.total > 0) withData++;
                if (a.members.some((m) => m.value === 0)) zeroMembers++;
              }
            }
          }
        }
      }
      // The comparison ran over real figures, including members the data speak for that have
      // no trade in the selection (a zero, not "no data", on both).
      expect(compared).toBeGreaterThan(100);
      expect(withData).toBeGreaterThan(compared / 4);
      if (ds.id === 'baci-hs22-v202501') expect(zeroMembers).toBeGreaterThan(0);
    });
  }
});

/*
 * The group profile's chart of months reads every month as the map of that month shows it:
 * here each month of the monthly dataset is chosen as a reader would (month=m), the map's
 * model built from that year's month shard, and the group's total compared with the chart's
 * point; then the twelve points of a year are added up and compared with the yearly map
 * shard, which the build writes apart from the month shards.
 */
describe("a group's months: the chart's points are the map's figures of each month", () => {
  const ds = manifest.datasets.find((d) => d.id === 'eurostat-comext');
  it('eurostat-comext: every group, list and flow, each month and each year', () => {
    if (!ds) throw new Error('eurostat-comext is not in the embedded default');
    let compared = 0;
    let withData = 0;
    for (const list of ds.lists) {
      const monthShards = allMonthShardRefs(manifest, ds, list).map((r) =>
        load<ColumnarShard<MonthColumns>>(r),
      );
      const base = resolve(manifest, { ...defaultState(manifest, ds.id), list, cat: '' });
      if (!base) throw new Error(`${ds.id} ${list} does not resolve`);
      const listShard = base.refs.list ? load<ColumnarShard<ListColumns>>(base.refs.list) : null;
      const sel = selectionCodes(base, listShard);
      const reach = (y: number, f: Flow) => mapReach(base, f, coverageOf(base, sel, y));
      for (const g of groups.groups) {
        const chart = groupMonthly(
          monthShards,
          ds.months ?? [],
          '',
          (y) => membersOn(g, String(y)),
          reach,
        );
        expect(chart.length, 'one point per month').toBe(ds.months?.length);
        for (const p of chart) {
          const res = resolve(manifest, {
            ...defaultState(manifest, ds.id),
            list,
            cat: '',
            year: p.year,
            month: p.m,
          });
          if (!res) throw new Error(`${ds.id} ${list} ${p.month} does not resolve`);
          const coverage = coverageOf(res, sel, p.year);
          for (const flow of ['export', 'import'] as Flow[]) {
            const onMap = groupTotal(
              placeValues(mapModel(res, flow, coverage)),
              membersOn(g, String(p.year)),
            );
            expect(p[flow], `${g.id} ${list} ${p.month} ${flow}`).toBe(
              onMap.members.length > 0 ? onMap.total : null,
            );
            compared++;
            if ((p[flow] ?? 0) > 0) withData++;
          }
        }
        for (const year of ds.years) {
          const ref = manifest.shards.map[shardKey.map(ds.id, list, year)];
          if (!ref) continue;
          const yearly = load<ColumnarShard<MapColumns>>(ref);
          for (const flow of ['export', 'import'] as Flow[]) {
            const points = chart.filter((p) => p.year === year);
            const y = groupTotal(
              placeValuesOfShard(yearly, year, '', flow, reach(year, flow)),
              membersOn(g, String(year)),
            );
            const sum = points.reduce((s, p) => s + (p[flow] ?? 0), 0);
            expect(Math.round(sum), `${g.id} ${list} ${year} ${flow}: months add up`).toBe(
              Math.round(y.members.length > 0 ? y.total : 0),
            );
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(withData).toBeGreaterThan(compared / 10);
  });
});
