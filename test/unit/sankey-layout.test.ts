import { describe, expect, it } from 'vitest';
import { countCrossings, layoutSankey, sankeyOrder } from '../../src/charts/sankey/layout.ts';

const OTHER = '~other';
// Exporters A (biggest), B, C and Other; importers X, Y, Z. A sells to Z, C to X: sorted by
// value alone, the links would cross.
const left = ['A', 'B', 'C', OTHER];
const right = ['X', 'Y', 'Z'];
const cells = [
  [0, 10, 50],
  [0, 30, 0],
  [20, 0, 0],
  [5, 0, 5],
];
const input = { left, right, cells, width: 400, height: 300, other: OTHER, padding: 10 };

describe('bipartite Sankey', () => {
  it('gives each node room for its label, growing taller, bars still proportional', () => {
    const l = layoutSankey({ ...input, minSlot: 100 });
    // Left: A keeps its 60 x 2.25 = 135 px, B, C and Other get 100 each, three gaps of 10.
    expect(l.height).toBe(465);
    const c = l.left.find((n) => n.key === 'C');
    const a = l.left.find((n) => n.key === 'A');
    expect(((c?.y1 ?? 0) - (c?.y0 ?? 0)) / ((a?.y1 ?? 0) - (a?.y0 ?? 0))).toBeCloseTo(20 / 60, 2);
  });

  it('orders nodes by barycentre, fewer crossings than the given order; Other last', () => {
    const order = sankeyOrder(input);
    expect(countCrossings(order.left, order.right, cells)).toBeLessThan(
      countCrossings([0, 1, 2, 3], [0, 1, 2], cells),
    );
    expect(order.left[order.left.length - 1]).toBe(3);
    // A's partners are Z (mostly) then Y: Z comes first on the right.
    expect(right[order.right[0] ?? -1]).toBe('Z');
  });

  it('conserves value: node = sum of its links, left total = right total', () => {
    const l = layoutSankey(input);
    expect(l.total).toBe(120);
    const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
    expect(sum(l.left.map((n) => n.value))).toBe(120);
    expect(sum(l.right.map((n) => n.value))).toBe(120);
    expect(sum(l.links.map((k) => k.value))).toBe(120);
    for (const n of l.left)
      expect(sum(l.links.filter((k) => k.source === n.key).map((k) => k.value))).toBe(n.value);
    for (const n of l.right)
      expect(sum(l.links.filter((k) => k.target === n.key).map((k) => k.value))).toBe(n.value);
    const a = l.left.find((n) => n.key === 'A');
    expect(a?.share).toBe(0.5);
  });

  it('heights are proportional to value, stacked with padding, within the height', () => {
    const l = layoutSankey(input);
    // Four left nodes: 300 - 3 * 10 = 270 px for 120, so 2.25 px per unit.
    const a = l.left.find((n) => n.key === 'A');
    expect((a?.y1 ?? 0) - (a?.y0 ?? 0)).toBeCloseTo(60 * 2.25, 1);
    for (const side of [l.left, l.right]) {
      for (let i = 1; i < side.length; i++)
        expect((side[i]?.y0 ?? 0) - (side[i - 1]?.y1 ?? 0)).toBeCloseTo(10, 0);
      expect(side[0]?.y0).toBeGreaterThanOrEqual(0);
      expect(side[side.length - 1]?.y1).toBeLessThanOrEqual(300);
    }
    // Link widths use the same scale, and links leave a node in the order of their targets.
    const fromA = l.links.filter((k) => k.source === 'A');
    expect(fromA.map((k) => k.target)).toEqual(['Z', 'Y']);
    expect(fromA[0]?.width).toBeCloseTo(50 * 2.25, 1);
    expect((fromA[0]?.y0 ?? 0) < (fromA[1]?.y0 ?? 0)).toBe(true);
  });
});
