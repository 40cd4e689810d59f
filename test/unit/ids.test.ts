import { describe, expect, it } from "vitest";
import { documentId, entityId, parseId, passageId, relationId, shortHash, slugify } from "../../src/ontology/ids.js";

describe("ids derived from natural keys", () => {
  it("slugify folds case, accents and punctuation", () => {
    expect(slugify("Côte d'Ivoire")).toBe("cote-d-ivoire");
    expect(slugify("  UN-Habitat ")).toBe("un-habitat");
    expect(slugify("Research & Training")).toBe("research-and-training");
  });

  it("gives the same id for the same key, whatever the spelling of case and spacing", () => {
    expect(entityId("ORGANIZATION", "IOM")).toBe("org:iom");
    expect(entityId("INITIATIVE", "Joint Migration and  Development Initiative")).toBe(
      entityId("INITIATIVE", "joint migration and development initiative"),
    );
  });

  it("refuses an empty natural key", () => {
    expect(() => entityId("COUNTRY", " -- ")).toThrow(/empty key/);
  });

  it("builds document and passage ids from the file name and offset", () => {
    const doc = documentId("002_bbe8d57f18636fbc.txt");
    expect(doc).toBe("doc:002-bbe8d57f18636fbc-txt");
    expect(passageId(doc, 1234)).toBe("psg:002-bbe8d57f18636fbc-txt:1234");
  });

  it("hashes relation ids from type and endpoints", () => {
    const a = relationId("LEADS", "org:undp", "ini:jmdi");
    expect(a).toMatch(/^rel:[0-9a-f]{16}$/);
    expect(relationId("LEADS", "org:undp", "ini:jmdi")).toBe(a);
    expect(relationId("FUNDS", "org:undp", "ini:jmdi")).not.toBe(a);
  });

  it("parses well-formed ids and rejects malformed ones", () => {
    expect(parseId("org:iom")).toEqual({ family: "entity", kind: "ORGANIZATION", slug: "iom" });
    expect(parseId("forum:gfmd-2010")).toEqual({ family: "entity", kind: "FORUM", slug: "gfmd-2010" });
    expect(parseId("doc:002-bbe8d57f18636fbc-txt")?.family).toBe("support");
    for (const bad of ["", "iom", "org:", "ORG:iom", "xyz:iom", "org:IOM", "org:iom' OR 1=1", "org:a b"]) {
      expect(parseId(bad), bad).toBeNull();
    }
  });
  // speed33: relation ids are remembered by key; past the bound the memo starts again and every id is still the key's hash.
  it("relationId stays the hash of its key, asked again and past the memo's bound", () => {
    const asked = Array.from({ length: 100_050 }, (_, i) => [`org:body-${i}`, `ini:scheme-${i % 7}`] as const);
    for (const [s, t] of asked) relationId("FUNDS", s, t);
    for (const [s, t] of [asked[0]!, asked[99_999]!, asked[100_049]!]) {
      expect(relationId("FUNDS", s, t)).toBe(`rel:${shortHash(`FUNDS|${s}|${t}`)}`);
      expect(relationId("CHAIRED", s, t, "2019")).toBe(`rel:${shortHash(`CHAIRED|${s}|${t}|2019`)}`);
    }
  });
});
