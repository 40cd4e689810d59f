import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { attendeeGroupEnd } from "../../ingest/core/attendeeGroup.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { HEADING_LISTS } from "../../ingest/core/rules/listRules.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/**
 * A list of who took part keeps its type over the groups it names ("Participants:" then "- Member states: …"), and a
 * label that denies its rows ("Former members", "Invited but did not attend") links none of them.
 */
const catalog = defaultCatalog();
const relationsOf = (text: string): RelationRecord[] => buildGraphs([textSource("list.txt", text)], catalog)[0]!.relations;
const linked = (text: string, type: string, source: string, target: string) => relationsOf(text).some((r) => r.type === type && r.sourceId === source && r.targetId === target);

const GFMD = "The Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\n";
const COLOMBO = "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process.\n\n";
const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";

describe("a group of those who took part, named in a row of their list", () => {
  const participants = { list: HEADING_LISTS.filter((l) => l.id === "participants"), topic: null, section: null };
  it("starts the names after a label of who they are", () => {
    expect(attendeeGroupEnd("Member states: Kenya, Ghana", participants)).toBe("Member states: ".length);
    expect(attendeeGroupEnd("Agencies and partners: UNICEF, the ILO", participants)).toBe("Agencies and partners: ".length);
    expect(attendeeGroupEnd("Other international organisations: the ILO", participants)).toBe("Other international organisations: ".length);
  });
  it("is no group under a list of another relation, or where the label says something else", () => {
    const members = { list: HEADING_LISTS.filter((l) => l.id === "members-of-forum"), topic: null, section: null };
    expect(attendeeGroupEnd("Observers: Japan", members)).toBeNull();
    expect(attendeeGroupEnd("Venue: Port Louis, Mauritius", participants)).toBeNull();
    expect(attendeeGroupEnd("Non-member states: Japan", participants)).toBeNull();
    expect(attendeeGroupEnd("Former members: Japan", participants)).toBeNull();
  });

  const positive: Array<[string, string, string]> = [
    [`${COLOMBO}Participants:\n- Member states: Nepal, India and Pakistan\n- Agencies and partners: UNICEF, the ILO\n`, "org:ilo", "forum:colombo-process-5-meeting"],
    [`${COLOMBO}Participants:\n- Member states: Nepal, India and Pakistan\n- Agencies and partners: UNICEF, the ILO\n`, "ctry:np", "forum:colombo-process-5-meeting"],
    [`${GFMD}The following took part:\n- Member states: Kenya, Ghana\n- Organisations: ILO\n`, "org:ilo", "forum:gfmd-2012"],
    [`${GFMD}Participants:\n- Member states: Kenya, Ghana\n- Observers: ILO\n`, "ctry:gh", "forum:gfmd-2012"],
  ];
  for (const [text, source, target] of positive) {
    it(`took part: ${source} in ${text.split("\n").filter(Boolean).slice(-2).join(" / ")}`, () => expect(linked(text, "PARTICIPATES_IN", source, target)).toBe(true));
  }

  const negative: Array<[string, string, string]> = [
    // Invited is not present: the row ends the list, its names take no part.
    [`${GFMD}Participants:\n- Member states: Kenya, Ghana\n- Invited but did not attend: ILO\n`, "org:ilo", "forum:gfmd-2012"],
    [`${GFMD}Participants:\n- Member states: Kenya, Ghana\n- Invited but absent: ILO\n`, "org:ilo", "forum:gfmd-2012"],
    [`${GFMD}Participants:\n- Member states: Kenya, Ghana\n- Non-member states: Japan\n`, "ctry:jp", "forum:gfmd-2012"],
  ];
  for (const [text, source, target] of negative) {
    it(`took no part: ${source} in ${text.split("\n").filter(Boolean).slice(-1).join("")}`, () => expect(linked(text, "PARTICIPATES_IN", source, target)).toBe(false));
  }
});

describe("labels that deny their rows link none of them", () => {
  const pages = [
    `${RABAT}Former members:\n\n- Morocco\n- Senegal\n`,
    `${RABAT}Candidates:\n\n- Morocco\n- Senegal\n`,
    `${RABAT}Candidate countries: Morocco, Senegal\n`,
    `${RABAT}Non-members:\n\n- Morocco\n- Senegal\n`,
    `${RABAT}Non-member states: Morocco, Senegal\n`,
    `${RABAT}Invited but did not attend:\n\n- Morocco\n- Senegal\n`,
    `${RABAT}The following states were invited but did not attend:\n\n- Morocco\n- Senegal\n`,
  ];
  for (const text of pages) {
    it(text.split("\n").filter(Boolean).slice(2).join(" / "), () => {
      expect(relationsOf(text).filter((r) => r.sourceId === "ctry:sn" && r.targetId === "forum:rabat-process")).toEqual([]);
    });
  }
});
