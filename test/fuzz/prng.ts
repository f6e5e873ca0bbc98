/**
 * Draws for the fuzzers from the project's seeded generator: the same seed gives the same
 * cases on every machine and every run, so a failure is reproducible from its case number.
 */

import { mulberry32, type Rng } from '../../scripts/lib/prng.ts';

export { mulberry32, type Rng };

/** An integer in [min, max], both included. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** A copy of the list in random order (Fisher-Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A string of `length` characters drawn from `alphabet` (split by code point). */
export function randomString(rng: Rng, length: number, alphabet: string): string {
  const chars = Array.from(alphabet);
  let s = '';
  for (let i = 0; i < length; i++) s += pick(rng, chars);
  return s;
}
