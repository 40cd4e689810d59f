import { readLabel } from "./labelSense.js";
import { passiveLeadIns } from "./passiveLeadIns.js";
import { LEAD_INS } from "./rules/leadInRules.js";
import type { HeadingList } from "./rules/listRules.js";

/** A negated, modal or planned clause: it states no fact. */
export const NEGATED = /\b(?:not|never|no longer|neither|nor|yet to|(?:is|are|was|were) to be|will|would|should|may|plans? to|expected to)\b/;

/** A colon inside a quotation ('… under the tags "Countries covered: A, B"') is the quoted text's, not the sentence's. */
function insideQuote(label: string): boolean {
  const straight = (label.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (label.match(/[“«]/g) ?? []).length > (label.match(/[”»]/g) ?? []).length;
}

/**
 * A sentence that leads into a list: its clause before the colon states the relation
 * ("Delegations from eleven countries of origin took part: A, B", "The project covers X and Y:").
 * A negated, modal or planned clause states no fact.
 */
export function leadIn(text: string): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  const colon = text.indexOf(":");
  if (colon < 8 || colon > 220) return null;
  const label = text.slice(0, colon);
  if (NEGATED.test(label) || /[;]/.test(label) || insideQuote(label)) return null;
  // A label that a modifier denies ("Potential target countries") is no lead-in either.
  const denied = readLabel(label).denied;
  if (denied === "all") return null;
  const anchored = LEAD_INS.filter((h) => !denied.has(h.type) && h.heading.test(label));
  // A passive clause whose doers are the rows ("… is implemented by the following agencies:"), read through the
  // predicate lexicon's verbs.
  const list = [...anchored, ...passiveLeadIns(label, anchored).filter((h) => !denied.has(h.type))];
  if (list.length === 0) return null;
  const restFrom = colon + 1 + (/^\s*/.exec(text.slice(colon + 1))?.[0].length ?? 0);
  return { list, rest: text.slice(restFrom), restFrom, label };
}
