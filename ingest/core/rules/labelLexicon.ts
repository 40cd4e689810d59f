import type { RelationType } from "../../../src/ontology/ontology.js";
import type { HeadingList } from "./listRules.js";
import { IMPLEMENTER_LABELS } from "../implementerLabels.js";

/**
 * The label lexicon: how a list's label names its rows when no anchored pattern of listRules.ts knows its wording.
 * A label is a noun phrase ("Other implementing partners", "Countries covered", "Parent body") or a short phrase
 * ending in a preposition ("Funding from", "Managed by", "Part of"); labelSense.ts reduces it to a head word and
 * its modifiers, and an entry here says what that head with those modifiers states. Heads are singular, lower case.
 *  - `heads`: head words that state the relation whatever qualifies them ("donors", "associate members").
 *  - `qualified`: pairs of head words that state it only with one of its modifiers ("target countries", not "countries").
 *  - `phrases`: labels that end in a preposition, whole ("funded by", "part of").
 *  - `forbid`: modifiers that give any head another sense ("board members" belong to a board, not the forum).
 * Every entry carries positive and negative pages; test/unit/labelLexicon.test.ts runs them through the pipeline.
 */
/** What a sense states is what a heading list states (listRules.ts); only how its label is recognised differs. */
export interface LabelSense extends Omit<HeadingList, "heading"> {
  heads: string[];
  qualified?: Array<{ heads: string[]; modifiers: string[] }>;
  phrases?: string[];
  forbid?: string[];
}

/** Modifiers that deny the relation for every head: a non-member, an invited guest, a planned partner. */
export const DENYING_MODIFIERS = [
  "non", "not", "no", "never", "invited", "prospective", "candidate", "potential", "future", "planned", "proposed", "suspended", "withdrawn",
  "pending", "applicant", "aspiring", "possible", "guest",
  // A clause after the head may say the relation is only planned: "Countries where the programme will work".
  "will", "would", "could", "may", "might", "shall", "should", "plan", "plans", "intends", "hopes", "expected",
];
/** Modifiers that end a standing relation: a former member is no member now, nor one "who left". */
export const ENDED_MODIFIERS = ["former", "past", "ex", "previous", "earlier", "left", "withdrew", "departed", "resigned", "expelled", "until"];
/** Relation types whose lists the ended modifiers deny (a past chair did chair, a past host did host). */
export const STANDING_TYPES: RelationType[] = ["MEMBER_OF", "PARTICIPATES_IN", "OPERATES_IN", "LEADS", "SUPPORTS"];

/**
 * Heads that name something else than the rows' part in the topic: a list under them is no list of the relation,
 * and a line that is such a label ends the list above it ("Success stories" under "Participating agencies").
 */
export const OTHER_HEADS = [
  "contact", "address", "email", "mail", "phone", "telephone", "fax", "website", "site", "link", "url", "event", "meeting",
  "workshop", "report", "publication", "document", "resource", "case", "study", "story", "date", "news", "photo", "credit",
  "reading", "note", "office", "visit", "deadline", "budget", "duration", "language", "theme", "topic", "objective", "goal",
  "activity", "output", "outcome", "result", "update", "highlight", "video", "download", "tag", "keyword", "reference",
  // Signing binds no one: a list of signatories is no list of parties.
  "signatory", "signature",
];

/** Modifiers naming a country's part in a programme: where the programme works. */
const WHERE_IT_WORKS = [
  "target", "targeted", "pilot", "beneficiary", "covered", "focus", "priority", "programme", "program", "project",
  "intervention", "implementation", "operation", "recipient", "works", "operates", "active", "implemented", "selected",
  // "Countries reached", "Operational countries", "Countries served", "Operate" in "Where we operate".
  "reached", "operational", "served", "operate", "work",
  // "Countries of return" of a return or reintegration programme: where it supports the returnees.
  "return",
];
const STATES = ["country", "state", "government", "nation", "territory", "economy"];
const TOWNS = ["city", "town", "municipality", "locality"];
const BODIES = ["agency", "organisation", "organization", "body", "entity", "institution", "partner", "implementer"];
/** Bodies of the topic's own whose members a label may list: they belong to the body, not to the topic. */
export const OTHER_BODIES = ["steering", "committee", "board", "staff", "team", "jury", "panel", "secretariat", "working", "task"];
const FUNDING = ["donor", "funding", "financial", "financing", "contributing", "funder", "sponsor", "sponsoring"];

const MIDA = "Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme.\n\n";
const HARBOUR = "Harbour Crews Office (HCO), Ghana - agency profile\n\nThe Harbour Crews Office registers migrant fishers in the ports of Ghana.\n\n";
const JMDI = "Joint Migration and Development Initiative (JMDI)\n\nThe JMDI works with local authorities on migration.\n\n";
const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";
const EUAA = "European Union Agency for Asylum (EUAA)\n\nThe EUAA supports the asylum systems of the European Union.\n\n";
const CARICOM = "Caribbean Community (CARICOM)\n\nThe Caribbean Community is a regional integration body with its secretariat in Georgetown.\n\n";

