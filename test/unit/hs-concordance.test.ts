/**
 * HS edition conversion (scripts/hs/convert.ts): every status on small hand-made tables,
 * two-step chains in both directions, the catch-all rule, and the real UNSD tables in
 * ../shared/data/hs-concordance (a failure naming the missing files when they are absent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import type { HsEdition } from '../../src/schema/manifest.ts';
import {
  convertCodes,
  countStatuses,
  findPath,
  type CodeConversion,
  type CorrelationTable,
} from '../../scripts/hs/convert.ts';
import { convertList } from '../../scripts/hs/list-conversion.ts';
import { loadLists, parseListFile } from '../../scripts/lists/load-lists.ts';
import { hsConversionReader, hsCorrelationReader } from '../../scripts/readers/concordance.ts';
import { findReader } from '../../scripts/readers/index.ts';
import type { ReferenceData } from '../../scripts/readers/types.ts';
import { LISTS_DIR, SHARED } from '../pipeline/independent.ts';

const table = (
  from: HsEdition,
  to: HsEdition,
  pairs: string,
  kind: CorrelationTable['kind'] = 'correlation',
): CorrelationTable => ({
  from,
  to,
  kind,
  file: `${from}-${to}.csv`,
  pairs: pairs
    .trim()
    .split(/\s+/)
    .map((p) => p.split('-') as [string, string]),
});

/** HS2022 -> HS2017 pairs, written like the UNSD file: first column HS2022. */
const T22 = table(
  'HS2022',
  'HS2017',
  `111111-111111
   293141-293131
   284441-284440 284442-284440
   300200-300210 300200-300220
   880211-880211 880610-880211 880610-880212 880212-880212`,
);

/** HS2017 -> HS2012 pairs: 284440 unchanged; 300210 came from two HS2012 codes. */
const T17 = table(
  'HS2017',
  'HS2012',
  `111111-111111
   284440-284440
   300210-300211 300210-300212 300220-300220
   293131-293131`,
);

const byCode = (codes: CodeConversion[]) =>
  Object.fromEntries(
    codes.map((c) => [
      c.code,
      { status: c.status, to: c.targets.map((t) => t.hs6).join(' '), setAside: c.setAside },
    ]),
  );

