import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnarShard, ListMeta, Manifest } from '../../src/schema/manifest.ts';
import {
  byValue,
  compareCodes,
  listCodes,
  productRefs,
  type ListCode,
} from '../../src/derive/compare.ts';
import { type ListColumns } from '../../src/schema/manifest.ts';

const DATA = resolve(import.meta.dirname, '../../public/data');
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(DATA, path), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
const meta = (id: string) => manifest.lists.find((l) => l.id === id) as ListMeta;
const codesOf = (id: string) =>
  listCodes(read<ColumnarShard<ListColumns>>(`lists/${id}.json`), meta(id));
const BACI = 'baci-hs22-v202501';

function code(c: string, inTotal = true): ListCode {
  return { code: c, categories: ['x'], specificity: null, description: '', item: '', inTotal };
}

describe('listCodes', () => {
  it('keeps one entry per code with every category it sits in', () => {
    const indicative = codesOf('indicative');
    expect(indicative.size).toBe(meta('indicative').codes);
    const twice = [...indicative.values()].filter((c) => c.categories.length > 1);
    expect(twice.map((c) => c.code).sort()).toEqual(['281111', '842119']);
    expect(codesOf('chpl').size).toBe(50);
    expect([...codesOf('chpl').values()].every((c) => c.specificity === 'broad')).toBe(true);
  });
  it('marks codes of categories outside the total (JRC "ignore")', () => {
    const jrc = codesOf('jrc-nuclear');
    const out = [...jrc.values()].filter((c) => !c.inTotal);
    expect(out.length).toBe(meta('jrc-nuclear').categories.find((c) => c.id === 'ignore')?.codes);
    expect(out.every((c) => c.categories.every((k) => k === 'ignore'))).toBe(true);
  });
});

describe('compareCodes', () => {
  it('splits codes into A only, B only and both, sorted', () => {
    const a = new Map([
      ['300000', code('300000')],
      ['100000', code('100000')],
      ['200000', code('200000')],
      ['900000', code('900000', false)],
    ]);
    const b = new Map([
      ['200000', code('200000')],
      ['400000', code('400000')],
    ]);
    const r = compareCodes(a, b);
    expect(r.onlyA.map((c) => c.code)).toEqual(['100000', '300000']);
    expect(r.onlyB.map((c) => c.code)).toEqual(['400000']);
    expect(r.both.map((c) => c.code)).toEqual(['200000']);
    expect(r.excludedA).toBe(1);
    expect(r.excludedB).toBe(0);
  });

  it('on the real CHPL and indicative lists, the groups partition each list', () => {
    const a = codesOf('chpl');
    const b = codesOf('indicative');
    const r = compareCodes(a, b);
    expect(r.onlyA.length + r.both.length).toBe(a.size);
    expect(r.onlyB.length + r.both.length).toBe(b.size);
    expect(r.both.length).toBeGreaterThan(0);
    for (const c of r.both) expect(b.has(c.code)).toBe(true);
    for (const c of r.onlyA) expect(b.has(c.code)).toBe(false);
  });
});

describe('product shards of the real data', () => {
  const a = codesOf('chpl');
  const b = codesOf('indicative');
  const all = [...a.keys(), ...b.keys()];
  const { refs, noTrade } = productRefs(manifest, BACI, all);

  it('finds a product shard for every code with trade and none for the others', () => {
    expect(refs.length + noTrade.length).toBe(new Set(all).size);
    expect(refs.length).toBe(
      Object.keys(manifest.shards.product).filter((k) => k.startsWith(`${BACI}/`)).length,
    );
  });

  // The groups adding up to each list's total, on every dataset and year, is checked against
  // the download file by test/unit/consistency.test.ts (compareFigures).
});

describe('byValue', () => {
  it('puts the largest world value first, then orders by code', () => {
    const codes = [code('300000'), code('100000'), code('200000')];
    const values = new Map([['200000', 5]]);
    expect(byValue(codes, values).map((c) => c.code)).toEqual(['200000', '100000', '300000']);
    expect(codes.map((c) => c.code)).toEqual(['300000', '100000', '200000']);
  });
});
