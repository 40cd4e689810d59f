import { describe, expect, it } from "vitest";
import { EntityMap, writesOf } from "../../ingest/core/EntityMap.js";

describe("EntityMap counts every write that can change which record an id maps to", () => {
  it("counts the entries it is built with, each set, delete and clear", () => {
    const m = new EntityMap<number>([["a", 1], ["b", 2]]);
    expect(m.get("b")).toBe(2);
    expect(m.writes).toBe(2);
    m.set("a", 3);
    m.delete("b");
    m.clear();
    expect(m.writes).toBe(5);
    expect(m.size).toBe(0);
  });
  it("reads leave the count as it was", () => {
    const m = new EntityMap<number>([["a", 1]]);
    m.get("a");
    m.has("a");
    [...m.values()];
    expect(writesOf(m)).toBe(1);
  });
  it("a plain map keeps no count", () => expect(writesOf(new Map([["a", 1]]))).toBeUndefined());
});
