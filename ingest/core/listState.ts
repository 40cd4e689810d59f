import type { NameRule } from "./NameRule.js";
import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import { demonymOf } from "./demonymOf.js";

/** What listState needs of a hit; nameTrim's Hit has these fields (a structural type keeps this module a leaf). */
interface StateHit {
  kind: string;
  id: string;
  start: number;
  end: number;
}

const HEADS = NATIONAL_BODIES.words.heads.join("|");
/** The separator before a list's next item, which opens on "the": ", the", ", and the", " and the". */
const NEXT_ITEM = /(?:,\s+(?:and\s+)?|\s+and\s+)the\s+$/;
/** The item before it: a state's body, by the state's possessive or its demonym, with no comma of its own. */
const STATE_ITEM = new RegExp(`(?:^|[\\s(])(?:the\\s+)?(?:(\\S+(?:\\s\\S+)?)['’]s\\s+|([A-Z][\\p{L}-]+(?:\\s[A-Z][\\p{L}-]+)?)\\s+)(?:${HEADS})\\s+(?:of|for)\\s+[A-Z][^,;:.()]*$`, "u");

/**
 * "the Tinlandic Ministry of Ports, the Department of Lake Transport and …": a ministry or department written without its
 * state, listed right after a body that a state's demonym or possessive names, is that state's too (STATE_LIST_ITEM).
 * Another state named in the clause, before or after it, gives it none.
 */
export function listState<H extends StateHit>(text: string, start: number, end: number, hits: H[], demonyms: ReadonlyMap<string, string>): H | { kind: "COUNTRY"; id: string; start: number; end: number } | undefined {
  const clauseStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start), text.lastIndexOf(": ", start), text.lastIndexOf("\n", start)) + 1;
  const before = text.slice(clauseStart, start);
  const sep = NEXT_ITEM.exec(before);
  if (!sep) return undefined;
  const item = STATE_ITEM.exec(before.slice(0, sep.index));
  if (!item) return undefined;
  const itemStart = clauseStart + item.index;
  const next = text.slice(end).search(/[.;](?:\s|$)|\n/);
  const clauseEnd = next < 0 ? text.length : end + next;
  const countries = hits.filter((h) => h.kind === "COUNTRY" && h.start >= itemStart && h.start < clauseEnd);
  if (item[1] !== undefined) {
    // "Ghana's Ministry of X, the Department of Y": the possessive's state, the one state the clause names.
    const owner = countries.find((h) => h.end === itemStart + item[0].indexOf(item[1]!) + item[1]!.length);
    return owner && countries.length === 1 ? owner : undefined;
  }
  const demonym = demonymOf(item[2]!, demonyms);
  if (!demonym || countries.length) return undefined;
  return { kind: "COUNTRY", id: demonyms.get(demonym)!, start, end: start };
}

export const STATE_LIST_ITEM: NameRule = {
  id: "state-list-item",
  what: "A ministry or department named without its state, listed right after a body of one state ('Chile's Ministry of Ports, the Department of Fisheries and …', 'the Peruvian Ministry of X and the Department of Y') is that state's body; a list item that is no state's body before it, a comma inside the earlier item, or another state named in the clause gives it none (listState.ts, nationalBody.ts).",
  words: [],
  positive: [
    { text: "Present were the Malawian Ministry of Fisheries, the Department of Lake Transport and two boat unions.", name: "Malawian Department of Lake Transport", kind: "ORGANIZATION" },
    { text: "The survey was run by Chile's Ministry of Ports and the Department of Coastal Affairs.", name: "Chilean Department of Coastal Affairs", kind: "ORGANIZATION" },
  ],
  negative: [
    // The earlier item is no state's body.
    { text: "Present were the Harbour Forum, the Department of Lake Transport and two boat unions.", name: "Department of Lake Transport" },
    // Another state named in the clause: whose department it is stays unsaid.
    { text: "Present were the Malawian Ministry of Fisheries and the Department of Lake Transport from Zambia.", name: "Malawian Department of Lake Transport" },
    // A new sentence is no list.
    { text: "The Malawian Ministry of Fisheries came. The Department of Lake Transport did not.", name: "Malawian Department of Lake Transport" },
    // A department the catalog knows as an international body's is no state's, listed after a state's ministry or not.
    { text: "The study was paid for by Ghana's Ministry of Finance and the Department of Economic and Social Affairs.", name: "Ghanaian Department of Economic and Social Affairs" },
  ],
};
