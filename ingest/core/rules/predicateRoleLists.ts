import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Role lists that name the holders after the role noun ("Its members include A and B", "Donors: A, B",
 * "The secretariat is ICMPD"), read in the inverted frame by predicateReader.ts. Kept apart from the
 * role nouns predicated of a subject (predicateRoles.ts); the lexicon reads them right after those.
 */
export const PREDICATE_ROLE_LISTS: PredicateEntry[] = [
  {
    id: "role-list-secretariat",
    phrase: "secretariat be|is|was|:",
    frame: "inverted",
    types: { FORUM: "SUPPORTS", EVENT: "SUPPORTS", INITIATIVE: "SUPPORTS" },
    examples: {
      positive: [{ text: "Work began in 1998. The Migration Dialogue for Southern Africa’s secretariat is UNITAR.", expect: ["org:unitar", "forum:midsa"] }],
      negative: [{ text: "The Migration Dialogue for Southern Africa’s secretariat wrote to UNITAR.", expect: ["org:unitar", "forum:midsa"] }],
    },
  },
  {
    id: "role-list-members",
    phrase: "member|members|membership|participant|participants|participating include|includes|included|be|comprise|comprises|: / member|members|participating state|states|country|countries include|includes|included|be|comprise|:",
    frame: "inverted",
    types: { FORUM: "MEMBER_OF", INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "Work began in 1998. The Migration Dialogue for Southern Africa, whose members include Botswana and Namibia, met in 2010.", expect: ["ctry:na", "forum:midsa"] },
        { text: "The Prague Process’s participating states include Ghana and Georgia.", expect: ["ctry:ge", "forum:prague-process"] },
      ],
      negative: [
        { text: "The Prague Process’s members may include Ghana.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "The Prague Process’s observers include Ghana.", expect: ["ctry:gh", "forum:prague-process"] },
      ],
    },
  },
  {
    id: "role-list-donors",
    phrase: "donor|donors|funder|funders include|includes|included|be|are|:",
    frame: "inverted",
    types: { INITIATIVE: "FUNDS", FORUM: "SUPPORTS" },
    examples: {
      positive: [{ text: "The Missing Migrants Project’s donors include Norway and Denmark.", expect: ["ctry:dk", "ini:missing-migrants-project"] }],
      negative: [{ text: "The Missing Migrants Project’s donors could include Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] }],
    },
  },
  {
    id: "role-list-partners",
    phrase: "partner|partners include|includes|included|be|are|:",
    frame: "inverted",
    types: { INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "Work began in 2014. The Missing Migrants Project’s partners include UNITAR and Norway.", expect: ["org:unitar", "ini:missing-migrants-project"] }],
      negative: [{ text: "The Missing Migrants Project’s partners would include UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] }],
    },
  },
  {
    id: "role-list-coordinator",
    phrase: "coordinator|coordinators|organizer|organizers|organiser|organisers|co-organizer|co-organizers|co-organiser|co-organisers|convener|conveners|co-convener|co-conveners|co-lead|co-leads|manager|managers be|is|was|are|:",
    frame: "inverted",
    types: { INITIATIVE: "LEADS", EVENT: "LEADS" },
    examples: {
      positive: [{ text: "Work began in 2014. The Missing Migrants Project’s coordinator is UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] }],
      negative: [{ text: "The Missing Migrants Project’s coordinator wrote to UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] }],
    },
  },
  {
    // The organisers named in an apposition to their role: "That meeting had three co-organizers, UNHCR, IOM and
    // Kazakhstan", "Its co-organizers, IFAD and the World Bank, set the agenda".
    id: "role-list-organizers-apposed",
    phrase: "co-organizers|co-organisers|organizers|organisers|conveners|co-conveners|co-leads ,",
    frame: "inverted",
    types: { INITIATIVE: "LEADS", EVENT: "LEADS", FORUM: "LEADS" },
    examples: {
      positive: [
        { text: "The Global Forum on Remittances had three co-organizers, IFAD, the World Bank and the European Commission.", expect: ["org:european-commission", "forum:gfr"] },
        { text: "Each year the Global Forum on Remittances has two co-organizers, IFAD and the World Bank.", expect: ["org:ifad", "forum:gfr"] },
      ],
      negative: [
        { text: "The Global Forum on Remittances may have three co-organizers, IFAD, the World Bank and the European Commission.", expect: ["org:ifad", "forum:gfr"] },
        // The role is another event's.
        { text: "The Global Forum on Remittances thanked the co-organizers of its side event on housing, IFAD and the World Bank.", expect: ["org:ifad", "forum:gfr"] },
      ],
    },
  },
];
