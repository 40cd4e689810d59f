import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const graph = (text: string) => buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!;
const names = (text: string) => graph(text).entities.map((e) => `${e.name}|${e.acronym ?? ""}`);

describe("an acronym spelt from inside the tail's first word keeps the capitalised word before it (LOOSE_TAIL_FIT)", () => {
  it("keeps 'State' in a state secretariat whose acronym comes from another language", () => {
    expect(names("The State Secretariat for Fisheries (SEF) drafted the new rules for the harbour towns.")).toContain("State Secretariat for Fisheries|SEF");
    expect(names("Last year the Federal Secretariat for Harbours (SEH) opened two offices.")).toContain("Federal Secretariat for Harbours|SEH");
  });

  it("keeps the word before the head when the tail's initials spell only a chance two letters of a long acronym", () => {
    expect(names("Most money went to the Recovery Scheme for Fishers, Divers and Boatmen of the Atolls (SDORECA).")).toContain("Recovery Scheme for Fishers, Divers and Boatmen of the Atolls|SDORECA");
  });

  it("leaves an owner before the name, or a tail the acronym spells by plain initials, to the owner readings", () => {
    expect(names("The IOM Secretariat for Fisheries (SEF) opened in Suva.")).not.toContain("IOM Secretariat for Fisheries|SEF");
    expect(names("The Harbour Regional Bureau for Europe (RBE) opened in Suva.")).not.toContain("Harbour Regional Bureau for Europe|RBE");
  });

  it("does not take a word opening the sentence into the name", () => {
    expect(names("Yesterday Secretariat for Fisheries (SEF) staff met the mayor.")).not.toContain("Yesterday Secretariat for Fisheries|SEF");
  });

  it("keeps a state opening the name, though the acronym leaves it out: two states' secretariats stay two (STATE_BODY_APART)", () => {
    expect(names("The Kenya Secretariat for Fisheries (SEF) met.")).toContain("Kenya Secretariat for Fisheries|SEF");
    expect(names("The Kenya Secretariat for Fisheries (SEF) met.")).not.toContain("Secretariat for Fisheries|SEF");
  });
});
