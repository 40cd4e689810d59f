import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** The name after a fronted phrase is the clause's subject only after a fronted phrase, not after "the … Division of". */
const catalog = defaultCatalog();
const relationsOf = (text: string) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations;

describe("fronted phrases and appositions", () => {
  it("reads the subject after a fronted cooperation phrase whose last name carries its acronym", () => {
    const rels = relationsOf("In collaboration with the UN International Research and Training Institute for the Advancement of Women (UN-INSTRAW), IFAD financed a study.");
    expect(rels.filter((r) => r.type === "PARTNERS_WITH").map((r) => `${r.sourceId} ${r.targetId}`)).toContain("org:ifad org:un-instraw");
  });
  it("does not make the subject of a sentence part of a body named in its opening list", () => {
    const rels = relationsOf("Working with partners such as the Population Division of UN DESA and the International Labour Organization (ILO), UNICEF launched two projects.");
    expect(rels.filter((r) => r.type === "PART_OF" && r.sourceId === "org:unicef")).toEqual([]);
  });
});
