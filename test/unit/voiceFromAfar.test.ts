import { describe, expect, it } from "vitest";
import { voiceFromAfar } from "../../ingest/core/voiceFromAfar.js";

/** The presence test of question sections (voiceFromAfar.ts). */
describe("a voice lent from afar", () => {
  it("is a video or recorded message, a video link, or joining online or remotely, for a state too", () => {
    expect(voiceFromAfar("Tinland sent a recorded statement to the talks", "COUNTRY", "")).toBe(true);
    expect(voiceFromAfar("took part by video-link from its capital", "COUNTRY", "")).toBe(true);
    expect(voiceFromAfar("attended virtually", "ORGANIZATION", "")).toBe(true);
  });
  it("is a written word a body sent, but not a state's, whose leader speaks for it", () => {
    expect(voiceFromAfar("the Harbour Council sent its warm greetings", "ORGANIZATION", "")).toBe(true);
    expect(voiceFromAfar("Tinland sent its greetings", "COUNTRY", "")).toBe(false);
  });
  it("is the sender of a message another read out, not the reader", () => {
    const clause = "the Harbour Council read out a message from the Dock Workers Union";
    expect(voiceFromAfar(clause, "ORGANIZATION", "the Harbour Council read out a message from the ")).toBe(true);
    expect(voiceFromAfar(clause, "ORGANIZATION", "")).toBe(false);
  });
  it("is not a body there in person, nor one that delivered a statement", () => {
    expect(voiceFromAfar("took part in person", "COUNTRY", "")).toBe(false);
    expect(voiceFromAfar("delivered a statement on dock safety", "ORGANIZATION", "")).toBe(false);
  });
});
