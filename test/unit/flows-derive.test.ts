import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type {
  ColumnarShard,
  DatasetMeta,
  FlowColumns,
  Manifest,
} from '../../src/schema/manifest.ts';
import {
  byDirection,
  declarationSide,
  flowMatrix,
  flowPairs,
  mirrorGap,
  OTHER,
  squareMatrix,
  topFlows,
  type FlowPair,
} from '../../src/derive/flows.ts';
import { parseState, serializeState, defaultState } from '../../src/state/url-state.ts';
import { parseCsvText } from '../pipeline/independent.ts';

/** A hand-checked table: A and B trade both ways, C and D are small, E only imports. */
function shard(
  rows: [string, string, string, number, number?, number?][],
): ColumnarShard<FlowColumns> {
  const mirror = rows.some((r) => r.length > 4);
  return {
    schemaVersion: 1,
    notice: '',
    columns: mirror
      ? ['exporter', 'importer', 'code', 'value', 'quantityT', 'byExporter', 'byImporter']
      : ['exporter', 'importer', 'code', 'value', 'quantityT'],
    data: {
      exporter: rows.map((r) => r[0]),
      importer: rows.map((r) => r[1]),
      code: rows.map((r) => r[2]),
      value: rows.map((r) => r[3]),
      quantityT: rows.map(() => null),
      ...(mirror
        ? {
            byExporter: rows.map((r) => r[4] ?? null),
            byImporter: rows.map((r) => r[5] ?? null),
          }
        : {}),
    } as ColumnarShard<FlowColumns>['data'],
  };
}

const table = shard([
  ['AAA', 'BBB', '111111', 100],
  ['AAA', 'BBB', '222222', 50],
  ['BBB', 'AAA', '111111', 60],
  ['AAA', 'CCC', '111111', 30],
  ['CCC', 'EEE', '111111', 10],
  ['DDD', 'EEE', '111111', 5],
  ['DDD', 'DDD', '111111', 7], // a self-flow is never drawn
  ['DDD', 'BBB', '333333', 0], // nothing traded
]);
const all = new Set(['111111', '222222', '333333']);

describe('flowPairs', () => {
  it('sums codes per exporter -> importer, drops self-flows and zeros, largest first', () => {
    const pairs = flowPairs(table, all);
    expect(pairs.map((p) => [p.exporter, p.importer, p.value])).toEqual([
      ['AAA', 'BBB', 150],
      ['BBB', 'AAA', 60],
      ['AAA', 'CCC', 30],
      ['CCC', 'EEE', 10],
      ['DDD', 'EEE', 5],
    ]);
    expect(flowPairs(table, new Set(['222222'])).map((p) => p.value)).toEqual([50]);
  });

  it('keeps both declarations where the shard has them', () => {
    const m = shard([
      ['FRA', 'USA', '854231', 1_000_000, 1_000_000, 1_100_000],
      ['FRA', 'USA', '284510', 50_000, 50_000],
      ['TWN', 'USA', '854231', 123_456, 123_456, 130_000],
    ]);
    const [fra, twn] = flowPairs(m, new Set(['854231']));
    expect(fra).toEqual({
      exporter: 'FRA',
      importer: 'USA',
      value: 1_000_000,
      byExporter: 1_000_000,
      byImporter: 1_100_000,
    });
    expect(mirrorGap(fra as FlowPair)).toEqual({ gap: 100_000, gapShare: 0.1 });
    expect(twn?.byImporter).toBe(130_000);
    const one = flowPairs(m, new Set(['284510']))[0] as FlowPair;
    expect(mirrorGap(one)).toEqual({ gap: null, gapShare: null });
    // A one-sided dataset has no declarations at all.
    expect(flowPairs(table, all)[0]?.byExporter).toBeNull();
  });
});

