import type { HsCandidate } from './hs-codes.ts';

/** Enough to scan at a glance; more means the query should be narrower. */
export const MAX_MATCHES = 12;

/** A search term: a code prefix (dots and spaces ignored) or a word of the description. */
export type Term = { kind: 'code'; digits: string } | { kind: 'word'; text: string };

/** Case and accents do not matter: "Réacteur" finds "reacteur" and the other way round. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Splits a query into terms. A query made only of digits, dots and spaces is one code
 * ("8401 10" and "8401.10" both mean 840110); otherwise each whitespace-separated token
 * is a code prefix if it is digits and dots, else a word.
 */
export function parseQuery(query: string): Term[] {
  const q = query.trim();
  if (!q) return [];
  if (/^[\d.\s]+$/.test(q)) {
    const digits = q.replace(/[.\s]/g, '');
    return digits ? [{ kind: 'code', digits }] : [];
  }
  const terms: Term[] = [];
  for (const raw of q.split(/[\s,;]+/)) {
    if (/^[\d.]+$/.test(raw)) {
      const digits = raw.replace(/\./g, '');
      if (digits) terms.push({ kind: 'code', digits });
      continue;
    }
    // Quotes and brackets around a word are not part of it; hyphens inside are.
    const text = fold(raw).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (text) terms.push({ kind: 'word', text });
  }
  return terms;
}

function isWordStart(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? '' : hay.charAt(i - 1);
    if (!/[\p{L}\p{N}]/u.test(before)) return true;
  }
  return false;
}

/**
 * How well a candidate matches, lower is better; null = no match. Every term must match.
 * Exact code, then code prefix, then words at word starts ("reac" in "reactors"), then words
 * anywhere ("actor" in "reactors"), so the likeliest intent comes first.
 */
export function matchRank(c: HsCandidate, terms: readonly Term[], hay?: string): number | null {
  if (terms.length === 0) return 3;
  const text = hay ?? haystack(c);
  let hasCode = false;
  let exact = false;
  let allWordStarts = true;
  for (const term of terms) {
    if (term.kind === 'code') {
      if (!c.code.startsWith(term.digits)) return null;
      hasCode = true;
      if (term.digits === c.code) exact = true;
    } else {
      if (!text.includes(term.text)) return null;
      if (!isWordStart(text, term.text)) allWordStarts = false;
    }
  }
  if (exact) return 0;
  if (hasCode) return 1;
  return allWordStarts ? 2 : 3;
}

/** The folded text a word is searched in: the HS description and the lists' item names. */
export function haystack(c: HsCandidate): string {
  return fold([c.description, ...c.items].join(' \u0000 '));
}

export interface SearchResult {
  matches: HsCandidate[];
  /** How many candidates matched before the cut to `limit`. */
  total: number;
}

/**
 * Candidates matching a query, best first, at most `limit`. An empty query lists the
 * first codes, so the list can be browsed with the arrow keys before typing anything.
 */
export function searchCandidates(
  candidates: readonly HsCandidate[],
  query: string,
  limit = MAX_MATCHES,
  haystacks?: ReadonlyMap<string, string>,
): SearchResult {
  const terms = parseQuery(query);
  const ranked: { c: HsCandidate; rank: number }[] = [];
  for (const c of candidates) {
    const rank = matchRank(c, terms, haystacks?.get(c.code));
    if (rank !== null) ranked.push({ c, rank });
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || (a.c.code < b.c.code ? -1 : a.c.code > b.c.code ? 1 : 0),
  );
  return { matches: ranked.slice(0, limit).map((r) => r.c), total: ranked.length };
}

/** Folded haystacks computed once per candidate set, not on every keystroke. */
export function indexCandidates(candidates: readonly HsCandidate[]): Map<string, string> {
  return new Map(candidates.map((c) => [c.code, haystack(c)]));
}

export type Move = 'next' | 'prev' | 'first' | 'last';

/**
 * The option made active by an arrow key; -1 = none. Moves wrap around, as in the WAI-ARIA
 * list autocomplete example, so the end of a short list is one key away from its start.
 */
export function moveActive(current: number, count: number, move: Move): number {
  if (count <= 0) return -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'prev':
      return current <= 0 || current > count - 1 ? count - 1 : current - 1;
  }
}
