import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const MEETING = "RECENT MEETINGS\n\nAsmara, 6-7 March 2019 - Senior Officials' Meeting\n\nThe Senior Officials' Meeting in Asmara on 7 March 2019 opened the Eritrean chairmanship. Eritrea hosted it.\n";
const hostedOf = (text: string) =>
  buildGraphs([note(text)], catalog)[0]!.relations.filter((r) => r.type === "HOSTED" && r.sourceId === "ctry:er").map((r) => r.targetId);

describe("complementOfName: a forum named only inside another body's name gets no later meetings", () => {
  it("a forum named in its own right is the series of the kind-only meeting described next", () => {
    const page = "Governance at a glance\n\nThe Africa-EU Migration and Mobility Dialogue (MMD) brings together ministers of both continents.\n\n" + MEETING;
    expect(hostedOf(page)).toEqual(["forum:migration-and-mobility-dialogue-2019"]);
  });

  it("the same forum as the complement of a support project's name is not", () => {
    const page = "Governance at a glance\n\nThe Secretariat is run by the African Union Commission, with help from ICMPD through the Support Project of the Africa-EU Migration and Mobility Dialogue (MMD).\n\n" + MEETING;
    expect(hostedOf(page)).not.toContain("forum:migration-and-mobility-dialogue-2019");
  });
});
