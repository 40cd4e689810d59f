import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { HEADING_NAMES, headingName } from "../../ingest/core/headingName.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("h.txt", text);

describe("a heading that names a treaty or dialogue no catalog lists (data)", () => {
  for (const ex of HEADING_NAMES.positive) {
    it(`reads ${ex.heading}`, () => {
      const found = headingName(ex.heading);
      expect(found?.kind).toBe(ex.kind);
      expect(found?.acronym ?? undefined).toBe(ex.acronym);
      if ("name" in ex) expect(found?.name).toBe(ex.name);
      if ("aliases" in ex) expect(found?.aliases).toEqual(ex.aliases);
    });
  }
  for (const heading of HEADING_NAMES.negative) it(`reads no name in ${heading}`, () => expect(headingName(heading)).toBeNull());

  it("makes the heading's treaty the topic of the status table under it", () => {
    const g = buildGraphs([page("Treaty status\n\nSome states joined late.\n\nEuropean Convention on the Legal Status of Migrant Workers\n\nState | Signature | Ratification\nAlbania | 23 Nov 2005 | 24 Jan 2007\nGermany | 24 Nov 1977 |\n")], catalog)[0]!;
    const parties = g.relations.filter((r) => r.type === "RATIFIED" && r.targetId === "conv:european-convention-on-the-legal-status-of-migrant-workers").map((r) => r.sourceId);
    expect(parties).toEqual(["ctry:al"]);
  });

  it("prefers the whole dialogue's name to a catalog body named inside it, and reads its acronym in the text", () => {
    const g = buildGraphs([page("Regional processes\n\nMigration Dialogue from COMESA Member States (MIDCOM)\n\nMIDCOM meets once a year.\n\nMembers: Burundi, Egypt and Rwanda\n")], catalog)[0]!;
    const members = g.relations.filter((r) => r.type === "MEMBER_OF" && r.sourceId === "ctry:eg").map((r) => r.targetId);
    expect(members).toEqual(["forum:migration-dialogue-from-comesa-member-states"]);
  });

  it("makes a numbered series' title the topic of the sentences under it, by the title its year and number close", () => {
    const g = buildGraphs([page("Night Watch (Harbour Pilots) Convention, 1974 (No. 231)\n\nThe Convention sets rest hours for pilots. Ghana ratified the Convention in 1980.\n")], catalog)[0]!;
    const treaty = g.entities.find((e) => e.kind === "CONVENTION");
    expect(treaty?.aliases).toContain("Night Watch (Harbour Pilots) Convention, 1974 (No. 231)");
    expect(g.relations.filter((r) => r.type === "RATIFIED").map((r) => `${r.sourceId}>${r.targetId}`)).toEqual([`ctry:gh>${treaty?.id}`]);
  });
  it("folds the other name an upper-case headline gives in brackets into the headline's forum", () => {
    const faq = (sentence: string) => page(`Regional dialogues > Kestrel Process > FAQ\n\nTHE KESTREL PROCESS (COASTAL CO-OPERATION PROCESS, CCP): QUESTIONS AND ANSWERS\n\nLast reviewed in 2012.\n\n1. What was it?\nA regional dialogue on fishing. ${sentence}\n\n2. Who joined?\nGhana joined the Kestrel Process in 2003.\n`);
    const forums = (sentence: string) => buildGraphs([faq(sentence)], catalog)[0]!.entities.filter((e) => e.kind === "FORUM").map((e) => e.id);
    expect(forums("Its English working name was the Coastal Co-operation Process.")).toEqual(["forum:kestrel-process"]);
    expect(forums("Its working language was English, and the Coastal Co-operation Process met twice.")).toEqual(["forum:kestrel-process"]);
    // A forum of another name that the bracket does not give stays a body of its own.
    expect(forums("It later worked with the Coastal Fisheries Process.").sort()).toEqual(["forum:coastal-fisheries-process", "forum:kestrel-process"]);
  });
});
