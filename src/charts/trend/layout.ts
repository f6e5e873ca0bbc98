/**
 * A yearly trend as grouped bars (exports beside imports), as plain geometry: no DOM, no
 * React, so it is unit-tested in Node and the component only draws what this returns. Bars,
 * not lines, because the series are short (one to a few dozen years) and each year is a
 * separate total; the axis starts at zero so a drop reads as a drop.
 */
import { niceTicks } from '../timeseries/layout.ts';

export interface TrendInput {
  years: readonly number[];
  /** One array per series, aligned with `years`; null draws no bar ("no data", never zero). */
  values: readonly (readonly (number | null)[])[];
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** First years of a new HS edition: a break line is drawn between it and the year before. */
  breaks?: readonly { year: number; label: string }[];
  /** Years to highlight (the selected year and the comparison year). */
  highlight?: readonly number[];
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number }[];
  groups: {
    year: number;
    x: number;
    x0: number;
    x1: number;
    highlight: boolean;
    bars: { series: number; x: number; y: number; w: number; h: number; value: number }[];
  }[];
  breaks: { year: number; label: string; x: number }[];
  max: number;
}

const DEFAULT_MARGIN = { top: 14, right: 12, bottom: 28, left: 64 };
const round = (v: number) => Math.round(v * 10) / 10;

export function layoutTrend(input: TrendInput): TrendLayout {
  const { years, values, width, height } = input;
  const margin = input.margin ?? DEFAULT_MARGIN;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const n = Math.max(1, years.length);
  const band = (plot.right - plot.left) / n;
  let max = 0;
  for (const s of values) for (const v of s) if (v !== null) max = Math.max(max, v);
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const yAt = (v: number) => round(plot.bottom - (Math.max(0, v) / top) * (plot.bottom - plot.top));
  const k = Math.max(1, values.length);
  // A fifth of each band is padding; bars never grow wider than 48 units however few years.
  const inner = Math.min(band * 0.8, 48 * k);
  const barW = inner / k;
  const highlight = new Set(input.highlight ?? []);
  const groups = years.map((year, i) => {
    const x0 = plot.left + i * band;
    const start = x0 + (band - inner) / 2;
    return {
      year,
      x: round(x0 + band / 2),
      x0: round(x0),
      x1: round(x0 + band),
      highlight: highlight.has(year),
      bars: values.flatMap((s, j) => {
        const value = s[i];
        if (value === null || value === undefined) return [];
        const y = yAt(value);
        return [
          {
            series: j,
            x: round(start + j * barW),
            y,
            w: round(Math.max(1, barW - 1)),
            h: round(plot.bottom - y),
            value,
          },
        ];
      }),
    };
  });
  const breaks = (input.breaks ?? []).flatMap((b) => {
    const i = years.indexOf(b.year);
    if (i <= 0) return [];
    return [{ year: b.year, label: b.label, x: round(plot.left + i * band) }];
  });
  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: yAt(value) })),
    groups,
    breaks,
    max,
  };
}
