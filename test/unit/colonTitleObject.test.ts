import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { COLON_TITLE_OBJECT_EXAMPLES } from "../../ingest/core/colonTitleObject.js";

/** An object "it" in a "Title: clause" row is the title before the colon, not a treaty named in the row before. */
describe("'it' in a row's clause is the row's title", () => {
  for (const ex of COLON_TITLE_OBJECT_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of COLON_TITLE_OBJECT_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
});
