import { RELATION_RULES } from "../../ingest/core/relationTable.js";
import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { describeExamples } from "./support/describeExamples.js";

/** Every rule of the table runs its own positive and negative sentences through the whole pipeline. */

describeExamples("relation rules (data) with their example sentences", RELATION_RULES, {
  page: "spec.txt",
  ends: (rule) => rule.subjects.map((s) => rule.objects.some((o) => (rule.swap ? allowsEndpoints(rule.type, o, s) : allowsEndpoints(rule.type, s, o)))),
  exactlyOnce: false,
});
