import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../src/schema/manifest.ts';
import {
  changeAvailable,
  comparisonYear,
  isMonthly,
  isPartialYear,
  monthAvailable,
  monthsOfYear,
  periodMonths,
} from '../../src/state/calendar.ts';

/**
 * The dataset calendar on hand-made datasets: every expected value below is worked out from
 * the months and years written here, not from the app's output.
 */
function dataset(frequency: 'year' | 'month', years: number[], months?: string[]): DatasetMeta {
  return { frequency, years, ...(months ? { months } : {}) } as DatasetMeta;
}
const all = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** 2020 whole, 2021 whole, 2022 January to November (as Eurostat's extract). */
const eurostat = dataset(
  'month',
  [2022, 2020, 2021],
  [...all(2020), ...all(2021), ...all(2022).slice(0, 11)],
);
const yearly = dataset('year', [2023, 2021, 2022]);

describe('the dataset calendar (src/state/calendar.ts)', () => {
  it('tells monthly from yearly data', () => {
    expect([isMonthly(eurostat), isMonthly(yearly), isMonthly(undefined)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("lists a year's months ascending, once each, ignoring what is not a month", () => {
    const odd = dataset(
      'month',
      [2022],
      [
        '2022-11',
        '2022-03',
        '2022-03',
        '2022-01',
        '2022-13',
        '2022-00',
        '2022-1.5',
        '2022-x',
        '2021-07',
      ],
    );
    expect(monthsOfYear(odd, 2022)).toEqual([1, 3, 11]);
    expect(monthsOfYear(odd, 2021)).toEqual([7]);
    expect(monthsOfYear(odd, 2020)).toEqual([]);
    expect(monthsOfYear(eurostat, 2022)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // Yearly data, a missing dataset and a monthly one without its months have none.
    expect(monthsOfYear(yearly, 2022)).toEqual([]);
    expect(monthsOfYear(undefined, 2022)).toEqual([]);
    expect(monthsOfYear(dataset('month', [2022]), 2022)).toEqual([]);
  });

  it('says which years are partial: fewer than twelve months, in a year the data hold', () => {
    expect([2020, 2021, 2022].map((y) => isPartialYear(eurostat, y))).toEqual([false, false, true]);
    // Months of a year the dataset does not list, and a year without any month: not partial.
    const stray = dataset('month', [2020], [...all(2020), '2021-01']);
    expect(isPartialYear(stray, 2021)).toBe(false);
    expect(isPartialYear(dataset('month', [2020], []), 2020)).toBe(false);
    expect(isPartialYear(dataset('month', [2020], ['2020-05']), 2020)).toBe(true);
    expect(isPartialYear(yearly, 2022)).toBe(false);
    expect(isPartialYear(undefined, 2022)).toBe(false);
  });

  it('offers a month only when the year holds it', () => {
    expect([0, 1, 11, 12, 13, -1].map((m) => monthAvailable(eurostat, 2022, m))).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(monthAvailable(eurostat, 2021, 12)).toBe(true);
    expect(monthAvailable(yearly, 2022, 3)).toBe(false);
  });

  it('covers one month, or every month the year holds', () => {
    expect(periodMonths(eurostat, 2022, 4)).toEqual([4]);
    expect(periodMonths(eurostat, 2022, 0)).toHaveLength(11);
    expect(periodMonths(yearly, 2022, 0)).toEqual([]);
  });

  it('compares a yearly dataset with the year before among its years, whatever their order', () => {
    expect([2021, 2022, 2023, 2019].map((y) => comparisonYear(yearly, y, 0))).toEqual([
      null,
      2021,
      2022,
      null,
    ]);
    expect(comparisonYear(undefined, 2022, 0)).toBeNull();
    // A gap in yearly data: the year before in the data.
    expect(comparisonYear(dataset('year', [2015, 2020]), 2020, 0)).toBe(2015);
  });

  it('compares monthly data with the same months of the calendar year before, or not at all', () => {
    // The partial 2022 with January-November 2021; a month with the same month.
    expect(comparisonYear(eurostat, 2022, 0)).toBe(2021);
    expect(comparisonYear(eurostat, 2022, 3)).toBe(2021);
    expect(comparisonYear(eurostat, 2021, 0)).toBe(2020);
    expect(comparisonYear(eurostat, 2020, 0)).toBeNull();
    // A year before that lacks some of the months: no comparison for the year, but one for
    // a month both hold.
    const half = dataset('month', [2021, 2022], [...all(2021).slice(0, 6), ...all(2022)]);
    expect(comparisonYear(half, 2022, 0)).toBeNull();
    expect(comparisonYear(half, 2022, 3)).toBe(2021);
    expect(comparisonYear(half, 2022, 9)).toBeNull();
    // Not the calendar year before (a gap): none, though it is the year before in the data.
    const gap = dataset('month', [2019, 2021], [...all(2019), ...all(2021)]);
    expect(comparisonYear(gap, 2021, 0)).toBeNull();
    // A year with no months listed has nothing to compare.
    const empty = dataset('month', [2021, 2022], all(2021));
    expect(comparisonYear(empty, 2022, 0)).toBeNull();
    expect([
      changeAvailable(eurostat, 2022),
      changeAvailable(eurostat, 2020),
      changeAvailable(half, 2022, 3),
    ]).toEqual([true, false, true]);
  });
});
