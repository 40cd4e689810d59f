import { NGO_FORUMS } from "./forumOrganisation.js";
import { ROLE_IN_BODY } from "./roleInBody.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { APPOSITION_PARTICIPLES, PROGRAMME_CLASS_NOUNS } from "./programmeClassNouns.js";
import type { NameRule } from "./nameRules.js";
import { LEGISLATURES } from "./legislatures.js";
import { FOUNDING_TREATIES } from "./foundingTreaties.js";
import { COMPLEMENT_NOUN } from "./complementNoun.js";
import { ORGANISATION_CLASS_NOUNS } from "./organisationClassNouns.js";
import { isStatedMinisterial } from "./ministerialBody.js";
import { isStatedOrganisationNetwork } from "./organisationNetwork.js";
import { STATE_NETWORK_WORDS } from "./stateNetworkName.js";
import { SUBNATIONAL_GOVERNMENTS } from "./subnationalGovernments.js";
import { PLURAL_BODY_HEADS } from "./pluralBodyHeads.js";

/**
 * When a discovered name is no entity of the kind its head noun suggests, or of another kind, read from the
 * name's own words and the words right after it. Data with example sentences (written for these specs, not
 * taken from the corpus), run through the whole pipeline by test/unit/kindRules.test.ts like nameRules.ts.
 */

export const PUBLICATION_HEADS: NameRule = {
  id: "publication-heads",
  what: "A name headed by a publication noun ('A Comparative Study on X', 'Handbook on Y', 'Compendium of Z') is the title of a document, not an initiative or body; the names inside its complement are still read ('Report of the Coastal Commission on Fishers' names the commission). A survey or census defined with an acronym stays a programme (ACRONYM_PROGRAMMES).",
  words: "Report Reports Study Studies Survey Surveys Review Compendium Handbook Guide Guidebook Manual Paper Papers Brief Briefs Bulletin Yearbook Atlas Digest Primer Booklet Newsletter Glossary Overview Outlook Series Profile Profiles Casebook Sourcebook Textbook Anthology".split(" "),
  positive: [
    { text: "The Report of the Coastal Commission on Fishers was read widely.", name: "Coastal Commission on Fishers", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "See Tinland Coast Guard, A Comparative Study on Coastal Resettlement Programmes: The Cases of Tinland (Oslo, 2010).", name: "Comparative Study on Coastal Resettlement Programmes" },
    { text: "The Handbook on Coastal Labour Mobility Programmes was issued in 2011.", name: "Handbook on Coastal Labour Mobility Programmes" },
    { text: "It published the Compendium of Good Practices on Coastal Fishers Networks last year.", name: "Compendium of Good Practices on Coastal Fishers Networks" },
  ],
};

export const CLASS_NAMES: NameRule = {
  id: "class-names",
  what: "A plural initiative head without an acronym ('Claims Programmes', 'Coastal Resettlement Programmes', 'International Frameworks for Action') names a class of things, not one of them. With an acronym ('Decent Work Country Programmes (DWCPs)') the class is a named programme line and is kept; so is a title followed by a class noun of its own ('the Building Harbour Partnerships project').",
  words: "Programmes Programs Projects Initiatives Networks Frameworks Plans Strategies Campaigns Platforms Partnerships Schemes Systems Mechanisms Facilities Databases Portals Toolkits".split(" "),
  positive: [
    { text: "Tinland took part in the Coastal Work Country Programmes (CWCPs) from 2008.", name: "Coastal Work Country Programmes", kind: "INITIATIVE" },
    { text: "The Building Harbour Partnerships project ended in 2015.", name: "Building Harbour Partnerships", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "It reviewed Practices and Experiences of Claims Programmes in two ports.", name: "Claims Programmes" },
    { text: "The ministers welcomed Regional Frameworks for Action on fisheries.", name: "Regional Frameworks for Action" },
  ],
};

export const LEGAL_FORMS: NameRule = {
  id: "legal-forms",
  what: "A name followed by a company or charity form ('Network, Inc.', 'Alliance Ltd') is an incorporated body: an ORGANIZATION whatever its head noun.",
  words: "Inc Inc. Incorporated Ltd Ltd. Limited LLC GmbH e.V. plc".split(" "),
  positive: [
    { text: "The project is an initiative of TLMN (Tidewater Legal Migration Network, Inc.).", name: "Tidewater Legal Migration Network", kind: "ORGANIZATION" },
    { text: "It hired the Harbour Remittance Platform, Ltd., to run the pilot.", name: "Harbour Remittance Platform", kind: "ORGANIZATION" },
  ],
  negative: [{ text: "The project is an initiative of TLMN (Tidewater Legal Migration Network, Inc.).", name: "Tidewater Legal Migration Network, Inc" }],
};

