import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { deniedMember } from "../../ingest/core/deniedMember.js";
import type { StructuredDocument } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** A body the page says is no member owns no members list printed with no owner written (listOwner.ts). */
const catalog = defaultCatalog();
const relationsOf = (text: string) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations;
const linked = (text: string, s: string, t: string) => relationsOf(text).some((r) => r.sourceId === s && r.targetId === t);
const IOM = { name: "International Organization for Migration", acronym: "IOM", aliases: [] };
const doc = (...texts: string[]) => ({ passages: texts.map((text) => ({ text })) }) as unknown as StructuredDocument;

describe("deniedMember", () => {
  it("reads a denial of membership in several wordings", () => {
    expect(deniedMember(doc("IOM paid for the workshop; IOM is a partner of the network and not one of its members."), IOM)).toBe(true);
    expect(deniedMember(doc("IOM is not a member."), IOM)).toBe(true);
    expect(deniedMember(doc("The International Organization for Migration, which is not among its members, funds the secretariat."), IOM)).toBe(true);
    expect(deniedMember(doc("IOM was an observer and not a full member."), IOM)).toBe(true);
  });
  it("reads no denial where membership is not denied, or another body's is", () => {
    expect(deniedMember(doc("IOM is not only a member but also the secretariat."), IOM)).toBe(false);
    expect(deniedMember(doc("IOM is a member, not an observer."), IOM)).toBe(false);
    expect(deniedMember(doc("IOM supports the network. Japan is not a member."), IOM)).toBe(false);
    expect(deniedMember(doc("IOM is a member of the network."), IOM)).toBe(false);
    // The denial after a later name in the clause is that name's.
    expect(deniedMember(doc("IOM supports Ghana, which is not a member."), IOM)).toBe(false);
    expect(deniedMember(doc("IOM works with the Coastal Guard, which is not a member."), IOM)).toBe(false);
  });
});

const NETWORK = "NETWORKS | Civil society\n\nAbout our network\nWe bring together fishers' groups of the coast.\n\nFunding\nIn 2018 we held a workshop in Accra. ";
describe("a members list with no owner written", () => {
  it("gives no members to the body the page says is no member", () => {
    for (const [text, body] of [
      [`${NETWORK}IOM paid for the workshop; IOM is a partner of the network and not one of its members.\n\nMembers\n- Ghana\n- Kenya\n`, "org:iom"],
      [`${NETWORK}UNHCR, which is not among its members, paid for the workshop.\n\nMembers\n- Ghana\n- Kenya\n`, "org:unhcr"],
    ] as const) {
      expect(linked(text, "ctry:gh", body)).toBe(false);
      expect(linked(text, "ctry:ke", body)).toBe(false);
    }
  });
  it("still gives them to the body it belongs to when another body is denied", () => {
    const text = "The Colombo Process\n\nThe Colombo Process gathers Asian countries of origin. Japan is not a member of it.\n\nAmong its members:\n- Nepal\n- India\n";
    expect(linked(text, "ctry:np", "forum:colombo-process")).toBe(true);
  });
});
