import { describe, expect, it } from "vitest";
import { relationLines } from "./support/pipelineRelations.js";

const links = (text: string) => relationLines(`Page\n\n${text}\n`, "c.txt");

describe("past participles coordinated before one passive agent share it (ruleReadings.ts passiveBy)", () => {
  it("reads each participle's relation for the agent: 'managed and funded by A'", () => {
    expect(links("The Dock Safety Project is managed and funded by Ireland.")).toEqual(["Ireland FUNDS Dock Safety Project", "Ireland LEADS Dock Safety Project"]);
  });
  it("reads a list of three participles and a particle: 'launched, run and paid for by A'", () => {
    expect(links("The Fishers Welfare Programme was launched, managed and paid for by the United Nations Development Programme (UNDP).")).toEqual(
      expect.arrayContaining(["United Nations Development Programme FUNDS Fishers Welfare Programme", "United Nations Development Programme LEADS Fishers Welfare Programme"]),
    );
  });
  it("gives the agent nothing an adjunct or a clause of its own parts from the trigger", () => {
    expect(links("The Dock Safety Project was launched in 2015 and funded by Ireland.")).toEqual(["Ireland FUNDS Dock Safety Project"]);
    expect(links("The Dock Safety Project was set up and is funded by Ireland.")).toEqual(["Ireland FUNDS Dock Safety Project"]);
  });
});
