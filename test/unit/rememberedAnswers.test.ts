import { describe, expect, it } from "vitest";
import { labelLists } from "../../ingest/core/labelLists.js";
import { nameKey } from "../../ingest/core/fold.js";

// speed21: labelLists and nameKey remember their answers by argument; a caller's copy must stay its own.
describe("remembered answers", () => {
  it("labelLists gives each caller its own array, with the same lists", () => {
    const first = labelLists("Member states");
    expect(first.length).toBeGreaterThan(0);
    const ids = first.map((l) => l.id);
    first.length = 0;
    expect(labelLists("Member states").map((l) => l.id)).toEqual(ids);
    expect(labelLists("Member states")).not.toBe(labelLists("Member states"));
  });
  it("labelLists still reads nothing from a label that lists nothing", () => {
    expect(labelLists("Weather report")).toEqual([]);
  });
  it("nameKey answers the same key asked twice, and folds as before", () => {
    expect(nameKey("the High-level Dialogue")).toBe(nameKey("High Level Dialogue"));
    expect(nameKey("Harbour Workers Programmes")).toBe(nameKey("Harbour Workers Programme"));
    expect(nameKey("Harbour Workers Programme")).not.toBe(nameKey("Harbour Fishers Programme"));
  });
});
