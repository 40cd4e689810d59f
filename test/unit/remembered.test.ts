import { describe, expect, it } from "vitest";
import { remembered } from "../../ingest/core/remembered.js";

describe("remembered: a bounded reading by key", () => {
  it("reads a key once while it is remembered, and answers as the reading does", () => {
    const keys: string[] = [];
    const length = remembered((k) => (keys.push(k), k.length), 10);
    expect([length("harbour"), length("harbour"), length("dock")]).toEqual([7, 7, 4]);
    expect(keys).toEqual(["harbour", "dock"]);
  });
  it("forgets past its bound, so new keys never grow it without limit", () => {
    const keys: string[] = [];
    const upper = remembered((k) => (keys.push(k), k.toUpperCase()), 3);
    for (const k of ["a", "b", "c", "d"]) upper(k);
    // The fourth key found three remembered and started again: "a" is read anew, "d" is still known.
    expect(upper("a")).toBe("A");
    expect(upper("d")).toBe("D");
    expect(keys).toEqual(["a", "b", "c", "d", "a"]);
  });
  it("remembers an answer that is undefined or false as well", () => {
    let reads = 0;
    const none = remembered(() => (reads++, undefined), 5);
    none("x");
    none("x");
    expect(reads).toBe(1);
  });
});
