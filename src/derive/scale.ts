import type { Metric } from '../state/params.ts';

export interface ColorScale {
  kind: 'sequential' | 'diverging';
  /**
   * Lower bounds of each class but the first, ascending. A class holds its lower bound and
   * stops short of the next one, so no value can be read into two classes and the top class
   * holds everything from its bound up.
   */
  breaks: number[];
  colors: string[];
  color(v: number): string;
}

/** Colour for a true zero: light and neutral, distinct from the first class and from "no data". */
export const ZERO_COLOR = '#f0f0f0';
/** Change metric: a value now but none the year before, so no rate can be computed. */
export const NA_COLOR = '#d9d9d9';

/** Rounds to two significant digits so legend breaks read as numbers people say. */
export function niceRound(x: number): number {
  if (x <= 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}

/**
 * Class breaks for skewed trade values: quantiles of the positive values, rounded and
 * de-duplicated. With a handful of large exporters and a long tail of tiny ones, equal
 * intervals would paint almost every country in the first class.
 */
export function quantileBreaks(values: number[], classes = 6): number[] {
  const pos = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (pos.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = pos[Math.min(pos.length - 1, Math.floor((i * pos.length) / classes))] ?? 0;
    const b = niceRound(q);
    if (b > 0 && b !== breaks[breaks.length - 1] && b < (pos[pos.length - 1] ?? 0)) breaks.push(b);
  }
  return breaks;
}

/** Fixed breaks for relative change, symmetric around zero. */
export const CHANGE_BREAKS = [-0.5, -0.2, -0.05, 0.05, 0.2, 0.5];

export function classIndex(v: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && v >= (breaks[i] ?? Infinity)) i++;
  return i;
}

export type ClassBounds =
  | { kind: 'under'; hi: number }
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'from'; lo: number }
  | { kind: 'all' };

/** The bounds of class i as the legend states them: under, from-to-under, or from-and-over. */
export function classBounds(breaks: number[], i: number): ClassBounds {
  const lo = i === 0 ? undefined : breaks[i - 1];
  const hi = breaks[i];
  if (lo === undefined && hi === undefined) return { kind: 'all' };
  if (lo === undefined) return { kind: 'under', hi: hi ?? 0 };
  if (hi === undefined) return { kind: 'from', lo };
  return { kind: 'range', lo, hi };
}

/**
 * ColorBrewer schemes (Cynthia Brewer, Apache-2.0), the same values d3-scale-chromatic ships,
 * inlined because the interpolators that come with that package would double the map's
 * JavaScript. YlGnBu (sequential) and PuOr (diverging) are both colour-blind safe.
 */
const YL_GN_BU: Record<number, string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};
const PU_OR_7 = ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'];

export function buildScale(metric: Metric, values: number[]): ColorScale {
  if (metric === 'change') {
    // Reversed so that decline reads orange and growth purple.
    const colors = [...PU_OR_7].reverse();
    return {
      kind: 'diverging',
      breaks: CHANGE_BREAKS,
      colors,
      color: (v) => colors[classIndex(v, CHANGE_BREAKS)] ?? ZERO_COLOR,
    };
  }
  const breaks = quantileBreaks(values);
  const colors = (YL_GN_BU[Math.min(7, Math.max(3, breaks.length + 1))] ?? []).slice(
    0,
    breaks.length + 1,
  );
  return {
    kind: 'sequential',
    breaks,
    colors,
    color: (v) => (v <= 0 ? ZERO_COLOR : (colors[classIndex(v, breaks)] ?? ZERO_COLOR)),
  };
}
