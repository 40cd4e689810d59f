import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DECLARATION_ENDS } from "../../ingest/core/declarationEnds.js";
import { headWord } from "../../ingest/core/headKind.js";

/**
 * The catalog is identity data, and a kind is part of an identity: a declaration is a political commitment, not a
 * treaty (HEAD_NOUNS), so the catalog files none as a convention, as discovery files none (headNouns.test.ts).
 */
describe("catalog kinds", () => {
  const catalog = defaultCatalog();

  it("files no declaration as a convention", () => {
    const declarations = catalog.entities.filter((e) => e.kind === "CONVENTION" && DECLARATION_ENDS.heads.includes(headWord(e.name) ?? ""));
    expect(declarations.map((e) => e.name)).toEqual([]);
  });

  it("files the declarations it knows as initiatives, under their names and acronyms", () => {
    const udhr = catalog.entities.find((e) => e.acronym === "UDHR");
    expect(udhr?.kind).toBe("INITIATIVE");
    expect(catalog.entities.some((e) => e.kind === "CONVENTION" && e.name === "Convention relating to the Status of Refugees")).toBe(true);
  });
});