describe('convertCodes on hand-made tables', () => {
  it('HS2017 list codes to HS2022 data: exact, renumbered, split, merged, n:n, none', () => {
    const r = convertCodes(
      ['111111', '293131', '284440', '300210', '880211', '999990'],
      'HS2017',
      'HS2022',
      [T22],
    );
    expect(r?.via).toEqual([]);
    expect(r?.tables).toEqual(['HS2022-HS2017.csv']);
    expect(byCode(r?.codes ?? [])).toEqual({
      '111111': { status: 'exact', to: '111111', setAside: 0 },
      '293131': { status: 'exact', to: '293141', setAside: 0 },
      '284440': { status: 'split', to: '284441 284442', setAside: 0 },
      '300210': { status: 'merged', to: '300200', setAside: 0 },
      '880211': { status: 'n:n', to: '880211 880610', setAside: 0 },
      '999990': { status: 'none', to: '', setAside: 0 },
    });
    // A merged code names the codes whose goods it also holds.
    expect(r?.codes.find((c) => c.code === '300210')?.targets[0]?.alsoFrom).toEqual(['300220']);
    expect(r?.codes.find((c) => c.code === '880211')?.targets).toEqual([
      { hs6: '880211', alsoFrom: [] },
      { hs6: '880610', alsoFrom: ['880212'] },
    ]);
    expect(countStatuses(r?.codes ?? [])).toEqual({
      exact: 2,
      split: 1,
      merged: 1,
      'n:n': 1,
      none: 1,
    });
  });

  it('HS2022 list codes to HS2017 data: the same table read backwards', () => {
    const r = convertCodes(['284441', '300200', '880610', '293141'], 'HS2022', 'HS2017', [T22]);
    expect(byCode(r?.codes ?? [])).toEqual({
      '284441': { status: 'merged', to: '284440', setAside: 0 },
      '300200': { status: 'split', to: '300210 300220', setAside: 0 },
      '880610': { status: 'n:n', to: '880211 880212', setAside: 0 },
      '293141': { status: 'exact', to: '293131', setAside: 0 },
    });
  });

  it('chains two tables: HS2012 to HS2022 through HS2017, and back', () => {
    const up = convertCodes(['284440', '300211', '111111', '293131'], 'HS2012', 'HS2022', [
      T22,
      T17,
    ]);
    expect(up?.via).toEqual(['HS2017']);
    expect(up?.tables).toEqual(['HS2017-HS2012.csv', 'HS2022-HS2017.csv']);
    expect(byCode(up?.codes ?? [])).toEqual({
      '111111': { status: 'exact', to: '111111', setAside: 0 },
      '284440': { status: 'split', to: '284441 284442', setAside: 0 },
      // 300211 and 300212 merged into HS2017 300210, then merged with 300220 into 300200.
      '300211': { status: 'merged', to: '300200', setAside: 0 },
      '293131': { status: 'exact', to: '293141', setAside: 0 },
    });
    expect(up?.codes.find((c) => c.code === '300211')?.targets[0]?.alsoFrom).toEqual([
      '300212',
      '300220',
    ]);
    const down = convertCodes(['284441', '300200', '293141'], 'HS2022', 'HS2012', [T17, T22]);
    expect(down?.via).toEqual(['HS2017']);
    expect(byCode(down?.codes ?? [])).toEqual({
      '284441': { status: 'merged', to: '284440', setAside: 0 },
      '300200': { status: 'split', to: '300211 300212 300220', setAside: 0 },
      '293141': { status: 'exact', to: '293131', setAside: 0 },
    });
  });

  it('a split followed by a merge of the same parts is exact over the chain', () => {
    const a = table('HS2017', 'HS2012', '500001-500000 500002-500000');
    const b = table('HS2022', 'HS2017', '500009-500001 500009-500002');
    const r = convertCodes(['500000'], 'HS2012', 'HS2022', [a, b]);
    expect(byCode(r?.codes ?? [])).toEqual({
      '500000': { status: 'exact', to: '500009', setAside: 0 },
    });
  });

  it('leaves out links to catch-all codes, keeping the same-numbered code when it is the only one', () => {
    // 854900 gathers four HS2017 codes (more than catchAll = 3): an e-waste heading.
    const t = table(
      'HS2022',
      'HS2017',
      `840110-840110 854900-840110 854900-840120 854900-840130 854900-840140 840130-840130`,
    );
    const fwd = convertCodes(['840110', '840120'], 'HS2017', 'HS2022', [t], { catchAll: 3 });
    expect(byCode(fwd?.codes ?? [])).toEqual({
      '840110': { status: 'exact', to: '840110', setAside: 1 },
      // Its only link is the catch-all: nothing corresponds.
      '840120': { status: 'none', to: '', setAside: 1 },
    });
    // Backwards the catch-all code has no counterpart either; 840110 is still one-to-one.
    const back = convertCodes(['854900', '840110'], 'HS2022', 'HS2017', [t], { catchAll: 3 });
    expect(byCode(back?.codes ?? [])).toEqual({
      '840110': { status: 'exact', to: '840110', setAside: 0 },
      '854900': { status: 'none', to: '', setAside: 4 },
    });
    // A catch-all with a same-numbered code (HS2017 854231 took ICs from many HS2012
    // headings): the code is kept, and it is merged (it holds the others' goods).
    const mco = table(
      'HS2017',
      'HS2012',
      `854231-854231 854231-847330 854231-851770 854231-852990 847330-847330`,
    );
    const up = convertCodes(['854231', '847330'], 'HS2012', 'HS2017', [mco], { catchAll: 3 });
    expect(byCode(up?.codes ?? [])).toEqual({
      '847330': { status: 'exact', to: '847330', setAside: 1 },
      '854231': { status: 'merged', to: '854231', setAside: 0 },
    });
    const down = convertCodes(['854231'], 'HS2017', 'HS2012', [mco], { catchAll: 3 });
    expect(byCode(down?.codes ?? [])).toEqual({
      '854231': { status: 'exact', to: '854231', setAside: 3 },
    });
  });

  it('needs a correlation table: none, or only a conversion table, gives null', () => {
    expect(convertCodes(['111111'], 'HS2017', 'HS2022', [])).toBeNull();
    expect(convertCodes(['111111'], 'HS2012', 'HS2022', [T22])).toBeNull();
    const conv = { ...T22, kind: 'conversion' as const };
    expect(convertCodes(['111111'], 'HS2017', 'HS2022', [conv])).toBeNull();
    expect(findPath('HS2022', 'HS2012', [T22, T17])?.map((p) => `${p.from}>${p.to}`)).toEqual([
      'HS2022>HS2017',
      'HS2017>HS2012',
    ]);
    expect(findPath('HS2017', 'HS2017', [])).toEqual([]);
  });
});

