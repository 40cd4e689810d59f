import { describe, expect, it } from "vitest";
import { exactLookup, exactLuceneTerm, luceneQuery, PHRASE_WEIGHT, searchTerms, WORD_WEIGHT } from "../../src/api/luceneQuery.js";

describe("luceneQuery", () => {
  it("ORs the terms, so a hit need not hold every word; each word's prefix clause weighs more than relevance, and the phrase is a clause", () => {
    expect(luceneQuery("Global Migration xyz")).toBe(
      `(global OR global*^${WORD_WEIGHT}) OR (migration OR migration*^${WORD_WEIGHT}) OR (xyz OR xyz*^${WORD_WEIGHT}) OR "global migration xyz"^${PHRASE_WEIGHT}`,
    );
    expect(luceneQuery("refugees")).toBe(`(refugees OR refugees*^${WORD_WEIGHT})`);
  });
  it("drops operators and escapes metacharacters into separate terms", () => {
    expect(searchTerms(`a AND "b~c" OR (d)`)).toEqual(["a", "b", "c", "d"]);
    expect(luceneQuery(`AND OR ~*`)).toBeNull();
  });
  it("quotes an exact term and escapes every metacharacter, keeping spaces and operator words", () => {
    expect(exactLuceneTerm("iom")).toBe('"iom"');
    expect(exactLuceneTerm("a AND b")).toBe('"a AND b"');
    expect(exactLuceneTerm('say "hi" \\ c*?')).toBe('"say \\"hi\\" \\\\ c\\*\\?"');
  });
  it("reads an exact lookup as the trimmed, lower-cased text and that text as one term", () => {
    expect(exactLookup("  IOM UK ")).toEqual({ exact: "iom uk", term: '"iom uk"' });
    expect(exactLookup("Rabat Process (RP)")).toEqual({ exact: "rabat process (rp)", term: '"rabat process \\(rp\\)"' });
  });
});
