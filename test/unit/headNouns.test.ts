import { describe, expect, it } from "vitest";
import { HEAD_NOUNS } from "../../ingest/core/headNouns.js";
import { headKind } from "../../ingest/core/headKind.js";
import { MEETING_NOUN_ROWS } from "../../ingest/core/meetingNouns.js";

describe("HEAD_NOUNS.FORUM: the meeting nouns come from meetingNouns.ts", () => {
  const forum = HEAD_NOUNS.words.FORUM;
  it("holds every meeting noun but the sittings and 'congress', capitalised, with a series' plural", () => {
    const left = ["session", "plenary", "round", "edition", "congress"];
    for (const row of MEETING_NOUN_ROWS) {
      const word = row.noun[0]!.toUpperCase() + row.noun.slice(1);
      expect(forum.includes(word), word).toBe(!left.includes(row.noun));
    }
    expect(forum).toContain("Consultations");
    expect(forum).not.toContain("Workshops");
  });
  it("keeps the body nouns that are no meeting", () => {
    for (const w of ["Group", "Groups", "Panel", "Caucus", "Taskforce", "Event"]) expect(forum).toContain(w);
  });
  it("types a name by them", () => {
    expect(headKind("Coastal Ministers' Consultations on Fishers")).toBe("FORUM");
    expect(headKind("Harbour Workshop on Crew Data")).toBe("FORUM");
    expect(headKind("Special Session on Coastal Crews")).not.toBe("FORUM");
  });
});
