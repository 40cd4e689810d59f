import type { AToken } from "./analysis.js";
import type { Found } from "./predicatePhrases.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A role noun apposed to a name that stands inside a prepositional phrase: "commissioned by the Transatlantic Council,
 * an initiative of MPI, …", "presented by UNHCR and IOM, co-leads of the R4V platform". The apposition describes the
 * name wherever it stands, so the preposition before it does not keep it from being the role's holder (or owner).
 * Read narrowly, since a comma also separates the items of a list ("funded by Norway, the members of X and IOM"):
 *  - "a"/"an"/"one of the" before the role: a list item rarely opens so;
 *  - "the" before a singular role only when the apposition closes right after its owner ("Norway, the chair of X, …");
 *  - no article: a plural role after a list already closed by "and" ("UNHCR and IOM, co-leads of X").
 */
const APPOSED = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:(an?|one\s+of\s+the)\s+|(the)\s+)?/i;
/** A role not (or no longer) held: "a prospective member of", "a would-be partner of". */
export const NOT_HELD = new Set(["prospective", "potential", "candidate", "future", "possible", "aspiring", "would-be", "incoming", "former", "ex"]);
/** Closes the apposition after its owner: a comma, a bracket, the sentence's end. */
const CLOSED = /^\s*(?:\([^()]{1,20}\)\s*)?(?:[,;)]|\.(?:\s|$)|$)/;

export function mayBeApposed(gap: string): boolean {
  return APPOSED.test(gap) && /^\s*(?:\([^()]{1,20}\)\s*)?,/.test(gap);
}

/** Does the role `f`, found in `gap` after a name of `listed` members, stand as that name's apposition? */
export function apposedRole(gap: string, tokens: AToken[], from: number, f: Found, listed: number, after: string): boolean {
  const e = f.c.entry;
  if (!e.id.startsWith("role-") || e.verbal || e.possessive || e.beforeOnly || (e.frame !== "active" && e.frame !== "inverted")) return false;
  const a = APPOSED.exec(gap);
  if (!a || !/,/.test(a[0])) return false;
  for (let i = from; i < f.from; i++) if (NOT_HELD.has(tokens[i]!.lower) || tokens[i]!.negated) return false;
  const head = tokens[f.from]!;
  const plural = /[^s]s$/.test(head.lower);
  if (a[1]) return true;
  if (a[2]) return !plural && CLOSED.test(after);
  return plural && listed > 1;
}

/** Sentences the apposed reading must get right ([type, sourceId, targetId]); test/unit/apposedRole.test.ts runs them. */
export const APPOSED_ROLE_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Funding went to the Joint Migration and Development Initiative, a programme of UNDP, and to local authorities.", expect: ["LEADS", "org:undp", "ini:jmdi"] },
    { text: "The study was presented by UNHCR and IOM, co-leads of the Nansen Initiative.", expect: ["LEADS", "org:iom", "ini:nansen-initiative"] },
    { text: "The report was funded by Norway, a member of the Bali Process.", expect: ["MEMBER_OF", "ctry:no", "forum:bali-process"] },
    { text: "The talks were opened by Ghana, the chair of the Rabat Process, in Accra.", expect: ["CHAIRED", "ctry:gh", "forum:rabat-process"] },
  ],
  negative: [
    // A list: "the members of the Bali Process" is one of the funders, not Norway's role.
    { text: "The report was funded by Norway, the members of the Bali Process and IOM.", expect: ["MEMBER_OF", "ctry:no", "forum:bali-process"] },
    { text: "The talks were opened by Ghana, the chair of the Rabat Process and IOM.", expect: ["CHAIRED", "ctry:gh", "forum:rabat-process"] },
    // A role not held.
    { text: "The report was funded by Norway, a prospective member of the Bali Process.", expect: ["MEMBER_OF", "ctry:no", "forum:bali-process"] },
    // A bare plural after a single name is a list's next item.
    { text: "The study was presented by UNHCR, co-leads of the Nansen Initiative and IOM.", expect: ["LEADS", "org:unhcr", "ini:nansen-initiative"] },
  ],
};
