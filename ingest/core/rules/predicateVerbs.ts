import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Verbs that state a relation between the subject and the object named right after them,
 * read by predicateReader.ts in the active ("A funds B") and passive ("B is funded by A") voice.
 * Wording that only sounds like a relation ("a report on the Forum", "plans to join") is in the negatives.
 */
export const PREDICATE_VERBS: PredicateEntry[] = [
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
    id: "verb-lead",
    // "opened the third phase of its X": opening a programme or its phase is launching it (a meeting opened is no
    // initiative, so the type map leaves it alone).
    phrase: "launch|launches|launched|inaugurate|inaugurates|inaugurated|open|opens|opened|manage|manages|managed|implement|implements|implemented|run|runs|ran|coordinate|coordinates|coordinated|initiate|initiated|spearhead|spearheaded|administer|administers|administered|lead|leads|led / set|sets up",
    frame: "active",
    verbal: true,
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "In 2014, UNITAR launched the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // The class noun's name in apposition (appositionBridge.ts).
        { text: "In 2014, UNITAR inaugurated a new project, the Missing Migrants Project, in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // Opening a programme (or a phase of it, which programmePhases.ts names) is launching it.
        { text: "In 2014 UNITAR opened the Missing Migrants Project in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "In 2022 UNITAR opened a new office for the Missing Migrants Project in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "In 2014, UNITAR inaugurated a study on the project, the Missing Migrants Project, in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR launched a website about the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR intends to run the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "verb-led-by",
    // "founded" only as written: the lemma "found" is also the past of "find".
    phrase: "launch|launched|inaugurate|inaugurated|manage|managed|implement|implemented|run|coordinate|coordinated|initiate|initiated|spearhead|spearheaded|administer|administered|lead|led|founded|co-founded by",
    frame: "passive",
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "The Missing Migrants Project is managed by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "In 2014 the Missing Migrants Project was founded by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Launched in March 2014 by UNITAR, the Missing Migrants Project counts deaths at sea.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // What is done to a programme's work is done to the programme.
        { text: "The Missing Migrants Project's day-to-day work is coordinated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // A class noun in apposition, qualified by the participle, is the programme itself.
        { text: "Ghana reported on the Missing Migrants Project, a regional data programme initiated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "The Missing Migrants Project should be managed by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project was found useful by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Launched in 2014, the Missing Migrants Project was praised by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project's work will be coordinated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project's work on data was presented by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Ghana reported on the Missing Migrants Project, a study on data initiated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    // Housing a programme is running it ("the Facility, housed at IFAD"); a country hosting a meeting is verb-hosted-by.
    id: "verb-housed-at",
    phrase: "house|housed|host|hosted at|within / house|housed by",
    frame: "passive",
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [{ text: "Since 2014 the Missing Migrants Project has been housed at UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] }],
      negative: [
        { text: "The Missing Migrants Project's data are housed at UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project could be housed at UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "verb-organize",
    phrase: "organize|organizes|organized|organise|organises|organised|convene|convenes|convened|co-organize|co-organized|co-organised",
    frame: "active",
    verbal: true,
    types: { EVENT: "LEADS", INITIATIVE: "LEADS" },
    examples: {
      positive: [{ text: "That year UNITAR organized the GFMD 2012.", expect: ["org:unitar", "forum:gfmd-2012"] }],
      negative: [{ text: "UNITAR organized a side event on the GFMD 2012.", expect: ["org:unitar", "forum:gfmd-2012"] }],
    },
  },
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
