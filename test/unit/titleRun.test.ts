import { describe, expect, it } from "vitest";
import { TITLE_SMALL_WORDS, titleRunPattern, titleSmallPattern, titleWordPattern } from "../../ingest/core/titleRun.js";

/** The whole title run found in `text` by a shape, or null. */
const run = (shape: Parameters<typeof titleRunPattern>[0], text: string): string | null => new RegExp(titleRunPattern(shape), "u").exec(text)?.[0] ?? null;

describe("titleRun: one pattern of a title run, with each reader's shape", () => {
  it("reads capitalised words with a title's small words between them, ending on a capitalised word", () => {
    expect(run({}, "Safer Ports for the Fishers of Tinland was late")).toBe("Safer Ports for the Fishers of Tinland");
    expect(run({}, "Harbour Care through the winter")).toBe("Harbour Care");
  });

  it("reads the small words a shape adds, and only those it allows", () => {
    expect(run({}, "Fishers & Ports")).toBe("Fishers");
    expect(run({ addSmall: ["&"] }, "Fishers & Ports")).toBe("Fishers & Ports");
    expect(run({ onlySmall: ["of"] }, "Crews of Boats with Nets")).toBe("Crews of Boats");
  });

  it("reads one small word at a time where a shape says so", () => {
    expect(run({ maxSmall: 1 }, "Voice of the Coast")).toBe("Voice");
    expect(run({ maxSmall: 1 }, "Voice of Coasts")).toBe("Voice of Coasts");
  });

  it("reads digits, apostrophes and punctuation between words only as shaped", () => {
    expect(run({}, "G20 Harbour Plan")).toBe("G");
    expect(run({ digits: true }, "G20 Harbour Plan")).toBe("G20 Harbour Plan");
    expect(run({ apostrophes: false }, "Fishers’ Rights Now")).toBe("Fishers");
    expect(run({}, "Fishers’ Rights Now")).toBe("Fishers’ Rights Now");
    expect(run({}, "Ports, Crews and Climate: Evidence")).toBe("Ports");
    expect(run({ punctuation: "[,:]" }, "Ports, Crews and Climate: Evidence")).toBe("Ports, Crews and Climate: Evidence");
  });

  it("holds two capitalised words at the least where a shape says so", () => {
    expect(run({ minWords: 2 }, "the Harbour project")).toBeNull();
    expect(run({ minWords: 2 }, "the Harbour Net project")).toBe("Harbour Net");
    expect(run({ maxWords: 2 }, "Safe Decks Fair Pay")).toBe("Safe Decks");
    expect(run({ maxSmall: 2 }, "Fishers of the of Ports")).toBe("Fishers");
    expect(run({ maxSmall: 2 }, "Fishers of the Ports")).toBe("Fishers of the Ports");
  });

  it("spells its parts as the readers used to write them", () => {
    expect(titleWordPattern()).toBe("[A-Z][\\p{L}’'-]*");
    expect(titleSmallPattern({ addSmall: ["&"] })).toBe(`(?:${[...TITLE_SMALL_WORDS, "&"].join("|")})`);
  });
});
