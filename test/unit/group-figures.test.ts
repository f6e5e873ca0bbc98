import { describe, expect, it } from 'vitest';
import { groupTopCodes, groupTrend } from '../../src/derive/group-figures.ts';
import { seriesFromMapShard } from '../../src/derive/map-model.ts';
import type { ColumnarShard, FlowColumns, MapColumns } from '../../src/schema/manifest.ts';

const flows = (rows: [string, string, string, number][]): ColumnarShard<FlowColumns> =>
  ({
    schemaVersion: 3,
    notice: '',
    columns: ['code', 'exporter', 'importer', 'value'],
    data: {
      code: rows.map((r) => r[0]),
      exporter: rows.map((r) => r[1]),
      importer: rows.map((r) => r[2]),
      value: rows.map((r) => r[3]),
    },
  }) as unknown as ColumnarShard<FlowColumns>;

const map = (
  rows: [number, string, string, number | null, number | null][],
): ColumnarShard<MapColumns> => ({
  schemaVersion: 3,
  notice: '',
  columns: ['year', 'iso3', 'category', 'export', 'import', 'exportBroad', 'importBroad'],
  data: {
    year: rows.map((r) => r[0]),
    iso3: rows.map((r) => r[1]),
    category: rows.map((r) => r[2]),
    export: rows.map((r) => r[3]),
    import: rows.map((r) => r[4]),
    exportBroad: rows.map(() => 0),
    importBroad: rows.map(() => 0),
  },
});

describe('a group top codes and trend', () => {
  const shard = flows([
    ['840110', 'KAZ', 'RUS', 50],
    ['840110', 'KGZ', 'KAZ', 10],
    ['284410', 'KAZ', 'CHN', 30],
    ['284410', 'RUS', 'KAZ', 99],
    ['999999', 'KAZ', 'CHN', 1000],
    ['840110', 'KAZ', 'KAZ', 7],
  ]);
  it('sums the members side by code over the selected codes only, largest first', () => {
    const keys = new Set(['840110', '284410']);
    expect(groupTopCodes(shard, keys, ['KAZ', 'KGZ'], 'export', 5)).toEqual([
      { code: '840110', value: 60, share: 60 / 90 },
      { code: '284410', value: 30, share: 30 / 90 },
    ]);
    expect(groupTopCodes(shard, keys, ['KAZ', 'KGZ'], 'import', 1)).toEqual([
      { code: '284410', value: 99, share: 99 / 109 },
    ]);
  });

  it('a year where no member is within the data is no data, not zero; members follow the year', () => {
    const years = [
      { year: 2020, shard: map([[2020, 'FRA', '', 5, null]]) },
      {
        year: 2021,
        shard: map([
          [2021, 'KAZ', '', 3, 4],
          [2021, 'GBR', '', 2, 1],
        ]),
      },
    ];
    const reach = () => ['FRA', 'KAZ', 'GBR'];
    const yearsOf = years.map((y) => y.year);
    const series = (f: 'export' | 'import') =>
      years.flatMap((y) => seriesFromMapShard(y.shard, '', f));
    const t = groupTrend(yearsOf, series, (y) => (y === 2020 ? ['TKM'] : ['KAZ']), reach);
    expect(t[0]).toEqual({ year: 2020, export: null, import: null });
    expect(t[1]?.export?.total).toBe(3);
    expect(t[1]?.import?.total).toBe(4);
    // A member the data speak for but without a row that year reads 0, as on the map.
    const u = groupTrend(yearsOf, series, () => ['KAZ', 'GBR'], reach);
    expect(u[0]?.export?.total).toBe(0);
    expect(u[0]?.export?.members.map((m) => [m.iso3, m.value])).toEqual([
      ['GBR', 0],
      ['KAZ', 0],
    ]);
  });
});
