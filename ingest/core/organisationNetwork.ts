import type { NameRule } from "./nameRules.js";
import { alternation, STATED_LEAD } from "./statedAfterName.js";

/**
 * A network, alliance, coalition or platform the words after its name call one of organizations ("X (XN), a network of
 * NGOs", "X is a regional network of non-governmental organisations") is a standing body of them: an ORGANIZATION, as
 * MEMBER_BODIES (kindRules.ts) reads the same of a conference or council of organizations, and the mirror of
 * STATE_NETWORKS (a network of states is a forum). A network of people (lawyers, researchers, skippers) or of towns
 * keeps the kind its head gives it; so does one whose members are intergovernmental agencies or states alongside
 * the organizations (a coalition of international organizations and governments is a joint initiative). A body written
 * only by its acronym ("ERSO is a network of NGOs") is read by the same words (appositiveNameKind).
 */
export const ORGANISATION_NETWORKS: NameRule<{ collectives: string[]; members: string[]; notMembers: string[] }> = {
  id: "organisation-networks",
  what: "A name the words right after it call a network, alliance, coalition or platform of organizations ('Harbour Reintegration Network (HRN), a network of NGOs', 'X is a regional network of non-governmental organisations') is an ORGANIZATION; members who are people, towns, intergovernmental agencies or states keep the head's kind (the contrasts are listed as positives with that kind).",
  words: {
    collectives: "network alliance coalition platform".split(" "),
    members: "organisations organizations NGOs associations unions charities".split(" "),
    // Members that make the body no NGO network: agencies of states, or states themselves listed with them.
    notMembers: "international intergovernmental inter-governmental UN governmental".split(" "),
  },
  positive: [
    { text: "IOM works with the Harbour Reintegration Network (HRN), a network of NGOs in ten ports.", name: "Harbour Reintegration Network", kind: "ORGANIZATION" },
    { text: "The Coastal Crew Network is a regional network of non-governmental organisations and unions.", name: "Coastal Crew Network", kind: "ORGANIZATION" },
    { text: "Tinland joined the Reef Fishers Platform, an alliance of trade unions in the region, in 2019.", name: "Reef Fishers Platform", kind: "ORGANIZATION" },
    // A body written only by its acronym takes the same kind from the same words after it.
    { text: "KELPNET is a network of European non-governmental organisations that counsel returning fishers.", name: "KELPNET", kind: "ORGANIZATION" },
    { text: "The crews were referred to TIDERA, a network of NGOs in five ports, in 2021.", name: "TIDERA", kind: "ORGANIZATION" },
    { text: "Tinland also funds Harbornet, a coalition of fishers' associations, through its aid office.", name: "Harbornet", kind: "ORGANIZATION" },
    // Contrasts: people, intergovernmental agencies, or organizations with governments (listed with the head's kind).
    { text: "The towns joined REEFTOWNS, a network of port towns in the north.", name: "REEFTOWNS", kind: "INITIATIVE" },
    { text: "KELPDATA is a network of international organisations and governments that share catch data.", name: "KELPDATA", kind: "INITIATIVE" },
    { text: "The union also set up the Harbour Lawyers Network, a network of lawyers in countries of origin.", name: "Harbour Lawyers Network", kind: "INITIATIVE" },
    { text: "Tinland funds the Reef Data Network, a coalition of international organisations, governments and universities.", name: "Reef Data Network", kind: "INITIATIVE" },
    { text: "The Lagoon Cities Network, a network of port cities and their associations, met in Suva.", name: "Lagoon Cities Network", kind: "INITIATIVE" },
  ],
  negative: [],
};

const { collectives, members, notMembers } = ORGANISATION_NETWORKS.words;
/** Up to three words before the members, none marking them as agencies of states. */
const MODIFIERS = `(?:(?!(?:${alternation(notMembers)})\\s)[\\p{L}’'-]+\\s+){0,3}?`;
/** The members, not followed by governments or states listed with them. */
const MEMBERS = `(?:${alternation(members)})(?![\\p{L}])(?!,?\\s+(?:and\\s+)?(?:governments|states|countries)\\b)`;

// ", a network of NGOs", " is a regional network of non-governmental organisations": after the name and its acronym.
const STATED = new RegExp(`${STATED_LEAD}(?:${alternation(collectives)})\\s+of\\s+${MODIFIERS}${MEMBERS}`, "u");

/** Whether the words right after a name call it a network of organizations (ORGANISATION_NETWORKS). */
export const isStatedOrganisationNetwork = (after: string): boolean => STATED.test(after);
