import type { PredicateEntry } from "./PredicateEntry.js";
import { PREDICATE_LEADING_VERBS } from "./predicateLeadingVerbs.js";
import { PREDICATE_PARTICIPATION_VERBS } from "./predicateParticipationVerbs.js";
import { PREDICATE_SUPPORT_VERBS } from "./predicateSupportVerbs.js";

/**
 * Verbs that state a relation between the subject and the object named right after them,
 * read by predicateReader.ts in the active ("A funds B") and passive ("B is funded by A") voice.
 * Wording that only sounds like a relation ("a report on the Forum", "plans to join") is in the negatives.
 */
export const PREDICATE_VERBS: PredicateEntry[] = [
  ...PREDICATE_PARTICIPATION_VERBS,
  ...PREDICATE_SUPPORT_VERBS,
  ...PREDICATE_LEADING_VERBS,
  {
    id: "verb-ratify",
    phrase: "ratify|ratifies|ratified",
    frame: "active",
    verbal: true,
    types: { CONVENTION: "RATIFIED" },
    examples: {
      positive: [{ text: "Only then, Botswana ratified the Convention on the Reduction of Statelessness.", expect: ["ctry:bw", "conv:statelessness-1961"] }],
      negative: [{ text: "Botswana has yet to decide whether to ratify the Convention on the Reduction of Statelessness.", expect: ["ctry:bw", "conv:statelessness-1961"] }],
    },
  },
  {
    id: "verb-promote",
    phrase: "promote|promotes|promoted|champion|champions|championed / advocate|advocates|advocated for",
    frame: "active",
    verbal: true,
    types: { CONVENTION: "PROMOTES" },
    examples: {
      positive: [{ text: "For years, UNITAR has promoted the Convention on the Reduction of Statelessness.", expect: ["org:unitar", "conv:statelessness-1961"] }],
      negative: [{ text: "UNITAR promoted a guide on the Convention on the Reduction of Statelessness.", expect: ["org:unitar", "conv:statelessness-1961"] }],
    },
  },
  {
    id: "verb-partner",
    phrase: "partner|partners|partnered|partnering|collaborate|collaborates|collaborated|collaborating|cooperate|cooperates|cooperated|co-operate|co-operated with",
    frame: "active",
    verbal: true,
    types: { ORGANIZATION: "PARTNERS_WITH" },
    examples: {
      positive: [{ text: "On this front, UNITAR partnered with the International Training Centre of the ILO.", expect: ["org:ilo-itc", "org:unitar"] }],
      negative: [{ text: "UNITAR hopes to partner with the International Training Centre of the ILO.", expect: ["org:ilo-itc", "org:unitar"] }],
    },
  },
  {
    id: "verb-join-forces",
    phrase: "join|joins|joined|joining forces with / team|teams|teamed up with",
    frame: "active",
    verbal: true,
    types: { ORGANIZATION: "PARTNERS_WITH" },
    examples: {
      positive: [{ text: "This year UNITAR joined forces with the International Training Centre of the ILO.", expect: ["org:ilo-itc", "org:unitar"] }],
      negative: [{ text: "UNITAR may join forces with the International Training Centre of the ILO.", expect: ["org:ilo-itc", "org:unitar"] }],
    },
  },
];
