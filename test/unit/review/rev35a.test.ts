// Reviewer rev35a: reproductions of false links and wrong identities found in block35, ends35 and debt35's
// fronted-clause non-fact test. Each is marked it.fails: it passes (as a failure) while the defect stands.
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";

const catalog = defaultCatalog();
function graphOf(text: string) {
  const body = `Page\n\n${text}`;
  return buildGraphs([{ path: "r.txt", name: "r.txt", format: "txt", text: body, bytes: body.length, hash: "r" }], catalog)[0]!;
}
const links = (text: string, type: string) => graphOf(text).relations.filter((r) => r.type === type).map((r) => `${r.sourceId} ${r.targetId}`);
const DWC = "The Domestic Workers Convention entered into force in 2013.\n\nRecent steps\n";

describe("rev35a: ratified-bare takes the page's treaty where the sentence names another object", () => {
  it("an object after the date is the thing ratified ('ratified in 2012 the trade agreement')", () => {
    expect(links(`${DWC}Belize ratified in 2012 the trade agreement with Mexico.`, "RATIFIED")).toEqual([]);
  });
  it("'acceded in 2019 to' another named treaty is not the page's treaty", () => {
    expect(links(`${DWC}Belize acceded in 2019 to the Convention on the Reduction of Statelessness.`, "RATIFIED")).not.toContain("ctry:bz conv:ilo-c189");
  });
  it("a conditional ('If Belize ratified in 2027') states nothing", () => {
    expect(links(`${DWC}If Belize ratified in 2027, it would be the tenth.`, "RATIFIED")).toEqual([]);
  });
  it("a bare verb after another object's clause ('ratified the protocol, and Peru acceded later')", () => {
    expect(links(`${DWC}Belize ratified the protocol, and Peru acceded later.`, "RATIFIED")).toEqual([]);
  });
  it("a relative clause on another thing ('The bill Belize ratified in 2019')", () => {
    expect(links(`${DWC}The bill Belize ratified in 2019 was about fishing.`, "RATIFIED")).toEqual([]);
  });
  it("a section about another treaty ('border treaty'; 'Belize ratified in 2018')", () => {
    expect(links("The Domestic Workers Convention entered into force in 2013.\n\nOther treaties\nBelize and Guatemala signed a border treaty in 2016; Belize ratified in 2018.", "RATIFIED")).toEqual([]);
  });
  it("the bare verb takes the nearest named treaty, not the page's ('Peru ratified on 3 May 2016')", () => {
    const got = links("The Domestic Workers Convention entered into force in 2013.\n\nStatus\nBelize ratified the Convention Relating to the Status of Refugees in 1990. Peru ratified on 3 May 2016.", "RATIFIED");
    expect(got).not.toContain("ctry:pe conv:refugee-convention-1951");
  });
});

describe("rev35a: ends35 gives a host city's state to a visiting body", () => {
  const ents = (text: string) => graphOf(text).entities.map((e) => e.name);
  it("a delegation's ministry at a meeting in Geneva is not Swiss", () => {
    expect(ents("Delegations met in Geneva for two days.\n\nIn Geneva, the Ministry of Coastal Labour presented its new recruitment code to the other delegations.")).not.toContain("Swiss Ministry of Coastal Labour");
  });
  it("a department of a non-state body takes no state", () => {
    expect(ents("In Geneva, the Department of Social Affairs of the Lagoon Relief Trust met donors.").some((n) => n.startsWith("Swiss "))).toBe(false);
  });
});

describe("rev35a: debt35's fronted-clause non-fact test", () => {
  it("'After a request from X,' is a fact's occasion, not a hedge: the funding is kept", () => {
    expect(links("After a request from the African Union, the European Union funds the Sahel Return Programme.", "FUNDS").length).toBe(1);
  });
  it("'In response to requests from Chad,' keeps the lead", () => {
    expect(links("In response to requests from Chad, IOM leads the Sahel Return Programme.", "LEADS").length).toBe(1);
  });
  it("a fronted condition cancels the rule, but the predicate reader still asserts it", () => {
    expect(links("If the European Union agrees, the World Bank funds the Sahel Return Programme.", "FUNDS")).toEqual([]);
  });
});
