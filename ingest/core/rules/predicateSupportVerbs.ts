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
  {
    // A verb of giving with the receiver before the thing given: "A gives B technical support", "A lent it logistical
    // backing". What is given must be support, with only words of its sort before it ("administrative and
    // logistical"), and the noun must close its phrase ("support officers" are people given something else). Support
    // offered may be refused, and "B was given" names a receiver, so neither is read. Money given is funding, read by
    // the funding rules, so "financial" support is left to them.
    id: "verb-give-support",
    phrase: "give|gives|gave|given|giving|lend|lends|lent|lending",
    frame: "active",
    verbal: true,
    activeVoice: true,
    after: "^\\s+(?:(?:technical|administrative|logistical|practical|political|in-kind|operational|institutional|substantive|strong|full|continued|additional|further|valuable|significant|crucial|key|ongoing|vital|expert|expertise|advice|guidance|training),?\\s+(?:and\\s+)?){0,3}(?:support|backing|assistance|help)(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|for|to|since|during|until|from|through|throughout|and|with|at|on|over|after|before|while|when|as|between)\\b)",
    types: { INITIATIVE: "SUPPORTS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [
        { text: "Since 2016 UNITAR has given the Nansen Initiative technical support.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "UNITAR gave the Nansen Initiative administrative and logistical support.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "Each winter Norway lends the Rabat Process practical and operational backing through its embassies.", expect: ["ctry:no", "forum:rabat-process"] },
        { text: "Chile lent the Rabat Process logistical backing in 2012.", expect: ["ctry:cl", "forum:rabat-process"] },
        // Expertise given beside support is support of that sort; help is support.
        { text: "UNITAR gives the Nansen Initiative expertise and administrative support as its implementing partner.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "In 2019 Chile gave the Rabat Process technical help through its embassy.", expect: ["ctry:cl", "forum:rabat-process"] },
      ],
      negative: [
        // Something else given: a name, a report.
        { text: "UNITAR gave the Nansen Initiative its name.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "UNITAR gave the Nansen Initiative a report on wages and little support.", expect: ["org:unitar", "ini:nansen-initiative"] },
        // The name modifies what was supported: the report, not the programme.
        { text: "UNITAR gave the Nansen Initiative report little support.", expect: ["org:unitar", "ini:nansen-initiative"] },
        // Only meant to, or not done.
        { text: "UNITAR plans to give the Nansen Initiative technical support.", expect: ["org:unitar", "ini:nansen-initiative"] },
        { text: "UNITAR did not give the Nansen Initiative any support.", expect: ["org:unitar", "ini:nansen-initiative"] },
        // Offered only: an offer may be turned down.
        { text: "Norway offered the Rabat Process logistical support, which its steering group refused.", expect: ["ctry:no", "forum:rabat-process"] },
        // "support" opens a longer noun: the staff were given something else.
        { text: "Norway gave the Rabat Process technical support staff new laptops.", expect: ["ctry:no", "forum:rabat-process"] },
        { text: "Norway gave the Rabat Process help desk new laptops.", expect: ["ctry:no", "forum:rabat-process"] },
        // Expertise alone is a thing given, not said to be support.
        { text: "UNITAR gave the Nansen Initiative expertise on drought.", expect: ["org:unitar", "ini:nansen-initiative"] },
        // Passive: UNITAR received support, from the programme if from anyone.
        { text: "In 2020 UNITAR was given the Nansen Initiative logistical support for two years.", expect: ["org:unitar", "ini:nansen-initiative"] },
      ],
    },
  },
];
