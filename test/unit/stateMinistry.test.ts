import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const relationsOf = (text: string) => buildGraphs([textSource("note.txt", text)], catalog)[0]!.relations;

describe("a ministry named with its state acts for the state (stateMinistry.ts)", () => {
  it("gives the state what a ministry named with its demonym funds, and keeps the ministry's own link", () => {
    const rels = relationsOf("The Norwegian Ministry of Foreign Affairs is the main donor of the Coastal Data Programme.");
    expect(rels.some((r) => r.type === "FUNDS" && r.sourceId === "ctry:no" && r.method.endsWith("+state"))).toBe(true);
    expect(rels.some((r) => r.type === "FUNDS" && r.sourceId.startsWith("org:norwegian-ministry"))).toBe(true);
  });
  it("reads a country's acronym before the ministry", () => {
    const rels = relationsOf("The UAE Ministry of Human Resources hosts the permanent secretariat of the Abu Dhabi Dialogue.");
    expect(rels.some((r) => r.type === "SUPPORTS" && r.sourceId === "ctry:ae" && r.targetId === "forum:abu-dhabi-dialogue")).toBe(true);
  });
  it("gives no state to a ministry whose name opens on no state", () => {
    const rels = relationsOf("The Regional Ministry of Coastal Affairs is the main donor of the Coastal Data Programme.");
    expect(rels.filter((r) => r.method.endsWith("+state"))).toEqual([]);
  });
  it("gives no state to a body that only names a country later in its name", () => {
    const rels = relationsOf("The Commission for Ghana Ministry Reform is the main donor of the Coastal Data Programme.");
    expect(rels.filter((r) => r.sourceId === "ctry:gh")).toEqual([]);
  });
});
