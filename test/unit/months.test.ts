import { describe, expect, it } from 'vitest';
import {
  allMonthShardRefs,
  countryMonthly,
  editionBreaks,
  monthName,
  monthNeighbours,
  monthRange,
  monthShardRefs,
  monthYear,
  periodLabel,
  periodShard,
  usesMonthShards,
} from '../../src/derive/months.ts';
import {
  comparisonYear,
  isPartialYear,
  monthAvailable,
  monthsOfYear,
  periodMonths,
} from '../../src/state/calendar.ts';
import { buildMapModel, seriesFromMapShard } from '../../src/derive/map-model.ts';
import { formatAmount, formatMoney } from '../../src/format/number.ts';
import { EU, euDataset as ds, manifest, monthShard } from './months-fixture.ts';

const jrc = manifest.datasets.find((d) => d.id === 'jrc-nuclear');
const partial = (v: { year: string; range: string }) => `${v.year} (${v.range})`;

describe('months of a monthly dataset', () => {
  it('lists the months present in each year; 2022 is partial', () => {
    expect(monthsOfYear(ds, 2021)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthsOfYear(ds, 2022)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(monthsOfYear(ds, 2019)).toEqual([]);
    expect(isPartialYear(ds, 2022)).toBe(true);
    expect(isPartialYear(ds, 2021)).toBe(false);
    expect(monthAvailable(ds, 2022, 11)).toBe(true);
    expect(monthAvailable(ds, 2022, 12)).toBe(false);
    expect(monthAvailable(ds, 2022, 0)).toBe(false);
  });

  it('yearly datasets have no months', () => {
    expect(monthsOfYear(jrc, 2021)).toEqual([]);
    expect(isPartialYear(jrc, 2021)).toBe(false);
    expect(usesMonthShards(jrc, 2021, 3)).toBe(false);
  });

  it('compares a month with the same month a year earlier, when present', () => {
    expect(comparisonYear(ds, 2022, 3)).toBe(2021);
    expect(comparisonYear(ds, 2021, 12)).toBe(2020);
    expect(comparisonYear(ds, 2020, 3)).toBeNull();
    // A partial year compares with the same months of the year before.
    expect(comparisonYear(ds, 2022, 0)).toBe(2021);
    expect(periodMonths(ds, 2022, 0)).toHaveLength(11);
    expect(periodMonths(ds, 2022, 3)).toEqual([3]);
    // Yearly data: the previous year of the dataset, none for the first.
    expect(comparisonYear(jrc, 2018, 0)).toBe(2017);
    expect(comparisonYear(jrc, 2017, 0)).toBeNull();
    expect(comparisonYear(undefined, 2017, 0)).toBeNull();
  });

  it('a month missing a year earlier has nothing to compare with', () => {
    const gap = { ...ds, months: (ds.months ?? []).filter((m) => m !== '2021-03') };
    expect(comparisonYear(gap, 2022, 3)).toBeNull();
    expect(comparisonYear(gap, 2022, 4)).toBe(2021);
    expect(comparisonYear(gap, 2022, 0)).toBeNull();
  });

  it('needs month shards for a month, and for a partial year compared like for like', () => {
    expect(usesMonthShards(ds, 2022, 3)).toBe(true);
    expect(usesMonthShards(ds, 2022, 0)).toBe(true);
    expect(usesMonthShards(ds, 2021, 0)).toBe(false);
    expect(monthShardRefs(manifest, ds, 'chpl', 2022, 3).map((r) => r.path)).toEqual([
      `month/${EU}/chpl/2022.json`,
      `month/${EU}/chpl/2021.json`,
    ]);
    expect(monthShardRefs(manifest, ds, 'chpl', 2020, 3)).toHaveLength(1);
    expect(allMonthShardRefs(manifest, ds, 'chpl')).toHaveLength(3);
    expect(allMonthShardRefs(manifest, ds, 'indicative')).toEqual([]);
    expect(monthShardRefs(manifest, ds, 'indicative', 2022, 3)).toEqual([]);
  });

  it('steps month by month across years, and not from the whole year', () => {
    expect(monthNeighbours(ds, 2021, 12)).toEqual({
      prev: { year: 2021, month: 11 },
      next: { year: 2022, month: 1 },
    });
    expect(monthNeighbours(ds, 2020, 1).prev).toBeNull();
    expect(monthNeighbours(ds, 2022, 11).next).toBeNull();
    expect(monthNeighbours(ds, 2022, 0)).toEqual({ prev: null, next: null });
  });

  it('finds the HS edition break between 2021 and 2022', () => {
    expect(editionBreaks(ds)).toEqual([{ year: 2022, prev: 2021, from: 'HS2017', to: 'HS2022' }]);
    expect(editionBreaks({ ...ds, yearEditions: undefined })).toEqual([]);
  });
});

describe('month shards become map shards', () => {
  const y2021 = monthShard(2021, [
    [3, 'DEU', '', 100, 0],
    [3, 'ARM', '', 0, 40],
    [3, 'DEU', 'TIER_1', 60, 0],
    [4, 'DEU', '', 50, 0],
    [12, 'DEU', '', 7, 0],
  ]);
  const y2022 = monthShard(2022, [
    [3, 'DEU', '', 30, 0],
    [3, 'ARM', '', 0, 90],
    [3, 'RUS', '', 0, 5],
    [4, 'DEU', '', 20, 0],
  ]);

  it('sums the chosen months by year, country and category', () => {
    const march = periodShard([y2022, y2021], [3]);
    const rows = seriesFromMapShard(march, '', 'export');
    expect(rows).toContainEqual({ year: 2022, iso3: 'DEU', value: 30, broad: 3 });
    expect(rows).toContainEqual({ year: 2021, iso3: 'DEU', value: 100, broad: 10 });
    expect(seriesFromMapShard(march, 'TIER_1', 'export')).toEqual([
      { year: 2021, iso3: 'DEU', value: 60, broad: 6 },
    ]);
  });

  it('the change of a month is against the same month a year earlier', () => {
    const march = periodShard([y2022, y2021], [3]);
    const m = buildMapModel(seriesFromMapShard(march, '', 'import'), 2022, 2021, [
      'DEU',
      'ARM',
      'RUS',
    ]);
    expect(m.world).toBe(95);
    expect(m.values.get('ARM')).toMatchObject({ value: 90, rank: 1, change: 1.25 });
    expect(m.values.get('RUS')?.change).toBeNull();
    expect(m.values.get('DEU')).toMatchObject({ value: 0, rank: 0 });
  });

  it('a partial year is compared over the same months only', () => {
    const janNov = periodShard([y2022, y2021], monthsOfYear(ds, 2022));
    const m = buildMapModel(seriesFromMapShard(janNov, '', 'export'), 2022, 2021, ['DEU']);
    // 2021 January-November is 150 (December's 7 left out); 2022 is 50.
    expect(m.values.get('DEU')?.change).toBeCloseTo(50 / 150 - 1, 12);
  });

  it('over twelve months it equals the yearly totals', () => {
    const year = periodShard([y2021], monthsOfYear(ds, 2021));
    const rows = seriesFromMapShard(year, '', 'export').filter((r) => r.value > 0);
    expect(rows).toEqual([{ year: 2021, iso3: 'DEU', value: 157, broad: 15.7 }]);
  });

  it("gives a country's 35 months, with a true zero where it has no row", () => {
    const series = countryMonthly([y2021, y2022], ds, 'ARM');
    expect(series).toHaveLength(35);
    expect(series[0]).toEqual({ month: '2020-01', year: 2020, m: 1, export: 0, import: 0 });
    expect(series.find((p) => p.month === '2022-03')).toMatchObject({ import: 90, export: 0 });
    expect(series.find((p) => p.month === '2021-03')?.import).toBe(40);
    expect(series[34]?.month).toBe('2022-11');
  });
});

describe('period names from Intl, in the interface language', () => {
  it('names months and periods', () => {
    expect(monthName('en', 3)).toBe('March');
    expect(monthName('fr', 3)).toBe('Mars');
    expect(monthName('ru', 3)).toBe('Март');
    expect(monthYear('en', 2022, 3)).toBe('March 2022');
    expect(monthYear('fr', 2022, 3)).toBe('mars 2022');
    expect(monthRange('en', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe('January–November');
    expect(monthRange('en', [1, 3])).toBe('January, March');
    expect(periodLabel(ds, 2022, 3, 'en', partial)).toBe('March 2022');
    expect(periodLabel(ds, 2022, 0, 'en', partial)).toBe('2022 (January–November)');
    expect(periodLabel(ds, 2021, 0, 'en', partial)).toBe('2021');
    expect(periodLabel(ds, 2021, 0, 'en', partial, monthsOfYear(ds, 2022))).toBe(
      '2021 (January–November)',
    );
    expect(periodLabel(jrc, 2021, 0, 'en', partial)).toBe('2021');
  });
});

describe('money in the dataset currency', () => {
  it('formats EUR and USD, and never throws on a missing code', () => {
    expect(formatMoney(2_400_000, 'EUR', 'en')).toBe('€2.4m');
    expect(formatMoney(2_400_000, 'USD', 'en')).toBe('US$2.4m');
    expect(formatMoney(2_400_000, 'EUR', 'fr')).toMatch(/2,4\sM\s€/);
    expect(formatMoney(1500, '', 'en')).toBe('1.5k');
    expect(formatAmount(1234567, 'EUR', 'en')).toBe('1,234,567 EUR');
  });
});

describe('month names inside sentences', () => {
  it('keep the language’s own case', () => {
    expect(monthRange('fr', [1, 2, 3])).toBe('janvier–mars');
    expect(monthRange('ru', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe('январь–ноябрь');
    expect(monthName('es', 11)).toBe('Noviembre');
    expect(monthName('es', 11, false)).toBe('noviembre');
  });
});