export const LABEL_SENSES: LabelSense[] = [
  {
    id: "members-of-forum",
    // "Members", "Associate members", "Founding member states", "Partner countries": states or bodies that belong.
    heads: ["member", "membership"],
    qualified: [{ heads: [...STATES, ...BODIES], modifiers: ["member", "associate", "full", "founding", "partner", "participating", "permanent"] }],
    forbid: [...FUNDING, ...WHERE_IT_WORKS, ...OTHER_BODIES, "observer", "lead", "consortium"],
    type: "MEMBER_OF", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.75,
    examples: {
      positive: [
        { text: `${RABAT}Member nations:\nMorocco\nSenegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${RABAT}Countries participating: Mali, Niger`, expect: ["ctry:ne", "forum:rabat-process"] },
      ],
      negative: [
        { text: `${RABAT}Former member states:\nMorocco\nSenegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${RABAT}Non-member states invited: Mali, Niger`, expect: ["ctry:ne", "forum:rabat-process"] },
      ],
    },
  },
  {
    id: "members-of-network",
    // A network that counts members (an initiative) has members as a forum does;
    // those "participating" in an initiative take part in it (partners-of-initiative).
    heads: ["member", "membership"],
    qualified: [{ heads: [...STATES, ...BODIES], modifiers: ["member", "associate", "full", "founding", "permanent"] }],
    forbid: [...FUNDING, ...WHERE_IT_WORKS, ...OTHER_BODIES, "observer", "lead", "consortium"],
    type: "MEMBER_OF", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.75,
    examples: {
      positive: [
        { text: `${JMDI}Members:\n- UNFPA\n- UNHCR\n`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}Member states\n- Ghana\n- Senegal\n`, expect: ["ctry:sn", "ini:jmdi"] },
      ],
      negative: [
        { text: `${JMDI}Former members:\n- UNFPA\n- UNHCR\n`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}Board members:\n- UNFPA\n- UNHCR\n`, expect: ["org:unfpa", "ini:jmdi"] },
        // The consortium's members take part in the programme it runs (partners-of-initiative).
        { text: `${JMDI}Consortium members: Switzerland, Norway and Italy`, expect: ["ctry:no", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "members-of-body",
    // A body with member states of its own (a regional community) registers them as a forum does: a table's "Member
    // State" column on its page. An associate is no member, nor are the members of another body ("Other ASEAN Member
    // States").
    // States only, under a label that names them ("Member State", "Founding member countries"): a bare "Members" may
    // list the bodies of a network the prose named last, whose page this need not be.
    heads: [],
    qualified: [{ heads: STATES, modifiers: ["member", "full", "founding"] }],
    forbid: [...FUNDING, ...WHERE_IT_WORKS, ...OTHER_BODIES, "observer", "lead", "consortium", "partner", "associate", "other"],
    type: "MEMBER_OF", rows: ["COUNTRY"], topics: ["ORGANIZATION"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${CARICOM}Members by year of accession\n\n| Year | Member State |\n|---|---|\n| 1973 | Jamaica; Guyana |\n| 1983 | Belize |\n`, expect: ["ctry:bz", "org:caricom"] },
      ],
      negative: [
        { text: `${CARICOM}Associate members\n\n| Year | Associate member state |\n|---|---|\n| 1999 | Anguilla |\n| 2003 | Bermuda |\n`, expect: ["ctry:bm", "org:caricom"] },
        // A statistics table by state names the states counted, not members (figureTable.ts).
        { text: `${EUAA}Applications in 2023\n\n| Member State | Applications |\n|---|---|\n| Germany | 243,000 |\n| France | 120,000 |\n`, expect: ["ctry:de", "org:euaa"] },
        { text: `${CARICOM}Membership over the years\n\n| Year | Former member state |\n|---|---|\n| 1973 | Jamaica; Guyana |\n| 1983 | Belize |\n`, expect: ["ctry:bz", "org:caricom"] },
        // The members of another body named in the label.
        { text: `${CARICOM}Neighbours\n\n| Year | Other OECS member state |\n|---|---|\n| 1981 | Dominica |\n| 1983 | Belize |\n`, expect: ["ctry:bz", "org:caricom"] },
      ],
    },
  },
  {
    id: "partners-of-initiative",
    // "Technical partners", "Participating agencies", "Countries participating". Implementing partners implement the
    // initiative, so they lead it (lead-body).
    // Its members are members (members-of-forum), not partners.
    heads: [],
    qualified: [
      { heads: ["partner", "partnership"], modifiers: ["technical", "other", "key", "main", "strategic", "core", "operational", "international", "regional", "national", "institutional", "research", "academic", "un", "programme", "project", "associate"] },
      { heads: [...BODIES, ...STATES], modifiers: ["partner", "participating", "involved"] },
      // A consortium that runs a programme: its members and partners take part in the programme.
      { heads: ["member", "partner", ...BODIES, ...STATES], modifiers: ["consortium"] },
    ],
    forbid: [...FUNDING, ...WHERE_IT_WORKS.filter((w) => w !== "programme" && w !== "project"), ...OTHER_BODIES, "lead", "leading", "parent", "observer"],
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${JMDI}Partner institutions: UNFPA, UNHCR`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}Agencies involved\n- UNFPA\n- UNHCR\n`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}Consortium members: Switzerland, Norway and Italy`, expect: ["ctry:no", "ini:jmdi"] },
        { text: `${JMDI}Members of the consortium:\n- UNFPA\n- UNHCR\n`, expect: ["org:unhcr", "ini:jmdi"] },
      ],
      negative: [
        { text: `${JMDI}Prospective partners: UNFPA, UNHCR`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}Partner news\n- UNFPA opens an office\n`, expect: ["org:unfpa", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "where-programme-works",
    // A programme's or fund's beneficiaries or recipients, where they are states, are where it works.
    heads: ["beneficiary", "recipient"],
    // A programme working with towns lists them by name and state ("Participating cities: Amman, Jordan"): the rows' states.
    qualified: [{ heads: [...STATES, "location"], modifiers: WHERE_IT_WORKS }, { heads: TOWNS, modifiers: [...WHERE_IT_WORKS, "participating", "partner", "member"] }, { heads: ["focus", "scope", "area"], modifiers: ["geographic", "geographical", "country"] }],
    // A sheet's field ending in its preposition ("Implemented in: A, B"), or the programme's geographic focus or scope.
    phrases: ["implemented in", "active in", "operating in", "operates in", "works in", "present in", "running in"],
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${MIDA}Priority countries: Ghana, Ethiopia`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Countries reached\n- Ghana\n- Ethiopia\n`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Project locations: Ghana; Ethiopia`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}States covered\n- Ghana\n- Ethiopia\n`, expect: ["ini:mida", "ctry:et"] },
        // A label opening in lower case inside a bullet list.
        { text: `${MIDA}In brief:\n- main countries of operation: Ghana, Ethiopia and Somalia;\n- sectors: health and education\n`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}By 2017 the programme had made twelve grants. The recipients were:\n  Ghana\n  Ethiopia\n`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Participating cities, first phase\n1. Accra, Ghana\n2. Hargeisa, Somalia\n`, expect: ["ini:mida", "ctry:so"] },
        { text: `${MIDA}Implemented in: Ghana, Ethiopia\nGeographic focus: Somalia`, expect: ["ini:mida", "ctry:so"] },
        // A map's legend: the caption's kind ("Map:") before its label (listHeading.ts).
        { text: `${MIDA}Map: countries where the programme is active\n● Ghana ● Ethiopia ● Somalia\n`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Implemented in: Ghana, Ethiopia\nGeographic focus: Somalia`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Returnees were helped to set up small firms. Countries of return: Ghana, Ethiopia and Somalia.`, expect: ["ini:mida", "ctry:et"] },
      ],
      negative: [
        // Where the people came from is no place the programme works.
        { text: `${MIDA}Returnees were helped to set up small firms. Countries of origin: Ghana, Ethiopia and Somalia.`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Meeting locations: Ghana; Ethiopia`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Potential target countries: Ghana, Ethiopia`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Countries visited: Ghana, Ethiopia`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Beneficiary stories:\n- a nurse back in Ghana\n- a teacher in Ethiopia\n`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Host cities of the annual review\n1. Accra, Ghana\n2. Hargeisa, Somalia\n`, expect: ["ini:mida", "ctry:so"] },
        { text: `${MIDA}Presented in: Ghana, Ethiopia\nThematic focus: Somalia's health workers`, expect: ["ini:mida", "ctry:et"] },
        { text: `${MIDA}Map: countries visited by the evaluation team\n● Ghana ● Ethiopia ● Somalia\n`, expect: ["ini:mida", "ctry:et"] },
      ],
    },
  },
  {
    id: "funders",
    heads: ["donor", "funder", "sponsor", "financier", "backer", "contributor"],
    // A state or body is a funder by its modifier ("Donor countries", "Funding partners").
    qualified: [{ heads: [...STATES, ...BODIES], modifiers: FUNDING }],
    phrases: ["funded by", "financed by", "co financed by", "co funded by", "sponsored by", "paid for by", "funding from", "financing from", "money from", "grants from", "contributions from", "funds from"],
    type: "FUNDS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${JMDI}Money from: Switzerland and Norway`, expect: ["ctry:no", "ini:jmdi"] },
        { text: `${JMDI}Contributing governments\n- Switzerland\n- Norway\n`, expect: ["ctry:no", "ini:jmdi"] },
      ],
      negative: [
        { text: `${JMDI}Prospective donors: Switzerland and Norway`, expect: ["ctry:no", "ini:jmdi"] },
        { text: `${JMDI}Donor reports: Switzerland and Norway`, expect: ["ctry:no", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "lead-body",
    heads: ["lead", "manager", "coordinator"],
    // "Other implementing partners", "Implementing NGOs": the bodies that implement it, as the ontology reads LEADS.
    qualified: [{ heads: BODIES, modifiers: ["lead", "leading", "managing", "coordinating", "executing", "implementing", "responsible"] }],
    phrases: ["managed by", "led by", "run by", "coordinated by", "executed by", "administered by", "operated by", "overseen by", IMPLEMENTER_LABELS.implementedBy],
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${MIDA}Managing agency: IOM\nDonors: Italy\n`, expect: ["org:iom", "ini:mida"] },
        { text: `${MIDA}Run by: IOM`, expect: ["org:iom", "ini:mida"] },
        { text: `${MIDA}Other implementing partners: UNDP and UNICEF\n`, expect: ["org:unicef", "ini:mida"] },
      ],
      negative: [
        { text: `${MIDA}Managing agency address: IOM, Geneva`, expect: ["org:iom", "ini:mida"] },
        { text: `${MIDA}Proposed lead agency: IOM`, expect: ["org:iom", "ini:mida"] },
      ],
    },
  },
  {
    // The body a forum, programme or agency belongs to, its rows the relation's targets: "Parent body: ECOWAS", "Part
    // of: ...", an agency's "Parent ministry: ..." or "Attached to: ...". Being supervised or overseen by a ministry is
    // no belonging to it (an office under a ministry's supervision may be no department of it), so no such label reads.
    id: "parent-body",
    heads: [],
    qualified: [{ heads: [...BODIES, "ministry", "department", "authority"], modifiers: ["parent", "umbrella"] }],
    phrases: ["part of", "under", "within", "belongs to", "housed in", "housed at", "attached to"],
    type: "PART_OF", rows: ["ORGANIZATION", "FORUM", "INITIATIVE"], topics: ["FORUM", "INITIATIVE", "ORGANIZATION"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${RABAT}Parent body: the European Union\nSecretariat: ICMPD\n`, expect: ["forum:rabat-process", "org:european-union"] },
        { text: `${RABAT}Part of: the European Union`, expect: ["forum:rabat-process", "org:european-union"] },
        { text: `${HARBOUR}Parent ministry: Ministry of Fisheries and Coasts\nSeat: Accra\n`, expect: ["org:harbour-crews-office", "org:ghanaian-ministry-of-fisheries-and-coasts"] },
        { text: `${HARBOUR}Attached to: the Ministry of Fisheries and Coasts\n`, expect: ["org:harbour-crews-office", "org:ghanaian-ministry-of-fisheries-and-coasts"] },
      ],
      negative: [
        { text: `${RABAT}Parent body contact: the European Union`, expect: ["forum:rabat-process", "org:european-union"] },
        { text: `${RABAT}Partners: the European Union`, expect: ["forum:rabat-process", "org:european-union"] },
        { text: `${HARBOUR}Supervised by: Ministry of Fisheries and Coasts\n`, expect: ["org:harbour-crews-office", "org:ghanaian-ministry-of-fisheries-and-coasts"] },
        { text: `${HARBOUR}Parent ministry address: Ministry of Fisheries and Coasts, Accra\n`, expect: ["org:harbour-crews-office", "org:ghanaian-ministry-of-fisheries-and-coasts"] },
        // A tie dated to its end is past (rowQualifier.ts): no present parent.
        { text: `${HARBOUR}Housed in: the Ministry of Fisheries and Coasts, till March 2016\n`, expect: ["org:harbour-crews-office", "org:ghanaian-ministry-of-fisheries-and-coasts"] },
      ],
    },
  },
  {
    id: "endorsers",
    heads: ["endorser", "supporter", "champion"],
    qualified: [{ heads: [...STATES, ...BODIES], modifiers: ["endorsing", "supporting", "champion"] }],
    phrases: ["endorsed by", "backed by"],
    type: "SUPPORTS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE", "FORUM"], confidence: 0.65,
    examples: {
      positive: [{ text: `${JMDI}Endorsed by: Switzerland, Norway`, expect: ["ctry:no", "ini:jmdi"] }],
      negative: [{ text: `${JMDI}Endorsed by:\n\nThe JMDI was praised in a report on Norway.`, expect: ["ctry:no", "ini:jmdi"] }],
    },
  },
];
