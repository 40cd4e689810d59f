import { describe, expect, it } from "vitest";
import { clauseVerb } from "../../ingest/core/objectRelative.js";

/** The verb of an object relative's clause ("…, which IOM has long managed"): auxiliaries and adverbs stay before it. */
describe("the verb of an object relative's clause", () => {
  const cases: Array<[string, string, string]> = [
    [" manages for the region", " ", "manages"],
    [" has long managed", " has long ", "managed"],
    [" jointly runs in Ghana", " jointly ", "runs"],
    [" has effectively financed since 2014", " has effectively ", "financed"],
    [" will formally adopt", " will formally ", "adopt"],
    // Verbs that end in "-ly" as adverbs do are the verb, never an adverb before it.
    [" will apply in full", " will ", "apply"],
    [" supply to the region", " ", "supply"],
    [" rely on for data", " ", "rely"],
    [" must comply with", " must ", "comply"],
    [" firmly apply in practice", " firmly ", "apply"],
  ];
  for (const [clause, before, verb] of cases) {
    it(`reads "${verb}" in "${clause.trim()}"`, () => expect(clauseVerb(clause)).toEqual({ before, verb }));
  }
  it("finds no verb where the clause opens with none", () => expect(clauseVerb(", met")).toBeNull());
});
