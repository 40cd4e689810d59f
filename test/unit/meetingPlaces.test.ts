import { describe, expect, it } from "vitest";
import { MEETING_PLACE_EXAMPLES, sentencePlaces } from "../../ingest/core/meetingPlaces.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A section headed by the place a meeting was reported at speaks of that meeting, run through the whole pipeline. */
const has = (text: string, type: string, from: string, to: string) => hasRelation(text, "spec.txt", type, from, to);

describe("a section headed by a meeting's place", () => {
  for (const ex of MEETING_PLACE_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of MEETING_PLACE_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});

describe("the places a sentence gives a meeting", () => {
  it("reads a dateline in capitals, with accents folded", () => expect(sentencePlaces("CÁDIZ, 14 December 2022 - The conference closed today.")).toEqual(["cadiz"]));
  it("reads the venue after a verb of meeting", () => expect(sentencePlaces("The forum met in Nusa Dua on 6 August 2018.")).toEqual(["nusa dua"]));
  it("reads no place the talks were about", () => expect(sentencePlaces("The forum discussed migrants stranded in Libya.")).toEqual([]));
  it("reads no month after 'held in'", () => expect(sentencePlaces("The meeting was held in March 2019.")).toEqual([]));
});