describe('direction, top N and Other', () => {
  const pairs = flowPairs(table, all);
  it('a country: outgoing, incoming or both', () => {
    expect(byDirection(pairs, 'AAA', 'export').map((p) => p.importer)).toEqual(['BBB', 'CCC']);
    expect(byDirection(pairs, 'AAA', 'import').map((p) => p.exporter)).toEqual(['BBB']);
    expect(byDirection(pairs, 'AAA', 'both')).toHaveLength(3);
    expect(byDirection(pairs, '', 'export')).toHaveLength(5);
  });
  it('top N plus the rest summed equals the total', () => {
    const top = topFlows(pairs, 2);
    expect(top.top.map((p) => p.value)).toEqual([150, 60]);
    expect(top.other).toEqual({ value: 45, count: 3 });
    expect(top.total).toBe(255);
    expect(topFlows(pairs, 10).other).toEqual({ value: 0, count: 0 });
  });
  it('the matrix cuts each side to its top N plus Other; every sum adds up', () => {
    const m = flowMatrix(pairs, 2);
    // Exporters: AAA 180, BBB 60, then CCC 10 and DDD 5 in Other.
    expect(m.rows).toEqual(['AAA', 'BBB', OTHER]);
    // Importers: BBB 150, AAA 60, then CCC 30 and EEE 15 in Other.
    expect(m.cols).toEqual(['BBB', 'AAA', OTHER]);
    expect(m.cells).toEqual([
      [150, 0, 30],
      [0, 60, 0],
      [0, 0, 15],
    ]);
    expect(m.rowTotals).toEqual([180, 60, 15]);
    expect(m.colTotals).toEqual([150, 60, 45]);
    expect(m.total).toBe(255);
  });
  it('the chord matrix is square over the countries with the most trade', () => {
    // Exports + imports: AAA 240, BBB 210, CCC 40, EEE 15, DDD 5.
    const s = squareMatrix(pairs, 3);
    expect(s.keys).toEqual(['AAA', 'BBB', 'CCC', OTHER]);
    expect(s.cells).toEqual([
      [0, 150, 30, 0],
      [60, 0, 0, 0],
      [0, 0, 0, 10],
      [0, 0, 0, 5],
    ]);
    expect(s.total).toBe(255);
  });
});

const manifest = JSON.parse(
  readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const ds = (id: string) => manifest.datasets.find((d) => d.id === id) as DatasetMeta;

describe('declarations', () => {
  it('names whose declarations the figures are', () => {
    expect(declarationSide(ds('baci-hs22-v202501'))).toBe('reconciled');
    expect(declarationSide(ds('eurostat-comext'))).toBe('exporter');
    expect(declarationSide(ds('jrc-nuclear'))).toBe('compiled');
    expect(declarationSide({ ...ds('jrc-nuclear'), mirror: true })).toBe('both');
  });
});

describe('the embedded BACI data: HS 840130 in 2023', () => {
  const BACI = 'baci-hs22-v202501';
  const ref = manifest.shards.flows[`${BACI}/2023`];
  it('every pair equals the download summed per exporter and importer', () => {
    if (!ref) throw new Error('no BACI 2023 flows shard');
    const flows = JSON.parse(
      readFileSync(new URL(`../../public/data/${ref.path}`, import.meta.url), 'utf8'),
    ) as ColumnarShard<FlowColumns>;
    const pairs = flowPairs(flows, new Set(['840130']));
    const csv = gunzipSync(
      readFileSync(new URL(`../../public/data/downloads/${BACI}.csv.gz`, import.meta.url)),
    ).toString('utf8');
    const [header = [], ...records] = parseCsvText(csv);
    const at = (f: string[], c: string) => f[header.indexOf(c)] ?? '';
    const seen = new Set<string>();
    const expected = new Map<string, number>();
    for (const f of records) {
      if (at(f, 'hs6') !== '840130' || at(f, 'year') !== '2023') continue;
      const k = `${at(f, 'exporter_iso3')}>${at(f, 'importer_iso3')}`;
      if (seen.has(k)) continue; // one row per list category: the same flow again
      seen.add(k);
      expected.set(k, Number(at(f, 'value')));
    }
    expect(pairs.length).toBe(expected.size);
    for (const p of pairs)
      expect(p.value, `${p.exporter}>${p.importer}`).toBe(
        expected.get(`${p.exporter}>${p.importer}`),
      );
  });
});

describe('URL parameters of the flows view', () => {
  it('chart, top and dir: only non-default values, on the flows view, invalid ones noticed', () => {
    const { state, notices } = parseState(
      '?view=flows&hs=840130&chart=sankey&top=10&dir=import',
      manifest,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ chart: 'sankey', top: 10, dir: 'import' });
    expect(serializeState(state, manifest)).toBe(
      '?view=flows&hs=840130&chart=sankey&top=10&dir=import',
    );
    expect(serializeState({ ...state, view: 'map' }, manifest)).toBe('?hs=840130');
    const d = defaultState(manifest);
    expect(serializeState({ ...d, view: 'flows' }, manifest)).toBe('?view=flows');
    const bad = parseState('?view=flows&chart=pie&top=500&dir=sideways', manifest);
    expect(bad.notices.map((n) => `${n.param}:${n.reason}`)).toEqual([
      'chart:invalid',
      'top:invalid',
      'dir:invalid',
    ]);
    expect(bad.state).toMatchObject({ chart: 'flowmap', top: 20, dir: 'both' });
  });
});
