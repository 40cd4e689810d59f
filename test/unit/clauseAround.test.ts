import { describe, expect, it } from "vitest";
import { clauseAround } from "../../ingest/core/sentenceAround.js";

const around = (text: string, name: string) => {
  const start = text.indexOf(name);
  const { from, to } = clauseAround(text, start, start + name.length);
  return text.slice(from, to);
};

describe("clauseAround: the clause of a sentence that holds a span", () => {
  it("cuts the sentence at the semicolons on either side", () => {
    expect(around("The Fund met in Ostrava. In Brno, the Ministry of Ports spoke; Tinland did not; it left.", "Ministry of Ports")).toBe("In Brno, the Ministry of Ports spoke");
  });
  it("starts after the last sentence stop, not at an abbreviation's full stop before a small letter", () => {
    expect(around("Its partners, e.g. the Ministry of Ports, met.", "Ministry of Ports")).toBe("Its partners, e.g. the Ministry of Ports, met");
  });
  it("a line break ends the clause before it", () => {
    expect(around("Tinland\nIn Brno the Ministry of Ports met", "Ministry of Ports")).toBe("In Brno the Ministry of Ports met");
  });
});