describe('convertList', () => {
  const list = parseListFile(
    'cwc.csv',
    [
      '# id: cwc',
      '# name: CWC test',
      '# version: 1',
      '# hs_edition: HS2017',
      '# source: test',
      '# licence: CC0',
      'hs6,category,specificity',
      '300210,bio,core',
      '300220,bio,broad',
      '284440,nuclear,core',
      '880211,uav,',
      '999990,other,',
    ].join('\n'),
  );

  it('re-expresses the list: categories kept, one row per code and category, broad wins', () => {
    const r = convertList(list, 'HS2022', [T22]);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    expect(r.value.codes).toEqual([
      { hs6: '284441', category: 'nuclear', specificity: 'core' },
      { hs6: '284442', category: 'nuclear', specificity: 'core' },
      { hs6: '300200', category: 'bio', specificity: 'broad' },
      { hs6: '880211', category: 'uav', specificity: null },
      { hs6: '880610', category: 'uav', specificity: null },
    ]);
    expect(r.value.counts).toEqual({ exact: 0, split: 1, merged: 2, 'n:n': 1, none: 1 });
    expect(r.value.targets).toEqual(['284441', '284442', '300200', '880211', '880610']);
    expect(r.value.upperBound).toEqual(r.value.targets);
  });

  it('says why a list is not applied', () => {
    const none = convertList(list, 'HS2012', [T22]);
    expect(none).toEqual({
      ok: false,
      reason: { kind: 'noTable', from: 'HS2017', to: 'HS2012' },
    });
    const conv = convertList(list, 'HS2012', [{ ...T17, kind: 'conversion' }]);
    expect(conv).toEqual({
      ok: false,
      reason: { kind: 'conversionTableOnly', from: 'HS2017', to: 'HS2012' },
    });
  });
});

