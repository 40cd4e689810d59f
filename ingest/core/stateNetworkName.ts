import type { NameRule } from "./nameRules.js";
import { alternation } from "./statedAfterName.js";

/**
 * The collective nouns and the members that make a body a forum of states, in one list for a name that says so
 * (STATE_NETWORK_NAMES) and for a description after a name (STATE_NETWORKS, kindRules.ts).
 */
export const STATE_NETWORK_WORDS = {
  collectives: "network partnership alliance coalition platform".split(" "),
  members: "states governments countries ministries authorities".split(" "),
};
const titled = (ws: string[]) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1));

/**
 * A network, partnership or platform whose own name says its members are states or their authorities ("Ibero-American
 * Network of Migration Authorities", "Network of Ministries of Labour") is a forum of those states, as STATE_NETWORKS
 * (kindRules.ts) reads the same thing from a description after the name. A network of local or city authorities, of
 * NGOs or of researchers keeps the kind its head gives it.
 */
export const STATE_NETWORK_NAMES: NameRule<{ collectives: string[]; members: string[]; notMembers: string[] }> = {
  id: "state-network-names",
  what: "A name headed by network, partnership or platform (an alliance or coalition is read as an organisation by its head) whose complement names states or state authorities as its members ('Lagoon Network of Migration Authorities') is a forum of those states; local, municipal or city authorities and other members keep the head's kind (the contrasts are listed as positives with that kind).",
  words: {
    collectives: titled(STATE_NETWORK_WORDS.collectives),
    members: titled(STATE_NETWORK_WORDS.members),
    // Authorities below the state: a network of towns, not of states.
    notMembers: "Local Municipal City Port Regional Provincial Tribal".split(" "),
  },
  positive: [
    { text: "Tinland hosted the Lagoon Network of Migration Authorities in 2019.", name: "Lagoon Network of Migration Authorities", kind: "FORUM" },
    { text: "Delegates of the Coastal Network of Ministries of Labour met in Suva.", name: "Coastal Network of Ministries of Labour", kind: "FORUM" },
    { text: "Tinland joined the Reef Partnership of Island States in 2015.", name: "Reef Partnership of Island States", kind: "FORUM" },
    // Contrasts: members below the state, or no state at all, leave the network a programme.
    { text: "Tinland hosted the Lagoon Network of Local Authorities in 2019.", name: "Lagoon Network of Local Authorities", kind: "INITIATIVE" },
    { text: "Tinland hosted the Lagoon Network of Fishers' Unions in 2019.", name: "Lagoon Network of Fishers' Unions", kind: "INITIATIVE" },
  ],
  negative: [
    // Members below the state, or no state at all: the name is read, never as a forum.
    { text: "Tinland hosted the Lagoon Network of Local Authorities in 2019.", name: "Lagoon Network of Local Authorities", notKind: "FORUM" },
    { text: "Tinland funds the Reef Partnership of Port Authorities in Suva.", name: "Reef Partnership of Port Authorities", notKind: "FORUM" },
    { text: "Tinland hosted the Lagoon Network of Fishers' Unions in 2019.", name: "Lagoon Network of Fishers' Unions", notKind: "FORUM" },
    { text: "Tinland joined the Coastal Alliance of Municipal Governments in 2015.", name: "Coastal Alliance of Municipal Governments", notKind: "FORUM" },
  ],
};

const { collectives, members, notMembers } = STATE_NETWORK_NAMES.words;
// The head, "of", up to three modifiers (none naming authorities below the state), the members, and nothing after them
// but a place ("… of the Americas"): "Network of States for Fisheries Data" is of states too, its purpose after "for".
const NAMED = new RegExp(`\\b(?:${alternation(collectives)})\\s+of\\s+(?:the\\s+)?(?:(?!(?:${alternation(notMembers)})\\s)[\\p{L}’'-]+\\s+){0,3}?(?:${alternation(members)})(?:\\s+(?:of|in|for|on)\\s.*)?$`, "u");

/** Whether a network's own name makes it a forum of states (STATE_NETWORK_NAMES). */
export const isStateNetworkName = (name: string): boolean => NAMED.test(name);
