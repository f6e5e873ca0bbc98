import { describe, expect, it } from 'vitest';
import { arcBend, layoutFlowMap } from '../../src/charts/flowmap/layout.ts';

const centroids = new Map<string, [number, number]>([
  ['AAA', [100, 100]],
  ['BBB', [200, 100]], // 100 to the right of AAA
  ['CCC', [700, 100]], // 600 to the right of AAA
  ['DDD', [100, 140]], // 40 below AAA
]);
const flows = [
  { exporter: 'AAA', importer: 'BBB', value: 100 },
  { exporter: 'BBB', importer: 'AAA', value: 50 },
  { exporter: 'AAA', importer: 'CCC', value: 25 },
  { exporter: 'AAA', importer: 'DDD', value: 25 },
  { exporter: 'AAA', importer: 'WLD', value: 40 },
];
const layout = layoutFlowMap(flows, centroids, { width: 1000, height: 500, total: 400 });
const arc = (e: string, i: string) => {
  const a = layout.arcs.find((x) => x.exporter === e && x.importer === i);
  if (!a) throw new Error(`no arc ${e}>${i}`);
  return a;
};
/** Control point of the quadratic curve, read back from the path. */
const control = (d: string) => {
  const m = /Q(-?[\d.]+) (-?[\d.]+)/.exec(d);
  return [Number(m?.[1]), Number(m?.[2])];
};

describe('flow map arcs', () => {
  it('bend grows faster than length: longer flows are relatively more curved', () => {
    expect(arcBend(100, 1000)).toBeCloseTo(100 * (0.1 + 0.12 * 0.2));
    expect(arcBend(600, 1000)).toBeCloseTo(600 * 0.22);
    const lengths = [40, 100, 600];
    const ratios = lengths.map((l) => arcBend(l, 1000) / l);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    expect(arc('AAA', 'CCC').bend / arc('AAA', 'CCC').length).toBeGreaterThan(
      arc('AAA', 'BBB').bend / arc('AAA', 'BBB').length,
    );
  });

  it('starts at the exporter, bends to the left of its direction, A->B and B->A apart', () => {
    const ab = arc('AAA', 'BBB');
    expect(ab.d.startsWith('M100 100Q')).toBe(true);
    expect(ab.length).toBe(100);
    // Heading right on screen (y down), the left-hand side is up: control y < 100.
    const [, cy] = control(ab.d);
    expect(cy).toBeCloseTo(100 - 2 * ab.bend, 0);
    expect(ab.mid[1]).toBeCloseTo(100 - ab.bend, 0);
    // The way back bends the other way.
    const ba = arc('BBB', 'AAA');
    expect(control(ba.d)[1]).toBeCloseTo(100 + 2 * ba.bend, 0);
  });

  it('ends in an arrowhead short of the importer, pointing along the curve', () => {
    const ab = arc('AAA', 'BBB');
    const tip = /^M(-?[\d.]+) (-?[\d.]+)/.exec(ab.arrow);
    const tx = Number(tip?.[1]);
    const ty = Number(tip?.[2]);
    expect(Math.hypot(tx - 200, ty - 100)).toBeCloseTo(2, 0);
    // The curve stops at the arrow's base, before the tip.
    const end = /(-?[\d.]+) (-?[\d.]+)$/.exec(ab.d);
    expect(Number(end?.[1])).toBeLessThan(tx);
  });

  it('width is linear in value, small flows fade, shares of the whole selection', () => {
    expect(arc('AAA', 'BBB').width).toBe(10);
    expect(arc('AAA', 'CCC').width).toBeCloseTo(1 + 9 * 0.25, 1);
    expect(arc('AAA', 'BBB').opacity).toBeGreaterThan(arc('AAA', 'CCC').opacity);
    expect(arc('AAA', 'BBB').share).toBe(0.25);
  });

  it('an arc whose apex would leave the map bends the other way', () => {
    // Left of "rightwards" is up; from y = 5 that leaves the map, so this one bends down.
    const l = layoutFlowMap(
      [{ exporter: 'P', importer: 'Q', value: 1 }],
      new Map<string, [number, number]>([
        ['P', [100, 5]],
        ['Q', [400, 5]],
      ]),
      { width: 1000, height: 500 },
    );
    expect(l.arcs[0]?.mid[1]).toBeGreaterThan(5);
  });

  it('largest first; places off the map are listed, never drawn', () => {
    expect(layout.arcs.map((a) => a.value)).toEqual([100, 50, 25, 25]);
    expect(layout.unplaced).toEqual([{ exporter: 'AAA', importer: 'WLD', value: 40 }]);
    expect(layout.nodes.map((n) => [n.id, n.out, n.in])).toEqual([
      ['AAA', 150, 50],
      ['BBB', 50, 100],
      ['CCC', 0, 25],
      ['DDD', 0, 25],
    ]);
  });
});
