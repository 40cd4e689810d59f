import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DISCOVERY_RULES } from "../../ingest/core/discoveryRules.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("recognition of bodies and meetings no catalog lists (ingest/core/discoveryRules.ts)", DISCOVERY_RULES);

it("keeps a title's leading year as another writing of the undated name (YEAR_IN_TITLE)", () => {
  const text = "States adopted the 2030 Agenda for Coastal Development in 2015.";
  const graph = buildGraphs([{ path: "note.txt", name: "note.txt", format: "txt", text, bytes: text.length, hash: "note" }], defaultCatalog())[0]!;
  const agenda = graph.entities.find((e) => e.name === "Agenda for Coastal Development");
  expect(agenda?.aliases).toContain("2030 Agenda for Coastal Development");
});
