import { describe, expect, it } from "vitest";
import { POSSESSOR_IN_ACRONYM_EXAMPLES, possessorInAcronym } from "../../ingest/core/possessorInAcronym.js";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const names = (text: string) => buildGraphs([textSource("p.txt", text)], catalog)[0]!.entities.map((e) => e.name);

describe("a possessive inside an acronym's name (possessorInAcronym.ts)", () => {
  for (const [written, acronym, name] of POSSESSOR_IN_ACRONYM_EXAMPLES) it(`${written} (${acronym}) names ${name}`, () => expect(possessorInAcronym(written, acronym)).toBe(name));
  it("keeps the whole name where the acronym spells the possessive too, and drops an owner it does not spell", () => {
    expect(names("Members\n\n- Kenyan Women's Shelter Network (KWSN)\n- Uganda's Returnee Support Office (RSO)\n")).toEqual(expect.arrayContaining(["Kenyan Women's Shelter Network", "Returnee Support Office"]));
    expect(names("Members\n\n- Kenyan Women's Shelter Network (KWSN)\n")).not.toContain("Shelter Network");
  });
});
