/**
 * The map's colour classes (src/derive/scale.ts) on small hand-made value sets, each expected
 * break and colour worked out in the comments from the quantile rule and the ColorBrewer
 * schemes (YlGnBu for values and shares, PuOr reversed for change).
 */
import { describe, expect, it } from 'vitest';
import {
  buildScale,
  CHANGE_BREAKS,
  classIndex,
  niceRound,
  quantileBreaks,
  ZERO_COLOR,
} from '../../src/derive/scale.ts';

// 10, 20, ..., 110 and 123, given out of order with a zero and a negative value (left out).
const TWELVE = [123, 0, 60, 10, 110, -5, 30, 20, 90, 40, 100, 80, 70, 50];

describe('niceRound', () => {
  it('two significant digits; zero and negative values give 0', () => {
    expect(niceRound(123)).toBe(120);
    expect(niceRound(4_560)).toBe(4_600);
    expect(niceRound(0)).toBe(0);
    expect(niceRound(-40)).toBe(0);
  });
});

describe('quantileBreaks', () => {
  it('quartiles of the twelve positive values: the 4th, 7th and 10th smallest', () => {
    // Sorted: 10 20 30 40 50 60 70 80 90 100 110 123; i * 12 / 4 = 3, 6, 9.
    expect(quantileBreaks(TWELVE, 4)).toEqual([40, 70, 100]);
    // Sixths: positions 2, 4, 6, 8, 10.
    expect(quantileBreaks(TWELVE)).toEqual([30, 50, 70, 90, 110]);
  });
  it('a break equal to the largest value is dropped (the top class would be empty)', () => {
    // Positions 2 of [10, 50, 50, 50]: 50, not below the largest value 50.
    expect(quantileBreaks([50, 10, 50, 50], 2)).toEqual([]);
  });
  it('a break repeating the one before is dropped', () => {
    // Thirds of 10 20 20 20 20 20 30: positions 2 and 4, both 20.
    expect(quantileBreaks([20, 30, 20, 10, 20, 20, 20], 3)).toEqual([20]);
  });
  it('no positive value, no break', () => {
    expect(quantileBreaks([0, -1, 0])).toEqual([]);
    expect(quantileBreaks([])).toEqual([]);
  });
});

describe('classIndex', () => {
  it('counts the breaks at or below a value, up to the top class for any larger value', () => {
    const b = [40, 70, 100];
    expect([0, 39, 40, 69.9, 70, 100, 1e12].map((v) => classIndex(v, b))).toEqual([
      0, 0, 1, 1, 2, 3, 3,
    ]);
    expect(classIndex(Infinity, b)).toBe(3);
    expect(classIndex(5, [])).toBe(0);
  });
});

describe('buildScale', () => {
  it('values: quantile breaks, one YlGnBu colour per class, the zero colour at or below 0', () => {
    const s = buildScale('value', TWELVE);
    expect(s.kind).toBe('sequential');
    expect(s.breaks).toEqual([30, 50, 70, 90, 110]);
    // Six classes: the six-class YlGnBu scheme.
    expect(s.colors).toEqual(['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']);
    expect([0, -3, 10, 30, 69, 110, 123].map((v) => s.color(v))).toEqual([
      ZERO_COLOR,
      ZERO_COLOR,
      '#ffffcc',
      '#c7e9b4',
      '#7fcdbb',
      '#253494',
      '#253494',
    ]);
  });
  it('shares are classed as values are: sixths of eight values', () => {
    const s = buildScale('share', [10, 20, 30, 40, 50, 60, 70, 80]);
    // Positions 1, 2, 4, 5, 6 (floor of i * 8 / 6): 20 30 50 60 70.
    expect(s.breaks).toEqual([20, 30, 50, 60, 70]);
    expect(s.color(80)).toBe('#253494');
  });
  it('one positive value: no break, one class coloured by the first of the three-class scheme', () => {
    const s = buildScale('value', [0, 0, 5]);
    // The one positive value is also the largest: no break below it.
    expect(s.breaks).toEqual([]);
    expect(s.colors).toEqual(['#edf8b1']);
    expect(s.color(5)).toBe('#edf8b1');
    expect(s.color(0)).toBe(ZERO_COLOR);
  });
  it('two breaks: the first three colours of the three-class scheme', () => {
    // Sixths of 10 20 30: positions 0, 1, 1, 2, 2: 10, 20, 20, 30 (the largest), 30.
    const s = buildScale('value', [30, 10, 20]);
    expect(s.breaks).toEqual([10, 20]);
    expect(s.colors).toEqual(['#edf8b1', '#7fcdbb', '#2c7fb8']);
  });
  it('change: the fixed breaks, PuOr reversed (decline orange, growth purple)', () => {
    const s = buildScale('change', TWELVE);
    expect(s.kind).toBe('diverging');
    expect(s.breaks).toEqual(CHANGE_BREAKS);
    const puOr = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];
    expect(s.colors).toEqual(puOr);
    // One value in each class, and one beyond the top break.
    expect([-0.9, -0.5, -0.1, 0, 0.05, 0.3, 0.5, 4].map((v) => s.color(v))).toEqual([
      ...puOr,
      '#542788',
    ]);
  });
});
