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

it("gives a dated one-off meeting its '<name> <year>' as another name (DATED_ONE_OFF_MEETINGS)", () => {
  const text = "Oslo, 3 March 2016. The Oslo Conference on Coastal Refugees was convened jointly by Norway and the United Nations.";
  const graph = buildGraphs([{ path: "note.txt", name: "note.txt", format: "txt", text, bytes: text.length, hash: "note" }], defaultCatalog())[0]!;
  const conference = graph.entities.find((e) => e.name === "Oslo Conference on Coastal Refugees");
  expect(conference?.aliases).toContain("Oslo Conference on Coastal Refugees 2016");
  expect(conference?.parentId ?? null).toBeNull();
});
