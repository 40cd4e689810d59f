import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";

/** The page's treaty read from its first line when the line names two: the one it opens on, as a title gives it. */
const BODY = "\n\nWhat does the Protocol say?\n\nThe text widens the reach of the 1951 Convention in time and place.\n\nRecent parties\n\nSouth Sudan acceded on 10 December 2018.";
const ratified = (firstLine: string, treaty: string) => hasRelation(`${firstLine}${BODY}`, "RATIFIED", "ctry:ss", treaty);

describe("a first line that opens on a treaty's name is about that treaty", () => {
  it("reads a protocol's status page whose first line also names its parent treaty", () => {
    expect(ratified("Protocol relating to the Status of Refugees to the Convention relating to the Status of Refugees: ratification status and the reach of the 1967 text today", "conv:refugee-protocol-1967")).toBe(true);
  });
  it("reads the name then a bracket", () => {
    expect(ratified("Protocol relating to the Status of Refugees (the 1967 Protocol to the Convention relating to the Status of Refugees), ratification status", "conv:refugee-protocol-1967")).toBe(true);
  });
  it("takes no topic from a first line that is a sentence going on about the treaty", () => {
    expect(ratified("Protocol relating to the Status of Refugees widened the Convention relating to the Status of Refugees in 1967, and most states that had ratified one then accepted the other", "conv:refugee-protocol-1967")).toBe(false);
  });
  it("takes no topic from a first line that opens on something else", () => {
    expect(ratified("The Convention relating to the Status of Refugees and the Protocol relating to the Status of Refugees: ratification status of both texts today", "conv:refugee-protocol-1967")).toBe(false);
    expect(ratified("The Convention relating to the Status of Refugees and the Protocol relating to the Status of Refugees: ratification status of both texts today", "conv:refugee-convention-1951")).toBe(false);
  });
});
