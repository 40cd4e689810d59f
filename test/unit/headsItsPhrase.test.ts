import { describe, expect, it } from "vitest";
import { analyse } from "../../ingest/core/analysis.js";
import { headsItsPhrase } from "../../ingest/core/headsItsPhrase.js";
import { PREDICATE_LEXICON } from "../../ingest/core/predicateReader.js";

/** The give-support entry's own reading of what follows its receiver (predicateSupportVerbs.ts). */
const GIVEN = new RegExp(PREDICATE_LEXICON.find((e) => e.id === "verb-give-support")!.after!, "i");

/** Whether the name in `text` heads its phrase, read with the give-support entry's second object or without one. */
function heads(text: string, name: string, withObject: boolean): boolean {
  const end = text.indexOf(name) + name.length;
  return headsItsPhrase(analyse(text).tokens, end, withObject ? { rest: text.slice(end), reads: GIVEN } : undefined);
}

describe("headsItsPhrase: a receiver before the thing given", () => {
  it("a noun right after the receiver that opens the entry's second object is the thing given", () => {
    expect(heads("Portugal gave the Harbour Pilots Forum support during the strike.", "Harbour Pilots Forum", true)).toBe(true);
    expect(heads("Chile lent the Quarry Workers Network assistance in 2014.", "Quarry Workers Network", true)).toBe(true);
  });
  it("with no second object the entry names, the noun after the name is what the name qualifies", () => {
    expect(heads("Portugal gave the Harbour Pilots Forum support during the strike.", "Harbour Pilots Forum", false)).toBe(false);
    expect(heads("Portugal read the Harbour Pilots Forum report on tides.", "Harbour Pilots Forum", false)).toBe(false);
  });
  it("a noun after the name that the second object does not read stays a modifier of the name", () => {
    // "report" opens no support given: the name qualifies the report.
    expect(heads("Portugal gave the Harbour Pilots Forum report little support.", "Harbour Pilots Forum", true)).toBe(false);
    // "support staff": the support noun opens a longer phrase, people given something else.
    expect(heads("Portugal gave the Harbour Pilots Forum support staff new desks.", "Harbour Pilots Forum", true)).toBe(false);
    // A possessive is never the receiver's own phrase, whatever follows.
    expect(heads("Portugal gave the Harbour Pilots Forum's chair support.", "Harbour Pilots Forum", true)).toBe(false);
  });
});
