import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { foldOwnerPrefixes } from "../../ingest/core/ownerFold.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DiscoveredName } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const entitiesOf = (text: string) => buildGraphs([note(text)], catalog)[0]!.entities;

describe("owner-prefix folding (OWNER_PREFIX in nameRules.ts)", () => {
  it("gives a name written with and without its only owner one id, keeping the bare spelling as an alias", () => {
    const found = entitiesOf("The ILO Coastal Work Agenda guides it. The Coastal Work Agenda has four pillars.").filter((e) => /Coastal Work Agenda/.test(e.name));
    expect(found).toHaveLength(1);
    expect(found[0]!.aliases).toContain("Coastal Work Agenda");
  });

  it("leaves a bare name alone when two owners write it", () => {
    const found = entitiesOf("The ILO Coastal Jobs Plan and the UNDP Coastal Jobs Plan differ. The Coastal Jobs Plan is new.").filter((e) => /Coastal Jobs Plan/.test(e.name));
    expect(found.map((e) => e.name).sort()).toEqual(["Coastal Jobs Plan", "ILO Coastal Jobs Plan", "UNDP Coastal Jobs Plan"]);
  });

  it("does not fold a bare name that another agency's chapter uses, when the owner has chapters of its own", () => {
    const variants: DiscoveredName[] = [
      { key: "ini:wipo-x-agenda", kind: "INITIATIVE", name: "WIPO X Agenda", acronym: null, owner: { id: "org:wipo", local: "X Agenda" }, chapterOwners: ["org:wipo"] },
      { key: "ini:x-agenda", kind: "INITIATIVE", name: "X Agenda", acronym: null, chapterOwners: ["org:undp"] },
    ];
    expect(foldOwnerPrefixes(variants)).toEqual([]);
    expect(variants[1]!.name).toBe("X Agenda");
    variants[1]!.chapterOwners = ["org:wipo"];
    expect(foldOwnerPrefixes(variants)).toEqual([{ key: "ini:x-agenda", bare: "X Agenda" }]);
    expect(variants[1]!.name).toBe("WIPO X Agenda");
  });

  it("folds into an owner without chapters of its own wherever the bare name is written", () => {
    const variants: DiscoveredName[] = [
      { key: "ini:acp-observatory-on-x", kind: "INITIATIVE", name: "ACP Observatory on X", acronym: null, owner: { id: "org:acp", local: "Observatory on X" } },
      { key: "ini:observatory-on-x", kind: "INITIATIVE", name: "Observatory on X", acronym: null, chapterOwners: ["org:iom"] },
    ];
    expect(foldOwnerPrefixes(variants)).toEqual([{ key: "ini:observatory-on-x", bare: "Observatory on X" }]);
  });

  it("moves a sub-unit whose parent was only the chapter's agency to the parent the text states elsewhere", () => {
    const variants: DiscoveredName[] = [
      { key: "org:undp-coastal-unit", kind: "ORGANIZATION", name: "UNDP Coastal Unit", acronym: null, parentId: "org:undp", owner: { id: "org:undp", local: "Coastal Unit" } },
      { key: "org:unicef-coastal-unit", kind: "ORGANIZATION", name: "UNICEF Coastal Unit", acronym: null, parentId: "org:unicef", owner: { id: "org:unicef", local: "Coastal Unit" }, parentGuessed: true },
    ];
    foldOwnerPrefixes(variants);
    expect(variants[1]).toMatchObject({ name: "UNDP Coastal Unit", parentId: "org:undp" });
    expect(variants[0]).toMatchObject({ name: "UNDP Coastal Unit", parentId: "org:undp" });
  });
});
