/**
 * Seeded randomness for the benchmarks: the same seed always draws the same
 * sample, so a judged sample can be re-drawn and checked at its commit.
 */

/** mulberry32: a small, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` items drawn without replacement, in draw order. The input order matters
 * (callers sort by a stable key first); the input array is not modified.
 */
export function sampleWithoutReplacement<T>(items: readonly T[], n: number, seed: number): T[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`sample size must be a non-negative integer, got ${n}`);
  const rand = mulberry32(seed);
  const pool = [...items];
  const out: T[] = [];
  while (out.length < Math.min(n, items.length)) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}
