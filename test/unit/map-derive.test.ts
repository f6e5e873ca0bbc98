import { describe, expect, it } from 'vitest';
import {
  buildMapModel,
  metricValue,
  seriesFromProductShards,
  type SeriesRow,
} from '../../src/derive/map-model.ts';
import {
  buildScale,
  classBounds,
  classIndex,
  niceRound,
  quantileBreaks,
  NA_COLOR,
  ZERO_COLOR,
} from '../../src/derive/scale.ts';
import { countryFills } from '../../src/derive/fills.ts';
import type { ColumnarShard, ProductColumns } from '../../src/schema/manifest.ts';

const rows: SeriesRow[] = [
  { year: 2020, iso3: 'AAA', value: 100, broad: 0 },
  { year: 2020, iso3: 'BBB', value: 50, broad: 50 },
  { year: 2021, iso3: 'AAA', value: 150, broad: 0 },
  { year: 2021, iso3: 'BBB', value: 50, broad: 50 },
  { year: 2021, iso3: 'CCC', value: 300, broad: 100 },
];

describe('buildMapModel', () => {
  const m = buildMapModel(rows, 2021, 2020, ['AAA', 'BBB', 'CCC', 'DDD']);
  it('totals, shares and ranks', () => {
    expect(m.world).toBe(500);
    expect(m.worldBroad).toBe(150);
    expect(m.reporting).toBe(3);
    expect(m.values.get('CCC')).toMatchObject({ rank: 1, share: 0.6 });
    expect(m.values.get('AAA')).toMatchObject({ rank: 2, share: 0.3, change: 0.5 });
    expect(m.values.get('BBB')?.change).toBe(0);
  });
  it('a covered country without trade is a true zero, not missing', () => {
    expect(m.values.get('DDD')).toMatchObject({ value: 0, rank: 0, change: null });
    expect(m.values.has('EEE')).toBe(false);
  });
  it('change is null without a value the year before, and in the first year', () => {
    expect(m.values.get('CCC')?.change).toBeNull();
    const first = buildMapModel(rows, 2020, null, ['AAA']);
    expect(first.previousYear).toBeNull();
    expect(metricValue(first.values.get('AAA'), 'change')).toBeNull();
  });
});

describe('seriesFromProductShards', () => {
  const shard = (years: number[], iso: string[], exp: number[]): ColumnarShard<ProductColumns> => ({
    schemaVersion: 1,
    notice: '',
    columns: ['year', 'iso3', 'export', 'import', 'exportQuantityT', 'importQuantityT'],
    data: {
      year: years,
      iso3: iso,
      export: exp,
      import: exp.map(() => 0),
      exportQuantityT: [],
      importQuantityT: [],
    },
  });
  it('sums codes per country and year and marks broad codes', () => {
    const s = seriesFromProductShards(
      [
        { hs6: '111111', shard: shard([2023, 2023], ['AAA', 'BBB'], [10, 5]) },
        { hs6: '222222', shard: shard([2023], ['AAA'], [7]) },
      ],
      'export',
      new Set(['222222']),
    );
    expect(s.find((r) => r.iso3 === 'AAA')).toEqual({
      year: 2023,
      iso3: 'AAA',
      value: 17,
      broad: 7,
    });
    expect(s.find((r) => r.iso3 === 'BBB')).toEqual({
      year: 2023,
      iso3: 'BBB',
      value: 5,
      broad: 0,
    });
  });
});

describe('scale', () => {
  it('rounds breaks to two significant digits', () => {
    expect(niceRound(123456)).toBe(120000);
    expect(niceRound(0.0347)).toBeCloseTo(0.035);
  });
  it('quantile breaks follow skewed values, not their range', () => {
    const skewed = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 1_000_000];
    const b = quantileBreaks(skewed, 4);
    expect(b).toEqual([5, 21, 89]);
    // A class starts at its bound: 5 opens the second class, 4.9 stays in the first.
    expect(classIndex(4.9, b)).toBe(0);
    expect(classIndex(5, b)).toBe(1);
    expect(classIndex(20.9, b)).toBe(1);
    expect(classIndex(21, b)).toBe(2);
    expect(classIndex(1_000_000, b)).toBe(3);
  });
  it('states each class by bounds that no two classes share', () => {
    const b = [5, 21, 89];
    expect([0, 1, 2, 3].map((i) => classBounds(b, i))).toEqual([
      { kind: 'under', hi: 5 },
      { kind: 'range', lo: 5, hi: 21 },
      { kind: 'range', lo: 21, hi: 89 },
      { kind: 'from', lo: 89 },
    ]);
    expect(classBounds([], 0)).toEqual({ kind: 'all' });
    // Every value falls in exactly the class whose bounds hold it.
    for (const v of [0.1, 4.99, 5, 20, 21, 88.9, 89, 1e9]) {
      const c = classBounds(b, classIndex(v, b));
      const lo = c.kind === 'range' || c.kind === 'from' ? c.lo : -Infinity;
      const hi = c.kind === 'range' || c.kind === 'under' ? c.hi : Infinity;
      expect(v >= lo && v < hi).toBe(true);
    }
  });
  it('zero and no-data stay distinct from every class colour', () => {
    const s = buildScale('value', [1, 10, 100, 1000, 10000, 100000, 1e6]);
    expect(s.colors).not.toContain(ZERO_COLOR);
    const m = buildMapModel(rows, 2021, 2020, ['AAA', 'BBB', 'CCC', 'DDD']);
    const fills = countryFills(['AAA', 'DDD', 'ZZZ'], m, 'value', s);
    expect(fills.get('DDD')).toBe(ZERO_COLOR);
    expect(fills.get('ZZZ')).toBeNull();
    expect(fills.get('AAA')).toMatch(/^#/);
    const change = countryFills(['CCC', 'AAA'], m, 'change', buildScale('change', []));
    expect(change.get('CCC')).toBe(NA_COLOR);
    expect(change.get('AAA')).not.toBe(NA_COLOR);
  });
});
