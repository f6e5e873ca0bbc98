/**
 * A small seeded pseudo-random generator, shared by the benchmarks' synthetic data and the
 * fuzzers: the same seed gives the same numbers on every machine and every run, so a
 * synthetic file or a failing fuzz case can be reproduced from its seed alone.
 */

/** A generator of floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: 32-bit state, fast, good enough spread for test inputs (not for cryptography). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
