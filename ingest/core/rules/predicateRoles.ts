import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Role nouns that state a relation when predicated of the subject ("A is a founding member of B",
 * "A, the current chair of B,", "A acts as a donor to B") or apposed to a name (apposedRole.ts). Role lists
 * that name the holders ("B, whose members include A") are in predicateRoleLists.ts. Read by predicateReader.ts.
 */
export const PREDICATE_ROLES: PredicateEntry[] = [
  {
    id: "role-member",
    phrase: "member|members of|in / member state|states|country|countries of / participating state|states|country|countries of|in",
    frame: "active",
    types: { FORUM: "MEMBER_OF", INITIATIVE: "PARTICIPATES_IN", ORGANIZATION: "MEMBER_OF" },
    examples: {
      positive: [
        { text: "Since 2009, Botswana has been a full member of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        // A quantifier over the holders opens the apposition (possessiveRole.ts).
        { text: "Gabon and Chad, both Rabat Process member states, sent observers to the talks.", expect: ["ctry:td", "forum:rabat-process"] },
        { text: "Ghana, Togo and Benin, all three Prague Process members, spoke first.", expect: ["ctry:tg", "forum:prague-process"] },
        { text: "Ghana, a member of the Prague Process, spoke first.", expect: ["ctry:gh", "forum:prague-process"] },
        // The holders named as members of a class of actors (exemplarBridge.ts).
        { text: "Members of the Prague Process include the founding states and several transit countries such as Georgia and Moldova.", expect: ["ctry:md", "forum:prague-process"] },
        // The owner's name as the role's modifier (possessiveRole.ts).
        { text: "Ghana, a Prague Process member state since 2009, spoke first.", expect: ["ctry:gh", "forum:prague-process"] },
        // An organization with members owns the role too, named in full or as the role's modifier.
        { text: "Ghana, also an ECOWAS member, spoke first.", expect: ["ctry:gh", "org:ecowas"] },
        { text: "Eritrea is an IGAD member state but is not on the list.", expect: ["ctry:er", "org:igad"] },
        { text: "Both Ireland and Norway had been member States of the Council of Europe since 1949.", expect: ["ctry:no", "org:council-of-europe"] },
        { text: "Austria, France and Iceland, all three member States of the Council of Europe, signed the treaty.", expect: ["ctry:is", "org:council-of-europe"] },
      ],
      negative: [
        { text: "Ghana wrote to every member of the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Members of the Prague Process include a report on transit countries such as Georgia and Moldova.", expect: ["ctry:md", "forum:prague-process"] },
        { text: "Ghana, a Prague Process member state official, spoke first.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "Ghana is not a Prague Process member.", expect: ["ctry:gh", "forum:prague-process"] },
        { text: "India, which is not an IGAD member, does not take part.", expect: ["ctry:in", "org:igad"] },
        { text: "Ghana would be a member of the Council of Europe.", expect: ["ctry:gh", "org:council-of-europe"] },
        { text: "Ghana, an ECOWAS member state official, spoke first.", expect: ["ctry:gh", "org:ecowas"] },
        // An organization owns no other role this way: "an IOM partner" is typed by no entry.
        { text: "Ghana, an IOM partner, spoke first.", expect: ["ctry:gh", "org:iom"] },
        { text: "Ghana would be a member of the Prague Process.", expect: ["ctry:gh", "forum:prague-process"] },
        // A quantifier before a wish: no holder.
        { text: "Gabon and Chad, both keen to become Rabat Process member states, sent delegates to the talks.", expect: ["ctry:td", "forum:rabat-process"] },
      ],
    },
  },
  {
    id: "role-participant",
    phrase: "participant|participants in|of / observer|observers to|in|at|of",
    frame: "active",
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN", INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "Since then, UNITAR has been an observer to the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
        { text: "Among the participants in the Migration Dialogue for Southern Africa meeting were UNITAR and Ghana.", expect: ["org:unitar", "forum:midsa"] },
      ],
      negative: [
        { text: "UNITAR is not an observer to the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
        { text: "Among the participants in the Migration Dialogue for Southern Africa meeting were critics of UNITAR and Ghana.", expect: ["org:unitar", "forum:midsa"] },
      ],
    },
  },
  {
    id: "role-chair",
    // wink splits "Chair-in-Office" at its hyphens.
    phrase: "chair|co-chair|chairman|chairperson|chairs|co-chairs of / chair|chairs - in - office of / chair|chairs in office of",
    frame: "active",
    types: { FORUM: "CHAIRED", EVENT: "CHAIRED" },
    examples: {
      positive: [
        { text: "That year Botswana was the chair of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
        { text: "In 2019 Botswana was Chair-in-Office of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] },
      ],
      negative: [{ text: "Botswana wrote to the chair of the Migration Dialogue for Southern Africa.", expect: ["ctry:bw", "forum:midsa"] }],
    },
  },
  {
    // "ICMPD is the secretariat of the Budapest Process", "The secretariat of the Bali Process is shared by IOM and UNHCR":
    // serving as a forum's secretariat supports it (as the secretariat-role rules read "acts as its secretariat").
    id: "role-secretariat",
    phrase: "secretariat|secretariats of|for|to / secretariat work|services|functions|support of|for|to",
    frame: "active",
    types: { FORUM: "SUPPORTS", EVENT: "SUPPORTS", INITIATIVE: "SUPPORTS" },
    examples: {
      positive: [
        { text: "Secretariat work for the Prague Process is done by ICMPD.", expect: ["org:icmpd", "forum:prague-process"] },
        // The holder named after "with", the owner being what the clause is about (withAsRole.ts).
        { text: "The Prague Process met in Vienna with ICMPD as its Technical Secretariat.", expect: ["org:icmpd", "forum:prague-process"] },
        { text: "Since 2009, ICMPD has been the secretariat of the Prague Process.", expect: ["org:icmpd", "forum:prague-process"] },
        { text: "The secretariat of the Bali Process is shared by IOM and UNHCR.", expect: ["org:unhcr", "forum:bali-process"] },
        { text: "The secretariat of the Budapest Process is provided by ICMPD.", expect: ["org:icmpd", "forum:budapest-process"] },
        { text: "Since 2005 UNITAR has been the secretariat of the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
      ],
      negative: [
        { text: "ICMPD wrote to the secretariat of the Prague Process.", expect: ["org:icmpd", "forum:prague-process"] },
        { text: "Secretariat work for the Prague Process is discussed by ICMPD.", expect: ["org:icmpd", "forum:prague-process"] },
        { text: "The Prague Process should meet in Vienna with ICMPD as its secretariat.", expect: ["org:icmpd", "forum:prague-process"] },
        { text: "The Prague Process met in Vienna with ICMPD as secretariat of another body.", expect: ["org:icmpd", "forum:prague-process"] },
        { text: "The secretariat of the Bali Process thanked IOM and UNHCR.", expect: ["org:unhcr", "forum:bali-process"] },
        { text: "UNITAR wrote to the secretariat of the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
      ],
    },
  },
  {
    // "Support for the Bali Process comes from UNITAR", "Technical assistance to X is provided by A": the givers of support
    // named after the forum or programme it goes to (read before the owner, with a copula: predicateReader.ts).
    id: "role-support-for",
    phrase: "support|assistance|backing for|to",
    frame: "active",
    beforeOnly: true,
    types: { FORUM: "SUPPORTS", EVENT: "SUPPORTS", INITIATIVE: "SUPPORTS" },
    examples: {
      positive: [{ text: "Technical support for the Migration Dialogue for Southern Africa comes from UNITAR.", expect: ["org:unitar", "forum:midsa"] }],
      negative: [
        { text: "Support for the Migration Dialogue for Southern Africa may come from UNITAR.", expect: ["org:unitar", "forum:midsa"] },
        { text: "Support for the Migration Dialogue for Southern Africa was discussed with UNITAR.", expect: ["org:unitar", "forum:midsa"] },
        { text: "The chair requested UNITAR's support to the Migration Dialogue for Southern Africa.", expect: ["org:unitar", "forum:midsa"] },
      ],
    },
  },
  {
    id: "role-host",
    phrase: "host|co-host of|for / host country of|for",
    frame: "active",
    types: { EVENT: "HOSTED", FORUM: "HOSTED" },
    examples: {
      positive: [{ text: "As agreed, Mauritius was the host of the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
      negative: [{ text: "Mauritius thanked the host of the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
    },
  },
  {
    id: "role-donor",
    phrase: "donor|donors|funder|funders|financer|backer to|of|for",
    frame: "active",
    types: { INITIATIVE: "FUNDS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [{ text: "For years, Norway has been the main donor to the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] }],
      negative: [{ text: "Norway met the donors of the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] }],
    },
  },
  {
    id: "role-sponsor",
    phrase: "sponsor|sponsors|co-sponsor|co-sponsors|supporter|supporters of|to",
    frame: "active",
    types: { INITIATIVE: "SUPPORTS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [{ text: "In this, UNITAR is a strong supporter of the Nansen Initiative.", expect: ["org:unitar", "ini:nansen-initiative"] }],
      negative: [{ text: "UNITAR met a supporter of the Nansen Initiative.", expect: ["org:unitar", "ini:nansen-initiative"] }],
    },
  },
  {
    id: "role-partner",
    phrase: "partner|partners in|of|to",
    frame: "active",
    types: { INITIATIVE: "PARTICIPATES_IN", ORGANIZATION: "PARTNERS_WITH" },
    examples: {
      positive: [
        { text: "Since then, UNITAR has been a partner in the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "For a decade UNODC has been a partner of UNICEF on child trafficking.", expect: ["org:unicef", "org:unodc"] },
        { text: "The Missing Migrants Project is led by Ghana, with UNITAR and Norway as partners.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "UNITAR thanked each partner in the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project is led by Ghana, with UNITAR as partner to the ILO.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "role-part",
    // A unit named by what it is within its parent: "an expert group of the Statistical Commission", "a trust fund of the Bank",
    // "one of the ministerial committees of the African Union" (a plural after "one of the").
    phrase: "part|component|components|subsidiary|subsidiaries|pillar|pillars|organ|organs|arm|arms|branch|branches|unit|units|division|divisions|department|departments|committee|committees|commission|commissions|body|bodies of / subsidiary|expert|working|technical body|bodies|group|groups of / trust fund|funds of / task force of",
    frame: "active",
    types: { FORUM: "PART_OF", INITIATIVE: "PART_OF", ORGANIZATION: "PART_OF" },
    actorTypes: { FORUM: "MEMBER_OF", EVENT: null, INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [
        { text: "By design, the Missing Migrants Project is a component of the Migration Profiles.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
        { text: "Since 1996 Mexico has been part of the Regional Conference on Migration.", expect: ["ctry:mx", "forum:puebla-process"] },
        { text: "Since 2017 the Prague Process has been a working group of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
        { text: "The Prague Process is one of the ministerial committees of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
        { text: "The Prague Process is a functional commission of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
      ],
      negative: [
        { text: "The Missing Migrants Project took part of its data from the Migration Profiles.", expect: ["ini:missing-migrants-project", "ini:migration-profiles"] },
        { text: "Since 2017 the Prague Process has reported to a working group of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
        { text: "The Prague Process wrote to the committees of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
        { text: "The Prague Process is not one of the committees of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
        { text: "The Prague Process may become a commission of the Budapest Process.", expect: ["forum:prague-process", "forum:budapest-process"] },
      ],
    },
  },
  {
    id: "role-coordinator",
    phrase: "coordinator|organizer|organiser|manager|implementer|initiator|founder|lead of|for / lead|implementing agency|agencies|partner of|for / in charge of / responsible for",
    frame: "active",
    types: { INITIATIVE: "LEADS", EVENT: "LEADS" },
    examples: {
      positive: [
        { text: "From the start, UNITAR has been the coordinator of the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Since 2015, UNITAR is in charge of the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Since 2015, UNITAR has been responsible for the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "UNITAR wrote to the coordinator of the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR is not responsible for the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    // Who organises or convenes a standing event or forum, or shares its lead: "UNHCR and IOM, co-leads of the R4V
    // platform", "IOM is the convener of the IDM". A coordinator of a forum is kept out: a forum's coordinator is
    // often its support office, not its leader.
    id: "role-organizer",
    phrase: "co-lead|co-leads|convener|conveners|convenor|convenors|co-convener|co-conveners|co-organizer|co-organizers|co-organiser|co-organisers|organizers|organisers|co-facilitator|co-facilitators of|for",
    frame: "active",
    types: { INITIATIVE: "LEADS", EVENT: "LEADS", FORUM: "LEADS" },
    examples: {
      positive: [
        { text: "In 2018 UNHCR and IOM, the co-leads of the Nansen Initiative, met in Quito.", expect: ["org:iom", "ini:nansen-initiative"] },
        { text: "Each year IOM is the convener of the International Dialogue on Migration.", expect: ["org:iom", "forum:idm"] },
        { text: "IFAD and the World Bank were the co-organizers of the Global Forum on Remittances.", expect: ["org:world-bank", "forum:gfr"] },
      ],
      negative: [
        { text: "UNHCR wrote to the co-leads of the Nansen Initiative.", expect: ["org:unhcr", "ini:nansen-initiative"] },
        { text: "IOM hopes to be the convener of the International Dialogue on Migration.", expect: ["org:iom", "forum:idm"] },
        { text: "IFAD thanked the co-organizers of the Global Forum on Remittances.", expect: ["org:ifad", "forum:gfr"] },
      ],
    },
  },
  {
    id: "role-initiative-of",
    phrase: "initiative|project|programme|program|undertaking|brainchild of",
    frame: "inverted",
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "The Missing Migrants Project, a joint initiative of UNITAR and Norway, began in 2014.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "Work began on the Missing Migrants Project, and on a new initiative of UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "role-contribution",
    phrase: "announce|announces|announced|make|makes|made|pledge|pledges|pledged|give|gives|gave contribution|contributions|donation|donations|grant|grants to|for",
    frame: "active",
    verbal: true,
    types: { INITIATIVE: "FUNDS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [{ text: "Early on, Norway and Denmark announced a shared contribution to the Missing Migrants Project.", expect: ["ctry:dk", "ini:missing-migrants-project"] }],
      negative: [{ text: "Norway may announce a contribution to the Missing Migrants Project.", expect: ["ctry:no", "ini:missing-migrants-project"] }],
    },
  },
];
