import { describe, expect, it } from "vitest";
import { combine, percentile, type Measurement } from "../../bench/lib/load.js";

const run = (latencies: number[], rps: number): Measurement => {
  const sorted = Float64Array.from(latencies).sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: 0, rps, requests: latencies.length, errors: 0, non2xx: 0, latencies: sorted };
};

describe("bench latency figures", () => {
  it("takes nearest-rank percentiles without rounding", () => {
    const sorted = Float64Array.from([5.9, 5.1, 7.25, 6.4]).sort();
    expect(percentile(sorted, 50)).toBe(5.9);
    expect(percentile(sorted, 99)).toBe(7.25);
    expect(percentile(sorted, 0)).toBe(5.1);
    expect(percentile(new Float64Array(), 50)).toBeNaN();
  });

  it("pools the halves' latencies before taking percentiles, rather than averaging their percentiles", () => {
    const fast = run([1, 1, 1, 1, 1, 1], 600);
    const slow = run([9, 9], 200);
    const both = combine([fast, slow]);
    expect(both.p50).toBe(1); // the mean of the halves' p50s would say 5
    expect(both.p99).toBe(9);
    expect(both.requests).toBe(8);
    expect(both.mean).toBe(3);
    expect(both.rps).toBe(400);
    expect(Array.from(both.latencies)).toEqual([1, 1, 1, 1, 1, 1, 9, 9]);
  });
});
