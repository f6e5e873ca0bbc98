import { describe, expect, it } from 'vitest';
import {
  layoutTimeSeries,
  niceStep,
  niceTicks,
  type SeriesPoint,
} from '../../src/charts/timeseries/layout.ts';

const points: SeriesPoint[] = [];
for (const year of [2020, 2021, 2022])
  for (let month = 1; month <= (year === 2022 ? 11 : 12); month++)
    points.push({
      key: `${year}-${String(month).padStart(2, '0')}`,
      year,
      month,
      values: [year === 2022 ? 300 : 100, month * 10],
    });

const margin = { top: 10, right: 10, bottom: 30, left: 60 };
const layout = layoutTimeSeries({
  points,
  series: ['export', 'import'],
  width: 760,
  height: 280,
  margin,
  breaks: [{ key: '2022-01', label: 'HS2022' }],
});

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten, from zero past the maximum', () => {
    expect(niceStep(3_870_000)).toBe(1_000_000);
    expect(niceStep(90)).toBe(25);
    expect(niceTicks(3_870_000)).toEqual([0, 1e6, 2e6, 3e6, 4e6]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('layoutTimeSeries', () => {
  it('places 35 months evenly between the margins', () => {
    expect(layout.bands).toHaveLength(35);
    expect(layout.bands[0]?.x).toBe(60);
    expect(layout.bands[34]?.x).toBe(750);
    const gaps = layout.bands.slice(1).map((b, i) => b.x - (layout.bands[i]?.x ?? 0));
    for (const g of gaps) expect(g).toBeCloseTo(690 / 34, 0);
    // Bands tile the plot without overlapping.
    for (let i = 1; i < 35; i++)
      expect(layout.bands[i]?.x0).toBeCloseTo(layout.bands[i - 1]?.x1 ?? 0, 0);
  });

  it('draws each series from zero on a round scale', () => {
    expect(layout.max).toBe(300);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 100, 200, 300]);
    expect(layout.yTicks[0]?.y).toBe(250);
    expect(layout.yTicks[3]?.y).toBe(10);
    const exp = layout.lines[0];
    expect(exp?.id).toBe('export');
    expect(exp?.points).toHaveLength(35);
    expect(exp?.d.startsWith('M60 170L')).toBe(true);
    expect(exp?.points[34]).toMatchObject({ x: 750, y: 10, value: 300 });
    expect(layout.lines[1]?.points[11]?.value).toBe(120);
  });

  it('ticks each year at its first month and marks the edition break between years', () => {
    expect(layout.xTicks.map((t) => t.year)).toEqual([2020, 2021, 2022]);
    expect(layout.xTicks[1]?.x).toBe(layout.bands[12]?.x);
    const brk = layout.breaks[0];
    expect(brk?.label).toBe('HS2022');
    const dec = layout.bands[23]?.x ?? 0;
    const jan = layout.bands[24]?.x ?? 0;
    expect(brk?.x).toBeCloseTo((dec + jan) / 2, 0);
  });

  it('copes with one month, no series values and a break outside the data', () => {
    const one = layoutTimeSeries({
      points: points.slice(0, 1),
      series: ['export'],
      width: 200,
      height: 100,
      margin,
      breaks: [{ key: '2019-01', label: 'x' }],
    });
    expect(one.bands[0]?.x).toBe(125);
    expect(one.breaks).toEqual([]);
    const zero = layoutTimeSeries({
      points: points.map((p) => ({ ...p, values: [0] })),
      series: ['export'],
      width: 200,
      height: 100,
      margin,
    });
    expect(zero.max).toBe(0);
    expect(zero.lines[0]?.points.every((p) => p.y === 70)).toBe(true);
  });
});
