import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** A rule's `manyFounders` (RelationRule.ts): many founders of a forum are its members, few lead it. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const links = (text: string) => buildGraphs([page(text)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("founders of a forum", () => {
  it("six agencies that established a group are its members, not its leaders", () => {
    const got = links("In 2003 the Geneva Migration Group was established by ILO, IOM, OHCHR, UNCTAD, UNHCR and UNODC as an informal body.");
    for (const org of ["ilo", "iom", "ohchr", "unctad", "unhcr", "unodc"]) {
      expect(got).toContain(`MEMBER_OF org:${org} forum:geneva-migration-group`);
      expect(got).not.toContain(`LEADS org:${org} forum:geneva-migration-group`);
    }
  });

  it("two founders still lead it, and many founders of a programme lead the programme", () => {
    expect(links("The Bali Process was established by Australia and Indonesia in 2002.")).toContain("LEADS ctry:au forum:bali-process");
    expect(links("In 2010 UNDP, IOM and ILO established the JMDI.")).toContain("LEADS org:iom ini:jmdi");
  });
});
