import { describe, expect, it } from "vitest";
import { exactLuceneTerm, luceneQuery, searchTerms } from "../../src/api/luceneQuery.js";

describe("luceneQuery", () => {
  it("ORs the terms (with prefix variants), so a hit need not hold every word", () => {
    expect(luceneQuery("Global Migration xyz")).toBe("(global OR global*) OR (migration OR migration*) OR (xyz OR xyz*)");
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
});
