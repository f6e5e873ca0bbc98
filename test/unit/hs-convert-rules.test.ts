/**
 * The conversion rules of README.md ("HS editions") at their edges, on tables small enough to
 * work out by hand: a link is set aside only when a code has MORE than the catch-all number of
 * links, a code left with none keeps its same-numbered code, outputs are sorted and each list
 * code appears once, and the chain of tables is the shortest, the same whatever order the
 * tables come in.
 */
import { describe, expect, it } from 'vitest';
import type { HsEdition } from '../../src/schema/manifest.ts';
import {
  convertCodes,
  findPath,
  onlyConversionTable,
  type CorrelationTable,
} from '../../scripts/hs/convert.ts';

const table = (
  from: HsEdition,
  to: HsEdition,
  pairs: [string, string][],
  kind: CorrelationTable['kind'] = 'correlation',
): CorrelationTable => ({ from, to, kind, file: `${from}-${to}-${kind}.csv`, pairs });

/** What each code becomes: status, targets with the other codes they hold, links set aside. */
function convert(codes: string[], pairs: [string, string][], catchAll: number) {
  const c = convertCodes(codes, 'HS2017', 'HS2022', [table('HS2017', 'HS2022', pairs)], {
    catchAll,
  });
  return Object.fromEntries(
    (c?.codes ?? []).map((x) => [
      x.code,
      {
        status: x.status,
        targets: x.targets.map((t) => `${t.hs6}<${t.alsoFrom.join('+')}`),
        setAside: x.setAside,
      },
    ]),
  );
}

describe('the catch-all rule at its bound', () => {
  const fan = (from: string, n: number): [string, string][] =>
    Array.from({ length: n }, (_, i) => [from, `20000${i + 1}`]);

  it('a code with exactly the catch-all number of links keeps them all (a split)', () => {
    expect(convert(['100000'], fan('100000', 3), 3)).toEqual({
      '100000': {
        status: 'split',
        targets: ['200001<', '200002<', '200003<'],
        setAside: 0,
      },
    });
  });

  it('one link more and they are all set aside: no code, or its same-numbered one', () => {
    expect(convert(['100000'], fan('100000', 4), 3)).toEqual({
      '100000': { status: 'none', targets: [], setAside: 4 },
    });
    const withSelf: [string, string][] = [...fan('100000', 4), ['100000', '100000']];
    expect(convert(['100000'], withSelf, 3)).toEqual({
      '100000': { status: 'exact', targets: ['100000<'], setAside: 4 },
    });
  });

  it('a target with exactly the catch-all number of sources is kept and shared; one more and it is set aside', () => {
    const gather = (n: number): [string, string][] => [
      ...Array.from({ length: n }, (_, i): [string, string] => [`40000${i + 1}`, '300000']),
      ['400001', '400001'],
    ];
    expect(convert(['400001'], gather(3), 3)['400001']).toEqual({
      status: 'n:n',
      targets: ['300000<400002+400003', '400001<'],
      setAside: 0,
    });
    // 300000 now gathers four codes: set aside, and what it gathers is all of its sources.
    expect(convert(['400001', '400002'], gather(4), 3)).toEqual({
      '400001': { status: 'exact', targets: ['400001<'], setAside: 1 },
      '400002': { status: 'none', targets: [], setAside: 1 },
    });
  });
});

describe('outputs in a fixed order, each code once', () => {
  it('codes sorted and deduplicated, targets and the codes sharing them sorted', () => {
    const pairs: [string, string][] = [
      ['900003', '800002'],
      ['900001', '800009'],
      ['900001', '800001'],
      ['900002', '800009'],
      ['900003', '800009'],
    ];
    const c = convertCodes(['900003', '900001', '900003'], 'HS2017', 'HS2022', [
      table('HS2017', 'HS2022', pairs),
    ]);
    expect(c?.codes.map((x) => x.code)).toEqual(['900001', '900003']);
    expect(c?.codes.map((x) => x.targets)).toEqual([
      [
        { hs6: '800001', alsoFrom: [] },
        { hs6: '800009', alsoFrom: ['900002', '900003'] },
      ],
      [
        { hs6: '800002', alsoFrom: [] },
        { hs6: '800009', alsoFrom: ['900001', '900002'] },
      ],
    ]);
  });
});

describe('the chain of tables', () => {
  const pairs: [string, string][] = [['111111', '111111']];

  it('no table between an edition and itself; none at all for one edition to itself', () => {
    expect(findPath('HS2017', 'HS2017', [])).toEqual([]);
    expect(findPath('HS2017', 'HS2022', [table('HS2017', 'HS2017', pairs)])).toBeNull();
  });

  it('the shortest chain, the same whatever the order of the tables (editions in order)', () => {
    const a = table('HS2012', 'HS2017', pairs);
    const b = table('HS2017', 'HS2022', pairs);
    const c = table('HS2012', 'HS2007', pairs);
    const d = table('HS2007', 'HS2022', pairs);
    for (const tables of [
      [a, b, c, d],
      [d, c, b, a],
      [b, a, d, c],
    ]) {
      const p = findPath('HS2012', 'HS2022', tables);
      expect(p?.map((s) => `${s.from}>${s.to}`)).toEqual(['HS2012>HS2007', 'HS2007>HS2022']);
    }
    // A direct table beats any chain; read backwards, its pairs are flipped.
    const direct = table('HS2022', 'HS2012', [['222222', '111111']]);
    expect(findPath('HS2012', 'HS2022', [a, b, direct])).toEqual([
      { from: 'HS2012', to: 'HS2022', files: [direct.file], pairs: [['111111', '222222']] },
    ]);
  });

  it('two tables for one pair of editions are pooled', () => {
    const one = table('HS2017', 'HS2022', [['111111', '111112']]);
    const two = table('HS2022', 'HS2017', [['222222', '222221']]);
    expect(findPath('HS2017', 'HS2022', [one, two])).toEqual([
      {
        from: 'HS2017',
        to: 'HS2022',
        files: [one.file, two.file],
        pairs: [
          ['111111', '111112'],
          ['222221', '222222'],
        ],
      },
    ]);
  });

  it('a one-code-per-code table is never used, and is named as the only link', () => {
    const conv = table('HS2017', 'HS2022', pairs, 'conversion');
    expect(findPath('HS2017', 'HS2022', [conv])).toBeNull();
    expect(convertCodes(['111111'], 'HS2017', 'HS2022', [conv])).toBeNull();
    expect(onlyConversionTable('HS2017', 'HS2022', [conv])).toBe(true);
    expect(onlyConversionTable('HS2017', 'HS2022', [table('HS2017', 'HS2022', pairs)])).toBe(false);
    expect(onlyConversionTable('HS2017', 'HS2022', [])).toBe(false);
  });
});