describe('the correlation readers', () => {
  const ref = (): ReferenceData => ({
    baciCountries: new Map(),
    products: new Map(),
    aliases: new Map(),
    correlations: [],
  });

  it('recognise the UNSD headers, and nothing else', () => {
    expect(findReader(['hs2022', 'hs2017', 'relationship'])).toBe(hsCorrelationReader);
    expect(findReader(['HS2017', 'HS2012', 'relationship'])).toBe(hsCorrelationReader);
    expect(findReader(['hs2022', 'hs2017'])).toBe(hsConversionReader);
    expect(findReader(['hs2022', 'hs2022', 'relationship'])).toBeNull();
    expect(findReader(['hs2031', 'hs2017', 'relationship'])).toBeNull();
    expect(findReader(['hs6', 'hs2017'])).toBeNull();
  });

  it('store the pairs; a malformed row drops the whole table and names its line', () => {
    const r = ref();
    const feed = hsCorrelationReader.open('c.csv', ['hs2022', 'hs2017', 'relationship'], r);
    feed(['284441', '284440', 'n:1'], 2);
    feed(['284442', '284440', 'n:1'], 3);
    expect(r.correlations).toEqual([
      {
        from: 'HS2022',
        to: 'HS2017',
        kind: 'correlation',
        file: 'c.csv',
        pairs: [
          ['284441', '284440'],
          ['284442', '284440'],
        ],
      },
    ]);
    expect(() => feed(['28444', '284440', 'n:1'], 4)).toThrow(/c\.csv:4: HS codes must be six/);
    expect(r.correlations).toEqual([]);
    const r2 = ref();
    const feed2 = hsCorrelationReader.open('d.csv', ['hs2017', 'hs2012', 'relationship'], r2);
    expect(() => feed2(['284440', '284440', '2:1'], 2)).toThrow(/unknown relationship "2:1"/);
    const r3 = ref();
    hsConversionReader.open('e.csv', ['hs2022', 'hs2017'], r3)(['284441', '284440'], 2);
    expect(r3.correlations[0]?.kind).toBe('conversion');
  });
});

