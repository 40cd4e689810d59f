import type { NameRule } from "./NameRule.js";

/**
 * DEMONSTRATIVE_LEAD: "That Mechanism was set up …" opening a sentence points back to a body the text named before; the
 * demonstrative and its class noun are a reference, never a name (nameTrim.ts LEADING_NOISE drops the demonstrative,
 * and the class noun left alone names nothing).
 */
export const DEMONSTRATIVE_LEAD: NameRule = {
  id: "demonstrative-lead",
  what: "'This/That/These/Those/Such' + a capitalised class noun at a sentence's start refers back to a body named before; it is no name of its own.",
  words: ["This", "That", "These", "Those", "Such"],
  positive: [
    // The body named before is still read.
    { text: "The Coral Sea Mobility Mechanism began in 2006. That Mechanism was set up by a decision of ten harbour agencies.", name: "Coral Sea Mobility Mechanism", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Coral Sea Mobility Mechanism began in 2006. That Mechanism was set up by a decision of ten harbour agencies.", name: "That Mechanism" },
    { text: "Two Lagoon Task Forces met in Apia. Those Task Forces reported to the ministers in 2019.", name: "Those Task Forces" },
    { text: "The Reef Partnership Facility opened in 2011. That Regional Facility then moved to Suva.", name: "That Regional Facility" },
  ],
};
