import type { NameRule } from "./NameRule.js";

/**
 * "inside X and in Y" before capitalised words goes on with a name whose topic has begun ("Conference on the Needs of
 * Refugees and Displaced Persons inside Iraq and in Neighbouring Countries"): a title scopes its topic to a pair of
 * places, and the pair, the one place inside and the other around it, tells the meeting from others on the topic.
 * One place alone ("… Persons inside Iraq") is how prose says where a body works, and so is a pair after a name with
 * no topic word ("on", "for") before it: there the name ends before "inside".
 */
export const INSIDE_PLACES = "(?<=\\s(?:on|for)\\s[\\p{L}\\p{N}’'\\-,\\s]{1,120}\\s)(?:inside|outside|within)(?=\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}\\s+and\\s+(?:in|inside|outside|within)\\s+\\p{Lu})";

/** What comes before the "in" of such a pair: the name up to "… inside X and" (nameTrim.ts keeps the "in Y" then). */
export const BEFORE_PAIRED_IN = /\s(?:inside|outside|within)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+and$/u;

export const INSIDE_PLACES_IN_NAME: NameRule = {
  id: "inside-places-in-name",
  what: "'inside X and in Y' (or 'outside'/'within') before capitalised places goes on with a name after its topic ('Conference on X inside Y and in Z'); one place alone, or a name with no 'on'/'for' before it, ends the name before it (namePatterns.ts).",
  words: [],
  positive: [
    { text: "The International Conference on the Needs of Stranded Fishers inside Tinland and in Neighbouring Ports opened in Geneva.", name: "International Conference on the Needs of Stranded Fishers inside Tinland and in Neighbouring Ports", kind: "FORUM" },
    { text: "Tinland hosted the Regional Meeting on Shelter for Displaced Crews within Reefland and in Lagoon States in 2019.", name: "Regional Meeting on Shelter for Displaced Crews within Reefland and in Lagoon States", kind: "FORUM" },
  ],
  negative: [
    // One place alone: where the people are, not a word of the title.
    { text: "The Conference on the Needs of Stranded Fishers inside Tinland was held in Geneva.", name: "Conference on the Needs of Stranded Fishers inside Tinland" },
    // No topic before it: a body working in two places.
    { text: "The Tinland Harbour Agency inside Reefland and in Lagoon Ports moved its boats.", name: "Tinland Harbour Agency inside Reefland and in Lagoon Ports" },
  ],
};
