/**
 * A strip (dot) plot of positive values on a log scale, one dot per item, with the median
 * marked: pure geometry, tested in Node. Unit values of one code spread over several orders
 * of magnitude, so the axis is logarithmic with ticks at powers of ten; dots that would
 * overlap are stacked in rows (deterministic: by value, then id), never jittered at random.
 */

export interface StripInput {
  points: readonly { id: string; value: number }[];
  width: number;
  /** Height of one row of dots; the chart grows with the number of rows needed. */
  row?: number;
  radius?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  median?: number | null;
  /** Ids to draw as highlighted (e.g. flagged). */
  highlight?: readonly string[];
}

export interface StripLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; x: number }[];
  dots: { id: string; value: number; x: number; y: number; highlight: boolean }[];
  median: { value: number; x: number } | null;
}

const DEFAULT_MARGIN = { top: 10, right: 16, bottom: 26, left: 16 };
const round = (v: number) => Math.round(v * 10) / 10;

export function layoutStrip(input: StripInput): StripLayout {
  const margin = input.margin ?? DEFAULT_MARGIN;
  const r = input.radius ?? 4;
  const rowH = input.row ?? 2 * r + 2;
  const pts = input.points
    .filter((p) => p.value > 0 && Number.isFinite(p.value))
    .sort((a, b) => a.value - b.value || (a.id < b.id ? -1 : 1));
  const lo = pts.length ? Math.floor(Math.log10(pts[0]?.value ?? 1)) : 0;
  const hi = pts.length ? Math.ceil(Math.log10(pts[pts.length - 1]?.value ?? 10)) : 1;
  const span = Math.max(1, hi - lo);
  const left = margin.left;
  const right = input.width - margin.right;
  const xAt = (v: number) => round(left + ((Math.log10(v) - lo) / span) * (right - left));
  // Greedy stacking: each dot takes the lowest row whose last dot is at least 2r+1 away.
  const lastX: number[] = [];
  const highlight = new Set(input.highlight ?? []);
  const placed = pts.map((p) => {
    const x = xAt(p.value);
    let row = lastX.findIndex((lx) => x - lx >= 2 * r + 1);
    if (row < 0) row = lastX.length;
    lastX[row] = x;
    return { id: p.id, value: p.value, x, row, highlight: highlight.has(p.id) };
  });
  const rows = Math.max(1, lastX.length);
  const top = margin.top;
  const bottom = top + rows * rowH;
  const dots = placed.map((p) => ({
    id: p.id,
    value: p.value,
    x: p.x,
    y: round(bottom - rowH / 2 - p.row * rowH),
    highlight: p.highlight,
  }));
  const ticks: { value: number; x: number }[] = [];
  for (let e = lo; e <= lo + span; e++) ticks.push({ value: 10 ** e, x: xAt(10 ** e) });
  const m = input.median;
  return {
    width: input.width,
    height: round(bottom + margin.bottom),
    plot: { left, top, right, bottom: round(bottom) },
    ticks,
    dots,
    median: m && m > 0 ? { value: m, x: xAt(m) } : null,
  };
}
