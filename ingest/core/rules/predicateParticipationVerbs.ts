import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Verbs of joining and taking part: joining a forum or a meeting, attending it, sending a delegation to it, being
 * represented at it. Part of PREDICATE_VERBS (predicateVerbs.ts), in its place there.
 */
export const PREDICATE_PARTICIPATION_VERBS: PredicateEntry[] = [
  {
    id: "verb-join",
    phrase: "join|joins|joined|joining / belong|belongs|belonged to / accede|accedes|acceded to",
    frame: "active",
    verbal: true,
    // A meeting has no members: joining one is taking part (test/unit/meetingAttendance.test.ts).
    types: { FORUM: "MEMBER_OF", EVENT: "PARTICIPATES_IN", INITIATIVE: "PARTICIPATES_IN", CONVENTION: "RATIFIED" },
    examples: {
      positive: [
        { text: "Sometime later, Ghana formally joined the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "After long talks, Chile has acceded to the Protocol against the Smuggling of Migrants by Land, Sea and Air.", expect: ["ctry:cl", "conv:smuggling-protocol"] },
        { text: "Last year UNITAR, a Geneva-based training institute, joined the Global Forum on Remittances.", expect: ["org:unitar", "forum:gfr"] },
      ],
      negative: [
        { text: "Ghana is keen to join the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Ghana plans to join the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Ghana did not join the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        // The passive's agents stop where ", and" brings in a name with a verb of its own (newClause.ts).
        { text: "The Prague Process was joined by Ghana and Chile, and Algeria has attended as an observer.", expect: ["ctry:dz", "forum:prague-process"] },
        { text: "UNITAR, which many call a think tank, never joined the Global Forum on Remittances.", expect: ["org:unitar", "forum:gfr"] },
        { text: "UNITAR, a Geneva-based institute, may soon join the Global Forum on Remittances.", expect: ["org:unitar", "forum:gfr"] },
      ],
    },
  },
  {
    id: "verb-take-part",
    phrase: "take|takes|took|taken|taking part in / participate|participates|participated in / attend|attends|attended",
    frame: "active",
    verbal: true,
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN", INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "In recent years, Botswana took part in the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "Each year UNITAR attended the International Dialogue on Migration.", expect: ["org:unitar", "forum:idm"] },
        // A class of actors as the subject, its members listed after the colon (classSubjectList.ts).
        { text: "The following countries took part in the Migration Dialogue for Southern Africa: Botswana, Chile and Peru.", expect: ["ctry:bw", "forum:midsa"] },
        // A class of actors that names its members opens the sentence; a forum's working groups are the forum's work.
        { text: "Agencies such as UNITAR and the ILO take part in the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
        { text: "UNITAR takes part in the Migration Dialogue for Southern Africa's working groups.", expect: ["org:unitar", "forum:midsa"] },
        { text: "Taking part in the Migration Dialogue for Southern Africa are several states, among them Botswana and Peru.", expect: ["ctry:bw", "forum:midsa"] },
      ],
      negative: [
        { text: "Botswana would take part in the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "Botswana took part in a study on the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "The following countries did not take part in the Migration Dialogue for Southern Africa: Botswana and Peru.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "The following reports took part in the Migration Dialogue for Southern Africa: Botswana and Peru.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "Agencies such as UNITAR may take part in the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
        { text: "UNITAR took part in the Migration Dialogue for Southern Africa's work on return.", expect: ["org:unitar", "forum:midsa"] },
      ],
    },
  },
  {
    // Joining a forum's meeting is taking part in it; joining the forum itself is membership (verb-join).
    id: "verb-join-meeting",
    phrase: "join|joins|joined meeting|meetings|session|sessions|talks|discussions|consultation|consultations of|at",
    frame: "active",
    verbal: true,
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "Later that year Ghana joined the talks of the Rabat Process in Dakar.", expect: ["ctry:gh", "forum:rabat-process"] }],
      negative: [{ text: "Ghana did not join the meeting of the Rabat Process.", expect: ["ctry:gh", "forum:rabat-process"] }],
    },
  },
  {
    id: "verb-attended-by",
    phrase: "attend|attended by",
    frame: "passive",
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "That year the Global Forum on Remittances was attended by delegations from Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
        // A participle of place or time between the meeting and its verb describes the meeting.
        { text: "The last session of the Global Forum on Remittances, held in Rome, was attended by Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
        // A forum's workshop and its topic, named right after the forum.
        { text: "UNITAR ran a Global Forum on Remittances workshop on data, attended by experts from Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
      ],
      negative: [
        { text: "The Global Forum on Remittances could be attended by delegations from Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
        { text: "The last session of the Global Forum on Remittances, held in Rome, was not attended by Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
        { text: "UNITAR wrote a report on the Global Forum on Remittances workshop, attended by experts from Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
      ],
    },
  },
  {
    id: "verb-send-delegation",
    phrase: "send|sends|sent delegation|delegations|representative|representatives|delegates|observers to",
    frame: "active",
    verbal: true,
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "As every year, Chile sent a large delegation to the Global Forum on Remittances.", expect: ["ctry:cl", "forum:gfr"] }],
      negative: [{ text: "Chile sent no delegation to the Global Forum on Remittances.", expect: ["ctry:cl", "forum:gfr"] }],
    },
  },
  {
    id: "verb-represented",
    phrase: "be|is|was|were|are represented at|in / represented at / be|is|was|were|are present at / present at",
    frame: "active",
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "Cameroon was represented at the Global Forum on Remittances.", expect: ["ctry:cm", "forum:gfr"] },
        // The subjects after the copula of an opening phrase (invertedOpening.ts).
        { text: "Also present at the Global Forum on Remittances meeting were Cameroon and Chile.", expect: ["ctry:cm", "forum:gfr"] },
      ],
      negative: [
        { text: "Cameroon was not represented at the Global Forum on Remittances.", expect: ["ctry:cm", "forum:gfr"] },
        { text: "Cameroon was not present at the Global Forum on Remittances.", expect: ["ctry:cm", "forum:gfr"] },
        { text: "Not present at the Global Forum on Remittances meeting were Cameroon and Chile.", expect: ["ctry:cm", "forum:gfr"] },
      ],
    },
  },
  {
    // Addressing a meeting is taking part in it ("spoke at" is acts-at-meeting's, in
    // attendancePhraseRules.ts). Only meetings and forums: "addressed the programme" is tackling it. A talk about a
    // meeting ("spoke about", "spoke at a briefing on") names no venue.
    id: "verb-addressed",
    phrase: "address|addresses|addressed",
    frame: "active",
    verbal: true,
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "In 2012 Cameroon addressed the GFMD 2012 on wage protection.", expect: ["ctry:cm", "forum:gfmd-2012"] },
        { text: "On its second day Chile addressed the GFMD 2012.", expect: ["ctry:cl", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "Cameroon spoke about the GFMD 2012 at a briefing.", expect: ["ctry:cm", "forum:gfmd-2012"] },
        { text: "Cameroon spoke at a press briefing on the GFMD 2012.", expect: ["ctry:cm", "forum:gfmd-2012"] },
        { text: "Chile is due to address the GFMD 2012.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "Chile did not address the GFMD 2012.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        // A report, not a state, addressing the programme.
        { text: "Chile praised a paper that addressed the Missing Migrants Project.", expect: ["ctry:cl", "ini:missing-migrants-project"] },
      ],
    },
  },
];
