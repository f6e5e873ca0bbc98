import { describe, expect, it } from 'vitest';
import { layoutChord } from '../../src/charts/chord/layout.ts';

// A -> B 30, B -> A 10, A -> C 20, Other -> Other 5 (not drawable as a chord).
const keys = ['A', 'B', 'C', '~other'];
const cells = [
  [0, 30, 20, 0],
  [10, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 5],
];
const l = layoutChord({ keys, cells, radius: 100, ringWidth: 10, padAngle: 0.1 });

describe('directed chord layout', () => {
  it('sums: ribbons = off-diagonal total, diagonal apart, groups = exports + imports', () => {
    expect(l.drawn).toBe(60);
    expect(l.undrawn).toBe(5);
    expect(l.ribbons.map((r) => [r.source, r.target, r.value])).toEqual([
      ['A', 'B', 30],
      ['A', 'C', 20],
      ['B', 'A', 10],
    ]);
    expect(l.groups.map((g) => [g.key, g.out, g.in])).toEqual([
      ['A', 50, 10],
      ['B', 10, 30],
      ['C', 0, 20],
    ]);
  });

  it('arc lengths are proportional to each country’s trade, with gaps between them', () => {
    const k = (2 * Math.PI - 0.1 * 3) / 120;
    const span = (i: number) => (l.groups[i]?.endAngle ?? 0) - (l.groups[i]?.startAngle ?? 0);
    expect(span(0)).toBeCloseTo(60 * k, 1);
    expect(span(1)).toBeCloseTo(40 * k, 1);
    expect(span(2)).toBeCloseTo(20 * k, 1);
    expect((l.groups[1]?.startAngle ?? 0) - (l.groups[0]?.endAngle ?? 0)).toBeCloseTo(0.1, 1);
    expect(l.groups[2]?.endAngle).toBeCloseTo(2 * Math.PI - 0.1, 1);
    expect(l.innerRadius).toBe(90);
  });

  it('ribbons start on the inner circle at the exporter and end in a point at the importer', () => {
    const ab = l.ribbons[0]?.d ?? '';
    // Starts at angle 0 on the inner radius: straight up.
    expect(ab.startsWith('M0 -90A90 90')).toBe(true);
    expect(ab).toContain('Q0 0');
    expect(ab.endsWith('Z')).toBe(true);
  });
});
