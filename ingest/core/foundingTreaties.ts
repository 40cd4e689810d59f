import { HEAD_NOUNS } from "./headNouns.js";
import type { NameRule } from "./NameRule.js";

/**
 * "the Agreement Establishing the Coral Sea Group", "the Treaty Creating the Andean Fisheries Council": the instrument
 * that founds a body is a treaty, whatever body its complement names; the body's head noun ("Group", "Council") is
 * no head of this name. Data with example sentences, run by test/unit/kindRules.test.ts.
 */
export const FOUNDING_TREATIES: NameRule = {
  id: "founding-treaties",
  what: "An agreement, treaty or charter named for the body it founds ('the Agreement Establishing the Coral Sea Group', 'the Treaty Creating the Reef Islands Council') is a CONVENTION, not a forum or body of the complement's head noun. The body it founds is named in its own right elsewhere ('the Coral Sea Group met').",
  // The heads of a treaty's own title are the CONVENTION head nouns, "Agreement" among them (AGREEMENT_TITLES).
  words: [...HEAD_NOUNS.words.CONVENTION],
  positive: [
    { text: "In 2009 the Agreement Establishing the Coral Sea Group gave the group a footing in law.", name: "Agreement Establishing the Coral Sea Group", kind: "CONVENTION" },
    { text: "Fiji signed the Treaty Creating the Reef Islands Fisheries Council in 2001.", name: "Treaty Creating the Reef Islands Fisheries Council", kind: "CONVENTION" },
    // The contrast: the body itself keeps its head noun's kind.
    { text: "The Coral Sea Group met in Suva in 2010.", name: "Coral Sea Group", kind: "FORUM" },
  ],
  negative: [
    // The founded body's head noun ("Group") does not make the instrument a forum; without the rule it would.
    { text: "Tonga joined the Charter Establishing the Lagoon Islands Group in 2012.", name: "Charter Establishing the Lagoon Islands Group", notKind: "FORUM" },
  ],
};

const FOUNDING = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}?(?:${FOUNDING_TREATIES.words.join("|")})\\s+(?:Establishing|Creating|Founding|Instituting)\\s+\\S`, "u");

/** Whether a name is that of an instrument founding a body (FOUNDING_TREATIES). */
export const isFoundingTreaty = (name: string): boolean => FOUNDING.test(name);
