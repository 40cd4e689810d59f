import { describe, expect, it } from "vitest";
import { TITLE_QUALIFIER, titleQualifierLength } from "../../ingest/core/titleQualifier.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a title's closing qualifier after a comma (ingest/core/titleQualifier.ts)", [TITLE_QUALIFIER]);

describe("titleQualifierLength", () => {
  it("reads a capitalised qualifier and its list", () => {
    expect(titleQualifierLength(", Especially Fishers and Seafarers, known as")).toBe(", Especially Fishers and Seafarers".length);
  });
  it("refuses a lower-case adverb or a function word after it", () => {
    expect(titleQualifierLength(", especially Fishers and Seafarers")).toBe(0);
    expect(titleQualifierLength(", Especially the rules")).toBe(0);
  });
});
