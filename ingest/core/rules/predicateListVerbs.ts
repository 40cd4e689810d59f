import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Verbs whose subject is a forum or initiative and whose objects are its members ("The Process
 * brings together A, B and C", "the Group, which includes A", "welcomed A as a new member").
 * Read by predicateReader.ts in the inverted frame: the objects are the relation's sources.
 */
export const PREDICATE_LIST_VERBS: PredicateEntry[] = [
  {
    id: "verb-comprise",
    phrase: "comprise|comprises|comprised / consist|consists|consisted of / bring|brings|brought together / gather|gathers|gathered",
    frame: "inverted",
    verbal: true,
    types: { FORUM: "MEMBER_OF", INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "Today the Prague Process brings together Armenia, Georgia and Moldova.", expect: ["ctry:ge", "forum:prague-process"] }],
      negative: [{ text: "The Prague Process report brings together data from Armenia and Georgia.", expect: ["ctry:ge", "forum:prague-process"] }],
    },
  },
  {
    id: "verb-include-members",
    phrase: "include|includes|included|encompass|encompasses|unite|unites|united",
    frame: "inverted",
    verbal: true,
    types: { FORUM: "MEMBER_OF" },
    examples: {
      positive: [{ text: "Today the Prague Process, which includes Armenia and Georgia, meets yearly.", expect: ["ctry:ge", "forum:prague-process"] }],
      negative: [
        { text: "The Prague Process agenda includes Armenia and Georgia.", expect: ["ctry:ge", "forum:prague-process"] },
        { text: "The Prague Process should include Armenia and Georgia.", expect: ["ctry:ge", "forum:prague-process"] },
      ],
    },
  },
  {
    id: "verb-welcome-member",
    phrase: "welcome|welcomes|welcomed|admit|admits|admitted",
    frame: "inverted",
    verbal: true,
    after: "^\\s*(?:as\\s+(?:an?|its)\\s+(?:new\\s+|full\\s+)?member\\b|to\\s+(?:its|the)\\s+membership\\b)",
    // A meeting that admits a member admits it to its forum, which the reader cannot name from the meeting.
    types: { FORUM: "MEMBER_OF", EVENT: null },
    examples: {
      positive: [{ text: "Last year the Prague Process welcomed Ghana as a new member.", expect: ["ctry:gh", "forum:prague-process"] }],
      negative: [
        { text: "Last year the Prague Process welcomed Ghana as a guest.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "The GFMD 2012 welcomed Ghana as a new member.", expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    // "The Bali Process counts UNHCR and IOM among its members": the role is named after the holders.
    id: "verb-count-among-members",
    phrase: "count|counts|counted|number|numbers|numbered",
    frame: "inverted",
    verbal: true,
    after: "^\\s*(?:\\([^()]{1,20}\\)\\s*)?,?\\s*among\\s+(?:its|their|the)\\s+(?:\\w+\\s+)?members\\b",
    types: { FORUM: "MEMBER_OF", INITIATIVE: "PARTICIPATES_IN", EVENT: null },
    examples: {
      positive: [{ text: "Today the Prague Process counts Ghana and Georgia among its members.", expect: ["ctry:ge", "forum:prague-process"] }],
      negative: [
        { text: "Today the Prague Process counts Ghana and Georgia among its critics.", expect: ["ctry:ge", "forum:prague-process"] },
        { text: "The Prague Process hopes to count Ghana and Georgia among its members.", expect: ["ctry:ge", "forum:prague-process"] },
      ],
    },
  },
  {
    // "The Dialogue counts UNHCR among its observers": taking part without membership.
    id: "verb-count-among-participants",
    phrase: "count|counts|counted|number|numbers|numbered",
    frame: "inverted",
    verbal: true,
    after: "^\\s*(?:\\([^()]{1,20}\\)\\s*)?,?\\s*among\\s+(?:its|their|the)\\s+(?:\\w+\\s+)?(?:participants|observers|partners)\\b",
    types: { FORUM: "PARTICIPATES_IN", INITIATIVE: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "Today the Prague Process counts Ghana and Georgia among its observers.", expect: ["ctry:ge", "forum:prague-process"] }],
      negative: [{ text: "The Prague Process does not count Ghana and Georgia among its observers.", expect: ["ctry:ge", "forum:prague-process"] }],
    },
  },
];
