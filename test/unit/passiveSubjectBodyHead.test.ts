import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const kinds = (text: string, name: string) =>
  buildGraphs([textSource("note.txt", text)], defaultCatalog())[0]!
    .entities.filter((e) => e.name === name).map((e) => e.kind);

// PASSIVE_SUBJECT_NAMES leaves a name closed by an organisation's head noun (HEAD_NOUNS) to the readers of bodies.
it("reads a name with no head noun funded by a body as an initiative", () => {
  expect(kinds("Lagoon Crews Tomorrow was funded by Norway in 2015.", "Lagoon Crews Tomorrow")).toEqual(["INITIATIVE"]);
});

it("never makes an initiative of a name closed by any organisation head noun", () => {
  for (const name of ["Lagoon Crews Movement", "Lagoon Crews Consortium", "Lagoon Crews Service"]) {
    expect(kinds(`${name} was funded by Norway in 2015.`, name)).not.toContain("INITIATIVE");
  }
});
