import { describe, expect, it } from "vitest";
import { COUNTED_NOUNS, MEETING_NOUN_ROWS, MEETS_NOUNS, meetingNounsWhere, ONE_OFF_NOUNS, SHORT_NAME_NOUNS, SITTING_NOUNS, sittingName, sittingSlug, withNamingPlural } from "../../ingest/core/meetingNouns.js";

describe("meeting nouns table", () => {
  it("has one row a noun, in lower case, with a plural of its own", () => {
    const nouns = MEETING_NOUN_ROWS.map((n) => n.noun);
    expect(new Set(nouns).size).toBe(nouns.length);
    for (const n of MEETING_NOUN_ROWS) {
      expect(n.noun).toMatch(/^[a-z]+$/);
      expect(n.plural).not.toBe(n.noun);
    }
  });
  it("derives the selections from the columns", () => {
    expect(ONE_OFF_NOUNS).toContain("workshop");
    expect(ONE_OFF_NOUNS).not.toContain("forum");
    expect(COUNTED_NOUNS).toContain("round");
    expect(SITTING_NOUNS.every((n) => COUNTED_NOUNS.includes(n) && ONE_OFF_NOUNS.includes(n))).toBe(true);
    expect(SHORT_NAME_NOUNS).toContain("process");
    // A process is a series, but its name says nothing of meeting; a sitting's noun names no series.
    expect(MEETS_NOUNS).not.toContain("process");
    expect(MEETS_NOUNS).not.toContain("workshop");
    expect(MEETS_NOUNS).toContain("dialogue");
  });
  it("leaves out what a reader excludes", () => {
    expect(meetingNounsWhere((n) => !!n.oneOff, ["summit"])).not.toContain("summit");
    expect(meetingNounsWhere((n) => !!n.oneOff, ["summit"])).toContain("conference");
  });
  it("writes a plural that names a series as an optional s", () => {
    expect(withNamingPlural("consultation")).toBe("consultations?");
    expect(withNamingPlural("forum", (w) => w.toUpperCase())).toBe("FORUMs?");
    expect(withNamingPlural("workshop", (w) => w.toUpperCase())).toBe("WORKSHOP");
  });
  it("names one sitting of a plural-named series in the singular", () => {
    expect(sittingName("Coastal Forums on Reef Fisheries")).toBe("Coastal Forum on Reef Fisheries");
    expect(sittingName("High-Level Dialogues on Arctic Pilots")).toBe("High-Level Dialogue on Arctic Pilots");
    // A singular head, or a plural that is no meeting noun, stays as written.
    expect(sittingName("Harbour Contact Group")).toBe("Harbour Contact Group");
    expect(sittingName("Global Forum on Fisheries Meetings")).toBe("Global Forum on Fisheries Meetings");
  });
  it("keys a plural-named series' sittings by its singular", () => {
    expect(sittingSlug("forum:coral-meetings-on-pilots")).toBe("coral-meeting-on-pilots");
    expect(sittingSlug("forum:high-level-dialogues-on-arctic-pilots")).toBe("high-level-dialogue-on-arctic-pilots");
    // A singular id stays; so does a plural after a singular meeting noun, part of the series' subject.
    expect(sittingSlug("forum:harbour-contact-group")).toBe("harbour-contact-group");
    expect(sittingSlug("forum:global-forum-on-fisheries-meetings")).toBe("global-forum-on-fisheries-meetings");
  });
});

describe("meeting kind words table", () => {
  it("gives a row with no exception to every reader, in each spelling", async () => {
    const { meetingKindWords } = await import("../../ingest/core/meetingNouns.js");
    for (const reader of ["heading", "kindMeeting", "seriesPhrases", "rightAfter"] as const) expect(meetingKindWords(reader).split("|")).toContain("informal");
    expect(meetingKindWords("seriesPhrases", "capital").split("|")).toContain("Working-[Ll]evel");
    expect(meetingKindWords("kindMeeting", "either").split("|")).toContain("[Ii]nformal");
  });
  it("leaves out what a row says a reader leaves out", async () => {
    const { meetingKindWords } = await import("../../ingest/core/meetingNouns.js");
    expect(meetingKindWords("rightAfter").split("|")).not.toContain("steering");
    expect(meetingKindWords("kindMeeting").split("|")).toContain("steering");
  });
});
