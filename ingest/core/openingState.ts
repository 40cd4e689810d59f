import type { NameRule } from "./NameRule.js";
import { otherDemonym } from "./otherDemonym.js";

/** What openingState needs of a name hit; nameTrim's Hit has these fields (a structural type keeps this module a leaf). */
interface PlacedHit {
  id: string;
  kind: string;
  start: number;
  end: number;
}

/** "In Ghana," opening a sentence, a line or a clause after a semicolon: the place the clause is about. */
const OPENER = /(?:^|[.;!?]\s+|\n\s*)[Ii]n\s+(?:the\s+)?$/;
/**
 * Closes the opener straight after the state: a comma, or a space before "the" or a capital; never "'s" ("In Ghana's
 * case"), "and" ("In Ghana and Togo") or a word that makes the state a modifier ("In the Kenya office", "In Kenya border towns").
 */
const OPENER_END = /^(?:,\s+|\s+(?=the\s|\p{Lu}))/u;

/**
 * "In Ghana, the Ministry of Fisheries joined X": a clause opened by one state frames what it says, so a ministry it names
 * without a state is that state's, as "Ghana's Ministry of …" would be (STATE_OPENING). Nothing between the opener and
 * the body may end the clause or name another state (by name or demonym).
 */
export function openingState<H extends PlacedHit>(text: string, start: number, hits: H[], demonyms: ReadonlyMap<string, string>): H | undefined {
  const clause = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start), text.lastIndexOf("\n", start));
  const state = hits.find((h) => h.kind === "COUNTRY" && h.start > clause && h.end <= start && OPENER.test(text.slice(Math.max(0, clause), h.start)));
  if (!state || !OPENER_END.test(text.slice(state.end, start + 1))) return undefined;
  const between = text.slice(state.end, start);
  if (/[.;:!?\n]/.test(between)) return undefined;
  if (hits.some((h) => h.kind === "COUNTRY" && h !== state && h.start >= state.end && h.start < start)) return undefined;
  return otherDemonym(between, state.id, demonyms) ? undefined : state;
}

export const STATE_OPENING: NameRule = {
  id: "state-opening",
  what: "A ministry or department named without its state in a clause opened by one state ('In Ghana, the Ministry of Fisheries …', '…; in Togo the Department of Ports …') is that state's; an opener naming two states, a clause ended before the body, or another state named between them (by name or demonym) gives it none, and a state written with the body itself wins (nationalBody.ts, openingState.ts).",
  words: [],
  positive: [
    { text: "In Ghana, the Ministry of Fisheries and Aquaculture opened a landing site.", name: "Ghanaian Ministry of Fisheries and Aquaculture", kind: "ORGANIZATION" },
    { text: "Dock work grew in the region. In Kenya, the Department of Lake Transport licenses boat crews.", name: "Kenyan Department of Lake Transport", kind: "ORGANIZATION" },
    { text: "Crews are licensed by port authorities; in Togo, the Ministry of Ports issues the cards.", name: "Togolese Ministry of Ports", kind: "ORGANIZATION" },
    { text: "In the Philippines, fishers' unions and the Department of Coastal Affairs drafted the code.", name: "Philippine Department of Coastal Affairs", kind: "ORGANIZATION" },
    // A title with an article after "of".
    { text: "In Malawi, the Ministry of the Lakes signed the charter.", name: "Malawian Ministry of the Lakes", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "In Ghana and Togo, the Ministry of Fisheries registers canoes.", name: "Ghanaian Ministry of Fisheries" },
    { text: "In Ghana and Togo, the Ministry of Fisheries registers canoes.", name: "Togolese Ministry of Fisheries" },
    { text: "In Ghana, after talks with Togo, the Ministry of Fisheries agreed.", name: "Ghanaian Ministry of Fisheries" },
    { text: "In Ghana, a Togolese delegation met the Ministry of Fisheries.", name: "Ghanaian Ministry of Fisheries" },
    { text: "In Ghana the canoes are counted. The Ministry of Fisheries publishes the count.", name: "Ghanaian Ministry of Fisheries" },
    { text: "Canoes were counted in Ghana, and the Ministry of Fisheries published the count.", name: "Ghanaian Ministry of Fisheries" },
    { text: "In 2019, the Ministry of Fisheries published the count.", name: "Ministry of Fisheries" },
    // The state is a modifier of another noun, not the opener.
    { text: "In the Malawi branch, the Ministry of Lakes is the usual partner.", name: "Malawian Ministry of Lakes" },
    { text: "In Togo coastal villages, the Department of Ports counts canoes.", name: "Togolese Department of Ports" },
  ],
};
