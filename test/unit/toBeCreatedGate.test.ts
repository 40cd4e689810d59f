import { describe, expect, it } from "vitest";
import { TO_BE_CREATED, TO_BE_CREATED_WORDS } from "../../ingest/core/relationTable.js";

/**
 * The rule engine asks TO_BE_CREATED of a sentence's tail only where TO_BE_CREATED_WORDS finds the sentence's closing
 * words (ruleEngine.ts). That skips nothing only if every tail TO_BE_CREATED matches lies in a sentence the gate admits.
 */
const tails = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => text.slice(i));

describe("TO_BE_CREATED_WORDS admits every sentence with a tail TO_BE_CREATED matches", () => {
  const stated = [
    "A Working Group, co-led by Ghana and IOM, would be set up in 2025.",
    "The secretariat of the Network is to be established in Dakar.",
    "Regional hubs, run by UNHCR, are to be\tcreated next year; the fund will follow.",
    "A Steering Committee chaired by Mexico SHALL BE FORMED.",
    "The platform, with UNDP as its lead, will  be launched at the Forum.",
    "Its first meeting, hosted by Kenya, will be convened in Nairobi",
  ];
  for (const text of stated) {
    it(`admits: ${text}`, () => {
      expect(tails(text).some((t) => TO_BE_CREATED.test(t))).toBe(true);
      expect(TO_BE_CREATED_WORDS.test(text)).toBe(true);
    });
  }

  const none = [
    "The Working Group was set up in 2019 and is co-led by Ghana and IOM.",
    "IOM will be present at the launch of the platform.",
    "The fund, established in 2015, is managed by the AfDB.",
    "Kenya will host the meeting; the secretariat will be reinforced.",
  ];
  for (const text of none) {
    it(`has no such tail and the gate may refuse it: ${text}`, () => {
      expect(tails(text).some((t) => TO_BE_CREATED.test(t))).toBe(false);
      // Where the gate refuses, no tail could match; where it admits, the engine asks the pattern as before.
      if (!TO_BE_CREATED_WORDS.test(text)) expect(tails(text).every((t) => !TO_BE_CREATED.test(t))).toBe(true);
    });
  }

  it("refuses a sentence without the closing words", () => {
    expect(TO_BE_CREATED_WORDS.test("Ghana and IOM co-lead the Working Group.")).toBe(false);
  });
});