describeShared(
  `the real UNSD correlation tables`,
  [
    'hs-concordance/hs2022_to_hs2017_correlation.csv',
    'hs-concordance/hs2017_to_hs2012_correlation.csv',
  ],
  () => {
    const tables: CorrelationTable[] = [];
    const relationships: { file: string; rows: [string, string, string][] }[] = [];

    beforeAll(() => {
      for (const [file, from, to] of [
        ['hs2022_to_hs2017_correlation.csv', 'HS2022', 'HS2017'],
        ['hs2017_to_hs2012_correlation.csv', 'HS2017', 'HS2012'],
      ] as const) {
        const lines = readFileSync(join(SHARED, 'hs-concordance', file), 'utf8')
          .trim()
          .split(/\r?\n/);
        expect(lines[0]).toBe(`${from.toLowerCase()},${to.toLowerCase()},relationship`);
        const rows = lines.slice(1).map((l) => l.split(',') as [string, string, string]);
        relationships.push({ file, rows });
        tables.push({ from, to, kind: 'correlation', file, pairs: rows.map(([a, b]) => [a, b]) });
      }
    });

    it('the relationship column is the count of codes on each side of every link', () => {
      // "n:1" on a row a,b: b has several codes in the first column, a one in the second.
      for (const { file, rows } of relationships) {
        const left = new Map<string, number>();
        const right = new Map<string, number>();
        for (const [a, b] of rows) {
          left.set(a, (left.get(a) ?? 0) + 1);
          right.set(b, (right.get(b) ?? 0) + 1);
        }
        const wrong = rows.filter(
          ([a, b, rel]) =>
            rel !== `${(right.get(b) ?? 0) > 1 ? 'n' : '1'}:${(left.get(a) ?? 0) > 1 ? 'n' : '1'}`,
        );
        expect({ file, wrong: wrong.slice(0, 5) }).toEqual({ file, wrong: [] });
      }
      expect(relationships.map((r) => r.rows.length)).toEqual([15657, 6141]);
    });

    it('the JRC list (HS2017) on HS2022 data: 17 exact, 5 split; reactors keep their codes', () => {
      const jrc = loadLists(LISTS_DIR).find((l) => l.id === 'jrc-nuclear');
      if (!jrc) throw new Error('no jrc-nuclear list');
      const r = convertList(jrc, 'HS2022', tables);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      expect(r.value.counts).toEqual({ exact: 17, split: 5, merged: 0, 'n:n': 0, none: 0 });
      const codes = byCode(r.value.conversion.codes);
      expect(codes['284440']).toEqual({
        status: 'split',
        to: '284441 284442 284443 284444',
        setAside: 0,
      });
      // 8401 also links to the six HS2022 e-waste codes 8549.xx: set aside.
      expect(codes['840110']).toEqual({ status: 'exact', to: '840110', setAside: 6 });
      expect(r.value.setAside).toBe(4);
      expect(r.value.targets).toHaveLength(29);
      expect(r.value.upperBound).toHaveLength(12);
    });

    it('CWC chemicals and drones got new HS2022 codes: n:n from HS2017, merged back', () => {
      const up = convertCodes(['293131', '293139', '880211', '880240'], 'HS2017', 'HS2022', tables);
      const c = byCode(up?.codes ?? []);
      expect(c['293131']).toEqual({ status: 'exact', to: '293141', setAside: 0 });
      expect(c['293139']).toEqual({
        status: 'n:n',
        to: '293144 293148 293149 293151 293152 293153 293154 293159',
        setAside: 0,
      });
      expect(c['880211']?.status).toBe('n:n');
      expect(c['880211']?.to.split(' ')).toContain('880610');
      const down = convertCodes(
        ['293144', '293149', '880610', '880621'],
        'HS2022',
        'HS2017',
        tables,
      );
      expect(byCode(down?.codes ?? [])).toEqual({
        '293144': { status: 'merged', to: '293139', setAside: 0 },
        '293149': { status: 'n:n', to: '293134 293137 293139', setAside: 0 },
        '880610': { status: 'n:n', to: '880211 880212 880220 880230 880240', setAside: 0 },
        '880621': { status: 'n:n', to: '852580 880211 880220', setAside: 0 },
      });
    });

    it('HS2022 lists on HS2017 data; catch-all-only codes have no counterpart', () => {
      const lists = loadLists(LISTS_DIR);
      const counts = Object.fromEntries(
        lists
          .filter((l) => l.hsEdition === 'HS2022')
          .map((l) => {
            const r = convertList(l, 'HS2017', tables);
            return [l.id, r.ok ? r.value.counts : r.reason];
          }),
      );
      expect(counts).toEqual({
        chpl: { exact: 46, split: 0, merged: 2, 'n:n': 0, none: 2 },
        indicative: { exact: 115, split: 0, merged: 22, 'n:n': 12, none: 0 },
      });
      // 8541.51 (semiconductor transducers) gathers 157 HS2017 codes and has no own one.
      const r = convertCodes(['854151'], 'HS2022', 'HS2017', tables);
      expect(byCode(r?.codes ?? [])).toEqual({
        '854151': { status: 'none', to: '', setAside: 157 },
      });
    });

    it('two steps: HS2012 to HS2022 and HS2022 to HS2012 through HS2017', () => {
      const up = convertCodes(['284440', '840110', '854231'], 'HS2012', 'HS2022', tables);
      expect(up?.via).toEqual(['HS2017']);
      expect(up?.tables).toEqual([
        'hs2017_to_hs2012_correlation.csv',
        'hs2022_to_hs2017_correlation.csv',
      ]);
      const c = byCode(up?.codes ?? []);
      expect(c['284440']).toEqual({
        status: 'split',
        to: '284441 284442 284443 284444',
        setAside: 0,
      });
      expect(c['840110']).toEqual({ status: 'exact', to: '840110', setAside: 6 });
      // HS2017 gathered multi-component ICs from 159 HS2012 codes into 8542.31: merged.
      expect(c['854231']?.status).toBe('merged');
      expect(c['854231']?.to).toBe('854231');
      const down = convertCodes(['284441', '840110'], 'HS2022', 'HS2012', tables);
      expect(byCode(down?.codes ?? [])).toEqual({
        '284441': { status: 'merged', to: '284440', setAside: 0 },
        '840110': { status: 'exact', to: '840110', setAside: 0 },
      });
    });
  },
);
