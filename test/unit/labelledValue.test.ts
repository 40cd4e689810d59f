import { describe, expect, it } from "vitest";
import { isLabelledValue, LABELLED_VALUE } from "../../ingest/core/isLabelledValue.js";
import { looksLikeHeading } from "../../ingest/core/looksLikeHeading.js";
import { normalise } from "../../ingest/core/normalise.js";

const page = (text: string) => ({ path: "p.txt", name: "p.txt", format: "txt" as const, text, bytes: text.length, hash: "p" });

describe("labelled rows (LABELLED_VALUE)", () => {
  for (const line of LABELLED_VALUE.positive) {
    it(`reads "${line}" as a labelled row, not a heading`, () => {
      expect(isLabelledValue(line)).toBe(true);
      expect(looksLikeHeading(line)).toBe(false);
    });
  }
  for (const line of LABELLED_VALUE.negative) {
    it(`keeps "${line}" a heading`, () => {
      expect(isLabelledValue(line)).toBe(false);
      expect(looksLikeHeading(line)).toBe(true);
    });
  }

  it("keeps the rows of a fact sheet as content blocks of the section their heading opens", () => {
    const blocks = normalise(page("Completed projects\n\nPartners: Europol, UNHCR and IOM\n\nDonors: Italy, Malta\n"));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["heading", "Completed projects"],
      ["paragraph", "Partners: Europol, UNHCR and IOM"],
      ["paragraph", "Donors: Italy, Malta"],
    ]);
  });
});
