import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const entitiesOf = (text: string) => buildGraphs([textSource("s.txt", text)], catalog)[0]!.entities;

describe("a statute's kind: the catalog's treaties stay conventions, a regional statute it does not list is an instrument", () => {
  it("reads the Rome Statute, written whole or short, as the catalog's convention", () => {
    const e = entitiesOf("In 2002 the Rome Statute of the International Criminal Court entered into force. Later the Rome Statute was amended.");
    expect(e.find((x) => x.id === "conv:rome-statute")?.kind).toBe("CONVENTION");
    expect(e.filter((x) => x.kind === "INITIATIVE")).toEqual([]);
  });

  it("reads a regional statute the catalog does not list by its head, as an initiative", () => {
    const e = entitiesOf("The Coastal Fisheries Statute was adopted by ministers in 2019.");
    expect(e.find((x) => x.name === "Coastal Fisheries Statute")?.kind).toBe("INITIATIVE");
  });
});
