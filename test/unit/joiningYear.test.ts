import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const PAGE = "How the membership of ICMPD grew, 1993 to 2024\n\nThe International Centre for Migration Policy Development (ICMPD) was founded in 1993 by two states.\n\n";
const yearOf = (text: string, source: string, target: string) =>
  buildGraphs([textSource("members.txt", text)], catalog)[0]!.relations.find((r) => r.type === "MEMBER_OF" && r.sourceId === source && r.targetId === target)?.year;

/** A joining read with an unwritten object (rules/membershipRules.ts "member-joined-titled") keeps the year it is dated to. */
describe("the year a joining states", () => {
  it("keeps the year after 'joined in'", () => expect(yearOf(`${PAGE}1995-1998: first growth\n- Hungary joined in 1995.\n`, "ctry:hu", "org:icmpd")).toBe(1995));
  it("keeps the year after a month", () => expect(yearOf(`${PAGE}2021\nGreece became the nineteenth member in October 2021.\n`, "ctry:gr", "org:icmpd")).toBe(2021));
  it("takes no year from the next clause", () => expect(yearOf(`${PAGE}2018\nMalta joined, and in May 2018 Turkey became the seventeenth member state.\n`, "ctry:mt", "org:icmpd")).toBeNull());
});
