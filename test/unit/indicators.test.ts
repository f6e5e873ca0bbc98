import { describe, expect, it } from 'vitest';
import {
  hhi,
  hhiBand,
  mad,
  median,
  topShare,
  transitCodes,
  unitValueChecks,
  yearJumps,
} from '../../src/derive/indicators.ts';
import { countryShard } from './profile-fixture.ts';

describe('partner concentration', () => {
  it('HHI on shares in percent, checked by hand', () => {
    // Shares 50, 30, 20 %: 2,500 + 900 + 400.
    expect(hhi([500, 300, 200])).toBeCloseTo(3800, 9);
    expect(hhiBand(3800)).toBe('high');
    // Four equal partners: 10,000 / 4, the top of the moderate band.
    expect(hhi([7, 7, 7, 7])).toBeCloseTo(2500, 9);
    expect(hhiBand(2500)).toBe('moderate');
    // Ten equal partners: 1,000.
    expect(hhi(Array(10).fill(3))).toBeCloseTo(1000, 9);
    expect(hhiBand(1000)).toBe('low');
    expect(hhiBand(1500)).toBe('moderate');
    expect(hhi([1])).toBe(10000);
    // Zeros are not partners; nothing at all is 0.
    expect(hhi([0, 0, 10])).toBe(10000);
    expect(hhi([])).toBe(0);
  });

  it('top-3 share', () => {
    expect(topShare([10, 40, 20, 30])).toBeCloseTo(0.9, 12);
    expect(topShare([5, 5])).toBe(1);
    expect(topShare([0, 0])).toBe(0);
    expect(topShare([60, 40, 0], 1)).toBeCloseTo(0.6, 12);
  });
});

describe('transit indicator', () => {
  const shard = countryShard([
    [2023, 'export', 'DEU', 'A', 60, null],
    [2023, 'export', 'ITA', 'A', 40, null],
    [2023, 'import', 'CHN', 'A', 40, null],
    [2023, 'export', 'DEU', 'B', 500, null],
    [2023, 'import', 'USA', 'C', 70, null],
    [2023, 'export', 'USA', 'C', 90, null],
    [2022, 'import', 'USA', 'B', 900, null],
    [2023, 'import', 'USA', 'D', 10, null],
    [2023, 'export', 'USA', 'D', 10, null],
  ]);
  it('lists codes both imported and exported in the year, the smaller side as possible re-export', () => {
    const out = transitCodes(shard, 2023, new Set(['A', 'B', 'C']));
    expect(out).toEqual([
      { code: 'C', export: 90, import: 70, possibleReexport: 70 },
      { code: 'A', export: 100, import: 40, possibleReexport: 40 },
    ]);
    // B is imported only in another year; D is not a counted code.
  });
});

describe('robust statistics', () => {
  it('median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
  });
});

describe('unit values against the world median', () => {
  const row = (iso3: string, value: number, quantityT: number | null) => ({
    iso3,
    value,
    quantityT,
  });
  it('flags ratios outside a factor of 3, with at least 5 countries', () => {
    // Unit values 10, 20, 30, 40, 400 per tonne: the median is 30.
    const rows = [
      row('AAA', 100, 10),
      row('BBB', 200, 10),
      row('CCC', 300, 10),
      row('DDD', 400, 10),
      row('EEE', 4000, 10),
      row('FFF', 999, null),
      row('GGG', 0, 5),
    ];
    const r = unitValueChecks(rows);
    expect(r.median).toBe(30);
    expect(r.countries).toBe(5);
    const by = new Map(r.checks.map((c) => [c.iso3, c]));
    expect(by.get('EEE')?.ratio).toBeCloseTo(400 / 30, 9);
    expect(by.get('EEE')?.flagged).toBe(true);
    // 10 / 30 is exactly a third: on the boundary, not outside it.
    expect(by.get('AAA')?.flagged).toBe(false);
    expect(by.get('CCC')?.z).toBe(0);
    // No quantity, or no value: no unit value.
    expect(by.has('FFF')).toBe(false);
    expect(by.has('GGG')).toBe(false);
  });
  it('judges nothing with fewer than 5 countries', () => {
    const r = unitValueChecks([row('A', 1, 1), row('B', 1, 1), row('C', 1, 1), row('D', 100, 1)]);
    expect(r.median).toBe(1);
    expect(r.checks.some((c) => c.flagged)).toBe(false);
  });
});

describe('year-on-year jumps against the series itself', () => {
  const s = (values: number[], from = 2017) =>
    values.map((value, i) => ({ year: from + i, value }));
  it('flags a tenfold jump in a steady series', () => {
    const r = yearJumps(s([100, 110, 121, 133.1, 1331]));
    expect(r.applicable).toBe(true);
    expect(r.median).toBeCloseTo(Math.log(1.1), 9);
    expect(r.changes.filter((c) => c.flagged).map((c) => c.year)).toEqual([2021]);
  });
  it('does not flag a change within the spread of a volatile history', () => {
    // Log changes .182, -.182, .262, -.214, 1.050: median .182, MAD .365, 3 x 1.4826 x MAD = 1.62.
    const r = yearJumps(s([100, 120, 100, 130, 105, 300]));
    expect(r.median).toBeCloseTo(Math.log(1.2), 9);
    const last = r.changes[r.changes.length - 1];
    expect(last?.z).toBeCloseTo((Math.log(300 / 105) - Math.log(1.2)) / (1.4826 * 0.36464), 2);
    expect(r.changes.some((c) => c.flagged)).toBe(false);
  });
  it('needs four changes, and skips years with a zero', () => {
    expect(yearJumps(s([1, 2, 3, 4])).applicable).toBe(false);
    const r = yearJumps(s([100, 0, 100, 110, 121, 133]));
    expect(r.changes.map((c) => c.year)).toEqual([2020, 2021, 2022]);
    expect(r.applicable).toBe(false);
  });
  it('a small change is never flagged even when the history is flat', () => {
    const r = yearJumps(s([100, 100, 100, 100, 150]));
    // 1.5x is far from a flat median but does not double: not flagged.
    expect(r.changes.some((c) => c.flagged)).toBe(false);
  });
});
