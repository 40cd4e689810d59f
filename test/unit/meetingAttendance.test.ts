import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** Joining a dated meeting is taking part in it; joining the standing forum is still membership. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const links = (text: string) => buildGraphs([page(text)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
const MEETING = "The 2016 ministerial meeting of the Colombo Process took place in Colombo.";

describe("joining a meeting", () => {
  it("reads the meeting's joiners as its participants", () => {
    const got = links(`${MEETING} The meeting was joined by Nepal and India.`);
    expect(got).toContain("PARTICIPATES_IN ctry:in forum:colombo-process-2016");
    expect(got.filter((l) => l.startsWith("MEMBER_OF ctry:in"))).toEqual([]);
  });
  it("reads a joiner of the standing forum as a member", () => {
    expect(links("In 2005 Nepal joined the Colombo Process.")).toContain("MEMBER_OF ctry:np forum:colombo-process");
  });
  it("states nothing where the meeting was only to be joined", () => {
    expect(links(`${MEETING} Nepal planned to join the meeting.`).filter((l) => l.includes("ctry:np"))).toEqual([]);
  });
});