export const ALLIANCE_BODIES: NameRule = {
  id: "alliance-bodies",
  what: "An alliance is a standing body of members (an NGO network, a coalition), listed among organizations: an ORGANIZATION, not an initiative.",
  words: ["Alliance"],
  positive: [{ text: "UN-Habitat worked with the Federation of Tinland Municipalities, Coastal Water Alliance and the Tinland Housing Association.", name: "Coastal Water Alliance", kind: "ORGANIZATION" }],
  negative: [],
};

export const PART_OF_UNNAMED: NameRule = {
  id: "part-of-unnamed",
  what: "A name followed by 'of this/that/its/their …' ('the Knowledge Management System of this thematic window') is a part of something the text does not name: a description, not an entity of its own.",
  words: "this that these those its their".split(" "),
  positive: [{ text: "Tinland built a Coastal Data Portal of its own in 2012.", name: "Coastal Data Portal", kind: "INITIATIVE" }],
  negative: [{ text: "UNICEF worked on the Knowledge Sharing System of this thematic window in two countries.", name: "Knowledge Sharing System" }],
};

export const APPOSITIVE_KIND: NameRule<{ initiative: string[]; organization: string[]; forum: string[] }> = {
  id: "appositive-kind",
  what: "A noun phrase the text puts beside a name says what it is, over its head noun: 'the Harbour Alliance, an innovative partnership between …' is an initiative; 'the Tinland-based NGO, Harbour Advocacy Network' an organization. Only the initiative/organization choice is read this way, and a body the text calls a forum ('the Commission of Migration Directors (OCAM), the regional forum that …') is a forum.",
  words: {
    initiative: "partnership programme program project initiative campaign".split(" "),
    organization: [...ORGANISATION_CLASS_NOUNS],
    forum: ["forum", "dialogue"],
  },
  positive: [
    { text: "UNAIDS praised the Harbour Alliance. WFP helped found the Harbour Alliance, an innovative partnership between WFP and a transport company.", name: "Harbour Alliance", kind: "INITIATIVE" },
    { text: "IOM trained staff of the Tinland-based NGO, Harbour Advocacy Network, in 2012.", name: "Harbour Advocacy Network", kind: "ORGANIZATION" },
    { text: "Tinland takes part in the Coastal Commission of Port Directors (CCPD), the regional forum that meets each spring.", name: "Coastal Commission of Port Directors", kind: "FORUM" },
  ],
  negative: [
    { text: "Tinland funds the Coastal Commission of Port Directors, a member of the regional forum on ports.", name: "Coastal Commission of Port Directors", notKind: "FORUM" },
  ],
};

export const MEMBER_BODIES: NameRule<{ heads: string[]; members: string[] }> = {
  id: "member-bodies",
  what: "A meeting head whose complement names organizations as its members ('Conference of Non-governmental Organizations', 'Council of Coastal Fishing Associations') is a standing body of those organizations: an ORGANIZATION, not a forum. Members that are States, parties or persons ('Conference of the Parties', 'Conference of Labour Statisticians') keep the forum; the contrast examples are listed as positives with kind FORUM.",
  words: {
    heads: "Conference Forum Assembly Council".split(" "),
    members: "Organizations Organisations NGOs Associations Societies Unions Churches Bishops Charities Federations Foundations".split(" "),
  },
  positive: [
    { text: "The Harbour Committee was created in 2006 as a member of the Conference of Coastal Fishing Organizations, based in Lima.", name: "Conference of Coastal Fishing Organizations", kind: "ORGANIZATION" },
    { text: "Delegates met at the Conference of the Parties in Durban.", name: "Conference of the Parties", kind: "FORUM" },
    { text: "Tinland hosted the International Conference of Harbour Statisticians last year.", name: "International Conference of Harbour Statisticians", kind: "FORUM" },
  ],
  negative: [],
};

