import type { NameRule } from "./NameRule.js";

/**
 * A capitalised phrase holding a person's title or form of address names a post or a person, never a body
 * (nameCandidate.ts drops it): "the Network Coordinator", "Regional Director", "Dame X".
 */
export const PERSON_TITLES: NameRule = {
  id: "person-titles",
  what: "A phrase with a person's title or form of address in it ('Minister', 'Director', 'Coordinator', 'Dr', 'Sir') names a post or its holder, not a body, a programme or a forum.",
  words: "Minister Member Director Dame Sir Mr Mrs Ms Dr Ambassador Chief Professor President Secretary Chair Head Manager Officer Coordinator Days".split(" "),
  positive: [
    { text: "The Harbour Migration Network meets every year.", name: "Harbour Migration Network", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Harbour Migration Network has a fund. Its decisions are made by a Steering Committee under the chairmanship of the Network Coordinator.", name: "Network Coordinator" },
    { text: "The Regional Programme Manager of the Coastal Fund visited Accra.", name: "Regional Programme Manager" },
  ],
};

/** A word of PERSON_TITLES anywhere in a phrase. */
export const PERSON_WORDS = new RegExp(`\\b(?:${PERSON_TITLES.words.join("|")})\\b`);
