import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { PARAGRAPH_STATE } from "../../ingest/core/paragraphState.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";
import { textSource } from "../support/textSource.js";

describeNameRules("a long ministry title the page defines is the state's its paragraph names before it and its sentence names again (ingest/core/paragraphState.ts)", [PARAGRAPH_STATE]);

const catalog = defaultCatalog();
const ids = (...pages: string[]) => [...new Set(buildGraphs(pages.map((t, i) => textSource(`p${i}.txt`, t)), catalog).flatMap((g) => g.entities.map((e) => e.id)))];

// The title defined by its acronym ("(MFICC)", read as a definition) takes the state too, and so joins the body another
// page names with its demonym; one naming two states stays bare.
it("a defined ministry title whose paragraph and sentence name one state joins that state's ministry named on another page", () => {
  const e = ids(
    "Coastal Fund: grants\n\nAccra - Ghana has used its Coastal Fund since 2017 to pay for landing sites. The fund is managed by the Ministry of Fisheries and International Coastal Cooperation (MFICC), whose Directorate for Ghanaians Abroad prepares the decisions.",
    "Funding\n\nThe third phase is funded by the Ghanaian Ministry of Fisheries and International Coastal Cooperation and by Norway.",
  );
  expect(e).toContain("org:ghanaian-ministry-of-fisheries-and-international-coastal-cooperation");
  expect(e).not.toContain("org:ministry-of-fisheries-and-international-coastal-cooperation");
});
it("a defined ministry title in a paragraph naming two states stays bare", () => {
  const e = ids(
    "Coastal Fund: grants\n\nGhana and Togo share the Coastal Fund. The fund is managed by the Ministry of Fisheries and International Coastal Cooperation (MFICC), whose Directorate for Ghanaians Abroad prepares the decisions.",
    "Funding\n\nThe third phase is funded by the Ghanaian Ministry of Fisheries and International Coastal Cooperation and by Norway.",
  );
  expect(e).toContain("org:ministry-of-fisheries-and-international-coastal-cooperation");
});