export const APPOSITIVE_NAME: NameRule<{ initiative: string[]; organization: string[] }> = {
  id: "appositive-name",
  what: "A capitalised name with no head noun, followed by an apposition or a copula whose head says what it is ('the Harbour Crew Advisor, an online platform on which …', 'Crews Count Too is a Tinland charity'), is an entity of that kind, as is one a state's possessive describes ('Danora, Tinland's development co-operation agency,'); a noun that only modifies another ('a programme officer') says nothing, nor does 'a group of' (its members).",
  words: {
    initiative: "platform programme program project initiative campaign tool portal database app website network".split(" "),
    organization: "NGO organization organisation foundation charity agency association coalition federation group consultancy".split(" "),
  },
  positive: [
    { text: "Its results include the Harbour Crew Advisor, an online platform on which seafarers rate agencies.", name: "Harbour Crew Advisor", kind: "INITIATIVE" },
    { text: "IOM worked with Safe Harbour Tinland, a local NGO that shelters seafarers.", name: "Safe Harbour Tinland", kind: "ORGANIZATION" },
    { text: "The union also set up Skippers Without Borders, a network of boat owners in ten ports.", name: "Skippers Without Borders", kind: "INITIATIVE" },
    { text: "Fair Crews Count (FCC), a local NGO in the port, helps fishers.", name: "Fair Crews Count", kind: "ORGANIZATION" },
    { text: "Harbour Crews Count Too is a Tinland charity that helps fishers.", name: "Harbour Crews Count Too", kind: "ORGANIZATION" },
    { text: "Skippers Count Too (SCT2), a Tinland group, is a member of the network.", name: "Skippers Count Too", kind: "ORGANIZATION" },
    { text: "Harbour Voices Count is an online platform where crews rate ports.", name: "Harbour Voices Count", kind: "INITIATIVE" },
    { text: "Danora, Denmark's development co-operation agency, paid for the harbour study.", name: "Danora", kind: "ORGANIZATION" },
    { text: "The study was paid for by Finnova, Finland's agency for development cooperation.", name: "Finnova", kind: "ORGANIZATION" },
    { text: "SEAVILLE, a network of port towns, trains harbour staff.", name: "SEAVILLE", kind: "INITIATIVE" },
    // "another" sets the name beside a programme already named: it is one more of the class.
    { text: "The Harbour Safety Campaign is run by IOM. It is often confused with Coastal Watch, another information campaign, which Italy paid for.", name: "Coastal Watch", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Harbour Crews Count Too is a question fishers ask.", name: "Harbour Crews Count Too" },
    { text: "Harbour Friends, a group of ten port states, met in Lomé.", name: "Harbour Friends" },
    { text: "Harbour Friends, another group of ten port states, met in Lomé.", name: "Harbour Friends" },
    { text: "Maria, a programme officer at the port, spoke.", name: "Maria" },
    { text: "Lomé is a city that welcomes fishers.", name: "Lomé" },
    { text: "We met Maria Coastline, a programme officer at the port.", name: "Maria Coastline" },
    { text: "Harbour Crew Advisor and others attended.", name: "Harbour Crew Advisor" },
  ],
};

export const STATE_NETWORKS: NameRule<{ collectives: string[]; members: string[] }> = {
  id: "state-networks",
  what: "A name the text describes as a network, partnership or alliance of states or governments ('the Harbour Network, a network of coastal states', 'X is an informal partnership of governments') is a forum of those states, whatever its head noun; a network of towns, NGOs or researchers keeps its kind (the contrasts are listed as positives with that kind).",
  words: STATE_NETWORK_WORDS,
  positive: [
    { text: "The Coastal Migration Network, a network of coastal states, met in Suva.", name: "Coastal Migration Network", kind: "FORUM" },
    { text: "The Harbour Mobility Partnership is an informal partnership of governments in the region.", name: "Harbour Mobility Partnership", kind: "FORUM" },
    { text: "Tinland joined Harbour Voices, an intergovernmental network of states, in 2019.", name: "Harbour Voices", kind: "FORUM" },
    // Contrasts: a network of towns or of researchers stays a programme (listed as positives with that kind).
    { text: "The Coastal Cities Network, a network of port towns, met in Suva.", name: "Coastal Cities Network", kind: "INITIATIVE" },
    { text: "The Coastal Research Network, a network of researchers from ten states, met in Suva.", name: "Coastal Research Network", kind: "INITIATIVE" },
    // The members are the noun after "of", not a place further on: a network of skippers in coastal states is no forum of states.
    { text: "The union also set up Skippers Beyond Borders, a network of skippers in states along the coast who help stranded crews.", name: "Skippers Beyond Borders", kind: "INITIATIVE" },
  ],
  negative: [],
};

export const CALLED_NAMES: NameRule = {
  id: "called-names",
  what: "A capitalised name with no head noun right after a class noun and 'called', 'named' or 'known as' ('a network called Returnee Voices', 'an NGO named Safe Crews') is an entity of the class noun's kind (the words of APPOSITIVE_NAME); a person or place after such words ('a town called Lomé', 'a skipper named Kofi Mensah') is none.",
  words: ["called", "named", "known as"],
  positive: [
    { text: "Returnees set up a network called Harbour Returnee Voices in 2018.", name: "Harbour Returnee Voices", kind: "INITIATIVE" },
    { text: "Crews get advice from a local NGO named Safe Crews Tinland.", name: "Safe Crews Tinland", kind: "ORGANIZATION" },
    { text: "Ten ports run an online platform known as Crew Rate Harbour.", name: "Crew Rate Harbour", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Crews landed in a small town called Port Tinmouth in 2018.", name: "Port Tinmouth" },
    { text: "They met a skipper named Kofi Mensah Harbour in 2018.", name: "Kofi Mensah Harbour" },
  ],
};

export const KIND_RULES: NameRule<unknown>[] = [NGO_FORUMS, ROLE_IN_BODY, PUBLICATION_HEADS, CLASS_NAMES, LEGAL_FORMS, ALLIANCE_BODIES, PART_OF_UNNAMED, APPOSITIVE_KIND, MEMBER_BODIES, APPOSITIVE_NAME, SUBNATIONAL_GOVERNMENTS, STATE_NETWORKS, PLURAL_BODY_HEADS, CALLED_NAMES, LEGISLATURES, FOUNDING_TREATIES, COMPLEMENT_NOUN];

/** ", a network of states" / "is an informal partnership of governments": a forum of states (STATE_NETWORKS). */
// The words between "of" and the members only modify them: "a network of lawyers in countries of origin" is of lawyers.
const STATE_NETWORK = new RegExp(`^(?:,\\s+(?:an?|the)|\\s+is\\s+an?)\\s+(?:[\\w-]+\\s+){0,2}?(?:${STATE_NETWORKS.words.collectives.join("|")})\\s+of\\s+(?:(?!(?:in|from|across|with|at|on|and|or|who|that|which|for|to|of)\\s)[\\w-]+\\s+){0,2}?(?:${STATE_NETWORKS.words.members.join("|")})\\b`);

const APPOSITION_END = `(?=\\s*[,.;:)]|\\s+(?:on|of|for|that|which|who|run|launched|between|to|in|by|with|where|whose|designed|set|created|developed|managed|funded|linking|connecting|bringing|${APPOSITION_PARTICIPLES.join("|")})\\b)`;
/** The class nouns of programmes, with those of PROGRAMME_CLASS_NOUNS (programmeClassNouns.ts). */
const INITIATIVE_CLASSES = [...APPOSITIVE_NAME.words.initiative, ...PROGRAMME_CLASS_NOUNS.words];
/** ", a …", ", another …" or ", the …" after the name, or the copula "is a …" / "is an …". */
const STATED = "^(?:,\\s+(?:an?|another|the)|\\s+is\\s+an?)\\s+";
const NAMED_INITIATIVE = new RegExp(`${STATED}(?:[\\w-]+\\s+){0,3}?(?:${INITIATIVE_CLASSES.join("|")})${APPOSITION_END}`);
const NAMED_ORGANIZATION = new RegExp(`${STATED}(?:[\\w-]+\\s+){0,3}?(?:${APPOSITIVE_NAME.words.organization.join("|")})${APPOSITION_END}`);
/** "a group of ten states": the group's members, not what the name is. */
const GROUP_OF = new RegExp(`${STATED}(?:[\\w-]+\\s+){0,3}?group\\s+of\\b`);
/** ", Denmark's development co-operation agency," / ", Denmark's development co-operation,": a state's own body. */
const STATE_BODY = /^,\s+[A-Z][\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:agency|co-operation|cooperation|NGO|foundation|charity)(?=\s*[,.;:)]|\s+(?:for|in|and|which|that|of)\b)/u;

const CALLED = `(?:${CALLED_NAMES.words.map((w) => w.replace(" ", "\\s+")).join("|")})\\s+(?:the\\s+)?$`;
const CALLED_INITIATIVE = new RegExp(`\\b(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:${INITIATIVE_CLASSES.join("|")})\\s+${CALLED}`);
const CALLED_ORGANIZATION = new RegExp(`\\b(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:${APPOSITIVE_NAME.words.organization.join("|")})\\s+${CALLED}`);

/** The kind the class noun before "called" / "named" / "known as" gives a headless name (CALLED_NAMES), or null. */
export function calledNameKind(before: string): EntityKind | null {
  if (CALLED_INITIATIVE.test(before)) return "INITIATIVE";
  if (CALLED_ORGANIZATION.test(before)) return "ORGANIZATION";
  return null;
}

/** The kind an apposition or copula right after a headless name states (APPOSITIVE_NAME), or null. */
export function appositiveNameKind(after: string): EntityKind | null {
  if (STATE_NETWORK.test(after)) return "FORUM";
  // ORGANISATION_NETWORKS reads the same words after a bare acronym as after a spelt-out name ("ERSO is a network of NGOs").
  if (isStatedOrganisationNetwork(after)) return "ORGANIZATION";
  if (NAMED_INITIATIVE.test(after)) return "INITIATIVE";
  if (GROUP_OF.test(after)) return null;
  if (NAMED_ORGANIZATION.test(after) || STATE_BODY.test(after)) return "ORGANIZATION";
  return null;
}

const PUBLICATION = new Set(PUBLICATION_HEADS.words);
const CLASS = new Set(CLASS_NAMES.words);
const LEGAL_FORM = new RegExp(`^,?\\s+(?:${LEGAL_FORMS.words.map((w) => w.replace(/\./g, "\\.")).join("|")})(?![\\p{L}])`, "u");
const UNNAMED_WHOLE = new RegExp(`^\\s+of\\s+(?:${PART_OF_UNNAMED.words.join("|")})\\s+(?!own\\b)[a-z]`);

const words = (list: string[]) => list.join("|");
/** A bracketed short name may stand between the name and its apposition: "the Commission (OCAM), the forum that". */
const BRACKET = String.raw`(?:\s*\([^()]{1,15}\))?`;
const AFTER_INITIATIVE = new RegExp(`^${BRACKET},\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${words(APPOSITIVE_KIND.words.initiative)})\\b`);
const AFTER_ORGANIZATION = new RegExp(`^${BRACKET},\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${words(APPOSITIVE_KIND.words.organization)})\\b`);
// No "of" between the article and "forum": "a member of the forum" names another body.
const AFTER_FORUM = new RegExp(`^${BRACKET},\\s+(?:an?|the)\\s+(?:(?!of\\b)[\\w-]+\\s+){0,3}?(?:${words(APPOSITIVE_KIND.words.forum)})\\b`);
const BEFORE_ORGANIZATION = new RegExp(`\\b(?:${words(APPOSITIVE_KIND.words.organization)})s?,?\\s+(?:the\\s+)?$`);

const MEMBER_BODY = new RegExp(`\\b(?:${words(MEMBER_BODIES.words.heads)})\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${words(MEMBER_BODIES.words.members)})$`, "u");

/** A meeting head whose complement names organizations as members is an organization (MEMBER_BODIES). */
export const isMemberBody = (name: string): boolean => MEMBER_BODY.test(name);

/** Whether the head word is a publication noun (PUBLICATION_HEADS). */
export const isPublicationHead = (head: string | null): boolean => !!head && PUBLICATION.has(head);

/** Whether a name without an acronym is headed by a plural initiative noun (CLASS_NAMES). */
export const isClassName = (head: string | null): boolean => !!head && CLASS.has(head);

/** The kind a name takes once the words around it are read (LEGAL_FORMS, APPOSITIVE_KIND, MINISTERIAL_BODIES, ORGANISATION_NETWORKS), or null when they make it no name (PART_OF_UNNAMED). */
export function kindAfter(kind: EntityKind, after: string, before = ""): EntityKind | null {
  if (UNNAMED_WHOLE.test(after)) return null;
  if (LEGAL_FORM.test(after)) return "ORGANIZATION";
  if (STATE_NETWORK.test(after)) return "FORUM";
  if (kind !== "ORGANIZATION" && kind !== "CONVENTION" && isStatedOrganisationNetwork(after)) return "ORGANIZATION";
  // APPOSITIVE_KIND: the organization/initiative choice, and a body the text calls a forum.
  if (kind === "ORGANIZATION" && (AFTER_FORUM.test(after) || isStatedMinisterial(after))) return "FORUM";
  if (kind === "ORGANIZATION" && AFTER_INITIATIVE.test(after)) return "INITIATIVE";
  if (kind === "INITIATIVE" && (AFTER_ORGANIZATION.test(after) || BEFORE_ORGANIZATION.test(before))) return "ORGANIZATION";
  return kind;
}
