import { describe, expect, it } from "vitest";
import { knownNameAtEdge } from "../../ingest/core/titleMention.js";

/** A scan holding mentions at the spans given. */
const scan = (...spans: Array<[number, number]>) => ({ mentions: spans.map(([localStart, localEnd]) => ({ localStart, localEnd })) }) as never;

describe("knownNameAtEdge: a name already read at a title's edges", () => {
  // "In the programme Ghana and Togo share data": the title 17-31 opens on "Ghana" (17-22).
  it("is true for a name opening the title or running past its end", () => {
    expect(knownNameAtEdge(scan([17, 22]), 17, 31)).toBe(true);
    expect(knownNameAtEdge(scan([12, 20]), 17, 31)).toBe(true);
    expect(knownNameAtEdge(scan([27, 36]), 17, 31)).toBe(true);
  });
  it("is false for a name inside the title, or before or after it", () => {
    expect(knownNameAtEdge(scan([20, 25]), 17, 31)).toBe(false);
    expect(knownNameAtEdge(scan([20, 31]), 17, 31)).toBe(false);
    expect(knownNameAtEdge(scan([0, 17], [31, 40]), 17, 31)).toBe(false);
  });
});
