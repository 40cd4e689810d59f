import { describe, expect, it } from "vitest";
import { PHRASE_RULES, phraseRules } from "../../ingest/core/phraseRules.js";
import type { PhraseRule } from "../../ingest/core/rules/PhraseRule.js";

/** A rule's trigger strings (PhraseRule.needs): a sentence holding none of them is not asked about. */
describe("phrase rule trigger gate", () => {
  const asked: string[] = [];
  const probe: PhraseRule = {
    id: "probe-needs",
    type: "PARTICIPATES_IN",
    confidence: 0.5,
    needs: ["zorblat"],
    read: (text) => (asked.push(text), []),
    examples: { positive: [], negative: [] },
  };

  it("skips a sentence without the rule's trigger and asks about one with it, whatever its case", () => {
    PHRASE_RULES.push(probe);
    try {
      phraseRules("The Quillon Office met the Tarvel Board in Ostrand.", [], null, () => {});
      phraseRules("The Quillon Office ZORBLATS with the Tarvel Board.", [], null, () => {});
    } finally {
      PHRASE_RULES.splice(PHRASE_RULES.indexOf(probe), 1);
    }
    expect(asked).toEqual(["The Quillon Office ZORBLATS with the Tarvel Board."]);
  });

  it("a rule with no trigger strings is asked about every sentence", () => {
    const open: PhraseRule = { ...probe, id: "probe-open", needs: undefined };
    asked.length = 0;
    PHRASE_RULES.push(open);
    try {
      phraseRules("The Quillon Office met the Tarvel Board in Ostrand.", [], null, () => {});
    } finally {
      PHRASE_RULES.splice(PHRASE_RULES.indexOf(open), 1);
    }
    expect(asked).toHaveLength(1);
  });

  it("every gated rule's trigger strings are lower case, and each of its positive sentences holds one", () => {
    const gated = PHRASE_RULES.filter((r) => r.needs);
    expect(gated.length).toBeGreaterThan(0);
    for (const rule of gated) {
      for (const w of rule.needs!) expect(w, rule.id).toBe(w.toLowerCase());
      for (const ex of rule.examples.positive) expect(rule.needs!.some((w) => ex.text.toLowerCase().includes(w)), `${rule.id}: ${ex.text}`).toBe(true);
    }
  });
});
