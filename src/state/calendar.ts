import type { DatasetMeta } from '../schema/manifest.ts';

/**
 * The dataset calendar (frequency 'month', e.g. Eurostat Comext, or yearly): which years and
 * months exist and which earlier period a period compares with. The URL parameters are
 * checked against these facts, so they live with the state; month 0 everywhere means "the
 * whole year".
 */

export function isMonthly(ds: DatasetMeta | undefined): boolean {
  return ds?.frequency === 'month';
}

/** The months (1-12) present in a year of a monthly dataset, ascending; [] for yearly data. */
export function monthsOfYear(ds: DatasetMeta | undefined, year: number): number[] {
  if (!ds || !isMonthly(ds)) return [];
  const prefix = `${year}-`;
  const out = new Set<number>();
  for (const m of ds.months ?? []) {
    if (!m.startsWith(prefix)) continue;
    const n = Number(m.slice(prefix.length));
    if (Number.isInteger(n) && n >= 1 && n <= 12) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** A year of a monthly dataset with fewer than twelve months (Eurostat 2022: Jan-Nov). */
export function isPartialYear(ds: DatasetMeta | undefined, year: number): boolean {
  if (!isMonthly(ds) || !ds?.years.includes(year)) return false;
  const n = monthsOfYear(ds, year).length;
  return n > 0 && n < 12;
}

export function monthAvailable(ds: DatasetMeta | undefined, year: number, month: number): boolean {
  return month >= 1 && month <= 12 && monthsOfYear(ds, year).includes(month);
}

/** The months the period covers: one month, or every month present in the year. */
export function periodMonths(ds: DatasetMeta | undefined, year: number, month: number): number[] {
  return month > 0 ? [month] : monthsOfYear(ds, year);
}

/**
 * The year whose same period the change metric compares with, or null. A month compares
 * with the same month a year earlier; a whole year with the previous year, and a partial
 * year with the same months of the previous year (never 11 months with 12). Null when the
 * earlier period is missing in the data, as for the first year of a yearly dataset.
 */
export function comparisonYear(
  ds: DatasetMeta | undefined,
  year: number,
  month: number,
): number | null {
  if (!ds) return null;
  const sorted = [...ds.years].sort((a, b) => a - b);
  const i = sorted.indexOf(year);
  if (i <= 0) return null;
  const prev = sorted[i - 1] ?? null;
  if (prev === null) return null;
  if (!isMonthly(ds)) return prev;
  // Monthly data compare with the calendar year before, month by month.
  if (prev !== year - 1) return null;
  const wanted = periodMonths(ds, year, month);
  const before = monthsOfYear(ds, prev);
  return wanted.length > 0 && wanted.every((m) => before.includes(m)) ? prev : null;
}

/**
 * Change needs an earlier period: the previous year, or for a month the same month a year
 * earlier. parseState refuses metric=change otherwise, so the control and the URL never
 * disagree.
 */
export function changeAvailable(ds: DatasetMeta | undefined, year: number, month = 0): boolean {
  return comparisonYear(ds, year, month) !== null;
}
