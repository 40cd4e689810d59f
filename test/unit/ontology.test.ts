import { describe, expect, it } from "vitest";
import {
  ENTITY_KIND_NAMES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  allowsEndpoints,
  isRelationType,
  kindOfLabel,
  labelOf,
} from "../../src/ontology/ontology.js";

describe("the ontology", () => {
  it("declares the five entity kinds of the contract", () => {
    expect(ENTITY_KIND_NAMES).toEqual(["ORGANIZATION", "INITIATIVE", "CONVENTION", "COUNTRY", "FORUM"]);
  });

  it("declares the twelve relation types of the contract, each with a meaning", () => {
    expect(RELATION_TYPE_NAMES).toEqual([
      "MEMBER_OF", "CHAIRED", "SUPPORTS", "LEADS", "PARTICIPATES_IN", "FUNDS",
      "OPERATES_IN", "PROMOTES", "RATIFIED", "HOSTED", "PART_OF", "PARTNERS_WITH",
    ]);
    for (const type of RELATION_TYPE_NAMES) expect(RELATION_TYPES[type].meaning.length).toBeGreaterThan(10);
  });

  it("only allows the endpoints the issue specifies", () => {
    expect(allowsEndpoints("MEMBER_OF", "ORGANIZATION", "FORUM")).toBe(true);
    // States are actors (issue 9): members of regional processes, funders, participants.
    expect(allowsEndpoints("MEMBER_OF", "COUNTRY", "FORUM")).toBe(true);
    expect(allowsEndpoints("MEMBER_OF", "COUNTRY", "CONVENTION")).toBe(false);
    expect(allowsEndpoints("FUNDS", "COUNTRY", "INITIATIVE")).toBe(true);
    expect(allowsEndpoints("PARTICIPATES_IN", "COUNTRY", "FORUM")).toBe(true);
    expect(allowsEndpoints("PART_OF", "ORGANIZATION", "ORGANIZATION")).toBe(true);
    expect(allowsEndpoints("PART_OF", "INITIATIVE", "ORGANIZATION")).toBe(false);
    expect(allowsEndpoints("PART_OF", "ORGANIZATION", "FORUM")).toBe(false);
    expect(allowsEndpoints("CHAIRED", "COUNTRY", "FORUM")).toBe(true);
    expect(allowsEndpoints("OPERATES_IN", "INITIATIVE", "COUNTRY")).toBe(true);
    // An organization works in a country too ("ICMC has offices in Lebanon"); a forum or a state does not.
    expect(allowsEndpoints("OPERATES_IN", "ORGANIZATION", "COUNTRY")).toBe(true);
    expect(allowsEndpoints("OPERATES_IN", "FORUM", "COUNTRY")).toBe(false);
    expect(allowsEndpoints("OPERATES_IN", "COUNTRY", "COUNTRY")).toBe(false);
    expect(allowsEndpoints("RATIFIED", "COUNTRY", "CONVENTION")).toBe(true);
    expect(allowsEndpoints("PROMOTES", "COUNTRY", "CONVENTION")).toBe(false);
  });

  it("marks PARTNERS_WITH as the only symmetric relation", () => {
    const symmetric = RELATION_TYPE_NAMES.filter((t) => "symmetric" in RELATION_TYPES[t]);
    expect(symmetric).toEqual(["PARTNERS_WITH"]);
  });

  it("maps kinds to labels and back", () => {
    for (const kind of ENTITY_KIND_NAMES) expect(kindOfLabel(labelOf(kind))).toBe(kind);
    expect(kindOfLabel("Passage")).toBeUndefined();
  });

  it("recognises relation type names and refuses anything else", () => {
    expect(isRelationType("LEADS")).toBe(true);
    expect(isRelationType("leads")).toBe(false);
    expect(isRelationType("MENTIONS")).toBe(false);
    expect(isRelationType("toString")).toBe(false);
  });
});
