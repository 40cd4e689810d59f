import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const page = textSource;
// One page names an agency's regional office with its owner; another, about a different agency, writes the same
// generic office name bare. Corpus-wide identity must not give the second page's office the first page's owner.
const owned = page(
  "owned.txt",
  "Field network\n\nThe UNICEF Regional Office for Latin America and the Caribbean (LACRO) is based in Panama City. The UNICEF Regional Office for Latin America and the Caribbean runs a child protection programme.",
);
const bare = page(
  "bare.txt",
  "Agency structure\n\nThe Pan American Health Organization works through country offices. Its Regional Office for Latin America and the Caribbean supports the Puebla Process.",
);

const officeOf = (g: DocumentGraph) => g.entities.filter((e) => /Regional Office/.test(e.name)).map((e) => `${e.name}|${e.parentId ?? ""}`);

describe("a generic name keeps its own page's reading when another page owns the same words (aliasElsewhere.ts)", () => {
  it("the bare page's office is its own, alone and with the owning page in the run", () => {
    const [alone] = buildGraphs([bare], defaultCatalog());
    const graphs = buildGraphs([owned, bare], defaultCatalog());
    const g = graphs.find((x) => x.document.source === "bare.txt")!;
    expect(officeOf(g)).toEqual(officeOf(alone!));
    expect(officeOf(g).some((o) => o.includes("UNICEF") || o.endsWith("org:unicef"))).toBe(false);
    const ids = new Set(g.entities.map((e) => e.id));
    expect(g.relations.some((r) => ids.has(r.sourceId) && r.sourceId.startsWith("org:unicef"))).toBe(false);
  });

  it("the owning page keeps its owned office", () => {
    const graphs = buildGraphs([owned, bare], defaultCatalog());
    const g = graphs.find((x) => x.document.source === "owned.txt")!;
    expect(officeOf(g)).toContain("UNICEF Regional Office for Latin America and the Caribbean|org:unicef");
  });
});
