import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Verbs of chairing and hosting a forum or its meeting ("A chaired B", "B was hosted by A", "A took over the
 * chairmanship of B"), read by predicateReader.ts like the other verbs (rules/predicateVerbs.ts).
 */
export const PREDICATE_CHAIR_VERBS: PredicateEntry[] = [
  {
    id: "verb-chair",
    phrase: "chair|chairs|chaired|co-chair|co-chairs|co-chaired|co-chairing / preside|presides|presided over",
    frame: "active",
    verbal: true,
    // An initiative has no chair in the ontology: chairing it is leading it.
    types: { FORUM: "CHAIRED", EVENT: "CHAIRED", INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "During that period, Botswana chaired the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "From 2012 to 2015 Norway chaired the Nansen Initiative.", expect: ["ctry:no", "ini:nansen-initiative"] },
      ],
      negative: [{ text: "Botswana will chair the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] }],
    },
  },
  {
    id: "verb-assume-chair",
    phrase: "assume|assumes|assumed|hold|holds|held|take|takes|took chairmanship|chairship|presidency|chair|co-chairmanship of / take|takes|took over chairmanship|chairship|presidency|chair of / take|takes|took over as chair|co-chair|chairman|president of",
    frame: "active",
    verbal: true,
    types: { FORUM: "CHAIRED", EVENT: "CHAIRED" },
    examples: {
      positive: [
        { text: "In July, Botswana assumed the chairmanship of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "In July, Botswana took over as chair of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
      ],
      negative: [{ text: "Botswana is due to assume the chairmanship of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] }],
    },
  },
  {
    id: "verb-chaired-by",
    phrase: "chair|chaired|co-chaired|co-chair by / presided over by",
    frame: "passive",
    types: { FORUM: "CHAIRED", EVENT: "CHAIRED" },
    examples: {
      positive: [{ text: "Today the Migration Dialogue for Southern Africa is co-chaired by Botswana and Namibia.", expect: ["ctry:na", "forum:midsa"] }],
      negative: [{ text: "A panel on the Migration Dialogue for Southern Africa chaired by Botswana met twice.", expect: ["ctry:bw", "forum:midsa"] }],
    },
  },
  {
    id: "verb-host",
    phrase: "host|hosts|hosted|co-host|co-hosts|co-hosted",
    frame: "active",
    verbal: true,
    types: { EVENT: "HOSTED", FORUM: "HOSTED" },
    examples: {
      positive: [{ text: "As agreed, Mauritius hosted the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
      negative: [{ text: "Mauritius offered to host the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
    },
  },
  {
    id: "verb-hosted-by",
    phrase: "host|hosted|co-hosted by",
    frame: "passive",
    types: { EVENT: "HOSTED", FORUM: "HOSTED" },
    examples: {
      positive: [{ text: "As agreed, the GFMD 2012 was hosted by Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
      negative: [{ text: "As agreed, the GFMD 2012 would be hosted by Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
    },
  },
];
