/**
 * A bipartite Sankey as plain geometry: exporters on the left, importers on the right, as
 * separate nodes, so two-way trade never forms a cycle. Like d3-sankey, it only computes
 * positions; the component draws. Nodes are ordered by the barycentre of their partners
 * (alternating sides a few times), which removes most link crossings; "Other" stays last.
 */

export interface SankeyInput {
  /** Left and right node keys (exporters, importers), each possibly ending with `other`. */
  left: readonly string[];
  right: readonly string[];
  /** cells[i][j]: value from left[i] to right[j]. */
  cells: readonly (readonly number[])[];
  width: number;
  height: number;
  /** Key of the Other bucket, kept at the bottom of its side. */
  other?: string;
  nodeWidth?: number;
  padding?: number;
  iterations?: number;
  /**
   * Vertical room each node takes at least (its bar stays proportional, centred in it), so
   * the labels of small nodes never overlap; the layout grows taller when needed.
   */
  minSlot?: number;
}

export interface SankeyNode {
  key: string;
  side: 'left' | 'right';
  value: number;
  /** Share of the total. */
  share: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface SankeyLink {
  source: string;
  target: string;
  value: number;
  share: number;
  /** Centre of the band at each end, and its thickness. */
  y0: number;
  y1: number;
  width: number;
  /** Centre line of the band, to stroke with `width`. */
  d: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  total: number;
  left: SankeyNode[];
  right: SankeyNode[];
  links: SankeyLink[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Orders `keys` by the weighted mean position of their partners; `other` goes last. */
function barycentric(
  keys: number[],
  weight: (k: number, p: number) => number,
  partnerPos: ReadonlyMap<number, number>,
  value: (k: number) => number,
  isOther: (k: number) => boolean,
): number[] {
  const centre = new Map<number, number>();
  for (const k of keys) {
    let w = 0;
    let s = 0;
    for (const [p, pos] of partnerPos) {
      const v = weight(k, p);
      w += v;
      s += v * pos;
    }
    centre.set(k, w > 0 ? s / w : Infinity);
  }
  return [...keys].sort((a, b) => {
    if (isOther(a) !== isOther(b)) return isOther(a) ? 1 : -1;
    return (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || value(b) - value(a) || a - b;
  });
}

/** Number of pairs of links that cross between two orderings (for tests and tuning). */
export function countCrossings(
  leftOrder: readonly number[],
  rightOrder: readonly number[],
  cells: readonly (readonly number[])[],
): number {
  const lp = new Map(leftOrder.map((k, i) => [k, i]));
  const rp = new Map(rightOrder.map((k, i) => [k, i]));
  const links: [number, number][] = [];
  cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v > 0) links.push([lp.get(i) ?? 0, rp.get(j) ?? 0]);
    }),
  );
  let n = 0;
  for (let a = 0; a < links.length; a++)
    for (let b = a + 1; b < links.length; b++) {
      const [la, ra] = links[a] as [number, number];
      const [lb, rb] = links[b] as [number, number];
      if ((la - lb) * (ra - rb) < 0) n++;
    }
  return n;
}

/** The node orders (indices into left and right) the layout uses. */
export function sankeyOrder(input: SankeyInput): { left: number[]; right: number[] } {
  const { left, right, cells, other } = input;
  const rowSum = left.map((_, i) => (cells[i] ?? []).reduce((s, v) => s + v, 0));
  const colSum = right.map((_, j) => cells.reduce((s, row) => s + (row[j] ?? 0), 0));
  const cell = (i: number, j: number) => cells[i]?.[j] ?? 0;
  let lo = left
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(left[a] === other) - Number(left[b] === other) ||
        (rowSum[b] ?? 0) - (rowSum[a] ?? 0) ||
        a - b,
    );
  let ro: number[] = right.map((_, j) => j);
  const iterations = input.iterations ?? 4;
  for (let it = 0; it < iterations; it++) {
    const lpos = new Map(lo.map((k, i) => [k, i]));
    ro = barycentric(
      right.map((_, j) => j),
      (j, i) => cell(i, j),
      lpos,
      (j) => colSum[j] ?? 0,
      (j) => right[j] === other,
    );
    const rpos = new Map(ro.map((k, i) => [k, i]));
    const next = barycentric(
      left.map((_, i) => i),
      (i, j) => cell(i, j),
      rpos,
      (i) => rowSum[i] ?? 0,
      (i) => left[i] === other,
    );
    // Keep a reordering only when it does not add crossings.
    if (countCrossings(next, ro, cells) <= countCrossings(lo, ro, cells)) lo = next;
  }
  return { left: lo, right: ro };
}

