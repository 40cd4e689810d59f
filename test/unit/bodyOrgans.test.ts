import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";

const catalog = defaultCatalog();
const graphOf = (text: string) => buildGraphs([{ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" }], catalog)[0]!;
const ids = (text: string) => graphOf(text).entities.map((e) => e.id);

// BODY_ORGANS (bodyOrganRules.ts, read by partsAfterOwner.ts): the catalog's identity of an organ stands over the reading.
describe("body organs and the catalog", () => {
  it("states PART_OF from an organ named by its body's acronym", () => {
    const g = graphOf("The ECOWAS Commission drafted the fisheries protocol in Abuja.");
    expect(g.relations.some((r) => r.type === "PART_OF" && r.sourceId === "org:ecowas-commission" && r.targetId === "org:ecowas")).toBe(true);
  });

  it("leaves to the catalog an organ it names as a body of its own or as the owner itself", () => {
    expect(ids("The EU Commission proposed the pact in Brussels.")).toContain("org:european-commission");
    expect(ids("The EU Commission proposed the pact in Brussels.")).not.toContain("org:european-union-commission");
    expect(ids("The AU Commission convened the ministers in Addis Ababa.")).not.toContain("org:african-union-commission");
  });
});
