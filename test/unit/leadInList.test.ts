import { describe, expect, it } from "vitest";
import { LEAD_IN_LIST } from "../../ingest/core/leadInList.js";
import { normalise } from "../../ingest/core/normalise.js";
import { textSource } from "../support/textSource.js";

const kinds = (text: string) => normalise(textSource("p.txt", text)).map((b) => [b.kind, b.text]);

describe(LEAD_IN_LIST.id, () => {
  for (const text of LEAD_IN_LIST.positive) {
    it(`reads every line under the lead-in as a list item: ${JSON.stringify(text)}`, () => {
      const blocks = kinds(text);
      expect(blocks[0]![0]).toBe("paragraph");
      expect(blocks.slice(1).map(([k]) => k)).toEqual(blocks.slice(1).map(() => "list-item"));
      expect(blocks.length).toBeGreaterThan(2);
    });
  }

  it("leaves a line under a sentence that ends in a full stop a heading", () => {
    expect(kinds(LEAD_IN_LIST.negative[0]!)).toContainEqual(["heading", "Jordan"]);
  });

  it("ends the list at a blank line, so the next section's heading stays a heading", () => {
    expect(kinds(LEAD_IN_LIST.negative[1]!)).toContainEqual(["heading", "About the programme"]);
  });
});