export function layoutSankey(input: SankeyInput): SankeyLayout {
  const { left, right, cells, width, height } = input;
  const nodeWidth = input.nodeWidth ?? 12;
  const padding = input.padding ?? 6;
  const rowSum = left.map((_, i) => (cells[i] ?? []).reduce((s, v) => s + v, 0));
  const colSum = right.map((_, j) => cells.reduce((s, row) => s + (row[j] ?? 0), 0));
  const total = rowSum.reduce((s, v) => s + v, 0);
  const order = sankeyOrder(input);
  const most = Math.max(order.left.length, order.right.length, 1);
  const k = total > 0 ? Math.max(0, height - padding * (most - 1)) / total : 0;

  const minSlot = input.minSlot ?? 0;
  const slot = (v: number) => Math.max(v * k, minSlot);
  const usedBy = (idx: number[], sums: number[]) =>
    idx.reduce((s, i) => s + slot(sums[i] ?? 0), 0) + padding * Math.max(0, idx.length - 1);
  const outHeight = Math.max(height, usedBy(order.left, rowSum), usedBy(order.right, colSum));
  const stack = (
    idx: number[],
    keys: readonly string[],
    sums: number[],
    side: 'left' | 'right',
  ): SankeyNode[] => {
    let y = (outHeight - usedBy(idx, sums)) / 2;
    const x0 = side === 'left' ? 0 : width - nodeWidth;
    return idx.map((i) => {
      const h = (sums[i] ?? 0) * k;
      const room = slot(sums[i] ?? 0);
      const top = y + (room - h) / 2;
      const node: SankeyNode = {
        key: keys[i] ?? '',
        side,
        value: sums[i] ?? 0,
        share: total > 0 ? (sums[i] ?? 0) / total : 0,
        x0,
        x1: x0 + nodeWidth,
        y0: top,
        y1: top + h,
      };
      y += room + padding;
      return node;
    });
  };
  const L = stack(order.left, left, rowSum, 'left');
  const R = stack(order.right, right, colSum, 'right');

  // Bands leave a node in the order of the nodes they reach, so none cross at the node.
  const outY = new Map(L.map((n) => [n.key, n.y0]));
  const inY = new Map(R.map((n) => [n.key, n.y0]));
  const links: SankeyLink[] = [];
  const xa = nodeWidth;
  const xb = width - nodeWidth;
  const xm = (xa + xb) / 2;
  const rightRank = new Map(order.right.map((j, p) => [j, p]));
  const pairs: { i: number; j: number; v: number }[] = [];
  for (const i of order.left)
    for (const j of order.right) {
      const v = cells[i]?.[j] ?? 0;
      if (v > 0) pairs.push({ i, j, v });
    }
  const leftRank = new Map(order.left.map((i, p) => [i, p]));
  // Target ends stacked in source order.
  const inOffsets = new Map<string, number>();
  const bySource = [...pairs].sort(
    (a, b) =>
      (rightRank.get(a.j) ?? 0) - (rightRank.get(b.j) ?? 0) ||
      (leftRank.get(a.i) ?? 0) - (leftRank.get(b.i) ?? 0),
  );
  for (const p of bySource) {
    const key = right[p.j] ?? '';
    const y = inY.get(key) ?? 0;
    inOffsets.set(`${p.i}>${p.j}`, y + (p.v * k) / 2);
    inY.set(key, y + p.v * k);
  }
  for (const p of pairs) {
    const src = left[p.i] ?? '';
    const w = p.v * k;
    const y = outY.get(src) ?? 0;
    outY.set(src, y + w);
    const y0 = y + w / 2;
    const y1 = inOffsets.get(`${p.i}>${p.j}`) ?? 0;
    links.push({
      source: src,
      target: right[p.j] ?? '',
      value: p.v,
      share: total > 0 ? p.v / total : 0,
      y0: r1(y0),
      y1: r1(y1),
      width: Math.max(0.5, r1(w)),
      d: `M${r1(xa)} ${r1(y0)}C${r1(xm)} ${r1(y0)} ${r1(xm)} ${r1(y1)} ${r1(xb)} ${r1(y1)}`,
    });
  }
  const round = (n: SankeyNode): SankeyNode => ({ ...n, y0: r1(n.y0), y1: r1(n.y1) });
  return { width, height: outHeight, total, left: L.map(round), right: R.map(round), links };
}
