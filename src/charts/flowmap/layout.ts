/**
 * Flow map geometry: curved arcs with arrowheads between projected centroids, as plain data
 * (no DOM, no React), so it is tested in Node and FlowMap only draws it.
 *
 * Each arc is a quadratic Bézier bent to the left of its direction, so A -> B and B -> A
 * fall on opposite sides instead of on top of each other. Longer flows bend more (the bend
 * grows faster than the distance), which keeps short regional flows legible beside long
 * intercontinental ones. Width is linear in value; small flows fade.
 */

export interface FlowInput {
  exporter: string;
  importer: string;
  value: number;
}

export interface Arc {
  exporter: string;
  importer: string;
  value: number;
  /** Share of the total of every flow of the selection (top and other). */
  share: number;
  /** SVG path of the curve (stroked) and of its arrowhead (filled). */
  d: string;
  arrow: string;
  width: number;
  opacity: number;
  /** Distance between the centroids and the curve's largest distance from the chord. */
  length: number;
  bend: number;
  /** The curve's midpoint, where a label or tooltip can sit. */
  mid: [number, number];
}

export interface FlowMapLayout {
  width: number;
  height: number;
  /**
   * Largest first: drawn in this order, small flows stay visible on top of the large ones,
   * and the keyboard meets the largest flow first.
   */
  arcs: Arc[];
  /** Endpoints drawn as dots, with the value each sends and receives among the arcs. */
  nodes: { id: string; x: number; y: number; out: number; in: number }[];
  /** Flows whose exporter or importer has no place on the map (World, "nes" areas). */
  unplaced: FlowInput[];
}

export interface FlowMapOptions {
  width: number;
  height: number;
  /** Total of all flows of the selection, for shares (defaults to the sum of `flows`). */
  total?: number;
  minWidth?: number;
  maxWidth?: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Bend (sagitta) of an arc of chord length `length` on a map `width` wide. */
export function arcBend(length: number, width: number): number {
  // 10% of the length for a short hop, up to 22% for a flow half the map's width or more.
  const f = 0.1 + 0.12 * Math.min(1, length / (width / 2));
  return length * f;
}

export function layoutFlowMap(
  flows: readonly FlowInput[],
  centroids: ReadonlyMap<string, readonly [number, number]>,
  opts: FlowMapOptions,
): FlowMapLayout {
  const minW = opts.minWidth ?? 1;
  const maxW = opts.maxWidth ?? 10;
  const placed: { f: FlowInput; a: readonly [number, number]; b: readonly [number, number] }[] = [];
  const unplaced: FlowInput[] = [];
  for (const f of flows) {
    const a = centroids.get(f.exporter);
    const b = centroids.get(f.importer);
    if (a && b && (a[0] !== b[0] || a[1] !== b[1])) placed.push({ f, a, b });
    else unplaced.push(f);
  }
  const max = Math.max(0, ...placed.map((p) => p.f.value));
  const total = opts.total ?? flows.reduce((s, f) => s + f.value, 0);

  const arcs: Arc[] = placed.map(({ f, a, b }) => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    const bend = arcBend(length, opts.width);
    // Left-hand normal of the direction a -> b (y grows downwards on screen).
    let nx = dy / length;
    let ny = -dx / length;
    const mx = (a[0] + b[0]) / 2;
    const my = (a[1] + b[1]) / 2;
    // An arc whose apex would leave the map bends the other way instead.
    const ax = mx + nx * bend;
    const ay = my + ny * bend;
    if (ax < 0 || ax > opts.width || ay < 0 || ay > opts.height) {
      nx = -nx;
      ny = -ny;
    }
    // A quadratic Bézier's apex lies halfway to its control point: offset the control twice.
    const cx = mx + nx * bend * 2;
    const cy = my + ny * bend * 2;
    const rel = max > 0 ? f.value / max : 0;
    const width = minW + (maxW - minW) * rel;
    // Arrowhead along the tangent at the end (control -> end), its tip short of the centroid.
    const tx = b[0] - cx;
    const ty = b[1] - cy;
    const tl = Math.hypot(tx, ty) || 1;
    const ux = tx / tl;
    const uy = ty / tl;
    const head = Math.min(length / 3, 4 + width * 1.2);
    const tip: [number, number] = [b[0] - ux * 2, b[1] - uy * 2];
    const base: [number, number] = [tip[0] - ux * head, tip[1] - uy * head];
    const half = head * 0.55;
    const arrow =
      `M${r1(tip[0])} ${r1(tip[1])}` +
      `L${r1(base[0] - uy * half)} ${r1(base[1] + ux * half)}` +
      `L${r1(base[0] + uy * half)} ${r1(base[1] - ux * half)}Z`;
    const d = `M${r1(a[0])} ${r1(a[1])}Q${r1(cx)} ${r1(cy)} ${r1(base[0])} ${r1(base[1])}`;
    const mid: [number, number] = [
      r1(0.25 * a[0] + 0.5 * cx + 0.25 * b[0]),
      r1(0.25 * a[1] + 0.5 * cy + 0.25 * b[1]),
    ];
    return {
      exporter: f.exporter,
      importer: f.importer,
      value: f.value,
      share: total > 0 ? f.value / total : 0,
      d,
      arrow,
      width: r1(width),
      opacity: Math.round((0.3 + 0.65 * Math.sqrt(rel)) * 100) / 100,
      length: r1(length),
      bend: r1(bend),
      mid,
    };
  });
  arcs.sort(
    (x, y) => y.value - x.value || (x.exporter + x.importer < y.exporter + y.importer ? -1 : 1),
  );

  const nodes = new Map<string, { id: string; x: number; y: number; out: number; in: number }>();
  for (const { f, a, b } of placed) {
    const from = nodes.get(f.exporter) ?? {
      id: f.exporter,
      x: r1(a[0]),
      y: r1(a[1]),
      out: 0,
      in: 0,
    };
    from.out += f.value;
    nodes.set(f.exporter, from);
    const to = nodes.get(f.importer) ?? { id: f.importer, x: r1(b[0]), y: r1(b[1]), out: 0, in: 0 };
    to.in += f.value;
    nodes.set(f.importer, to);
  }
  return {
    width: opts.width,
    height: opts.height,
    arcs,
    nodes: [...nodes.values()].sort((x, y) => (x.id < y.id ? -1 : 1)),
    unplaced,
  };
}
