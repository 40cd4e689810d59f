import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Nominal frames: the noun of an act or a standing, with its doer as a possessive ("Argentina's
 * ratification of X", "Kenya's delegation to X", "Chile's membership of X") or as the subject of
 * "is a party to". Read by predicateReader.ts in the active frame; `possessive` entries need the
 * possessive right before the noun, so "welcomed the ratification of X" names no doer.
 */
export const PREDICATE_NOUNS: PredicateEntry[] = [
  {
    id: "noun-ratification",
    phrase: "ratification|accession of|to",
    frame: "active",
    possessive: true,
    types: { CONVENTION: "RATIFIED" },
    examples: {
      positive: [{ text: "Niger's ratification of the Convention on the Reduction of Statelessness in 1985 was an early step.", expect: ["ctry:ne", "conv:statelessness-1961"] }],
      negative: [
        { text: "Niger welcomed the ratification of the Convention on the Reduction of Statelessness by its neighbours.", expect: ["ctry:ne", "conv:statelessness-1961"] },
        { text: "The committee urged Niger's ratification of the Convention on the Reduction of Statelessness.", expect: ["ctry:ne", "conv:statelessness-1961"] },
      ],
    },
  },
  {
    id: "noun-membership",
    phrase: "membership of|in",
    frame: "active",
    possessive: true,
    // A state's membership of an intergovernmental organization ("Ghana's membership of ECOWAS") is membership too.
    types: { FORUM: "MEMBER_OF", ORGANIZATION: "MEMBER_OF", EVENT: null },
    examples: {
      positive: [
        { text: "Ghana's membership of the Migration Dialogue for West Africa began in 2001.", expect: ["ctry:gh", "forum:midwa"] },
        { text: "Senegal's membership of the Economic Community of West African States was never in doubt.", expect: ["ctry:sn", "org:ecowas"] },
      ],
      negative: [
        { text: "Ghana discussed membership of the Migration Dialogue for West Africa.", expect: ["ctry:gh", "forum:midwa"] },
        { text: "Senegal's application for membership of the Economic Community of West African States is pending.", expect: ["ctry:sn", "org:ecowas"] },
      ],
    },
  },
  {
    // "During Sweden's chairmanship of the GFMD": the holder of the chair, not one who "welcomed the chairmanship of".
    id: "noun-chairmanship",
    phrase: "chairmanship|co-chairmanship|chairship|presidency of",
    frame: "active",
    possessive: true,
    types: { FORUM: "CHAIRED", EVENT: "CHAIRED", INITIATIVE: "LEADS" },
    examples: {
      positive: [{ text: "During Ghana's chairmanship of the Migration Dialogue for West Africa, ministers met twice.", expect: ["ctry:gh", "forum:midwa"] }],
      negative: [{ text: "Ghana welcomed the chairmanship of the Migration Dialogue for West Africa by Niger.", expect: ["ctry:gh", "forum:midwa"] }],
    },
  },
  {
    id: "noun-delegation",
    phrase: "delegation|delegations|delegates|representatives to|at",
    frame: "active",
    possessive: true,
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "Peru's delegation to the Global Forum on Migration and Development was led by its vice-minister.", expect: ["ctry:pe", "forum:gfmd"] }],
      negative: [{ text: "Peru met the delegation to the Global Forum on Migration and Development.", expect: ["ctry:pe", "forum:gfmd"] }],
    },
  },
  {
    id: "noun-chairmanship",
    phrase: "chairmanship|chairship|chairpersonship|presidency|co-chairmanship of",
    frame: "active",
    possessive: true,
    types: { FORUM: "CHAIRED", EVENT: "CHAIRED" },
    examples: {
      positive: [{ text: "Ecuador's chairmanship of the Global Forum on Migration and Development ended in January.", expect: ["ctry:ec", "forum:gfmd"] }],
      negative: [{ text: "Ecuador would welcome a future chairmanship of the Global Forum on Migration and Development.", expect: ["ctry:ec", "forum:gfmd"] }],
    },
  },
  {
    // "Chile is a State Party to X", "Chile, a party to X since 1990,": being a party is having ratified or acceded.
    id: "role-party",
    phrase: "party|parties to / state|states party|parties to / contracting party|parties to",
    frame: "active",
    types: { CONVENTION: "RATIFIED" },
    examples: {
      positive: [
        { text: "Chile is a State Party to the Convention on the Reduction of Statelessness.", expect: ["ctry:cl", "conv:statelessness-1961"] },
        { text: "Chile, a party to the Convention on the Reduction of Statelessness since 2018, reported first.", expect: ["ctry:cl", "conv:statelessness-1961"] },
      ],
      negative: [
        { text: "Chile is not yet a party to the Convention on the Reduction of Statelessness.", expect: ["ctry:cl", "conv:statelessness-1961"] },
        { text: "Chile invited every party to the Convention on the Reduction of Statelessness.", expect: ["ctry:cl", "conv:statelessness-1961"] },
      ],
    },
  },
];
