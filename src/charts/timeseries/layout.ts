/**
 * A monthly time series as plain geometry: no DOM, no React, so it is unit-tested in Node
 * and the component only draws what this returns. Months are evenly spaced (a month is a
 * month, whatever its days); the value axis starts at zero so a drop reads as a drop.
 */

export interface SeriesPoint {
  /** `YYYY-MM` */
  key: string;
  year: number;
  /** Month 1-12. */
  month: number;
  /** One value per series, in the order of `series`. */
  values: number[];
}

export interface TimeSeriesInput {
  points: readonly SeriesPoint[];
  /** Series ids, e.g. ['export', 'import']; only these are drawn. */
  series: readonly string[];
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Keys of the first month of a new HS edition: a break marker is drawn just before it. */
  breaks?: readonly { key: string; label: string }[];
}

export interface TimeSeriesLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Value-axis ticks, from zero up, with their y. */
  yTicks: { value: number; y: number }[];
  /** One tick per year, at its first month present (January, or the series' first month). */
  xTicks: { year: number; x: number }[];
  /** One polyline per series (SVG path data) and its points. */
  lines: {
    id: string;
    d: string;
    points: { key: string; x: number; y: number; value: number }[];
  }[];
  /** Vertical hit bands, one per month, for pointing at and choosing a month. */
  bands: { key: string; year: number; month: number; x: number; x0: number; x1: number }[];
  /** Series breaks, midway between the last month of one edition and the first of the next. */
  breaks: { key: string; label: string; x: number }[];
  /** The largest value in the drawn series (0 when all are zero). */
  max: number;
}

const DEFAULT_MARGIN = { top: 12, right: 16, bottom: 28, left: 64 };

/** A round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` intervals. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  const m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return m * pow;
}

/** Ticks from zero to the first round value at or above the maximum. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = max > 0 ? Math.ceil(max / step - 1e-9) * step : step;
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutTimeSeries(input: TimeSeriesInput): TimeSeriesLayout {
  const { points, series, width, height } = input;
  const margin = input.margin ?? DEFAULT_MARGIN;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const innerW = Math.max(0, plot.right - plot.left);
  const n = points.length;
  const step = n > 1 ? innerW / (n - 1) : 0;
  const xAt = (i: number) => round(n > 1 ? plot.left + i * step : plot.left + innerW / 2);

  let max = 0;
  for (const p of points)
    for (let s = 0; s < series.length; s++) max = Math.max(max, p.values[s] ?? 0);
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const yAt = (v: number) => round(plot.bottom - (v / top) * (plot.bottom - plot.top));

  const lines = series.map((id, s) => {
    const pts = points.map((p, i) => {
      const value = p.values[s] ?? 0;
      return { key: p.key, x: xAt(i), y: yAt(value), value };
    });
    const d = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
    return { id, d, points: pts };
  });

  const half = n > 1 ? step / 2 : innerW / 2;
  const bands = points.map((p, i) => ({
    key: p.key,
    year: p.year,
    month: p.month,
    x: xAt(i),
    x0: round(Math.max(plot.left - (n > 1 ? half : 0), xAt(i) - half)),
    x1: round(Math.min(plot.right + (n > 1 ? half : 0), xAt(i) + half)),
  }));

  const xTicks: { year: number; x: number }[] = [];
  points.forEach((p, i) => {
    if (i === 0 || p.year !== points[i - 1]?.year) xTicks.push({ year: p.year, x: xAt(i) });
  });

  const breaks = (input.breaks ?? []).flatMap((b) => {
    const i = points.findIndex((p) => p.key >= b.key);
    if (i <= 0) return [];
    return [{ key: b.key, label: b.label, x: round((xAt(i - 1) + xAt(i)) / 2) }];
  });

  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: yAt(value) })),
    xTicks,
    lines,
    bands,
    breaks,
    max,
  };
}
