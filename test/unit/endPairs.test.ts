import { describe, expect, it } from "vitest";
import { pairFor } from "../../ingest/core/endPairs.js";
import { RELATION_RULES } from "../../ingest/core/relationTable.js";

describe("a rule's allowed (subject kind, object kind) pairs", () => {
  const paired = RELATION_RULES.filter((r) => r.pairs);

  it("are declared by at least one rule, whose subjects and objects are the union of its pairs", () => {
    expect(paired.length).toBeGreaterThan(0);
    for (const r of paired) {
      expect(new Set(r.pairs!.flatMap((p) => p.subjects))).toEqual(new Set(r.subjects));
      expect(new Set(r.pairs!.flatMap((p) => p.objects))).toEqual(new Set(r.objects));
    }
  });

  it("let a membership trigger state a forum's member but not an organization's where the pair leaves the word out", () => {
    const memberOf = RELATION_RULES.find((r) => r.id === "member-of")!;
    expect(pairFor(memberOf, "COUNTRY", "FORUM", ["join"])).toEqual({ confidence: 0.85 });
    expect(pairFor(memberOf, "COUNTRY", "ORGANIZATION", ["join"])).toBeNull();
    expect(pairFor(memberOf, "COUNTRY", "ORGANIZATION", ["member"])).toEqual({ confidence: 0.8 });
    expect(pairFor(memberOf, "COUNTRY", "COUNTRY", ["member"])).toBeNull();
  });
});
