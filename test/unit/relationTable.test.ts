import { expect, it } from "vitest";
import { linkedOnPage } from "../support/pageGraphs.js";
import { RELATION_RULES } from "../../ingest/core/relationTable.js";
import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { describeExamples } from "./support/describeExamples.js";

/** Every rule of the table runs its own positive and negative sentences through the whole pipeline. */

describeExamples("relation rules (data) with their example sentences", RELATION_RULES, {
  page: "spec.txt",
  ends: (rule) => rule.subjects.map((s) => rule.objects.some((o) => (rule.swap ? allowsEndpoints(rule.type, o, s) : allowsEndpoints(rule.type, s, o)))),
  exactlyOnce: false,
});

// Unfixed (rev33b): operates-serves-in reads "supports returning refugees in Chad" as work in Chad, though the grants are paid from abroad.
it.fails("funding returnees from abroad is no work in the country (operates-serves-in)", () => {
  expect(linkedOnPage("The Lagoon Relief Trust assists young fishers in Benin with loans wired from Paris.", "org:lagoon-relief-trust", "ctry:bj")).toBe(false);
});
