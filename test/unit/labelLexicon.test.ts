import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { readLabel } from "../../ingest/core/labelSense.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { LABEL_SENSES } from "../../ingest/core/rules/labelLexicon.js";
import { labelLists } from "../../ingest/core/labelLists.js";
import { isLabelLine } from "../../ingest/core/otherField.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { describeExamples, rowsMeetSomeTopic } from "./support/describeExamples.js";
import { textSource } from "../support/textSource.js";

/** Every sense of the label lexicon runs its own positive and negative pages through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("label.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const types = (label: string) => labelLists(label).map((l) => `${l.type}/${l.topics.join("+")}`).sort();

describeExamples("label lexicon (data) with its example pages", LABEL_SENSES, { page: "label.txt", ends: rowsMeetSomeTopic, exactlyOnce: true });

describe("reading a label's head and modifiers", () => {
  it("takes the head after its modifiers, before a clause or a preposition, or after a participle", () => {
    // Implementing partners implement the initiative: the ontology's LEADS.
    expect(types("Other implementing partners")).toEqual(["LEADS/INITIATIVE"]);
    // A consortium's members take part in the programme it runs; they are no members of the programme.
    expect(types("Consortium members")).toEqual(["PARTICIPATES_IN/INITIATIVE"]);
    expect(types("Countries where the project works")).toEqual(["OPERATES_IN/INITIATIVE"]);
    expect(types("Countries of implementation")).toEqual(["OPERATES_IN/INITIATIVE"]);
    expect(types("Countries and territories covered")).toEqual(["OPERATES_IN/INITIATIVE"]);
    expect(types("Countries participating")).toEqual(["MEMBER_OF/FORUM", "PARTICIPATES_IN/INITIATIVE"]);
    expect(types("Funding from")).toEqual(["FUNDS/INITIATIVE"]);
    // Members of a network are members; participants in an initiative take part. A regional body's own page lists its
    // member states too (programmeListRules.ts organization-member-states, only with the body named).
    expect(types("Member states")).toEqual(["MEMBER_OF/FORUM", "MEMBER_OF/INITIATIVE", "MEMBER_OF/ORGANIZATION"]);
  });

  it("lets a modifier deny the relation, and a head name something else", () => {
    expect(labelLists("Former members")).toEqual([]);
    expect(labelLists("Non-member states")).toEqual([]);
    expect(labelLists("Invited countries")).toEqual([]);
    expect(types("Countries in which the programme is active")).toEqual(["OPERATES_IN/INITIATIVE"]);
    expect(labelLists("Countries where the programme was presented")).toEqual([]);
    expect(labelLists("Countries where the programme will work")).toEqual([]);
    expect(labelLists("Members who have left")).toEqual([]);
    expect(labelLists("Implementing partners and target countries")).toEqual([]);
    expect(readLabel("Donor reports").other).toBe(true);
    expect(labelLists("Past chairs").map((l) => l.type)).toEqual(["CHAIRED"]);
  });

  it("ends a list at a bare label of something else", () => {
    expect(isLabelLine("Success stories")).toBe(true);
    expect(isLabelLine("Former members")).toBe(true);
    expect(isLabelLine("Ecuador")).toBe(false);
    expect(isLabelLine("Office of the UN High Commissioner for Refugees (UNHCR)")).toBe(false);
    expect(isLabelLine("Donors")).toBe(false);
  });
});

describe("list layouts", () => {
  const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";
  const members = (text: string) => relationsOf(text).filter((r) => r.type === "MEMBER_OF" && r.targetId === "forum:rabat-process").map((r) => r.sourceId).sort();
  it("reads rows numbered in roman numerals or letters under a label whose verb ends on a colon", () => {
    expect(members(`${RABAT}Partner countries include:\ni. Morocco\nii. Senegal\niii. Spain\n`)).toEqual(["ctry:es", "ctry:ma", "ctry:sn"]);
    expect(members(`${RABAT}Partner countries include:\na. Morocco\nb. Senegal\n`)).toEqual(["ctry:ma", "ctry:sn"]);
  });
  it("does not take a lone lettered line for a list", () => {
    expect(members(`${RABAT}Partner countries include:\n\na. Morocco hosts the secretariat of another body, with many offices across the region and beyond it.\n`)).toEqual([]);
  });
});
