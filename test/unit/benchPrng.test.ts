import { describe, expect, it } from "vitest";
import { mulberry32, sampleWithoutReplacement } from "../../bench/lib/prng.js";

describe("bench PRNG (seeded samples must be re-drawable)", () => {
  it("gives the same stream for the same seed and a different one for another seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 20 }, () => a());
    const sb = Array.from({ length: 20 }, () => b());
    const sc = Array.from({ length: 20 }, () => c());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });

  it("draws the same sample for the same seed, without replacement, and leaves the input alone", () => {
    const items = Array.from({ length: 500 }, (_, i) => `rel:${i}`);
    const copy = [...items];
    const s1 = sampleWithoutReplacement(items, 100, 20130403);
    const s2 = sampleWithoutReplacement(items, 100, 20130403);
    const s3 = sampleWithoutReplacement(items, 100, 7);
    expect(s1).toEqual(s2);
    expect(s1).not.toEqual(s3);
    expect(new Set(s1).size).toBe(100);
    expect(s1.every((x) => items.includes(x))).toBe(true);
    expect(items).toEqual(copy);
  });

  it("a smaller draw is a prefix of a larger one with the same seed", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(sampleWithoutReplacement(items, 60, 1)).toHaveLength(50);
    expect(sampleWithoutReplacement(items, 10, 9)).toEqual(sampleWithoutReplacement(items, 30, 9).slice(0, 10));
    expect(() => sampleWithoutReplacement(items, -1, 1)).toThrow(/non-negative integer/);
  });
});
