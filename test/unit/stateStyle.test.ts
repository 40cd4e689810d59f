import { describe, expect, it } from "vitest";
import { STATE_STYLE, STATE_STYLE_BEFORE, stateStyleSource } from "../../ingest/core/stateStyle.js";

describe("a state's style before its name is one lexicon (ingest/core/stateStyle.ts)", () => {
  const before = (text: string) => STATE_STYLE_BEFORE.test(text);

  it("reads a title word, with state adjectives before it, and 'of (the)' as the state's style", () => {
    expect(before("talks with the Government of ")).toBe(true);
    expect(before("signed by the Governments of ")).toBe(true);
    expect(before("an accord with the Kingdom of the ")).toBe(true);
    expect(before("hosted by the Islamic Republic of ")).toBe(true);
    expect(before("the Bolivarian Republic of ")).toBe(true);
    expect(before("the Union of the ")).toBe(true);
    expect(before("the Grand Duchy of ")).toBe(true);
  });

  it("reads no style where 'of' follows another noun or the title word is lower case or cut off", () => {
    expect(before("the Ministry of ")).toBe(false);
    expect(before("a meeting of the ")).toBe(false);
    expect(before("the republic of ")).toBe(false);
    expect(before("the Republic of Korea and ")).toBe(false);
  });

  it("lets a reader take only some title words (a state's own title has no 'Government')", () => {
    const own = new RegExp(`^${stateStyleSource(STATE_STYLE.titles.filter((w) => !w.startsWith("Government")))}$`);
    expect(own.test("Federal Republic of ")).toBe(true);
    expect(own.test("Government of ")).toBe(false);
  });
});
