import { describe, expect, it } from "vitest";
import { CONTENT_ROWS } from "../../ingest/core/contentRows.js";
import { looksLikeHeading } from "../../ingest/core/looksLikeHeading.js";
import { normalise } from "../../ingest/core/normalise.js";

const page = (text: string) => ({ path: "p.txt", name: "p.txt", format: "txt" as const, text, bytes: text.length, hash: "p" });

describe("content rows are not headings", () => {
  for (const rule of CONTENT_ROWS) {
    describe(rule.id, () => {
      for (const line of rule.positive) {
        it(`reads "${line}" as a row`, () => {
          expect(rule.test(line)).toBe(true);
          expect(looksLikeHeading(line)).toBe(false);
        });
      }
      for (const line of rule.negative) it(`does not read "${line}" as this row`, () => expect(rule.test(line)).toBe(false));
    });
  }

  it("keeps a title-like line a heading", () => {
    for (const line of ["Global Migration Group", "Chapter 3: The Global Migration Group", "Conferences, 2000-2008"]) expect(looksLikeHeading(line), line).toBe(true);
  });

  it("keeps the rows of a fact sheet and a year-by-year list as content of the section their heading opens", () => {
    const blocks = normalise(page("Completed projects\n\nPartners: Europol, UNHCR and IOM\n\nDonors: Italy, Malta\n\nThe summits\n\n2007 - Washington, D.C. (global)\n2009 - Tunis (Africa)\n"));
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph", "heading", "paragraph", "paragraph"]);
  });
});
