import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DEFINITE_DESCRIPTION, carriesHead, headFor } from "../../ingest/core/descriptionHeads.js";
import { DESCRIPTION_EXAMPLES } from "../../ingest/core/descriptionExamples.js";
import { DESCRIPTION_KIND_EXAMPLES, descriptionKinds } from "../../ingest/core/descriptionKinds.js";
import { SOLE_REFERENT_EXAMPLES } from "../../ingest/core/soleReferent.js";
import { UNIQUE_DESCRIPTION_EXAMPLES } from "../../ingest/core/uniqueDescriptionExamples.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** Definite descriptions (data) with their example sentences, run through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const heads = (text: string) => [...text.matchAll(DEFINITE_DESCRIPTION)].map((m) => m[1]);

describe("definite descriptions", () => {
  it("finds a head after an article, a demonstrative or an ordinal, never the start of a name or an act", () => {
    expect(heads("The Task Force is co-chaired by UNODC.")).toEqual(["Task Force"]);
    expect(heads("This window was created under the MDG-F.")).toEqual(["window"]);
    expect(heads("It hosted the second Forum.")).toEqual(["Forum"]);
    expect(heads("the Forum on Remittances, the organization of the day, the Working Group on Data")).toEqual([]);
    // A capitalised head is read only as written: "the convention" in running text is no treaty.
    expect(heads("the convention was long")).toEqual([]);
  });
  it("reads the longest head, and spellings as one", () => {
    expect(headFor("working group")?.carries).toBe(true);
    expect(carriesHead("International Centre for Migration Policy Development | ICMPD", "center")).toBe(true);
    expect(carriesHead("Global Migration Group", "task force")).toBe(false);
    expect(carriesHead("Global Migration Group", "group")).toBe(true);
  });
  for (const ex of DESCRIPTION_EXAMPLES.positive) {
    it(`reads: ${ex.text}`, () => {
      const rels = relationsOf(ex.text).filter((r) => r.type === ex.expect[0]);
      expect(rels.map((r) => `${r.sourceId} ${r.targetId}`)).toContain(`${ex.expect[1]} ${ex.expect[2]}`);
    });
  }
  for (const ex of DESCRIPTION_EXAMPLES.negative) {
    it(`states no ${ex.expect[0]} in: ${ex.text}`, () => {
      const rels = relationsOf(ex.text).filter((r) => r.type === ex.expect[0] && r.sourceId === ex.expect[1] && r.targetId === ex.expect[2]);
      expect(rels).toEqual([]);
    });
  }
});

describe("a description whose head the name carries, whatever the body's kind ('the Council' for an initiative)", () => {
  const has = (text: string, [type, from, to]: [string, string, string]) => relationsOf(text).some((r) => r.type === type && r.sourceId === from && r.targetId === to);
  it("widens a programme's head written capitalised, never an agency's head, a lower-case one or a treaty's", () => {
    expect(descriptionKinds(headFor("Platform")!, "Platform")).toContain("ORGANIZATION");
    expect(descriptionKinds(headFor("platform")!, "platform")).toEqual(["INITIATIVE"]);
    expect(descriptionKinds(headFor("Programme")!, "Programme")).toEqual(["INITIATIVE"]);
    expect(descriptionKinds(headFor("Protocol")!, "Protocol")).toEqual(["CONVENTION"]);
  });
  for (const ex of DESCRIPTION_KIND_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of DESCRIPTION_KIND_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});

describe("'the group', 'the body' for the one forum or body in reach whose name lacks the word", () => {
  const has = (text: string, [type, from, to]: [string, string, string]) => relationsOf(text).some((r) => r.type === type && r.sourceId === from && r.targetId === to);
  for (const ex of SOLE_REFERENT_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of SOLE_REFERENT_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});

describe("'the agreement', 'the ministry', 'the Foundation': the one entity in reach whose name carries the head, or the page's own named last", () => {
  const has = (text: string, [type, from, to]: [string, string, string]) => relationsOf(text).some((r) => r.type === type && r.sourceId === from && r.targetId === to);
  it("reads the heads in either case, as heads whose name must carry them", () => {
    expect(heads("Fiji ratified the agreement. Tonga joined the Agreement. It belongs to the ministry.")).toEqual(["agreement", "Agreement", "ministry"]);
    expect(headFor("Foundation")?.unique).toBe(true);
    expect(headFor("declaration")?.carries).toBe(true);
    expect(heads("the Agreement on Fisheries, the Foundation for Children")).toEqual([]);
  });
  for (const ex of UNIQUE_DESCRIPTION_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of UNIQUE_DESCRIPTION_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});
