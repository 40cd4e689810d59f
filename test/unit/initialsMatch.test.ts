import { describe, expect, it } from "vitest";
import { initialsMatch } from "../../ingest/core/nameTrim.js";

describe("an acronym spells its name (ingest/core/nameTrim.ts initialsMatch)", () => {
  it("takes word initials, with an acronym inside the name giving all its letters", () => {
    expect(initialsMatch("International Organization for Migration", "IOM")).toBe(true);
    expect(initialsMatch("UN Commission on Human Rights", "UNCHR")).toBe(true);
  });
  it("lets one word give its first letters and later words their initials", () => {
    expect(initialsMatch("Network of Researchers on International Migration in Africa", "NETRIMA")).toBe(true);
  });
  it("reads a syllabic acronym only when it spells every capitalised word of the name", () => {
    expect(initialsMatch("Secretaría de Gobernación", "SEGOB")).toBe(true);
    expect(initialsMatch("Secretaría de Relaciones Exteriores", "SRE")).toBe(true);
    // Two words giving more than their initial while a third is skipped spell no name.
    expect(initialsMatch("Secretaría General de Gobernación", "SEGOB")).toBe(false);
    expect(initialsMatch("Harbour Workers Union", "HAWOR")).toBe(false);
  });
  it("rejects letters the name does not spell", () => {
    expect(initialsMatch("International Labour Organization", "UNHCR")).toBe(false);
    expect(initialsMatch("Secretaría de Gobernación", "SEDENA")).toBe(false);
  });
  it("strictly, asks every capital of the acronym to be a word's initial, two at least, and no word to give more", () => {
    expect(initialsMatch("International Council of Voluntary Agencies", "ICVA", true)).toBe(true);
    expect(initialsMatch("Network of Researchers on International Migration in Africa", "NETRIMA", true)).toBe(false);
    expect(initialsMatch("International Labour Organization", "ILOX", true)).toBe(false);
    expect(initialsMatch("Norway", "N", true)).toBe(false);
    // A looser fit, enough for an acronym in brackets, is no strict one.
    expect(initialsMatch("International Labour Organization", "IOZ")).toBe(true);
    expect(initialsMatch("International Labour Organization", "IOZ", true)).toBe(false);
  });
});
