import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Verbs that place a body or programme inside another, or give it a share in another's work: admitted to or signed up
 * to a forum, set up or working under a larger one, sharing in running a programme. Read by predicateReader.ts.
 */
export const PREDICATE_BELONGING_VERBS: PredicateEntry[] = [
  {
    // "Ghana was admitted to the Prague Process", "Chile signed up to the Missing Migrants Project": joining it.
    id: "verb-admitted-to",
    // Only the passive: "Ghana admitted to the Process that …" is a confession.
    phrase: "be|is|was|were|are|been|being admitted|accepted to|into / sign|signs|signed up to|for",
    frame: "active",
    types: { FORUM: "MEMBER_OF", INITIATIVE: "PARTICIPATES_IN", EVENT: null },
    examples: {
      positive: [
        { text: "In 2011 Ghana was admitted to the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Chile and Ghana have signed up to the Missing Migrants Project.", expect: ["ctry:gh", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "In 2011 Ghana was not admitted to the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Ghana hopes to be admitted to the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Ghana admitted to the Prague Process that its data were late.", expect: ["ctry:gh", "forum:prague-process"] },
      ],
    },
  },
  {
    // "KNOMAD was set up within the GMG", "the network operates under the Bali Process": a body or programme made or
    // working inside a larger one is part of it. Only forums and programmes: a body working "under" an agency is not read.
    id: "verb-under",
    phrase: "set up under|within / establish|established|create|created|launch|launched|found|founded|form|formed|hold|held|build|built|house|housed under|within / operate|operates|operated|operating|work|works|worked|working|sit|sits|sat|function|functions|functioned|fall|falls|fell under|within",
    frame: "active",
    types: { FORUM: "PART_OF", INITIATIVE: "PART_OF" },
    actorTypes: { FORUM: null, INITIATIVE: null, EVENT: null },
    examples: {
      positive: [
        { text: "In 2012 the Missing Migrants Project was set up within the Migration Profiles.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
        { text: "The Missing Migrants Project operates under the Migration Profiles.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
        { text: "Established under the Migration Profiles, the Missing Migrants Project counts deaths.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
      ],
      negative: [
        { text: "The Missing Migrants Project may be set up within the Migration Profiles.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
        { text: "The Missing Migrants Project operates under a grant from the Migration Profiles.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
        { text: "Established under a grant from the Migration Profiles, the Missing Migrants Project counts deaths.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
      ],
    },
  },
  {
    // Sharing in the running of a programme that another leads is taking part in it, not leading it.
    id: "verb-share-in-running",
    // Not marked verbal: wink tags a present-tense "share" after a plural subject as a noun.
    phrase: "share|shares|shared|sharing in running|implementing|managing|coordinating|delivering / share|shares|shared|sharing in the running|implementation|management|coordination|delivery of / take|takes|took|taking part in running|implementing|managing|coordinating|delivering",
    frame: "active",
    types: { INITIATIVE: "PARTICIPATES_IN", FORUM: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "Since 2012, UNITAR and Norway have shared in running the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "UNITAR leads it, and Norway and Ghana share in running the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "UNITAR and Norway may share in running the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "UNITAR and Norway shared in running costs of a study on the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    // A body placed under, or coming under, another body's authority is one of its units ("the Bureau was placed under
    // the Ministry of Labour", "it came under the Home Office"). Bodies only: a forum
    // or programme "under" a body is read by verb-under's neighbours, never here. "came under pressure from" has a
    // noun before the body and is no placement.
    id: "verb-placed-under",
    phrase: "place|placed|bring|brought|put under / come|comes|came|coming under / be|is|was|were|been moved|transferred to",
    frame: "active",
    // The body itself must be the subject: "the head of the Bureau was moved to the Ministry" moves a person.
    bodyItself: true,
    types: { ORGANIZATION: "PART_OF" },
    examples: {
      positive: [
        { text: "In 2009 the Department for International Development was placed under the Home Office.", expect: ["org:dfid", "org:home-office"] },
        { text: "Since 2016 the Department for International Development has come under the Home Office.", expect: ["org:dfid", "org:home-office"] },
        { text: "In 2011 the Department for International Development was moved to the Home Office.", expect: ["org:dfid", "org:home-office"] },
      ],
      negative: [
        // Supervision is oversight by a regulator or auditor, not a place inside it.
        { text: "The Department for International Development is supervised by the Home Office.", expect: ["org:dfid", "org:home-office"] },
        // Not (yet) done.
        { text: "The Department for International Development may be placed under the Home Office.", expect: ["org:dfid", "org:home-office"] },
        { text: "The Department for International Development was never brought under the Home Office.", expect: ["org:dfid", "org:home-office"] },
        // Criticism, not authority.
        { text: "The Department for International Development came under fire from the Home Office.", expect: ["org:dfid", "org:home-office"] },
        // A person's move from one body to another.
        { text: "The head of the Department for International Development was moved to the Home Office.", expect: ["org:dfid", "org:home-office"] },
        // A thing moved, not the body.
        { text: "The Department for International Development moved its files to the Home Office.", expect: ["org:dfid", "org:home-office"] },
      ],
    },
  },
];
