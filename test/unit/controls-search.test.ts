import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnarShard } from '../../src/schema/manifest.ts';
import { buildCandidates } from '../../src/ui/controls/hs-codes.ts';
import type { HsCandidate } from '../../src/ui/controls/hs-codes.ts';
import type { ListColumns } from '../../src/schema/manifest.ts';
import {
  MAX_MATCHES,
  fold,
  indexCandidates,
  matchRank,
  moveActive,
  parseQuery,
  searchCandidates,
} from '../../src/ui/controls/hs-search.ts';

const cand = (code: string, description: string, items: string[] = []): HsCandidate => ({
  code,
  description,
  items,
  lists: ['x'],
  carried: true,
});

const SMALL: HsCandidate[] = [
  cand('840110', 'Nuclear reactors'),
  cand('840120', 'Machinery and apparatus for isotopic separation'),
  cand('840130', 'Fuel elements (cartridges); non-irradiated'),
  cand('284410', 'Natural uranium and its compounds', ['Source material']),
  cand('854231', 'Electronic integrated circuits: processors and controllers'),
  cand('880730', 'Other parts of aeroplanes, helicopters or unmanned aircraft'),
  cand('901380', 'Liquid crystal devices; other optical appliances (refractors)'),
];

function realCandidates(): HsCandidate[] {
  const shards = ['chpl', 'indicative', 'jrc-nuclear'].map((list) => ({
    list,
    shard: JSON.parse(
      readFileSync(new URL(`../../public/data/lists/${list}.json`, import.meta.url), 'utf8'),
    ) as ColumnarShard<ListColumns>,
  }));
  return buildCandidates(shards, new Set(['840110']));
}

describe('parseQuery', () => {
  it('reads a code with dots or spaces as one code prefix', () => {
    expect(parseQuery('8401.10')).toEqual([{ kind: 'code', digits: '840110' }]);
    expect(parseQuery(' 8401 10 ')).toEqual([{ kind: 'code', digits: '840110' }]);
    expect(parseQuery('84')).toEqual([{ kind: 'code', digits: '84' }]);
  });

  it('splits words, folds case and accents, and trims punctuation around words', () => {
    expect(parseQuery('Réacteurs "Nuclear"')).toEqual([
      { kind: 'word', text: 'reacteurs' },
      { kind: 'word', text: 'nuclear' },
    ]);
    expect(parseQuery('non-irradiated')).toEqual([{ kind: 'word', text: 'non-irradiated' }]);
  });

  it('mixes a code prefix with words', () => {
    expect(parseQuery('8401 fuel')).toEqual([
      { kind: 'code', digits: '8401' },
      { kind: 'word', text: 'fuel' },
    ]);
  });

  it('finds nothing to search in blank or punctuation-only input', () => {
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('...')).toEqual([]);
    expect(parseQuery('" ,')).toEqual([]);
  });
});

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('ÉLÉMENTS Combustibles')).toBe('elements combustibles');
  });
});

describe('matchRank', () => {
  const reactor = SMALL[0] as HsCandidate;
  it('ranks exact code, then prefix, then word start, then substring', () => {
    expect(matchRank(reactor, parseQuery('840110'))).toBe(0);
    expect(matchRank(reactor, parseQuery('8401'))).toBe(1);
    expect(matchRank(reactor, parseQuery('reac'))).toBe(2);
    expect(matchRank(reactor, parseQuery('actor'))).toBe(3);
  });

  it('requires every term to match', () => {
    expect(matchRank(reactor, parseQuery('nuclear fuel'))).toBeNull();
    expect(matchRank(reactor, parseQuery('2844 nuclear'))).toBeNull();
    expect(matchRank(reactor, parseQuery('8402'))).toBeNull();
    // A code is a prefix, not a substring: "0110" is inside 840110 but is not how it starts.
    expect(matchRank(reactor, parseQuery('0110'))).toBeNull();
  });
});

