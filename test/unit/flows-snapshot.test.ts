import { existsSync } from 'node:fs';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlowMap } from '../../src/charts/flowmap/FlowMap.tsx';
import { layoutFlowMap } from '../../src/charts/flowmap/layout.ts';
import { Sankey } from '../../src/charts/sankey/Sankey.tsx';
import { Chord } from '../../src/charts/chord/Chord.tsx';
import { Matrix } from '../../src/charts/chord/Matrix.tsx';
import { flowMatrix, flowPairs, OTHER, squareMatrix } from '../../src/derive/flows.ts';
import type { ColumnarShard, FlowColumns } from '../../src/schema/manifest.ts';

/**
 * SVG render snapshots: each chart drawn to static markup in Node, numbers rounded and ids
 * normalised, compared with a stored file. A missing snapshot fails in CI instead of being
 * written (Vitest would write it unless run with --ci); run the tests locally to create it.
 */
const DIR = new URL('./__snapshots__/flows/', import.meta.url);

function normalise(html: string): string {
  return html
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/«[^»]*»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, 'ID')
    .replace(/></g, '>\n<');
}

async function snapshot(name: string, element: ReactElement) {
  const file = new URL(`${name}.svg.snap`, DIR);
  if (process.env.CI && !existsSync(file))
    throw new Error(`snapshot ${file.pathname} is missing: run the unit tests locally first`);
  await expect(normalise(renderToStaticMarkup(element))).toMatchFileSnapshot(file.pathname);
}

const shard: ColumnarShard<FlowColumns> = {
  schemaVersion: 1,
  notice: '',
  columns: ['exporter', 'importer', 'code', 'value', 'quantityT'],
  data: {
    exporter: ['FRA', 'USA', 'FRA', 'RUS', 'SWE', 'DEU'],
    importer: ['USA', 'FRA', 'SWE', 'FRA', 'FIN', 'WLD'],
    code: ['840130', '840130', '840130', '840130', '840130', '840130'],
    value: [1000, 400, 300, 250, 50, 20],
    quantityT: [null, null, null, null, null, null],
    byExporter: [],
    byImporter: [],
  },
};
const pairs = flowPairs(shard, new Set(['840130']));
const name = (k: string) => (k === OTHER ? 'Other' : k);
const money = (v: number) => `$${v}`;
const share = (v: number) => `${Math.round(v * 100)}%`;

describe('flows chart snapshots', () => {
  it('flow map', async () => {
    const centroids = new Map<string, [number, number]>([
      ['FRA', [480, 120]],
      ['USA', [200, 150]],
      ['SWE', [510, 70]],
      ['RUS', [650, 80]],
      ['FIN', [540, 65]],
      ['DEU', [495, 110]],
    ]);
    const layout = layoutFlowMap(pairs, centroids, { width: 1000, height: 450 });
    await snapshot(
      'flowmap',
      createElement(FlowMap, {
        layout,
        base: [{ id: 'FRA', d: 'M470 110h20v20h-20Z' }],
        title: 'Flows of HS 840130',
        arcsLabel: 'Flows, largest first',
        kind: () => 'all' as const,
        describe: (a) => ({
          title: `${a.exporter} → ${a.importer}`,
          lines: [money(a.value), share(a.share)],
        }),
      }),
    );
  });

  it('sankey', async () => {
    const m = flowMatrix(pairs, 3);
    await snapshot(
      'sankey',
      createElement(Sankey, {
        left: m.rows,
        right: m.cols,
        cells: m.cells,
        other: OTHER,
        title: 'Sankey',
        name,
        money,
        share,
        sideLabels: { left: 'Exporters', right: 'Importers' },
        nodeLabel: (n) => `${name(n.key)} ${money(n.value)}`,
        linkLabel: (s, t, v) => `${name(s)} → ${name(t)}: ${money(v)}`,
      }),
    );
  });

  it('chord', async () => {
    const s = squareMatrix(pairs, 4);
    await snapshot(
      'chord',
      createElement(Chord, {
        keys: s.keys,
        cells: s.cells,
        other: OTHER,
        title: 'Chord',
        name,
        groupLabel: (g) => `${name(g.key)}: ${money(g.out)} / ${money(g.in)}`,
        ribbonLabel: (a, b, v) => `${name(a)} → ${name(b)}: ${money(v)}`,
      }),
    );
  });

  it('matrix', async () => {
    const m = flowMatrix(pairs, 3);
    await snapshot(
      'matrix',
      createElement(Matrix, {
        ...m,
        caption: 'Exporters by importers',
        hint: 'Arrow keys move',
        corner: 'Exporter \\ importer',
        totalLabel: 'Total',
        name,
        format: String,
        cellLabel: (r, c, v) => `${name(r)} → ${name(c)}: ${v}`,
      }),
    );
  });

  it('a missing snapshot fails when CI is set', async () => {
    const before = process.env.CI;
    process.env.CI = 'true';
    try {
      await expect(snapshot('does-not-exist', createElement('svg'))).rejects.toThrow(/missing/);
    } finally {
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
  });
});
