import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const graph = (text: string) => buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!;
const names = (text: string) => graph(text).entities.map((e) => `${e.kind}|${e.name}`);

describe("an appeal titled by an act done to an instrument keeps the instrument in its name (CAMPAIGN_OBJECT)", () => {
  it("keeps a catalog convention closing a call's title, and the convention stays a mention of its own", () => {
    const got = names("Forty unions signed the Global Call for Swift Ratification of the Refugee Convention last spring.");
    expect(got).toContain("INITIATIVE|Global Call for Swift Ratification of the Refugee Convention");
    expect(got).toContain("CONVENTION|Convention relating to the Status of Refugees");
    expect(names("Fishers' unions launched the Harbour Call for Full Implementation of the Migrant Workers Convention.")).toContain("INITIATIVE|Harbour Call for Full Implementation of the Migrant Workers Convention");
  });

  it("cuts the instrument off a call with no act, and off a campaign or a committee", () => {
    expect(names("Forty unions signed the Global Call for Fishers of the Refugee Convention last spring.")).not.toContain("INITIATIVE|Global Call for Fishers of the Refugee Convention");
    expect(names("Unions joined the Harbour Campaign for Ratification of the Migrant Workers Convention.")).toContain("INITIATIVE|Harbour Campaign for Ratification");
    expect(names("In 2003 NGOs set up the Harbour Committee for Ratification of the Refugee Convention.").some((n) => n.endsWith("of the Refugee Convention"))).toBe(false);
  });
});
