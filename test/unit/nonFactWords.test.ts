import { describe, expect, it } from "vitest";
import { CONDITION_WORD, DOUBT_WORD_SET, NON_FACT_LEMMAS, nonFactLemmas, nonFactPattern } from "../../ingest/core/rules/nonFactWords.js";

describe("nonFactWords: one lexicon, each reader takes its classes", () => {
  it("a pattern matches the forms of the classes it is given, as whole words", () => {
    const p = nonFactPattern("denials", "plans");
    expect(p.test("the Forum has not met")).toBe(true);
    expect(p.test("the Board intends to convene")).toBe(true);
    expect(p.test("the Board notably convened")).toBe(false);
    expect(p.test("the Board will convene")).toBe(false);
  });
  it("a contraction is matched inside its word only when its class is taken", () => {
    expect(nonFactPattern("denials", "contraction").test("the Alliance didn’t sign")).toBe(true);
    expect(nonFactPattern("denials").test("the Alliance didn't sign")).toBe(false);
  });
  it("a plan bound to its infinitive leaves the noun alone", () => {
    const p = nonFactPattern("plansTo");
    expect(p.test("the Council plans to admit Ruritania")).toBe(true);
    expect(p.test("the Council adopted two plans in Ostrava")).toBe(false);
  });
  it("hearsay reads its phrases across spaces", () => {
    const p = nonFactPattern("hearsay");
    expect(p.test("at the invitation of Ruritania, it was  claimed")).toBe(true);
    expect(p.test("at the invitation of Ruritania")).toBe(false);
  });
  it("token readers get lemmas, not surface forms", () => {
    expect(nonFactLemmas("plans").has("intend")).toBe(true);
    expect(nonFactLemmas("plans").has("intends")).toBe(false);
    expect(NON_FACT_LEMMAS.has("'ll")).toBe(true);
    expect(NON_FACT_LEMMAS.has("keen")).toBe(true);
    expect(NON_FACT_LEMMAS.has("to")).toBe(false);
  });
  it("doubt words: a condition anywhere, a prospect modal as a word", () => {
    expect(CONDITION_WORD.test("should the Fund agree")).toBe(true);
    expect(CONDITION_WORD.test("the Fund agreed")).toBe(false);
    expect(DOUBT_WORD_SET.has("shall")).toBe(true);
  });
});
