import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Verbs of funding and supporting, active and passive ("A funds B", "B is supported by A"). Part of PREDICATE_VERBS
 * (predicateVerbs.ts), in its place there.
 */
export const PREDICATE_SUPPORT_VERBS: PredicateEntry[] = [
  {
    id: "verb-fund",
    phrase: "fund|funds|funded|finance|finances|financed|co-finance|co-finances|co-financed|co-fund|co-funds|co-funded|bankroll|bankrolled",
    frame: "active",
    verbal: true,
    types: { INITIATIVE: "FUNDS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [{ text: "Since then, Norway has financed the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] }],
      negative: [
        { text: "Norway should finance the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "Norway financed a review of the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "verb-funded-by",
    phrase: "fund|funded|finance|financed|co-finance|co-financed|co-fund|co-funded|bankrolled by",
    frame: "passive",
    types: { INITIATIVE: "FUNDS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [
        { text: "The Missing Migrants Project is mainly funded by Norway and Denmark.", expect: ["ctry:dk", "ini:missing-migrants-project"] },
        { text: "Today the Nansen Initiative, co-financed by Switzerland, runs on its own.", expect: ["ctry:ch", "ini:nansen-initiative"] },
      ],
      negative: [
        { text: "A report on the Nansen Initiative funded by Switzerland appeared later.", expect: ["ctry:ch", "ini:nansen-initiative"] },
        { text: "The Nansen Initiative could be funded by Switzerland.", expect: ["ctry:ch", "ini:nansen-initiative"] },
      ],
    },
  },
  {
    id: "verb-support",
    // Facilitating a process is serving it ("IOM facilitates the Colombo Process"), not leading it.
    phrase: "support|supports|supported|sponsor|sponsors|sponsored|co-sponsor|co-sponsors|co-sponsored|back|backs|backed|facilitate|facilitates|facilitated",
    frame: "active",
    verbal: true,
    types: { INITIATIVE: "SUPPORTS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [
        { text: "From the start, UNITAR actively supported the Nansen Initiative.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "The secretariat is run by UNITAR and Norway, which also support the Nansen Initiative.", expect: ["ctry:no", "ini:nansen-initiative"] },
        { text: "Since 2010 UNITAR has facilitated the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
      ],
      negative: [
        { text: "UNITAR supported the Nansen Initiative’s final consultation.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "UNITAR calls on donors to support the Nansen Initiative.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "A study by UNITAR and Norway, which hope to back the Nansen Initiative, came out.", expect: ["ctry:no", "ini:nansen-initiative"] },
      ],
    },
  },
  {
    id: "verb-supported-by",
    phrase: "support|supported|sponsor|sponsored|co-sponsored|backed by",
    frame: "passive",
    types: { INITIATIVE: "SUPPORTS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [{ text: "Today the Nansen Initiative is backed by UNITAR and Norway.", expect: ["org:unitar", "ini:nansen-initiative"] }],
      negative: [{ text: "In a side remark, the Nansen Initiative hopes to be backed by UNITAR.", expect: ["org:unitar", "ini:nansen-initiative"] }],
    },
  },
];
