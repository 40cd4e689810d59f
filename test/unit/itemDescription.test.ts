import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { itemDescription } from "../../ingest/core/itemDescription.js";
import { textSource } from "../support/textSource.js";

/** A list item's description names no rows: "- PAMI, a Guatemalan organisation, which belongs to the Guatemala chapter". */
const catalog = defaultCatalog();
const relationsOf = (text: string) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations;
const has = (text: string, type: string, s: string, t: string) => relationsOf(text).some((r) => r.type === type && r.sourceId === s && r.targetId === t);

describe("itemDescription", () => {
  it("starts the description at the comma after the item's head", () => {
    for (const item of [
      "PAMI, a Guatemalan organisation for children, which belongs to the Guatemala chapter.",
      "Mesa Nacional para las Migraciones (MENAMIRD), whose coordinator led the Dominican delegation.",
      "Pravasi Trust, an NGO in Kerala that works with Sri Lanka",
      "Casa del Migrante, which runs shelters in Mexico and Guatemala",
      "Centro Scalabrini, who work with Chile's consulates",
    ]) expect(itemDescription(item)).toBeGreaterThan(0);
  });
  it("reads a list going on, or an item with no description, as rows", () => {
    for (const item of ["Ghana, Kenya and Nigeria", "Ghana, the Gambia and Senegal", "Nepal", "Sri Lanka (since 2003)", "Ghana; a founding member"]) expect(itemDescription(item)).toBe(-1);
  });
});

const PAGE = "The Colombo Process\n\nThe Colombo Process gathers Asian countries of origin.\n\nMembers\nThe members are:\n";
describe("a members list whose items describe their head", () => {
  it("keeps the item's head as a row", () => {
    expect(has(`${PAGE}- Nepal, a founding member, which chaired it in 2005\n- India\n`, "MEMBER_OF", "ctry:np", "forum:colombo-process")).toBe(true);
    expect(has(`${PAGE}- India, which joined in 2003\n- Nepal\n`, "MEMBER_OF", "ctry:in", "forum:colombo-process")).toBe(true);
  });
  it("reads no state named inside a description as a member", () => {
    const text = `${PAGE}- Pravasi Trust, a Kerala group that works with Sri Lanka\n- Casa Nepal, which runs a chapter in Bangladesh\n- India\n`;
    expect(has(text, "MEMBER_OF", "ctry:in", "forum:colombo-process")).toBe(true);
    expect(has(text, "MEMBER_OF", "ctry:lk", "forum:colombo-process")).toBe(false);
    expect(has(text, "MEMBER_OF", "ctry:bd", "forum:colombo-process")).toBe(false);
  });
});
