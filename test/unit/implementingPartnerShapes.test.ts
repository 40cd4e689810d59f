import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/**
 * "Implementing partners" read the same way on every page shape: the ontology reads LEADS as launching, leading,
 * managing or implementing the initiative, so a programme's implementing partners lead it, as its implementing or lead
 * agency does. A heading list, a fact-sheet line, a record's tab field, a copular sentence, a role row, a role table and
 * prose must agree; a prospective partner is none, and another body's implementing partner, or one said not to lead,
 * only takes part or is said nothing of.
 */
const catalog = defaultCatalog();
const page = (text: string) => textSource("ip.txt", text);
const triples = (text: string) => buildGraphs([page(text)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

const P = "ini:coastal-skills-programme";
const INTRO = "Coastal Skills Programme\n\nThe Coastal Skills Programme trains port workers.";
const SHAPES: Array<[string, string, boolean]> = [
  ["a heading list", `${INTRO}\n\nImplementing partners:\n- UNDP\n- ILO\n`, false],
  ["a fact-sheet line", `${INTRO}\n\nImplementing partners: UNDP, ILO\nCountries: Ghana, Togo\n`, false],
  ["a record's tab fields", "=== RECORD 1 of 1 ===\nProject title\tCoastal Skills Programme\nImplementing agency\tInternational Organization for Migration (IOM)\nImplementing partners\tUNDP; ILO\nFocus countries\tGhana, Togo\n", true],
  ["a copular sentence", `${INTRO} Its implementing partners are UNDP and the ILO.`, false],
  ["role rows", "Coastal Skills Programme\n\nWho does what\n- IOM: lead agency\n- UNDP: implementing partner\n- ILO: implementing partner\n", true],
  ["a role table", "Coastal Skills Programme\n\nAgency | Role\nIOM | lead agency\nUNDP | implementing partner\nILO | implementing partner\n", true],
  ["prose", `${INTRO} It is implemented by IOM with UNDP and the ILO as implementing partners.`, true],
];

describe("implementing partners on every page shape", () => {
  for (const [shape, text, lead] of SHAPES) {
    it(`lead, and are not only said to take part: ${shape}`, () => {
      const t = triples(text);
      for (const org of ["org:undp", "org:ilo"]) {
        expect(t).toContain(`LEADS ${org} ${P}`);
        expect(t).not.toContain(`PARTICIPATES_IN ${org} ${P}`);
      }
      if (lead) expect(t).toContain(`LEADS org:iom ${P}`);
    });
  }
  it("another body's implementing partners, or one said not to lead, do not lead", () => {
    const own = triples(`${INTRO} IOM runs it. IOM's two implementing partners in the consortium are UNDP and the ILO.`);
    expect(own).not.toContain(`LEADS org:undp ${P}`);
    const denied = triples(`${INTRO} UNDP is an implementing partner, not the lead of the Coastal Skills Programme.`);
    expect(denied).not.toContain(`LEADS org:undp ${P}`);
  });
  it("a prospective partner is none", () => {
    const t = triples(`${INTRO}\n\nPotential implementing partners: UNDP, ILO\n`);
    expect(t.filter((x) => x.includes("org:undp") || x.includes("org:ilo"))).toEqual([]);
  });
});
