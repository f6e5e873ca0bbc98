/**
 * A directed chord diagram as plain geometry (as d3-chord's chordDirected with ribbonArrow,
 * computed here so the layout is a small pure function tested in Node). Each country is an
 * arc whose length is its exports plus its imports among the shown flows; within the arc,
 * its exports come first, then its imports. A ribbon joins the exporter's export part to the
 * importer's import part and narrows to an arrowhead at the importer. The diagonal (flows
 * between two countries both in Other) is not drawn and is returned apart.
 */

export interface ChordInput {
  keys: readonly string[];
  /** cells[i][j]: value from keys[i] to keys[j]. */
  cells: readonly (readonly number[])[];
  /** Outer radius of the ring; the SVG is centred on 0,0. */
  radius: number;
  ringWidth?: number;
  /** Gap between groups, in radians. */
  padAngle?: number;
}

export interface ChordGroup {
  key: string;
  /** Exports and imports among the drawn ribbons. */
  out: number;
  in: number;
  startAngle: number;
  endAngle: number;
  /** Ring segment path, and where its label sits. */
  d: string;
  labelAngle: number;
}

export interface ChordRibbon {
  source: string;
  target: string;
  value: number;
  d: string;
}

export interface ChordLayout {
  radius: number;
  innerRadius: number;
  groups: ChordGroup[];
  ribbons: ChordRibbon[];
  /** Sum of the ribbons, and the diagonal left out. */
  drawn: number;
  undrawn: number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;
const pt = (r: number, a: number) => `${r2(r * Math.sin(a))} ${r2(-r * Math.cos(a))}`;

function ringPath(r0: number, r1: number, a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return (
    `M${pt(r1, a0)}A${r2(r1)} ${r2(r1)} 0 ${large} 1 ${pt(r1, a1)}` +
    `L${pt(r0, a1)}A${r2(r0)} ${r2(r0)} 0 ${large} 0 ${pt(r0, a0)}Z`
  );
}

export function layoutChord(input: ChordInput): ChordLayout {
  const { keys, cells, radius } = input;
  const ringWidth = input.ringWidth ?? 12;
  const inner = radius - ringWidth;
  const n = keys.length;
  const cell = (i: number, j: number) => (i === j ? 0 : (cells[i]?.[j] ?? 0));
  const out = keys.map((_, i) => keys.reduce((s, __, j) => s + cell(i, j), 0));
  const inn = keys.map((_, j) => keys.reduce((s, __, i) => s + cell(i, j), 0));
  const drawn = out.reduce((s, v) => s + v, 0);
  const undrawn = keys.reduce((s, _, i) => s + (cells[i]?.[i] ?? 0), 0);
  const shown = keys.map((_, i) => (out[i] ?? 0) + (inn[i] ?? 0) > 0);
  const groupsShown = shown.filter(Boolean).length;
  const pad = groupsShown > 1 ? (input.padAngle ?? 0.03) : 0;
  const k = drawn > 0 ? (2 * Math.PI - pad * groupsShown) / (2 * drawn) : 0;

  // Sub-arc starts: exports to each j in key order, then imports from each i in key order.
  const outStart = new Map<string, number>();
  const inStart = new Map<string, number>();
  const groups: ChordGroup[] = [];
  let a = 0;
  keys.forEach((key, i) => {
    if (!shown[i]) return;
    const a0 = a;
    for (let j = 0; j < n; j++) {
      const v = cell(i, j);
      if (v > 0) {
        outStart.set(`${i}>${j}`, a);
        a += v * k;
      }
    }
    for (let j = 0; j < n; j++) {
      const v = cell(j, i);
      if (v > 0) {
        inStart.set(`${j}>${i}`, a);
        a += v * k;
      }
    }
    groups.push({
      key,
      out: out[i] ?? 0,
      in: inn[i] ?? 0,
      startAngle: r2(a0),
      endAngle: r2(a),
      d: ringPath(inner, radius, a0, a),
      labelAngle: r2((a0 + a) / 2),
    });
    a += pad;
  });

  const ribbons: ChordRibbon[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const v = cell(i, j);
      if (v <= 0) continue;
      const s0 = outStart.get(`${i}>${j}`) ?? 0;
      const s1 = s0 + v * k;
      const t0 = inStart.get(`${i}>${j}`) ?? 0;
      const t1 = t0 + v * k;
      const head = Math.min(10, inner * 0.08);
      const tm = (t0 + t1) / 2;
      const large = s1 - s0 > Math.PI ? 1 : 0;
      // Out along the exporter's sub-arc, across to the importer, to an arrow tip on its arc.
      const d =
        `M${pt(inner, s0)}A${r2(inner)} ${r2(inner)} 0 ${large} 1 ${pt(inner, s1)}` +
        `Q0 0 ${pt(inner - head, t0)}L${pt(inner, tm)}L${pt(inner - head, t1)}` +
        `Q0 0 ${pt(inner, s0)}Z`;
      ribbons.push({ source: keys[i] ?? '', target: keys[j] ?? '', value: v, d });
    }
  return { radius, innerRadius: inner, groups, ribbons, drawn, undrawn };
}
