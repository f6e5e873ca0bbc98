import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnarShard, Manifest } from '../../src/schema/manifest.ts';
import {
  MAX_AD_HOC_CODES,
  buildCandidates,
  carriedCodes,
  checkAdHoc,
  codesToText,
  formatHs,
  sameCodes,
} from '../../src/ui/controls/hs-codes.ts';
import type { ListColumns } from '../../src/schema/manifest.ts';
import { parseCodeList } from '../../src/state/code-lists.ts';

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../public/data/${path}`, import.meta.url), 'utf8')) as T;
const manifest = readJson<Manifest>('manifest.json');
const listShard = (id: string) => readJson<ColumnarShard<ListColumns>>(`lists/${id}.json`);

function shard(rows: [string, string, string, string][]): ColumnarShard<ListColumns> {
  return {
    schemaVersion: 1,
    notice: '',
    columns: ['hs6', 'category', 'specificity', 'regime', 'item', 'description'],
    data: {
      hs6: rows.map((r) => r[0]),
      category: rows.map((r) => r[1]),
      specificity: rows.map(() => null),
      regime: rows.map(() => ''),
      item: rows.map((r) => r[2]),
      description: rows.map((r) => r[3]),
    },
  };
}

describe('formatHs', () => {
  it('prints six-digit codes with the dot after the heading', () => {
    expect(formatHs('840110')).toBe('8401.10');
    expect(formatHs('028444')).toBe('0284.44');
    expect(formatHs('8401')).toBe('8401');
  });
});

describe('carriedCodes', () => {
  it('reads the codes of one dataset from the product shard keys', () => {
    const m = {
      shards: { product: { 'a/840110': {}, 'a/284410': {}, 'ab/999999': {}, 'b/840120': {} } },
    } as unknown as Manifest;
    expect([...carriedCodes(m, 'a')].sort()).toEqual(['284410', '840110']);
    expect([...carriedCodes(m, 'b')]).toEqual(['840120']);
    expect(carriedCodes(m, 'c').size).toBe(0);
  });

  it('matches the real manifest: BACI carries HS6 codes, the JRC dataset none', () => {
    const baci = carriedCodes(manifest, 'baci-hs22-v202501');
    const productKeys = Object.keys(manifest.shards.product).filter((k) =>
      k.startsWith('baci-hs22-v202501/'),
    );
    expect(baci.size).toBe(productKeys.length);
    expect(baci.size).toBeGreaterThan(0);
    for (const c of baci) expect(c).toMatch(/^\d{6}$/);
    expect(carriedCodes(manifest, 'jrc-nuclear').size).toBe(0);
  });
});

describe('buildCandidates', () => {
  it('merges a code named twice in a list and in two lists into one candidate', () => {
    const a = shard([
      ['840110', 'nuclear', 'Reactors', 'Nuclear reactors'],
      ['840110', 'military', 'Naval reactors', 'Nuclear reactors'],
      ['284410', 'nuclear', 'Natural uranium', 'Natural uranium and its compounds'],
    ]);
    const b = shard([['840110', 'power-plant', 'Nuclear reactors', 'Nuclear reactors']]);
    const out = buildCandidates(
      [
        { list: 'a', shard: a },
        { list: 'b', shard: b },
      ],
      new Set(['840110']),
    );
    expect(out.map((c) => c.code)).toEqual(['284410', '840110']);
    const reactor = out[1];
    expect(reactor?.lists).toEqual(['a', 'b']);
    // The item equal to the description adds nothing to search, so it is not repeated.
    expect(reactor?.items).toEqual(['Reactors', 'Naval reactors']);
    expect(reactor?.carried).toBe(true);
    expect(out[0]?.carried).toBe(false);
  });

  it('skips rows whose code is not six digits', () => {
    const s = shard([
      ['8401', 'x', 'Heading', 'Heading'],
      ['', 'x', 'Blank', 'Blank'],
      ['840110', 'x', 'Ok', 'Ok'],
    ]);
    expect(buildCandidates([{ list: 'a', shard: s }], new Set()).map((c) => c.code)).toEqual([
      '840110',
    ]);
  });

  it('gives one candidate per distinct code of the real BACI lists', () => {
    const chpl = listShard('chpl');
    const indicative = listShard('indicative');
    const out = buildCandidates(
      [
        { list: 'chpl', shard: chpl },
        { list: 'indicative', shard: indicative },
      ],
      carriedCodes(manifest, 'baci-hs22-v202501'),
    );
    const distinct = new Set([...chpl.data.hs6, ...indicative.data.hs6].map(String));
    expect(out).toHaveLength(distinct.size);
    // The indicative list names some codes under two categories; they must not repeat.
    expect(indicative.data.hs6.length).toBeGreaterThan(new Set(indicative.data.hs6).size);
    expect(new Set(out.map((c) => c.code)).size).toBe(out.length);
    for (const c of out) expect(c.description.length).toBeGreaterThan(0);
    // Carried codes come from the manifest; every one named by these lists is marked so.
    const carried = out.filter((c) => c.carried).map((c) => c.code);
    for (const c of carried)
      expect(manifest.shards.product[`baci-hs22-v202501/${c}`]).toBeDefined();
    expect(out.some((c) => !c.carried)).toBe(true);
    // 850440 is on both lists.
    expect(out.find((c) => c.code === '850440')?.lists).toEqual(['chpl', 'indicative']);
  });
});

describe('checkAdHoc', () => {
  const carried = new Set(['840110', '284440', '854231']);

  it('keeps carried codes, reports rejected and missing ones', () => {
    const r = checkAdHoc('8401.10, 2844 40; 854231\n840120 abc 12', carried);
    expect(r.apply).toEqual(['840110', '284440', '854231']);
    expect(r.notCarried).toEqual(['840120']);
    expect(r.rejected).toEqual(['abc', '12']);
    expect(r.overLimit).toBe(0);
  });

  it('keeps at most the URL limit and counts the rest', () => {
    const codes = Array.from({ length: MAX_AD_HOC_CODES + 7 }, (_, i) => String(100000 + i));
    const r = checkAdHoc(codes.join(','), new Set(codes));
    expect(r.apply).toHaveLength(MAX_AD_HOC_CODES);
    expect(r.apply[0]).toBe('100000');
    expect(r.overLimit).toBe(7);
  });

  it('applies nothing from empty text', () => {
    expect(checkAdHoc('  ', carried)).toEqual({
      apply: [],
      rejected: [],
      notCarried: [],
      overLimit: 0,
    });
  });

  it('round-trips through the text shown for applied codes', () => {
    const codes = ['840110', '284440'];
    expect(codesToText(codes)).toBe('8401.10, 2844.40');
    expect(parseCodeList(codesToText(codes)).codes).toEqual(codes);
    expect(checkAdHoc(codesToText(codes), carried).apply).toEqual(codes);
  });

  it('checks pasted real list codes against the real dataset', () => {
    const text = listShard('jrc-nuclear').data.hs6.map(String).join('\n');
    const r = checkAdHoc(text, carriedCodes(manifest, 'baci-hs22-v202501'));
    expect(r.rejected).toEqual([]);
    expect(r.apply.length + r.notCarried.length).toBe(22);
    expect(r.apply).toContain('840110');
  });
});

describe('sameCodes', () => {
  it('compares order and content', () => {
    expect(sameCodes(['1', '2'], ['1', '2'])).toBe(true);
    expect(sameCodes(['1', '2'], ['2', '1'])).toBe(false);
    expect(sameCodes([], ['1'])).toBe(false);
  });
});
