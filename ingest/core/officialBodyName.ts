import type { NameRule } from "./nameRules.js";
import { alternation } from "./statedAfterName.js";

/**
 * A committee, council, commission or board whose own name says its members are officials who speak for states
 * ("Committee of Ministers", "Commission of Migration Directors", "Council of Ministers of Foreign Affairs") is a
 * standing meeting of those states: a forum, as MEMBER_BODIES (kindRules.ts) makes a body of organizations an
 * organization. The members' noun decides, not the head: a body of experts, of NGOs or of local authorities keeps the
 * kind its head gives it.
 */
export const OFFICIAL_BODY_NAMES: NameRule<{ heads: string[]; members: string[]; qualifiedMembers: string[]; notMembers: string[] }> = {
  id: "official-body-names",
  what: "A name headed by committee, council or commission whose complement names state officials as its members ('Council of Ministers', 'Lagoon Committee of Migration Authorities', 'Commission of Migration Directors') is a forum of the states they represent; members who are no state's officials (experts, NGOs, local or city authorities) keep the head's kind, and bare directors are a company's or an NGO's board ('Council of Directors'), so directors need a word saying whose (the contrasts are listed as positives with that kind).",
  words: {
    // Not "Board": a Board of Directors or of Governors runs a company, a bank or a school.
    heads: "Committee Council Commission".split(" "),
    members: "Ministers Authorities Ambassadors Envoys".split(" "),
    // Directors speak for states only with a word saying which service they direct ("Migration Directors").
    qualifiedMembers: "Directors Directors-General".split(" "),
    // Officials below or beside the state: a body of towns' or ports' officials speaks for no state.
    notMembers: "Local Municipal City Port Tribal Provincial Regional School Hospital Company Private".split(" "),
  },
  positive: [
    { text: "The Lagoon Council of Ministers met in Suva in 2019.", name: "Lagoon Council of Ministers", kind: "FORUM" },
    { text: "Tinland hosted the Coastal Committee of Migration Authorities in 2016.", name: "Coastal Committee of Migration Authorities", kind: "FORUM" },
    { text: "The Reef Commission of Migration Directors adopted a joint card.", name: "Reef Commission of Migration Directors", kind: "FORUM" },
    { text: "It reported to the Harbour Council of Ministers of Foreign Affairs in May.", name: "Harbour Council of Ministers of Foreign Affairs", kind: "FORUM" },
    // Contrasts: members who speak for no state leave the head's kind (listed as positives with that kind).
    { text: "Tinland hosted the Coastal Committee of Local Authorities in 2016.", name: "Coastal Committee of Local Authorities", kind: "ORGANIZATION" },
    { text: "The Harbour Council of Port Directors met in Suva.", name: "Harbour Council of Port Directors", kind: "ORGANIZATION" },
    { text: "The Lagoon Commission of Experts on Fisheries met in Suva.", name: "Lagoon Commission of Experts on Fisheries", kind: "ORGANIZATION" },
    { text: "The Harbour Fishers Trust answers to its Council of Directors in Suva.", name: "Council of Directors", kind: "ORGANIZATION" },
  ],
  negative: [],
};

const { heads, members, qualifiedMembers, notMembers } = OFFICIAL_BODY_NAMES.words;
const MODIFIER = `(?!(?:${alternation(notMembers)})\\s)[\\p{L}’'-]+\\s+`;
// The head, "of", up to three modifiers (none naming officials below the state), the members, and after them only
// their portfolio or owner ("… of Foreign Affairs", "… of the League of Arab States", "… responsible for Migration").
const NAMED = new RegExp(
  `\\b(?:${alternation(heads)})\\s+of\\s+(?:the\\s+)?(?:(?:${MODIFIER}){0,3}?(?:${alternation(members)})|(?:${MODIFIER}){1,3}?(?:${alternation(qualifiedMembers)}))(?:\\s+(?:of|in|for|on|responsible)\\s.*)?$`,
  "u",
);

/** Whether a committee's or council's own name makes it a forum of state officials (OFFICIAL_BODY_NAMES). */
export const isOfficialBodyName = (name: string): boolean => NAMED.test(name);
