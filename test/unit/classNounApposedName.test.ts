import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graphOf = (text: string): DocumentGraph => buildGraphs([textSource("spec.txt", text)], catalog)[0]!;
const names = (g: DocumentGraph) => g.entities.flatMap((e) => [e.name, ...e.aliases]);

/** Reviewer rev34b's reproductions; sentences invented for these specs. */
describe("a name before an apposed class noun: persons and dates are no bodies (review rev34b)", () => {
  it("a month after a day number is no body ('On 19 December, the commission …')", () => {
    expect(names(graphOf("Page\n\nOn 19 December, the commission set up a fund for returning fishers."))).not.toContain("December");
  });
  it("a person whose apposition names a role in a body is no body ('a member of the union')", () => {
    expect(names(graphOf("Page\n\nTomas Lind, a member of the union, said the Polar Apprenticeship Programme was underfunded."))).not.toContain("Tomas Lind");
  });
  it("a person 'the head of the commission' is no partner of a bank", () => {
    const g = graphOf("Page\n\nOmar Haddad, the head of the commission, signed the agreement with the Glacier Bank.");
    expect(names(g)).not.toContain("Omar Haddad");
  });
  it("a person 'an adviser to the ministry' is no body", () => {
    expect(names(graphOf("Page\n\nKarin Olsen, an adviser to the ministry, spoke at the Northern Protection Forum in 2019."))).not.toContain("Karin Olsen");
  });
});
