import type { EntityKind } from "../../src/ontology/ontology.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { M } from "./mentionLists.js";

/**
 * The break before a second clause with a subject of its own: ", and Norway finances it", ", but the Union pays for it".
 * The capital (or "the") after the conjunction is the new clause's subject; "and in Mali" or "and it" is not one.
 */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z][^,;:]*$/;

/**
 * What an object "it" in a coordinated second clause stands for when the first clause of the same sentence named it:
 * "IOM implements the SAFEROUTE programme in Kazakhstan, and the European Union pays for it". The coreference history
 * holds only earlier sentences, so without this the "it" found nothing or a thing named before. Only one thing of a
 * kind the verb acts on (`kinds`) may be named before the break; two make "it" ambiguous, and then nothing is taken.
 */
export function earlierClauseObject(text: string, at: number, ms: readonly M[], kinds: readonly EntityKind[] | null): M | null {
  if (!kinds) return null;
  const brk = CLAUSE_BREAK.exec(text.slice(0, at));
  if (!brk) return null;
  const fits = ms.filter((m) => m.end <= brk.index && m.via !== "coref" && !m.isEvent && kinds.includes(m.kind));
  const ids = new Set(fits.map((m) => m.id));
  return ids.size === 1 ? fits[fits.length - 1]! : null;
}

/** Sentences a second clause's subject and its object "it" must get right; test/unit/clauseCoordination.test.ts runs them. */
export const CLAUSE_COORDINATION_EXAMPLES: TripleExamples = {
  positive: [
    { text: "IFAD manages the Financing Facility for Remittances from Rome, and Luxembourg finances it.", expect: ["FUNDS", "ctry:lu", "ini:ffr"] },
    { text: "IOM runs MIDA in Ghana and Ethiopia, and Italy pays for it.", expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: "The Joint Migration and Development Initiative is active in Morocco, and Switzerland finances it.", expect: ["FUNDS", "ctry:ch", "ini:jmdi"] },
    // A subject list with a comma before "and" stays whole: every state in it is a subject.
    { text: "Spain, Mexico, and Italy have funded MIDA since 2005.", expect: ["FUNDS", "ctry:es", "ini:mida"] },
  ],
  negative: [
    // The agency of the first clause does not pay: the state after ", and" does.
    { text: "IOM runs MIDA in Ghana and Ethiopia, and Italy pays for it.", expect: ["FUNDS", "org:iom", "ini:mida"] },
    { text: "IOM runs MIDA in Ghana, and Italy finances it.", expect: ["FUNDS", "org:iom", "ini:mida"] },
    // Two programmes in the first clause: "it" could be either, so neither is taken.
    { text: "IOM runs MIDA with money from the Financing Facility for Remittances, and Italy finances it.", expect: ["FUNDS", "ctry:it", "ini:mida"] },
  ],
};