describe('searchCandidates', () => {
  it('matches "8401.10" to 840110 and "8401" to the whole heading in code order', () => {
    expect(searchCandidates(SMALL, '8401.10').matches.map((c) => c.code)).toEqual(['840110']);
    expect(searchCandidates(SMALL, '8401').matches.map((c) => c.code)).toEqual([
      '840110',
      '840120',
      '840130',
    ]);
  });

  it('matches words in the description and in the list item, case-insensitively', () => {
    expect(searchCandidates(SMALL, 'URANIUM').matches.map((c) => c.code)).toEqual(['284410']);
    expect(searchCandidates(SMALL, 'source material').matches.map((c) => c.code)).toEqual([
      '284410',
    ]);
    expect(searchCandidates(SMALL, 'integrated circ').matches.map((c) => c.code)).toEqual([
      '854231',
    ]);
  });

  it('puts word-start matches before matches inside a word', () => {
    // "fractor" is inside "Refractors" but starts "Fractor": the word start wins over code order.
    const r = searchCandidates(
      [cand('000001', 'Refractors'), cand('000002', 'Fractor mounts')],
      'fractor',
    );
    expect(r.matches.map((c) => c.code)).toEqual(['000002', '000001']);
  });

  it('cuts to the limit and reports the total', () => {
    const many = Array.from({ length: 30 }, (_, i) => cand(String(840100 + i), 'Reactor part'));
    const r = searchCandidates(many, 'reactor');
    expect(r.total).toBe(30);
    expect(r.matches).toHaveLength(MAX_MATCHES);
    expect(searchCandidates(many, 'reactor', 5).matches).toHaveLength(5);
  });

  it('lists the first codes for an empty query, so the list can be browsed', () => {
    const r = searchCandidates(SMALL, '');
    expect(r.total).toBe(SMALL.length);
    expect(r.matches.length).toBe(SMALL.length);
  });

  it('gives the same answer with a precomputed index', () => {
    const index = indexCandidates(SMALL);
    for (const q of ['84', 'nuclear', 'source', 'zzz'])
      expect(searchCandidates(SMALL, q, MAX_MATCHES, index)).toEqual(searchCandidates(SMALL, q));
  });
});

describe('searchCandidates on the real lists', () => {
  const all = realCandidates();

  it('finds nuclear reactors by code with a dot and by words', () => {
    expect(searchCandidates(all, '8401.10').matches.map((c) => c.code)).toEqual(['840110']);
    const byWord = searchCandidates(all, 'nuclear reactors').matches.map((c) => c.code);
    expect(byWord).toContain('840110');
  });

  it('finds every code of heading 2844 by prefix, each once', () => {
    const r = searchCandidates(all, '2844', 100);
    expect(r.matches.length).toBeGreaterThan(3);
    expect(r.matches.every((c) => c.code.startsWith('2844'))).toBe(true);
    expect(new Set(r.matches.map((c) => c.code)).size).toBe(r.matches.length);
  });

  it('finds the CHPL integrated circuits by description', () => {
    const r = searchCandidates(all, 'integrated circuits', 100);
    expect(r.matches.map((c) => c.code)).toEqual(
      expect.arrayContaining(['854231', '854232', '854233', '854239']),
    );
  });

  it('caps a broad query at the limit', () => {
    const r = searchCandidates(all, '8');
    expect(r.total).toBeGreaterThan(MAX_MATCHES);
    expect(r.matches).toHaveLength(MAX_MATCHES);
  });
});

describe('moveActive', () => {
  it('moves down and up, wrapping at both ends', () => {
    expect(moveActive(-1, 3, 'next')).toBe(0);
    expect(moveActive(0, 3, 'next')).toBe(1);
    expect(moveActive(2, 3, 'next')).toBe(0);
    expect(moveActive(-1, 3, 'prev')).toBe(2);
    expect(moveActive(0, 3, 'prev')).toBe(2);
    expect(moveActive(2, 3, 'prev')).toBe(1);
    expect(moveActive(1, 3, 'first')).toBe(0);
    expect(moveActive(1, 3, 'last')).toBe(2);
  });

  it('has nothing to move to in an empty list, and recovers when the list shrank', () => {
    expect(moveActive(0, 0, 'next')).toBe(-1);
    expect(moveActive(7, 3, 'prev')).toBe(2);
    expect(moveActive(7, 3, 'next')).toBe(0);
  });
});
