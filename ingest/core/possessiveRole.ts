import { tokenAt, type AToken } from "./analysis.js";
import { COMPILED } from "./predicatePhrases.js";
import { ACTORS, type Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";
import { statedType } from "./statedType.js";

/** Role nouns of the lexicon that are said of a holder ("member", "chair", "secretariat", "donor"), by their first word. */
const ROLE_NOUNS = COMPILED.filter((c) => c.entry.frame === "active" && !c.entry.verbal && !c.entry.possessive && !c.entry.beforeOnly && c.entry.id.startsWith("role-"));
/** Between the holder and the owner: a copula or a role verb and an article ("is the", "has been a", "serves as the"). */
const HOLDER_COPULA = /^\s*(?:is|was|are|were|remains|became|has been|have been|serves as|served as|acts as|acted as)\s+(?:(?:now|currently|also|still)\s+)?(?:the|a|an|one of the)?\s*$/i;
const MODIFIERS = new Set(["founding", "full", "permanent", "current", "new", "main", "principal", "major", "official", "largest", "first", "technical", "joint", "sole", "key"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
/** The holder's class after a role noun: "member state", "partner agency". */
const HOLDER_CLASS = new Set(["state", "states", "country", "countries", "agency", "agencies", "organization", "organizations", "organisation", "organisations", "government", "governments"]);
/**
 * An apposition's article after the holder: "UNHCR, a Bali Process observer since 2002,"; or a quantifier over the holders
 * before it: "Ghana and Togo, both ECOWAS member states,", "A, B and C, all three Rabat Process members,".
 */
const APPOSITION = /^\s*,\s*(?:(?:now|long|also)\s+)?(?:the|a|an|one of the|both|each an?|all(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|of them))?)\s*$/i;

/**
 * "IOM is the Colombo Process's secretariat", "Norway has been the project's largest donor": the owner of the role stands
 * before it with a possessive (or as its modifier: "Ghana is a Rabat Process member"), and the holder is the subject.
 * The type is the role entry's for the owner's kind.
 */
export function readPossessiveRole(text: string, tokens: AToken[], groups: Group[]): Proposal[] {
  const out: Proposal[] = [];
  for (let g = 0; g + 1 < groups.length; g++) {
    const L = groups[g]!, R = groups[g + 1]!;
    const gap = text.slice(L.end, R.start);
    // An organization owns a role only as a body with members ("Ghana, also an OIC member,"): "a UNHCR partner" or
    // "an IOM donor" says nothing this reader can type.
    if (!L.ms.every((m) => ACTORS.has(m.kind)) || R.ms.some((m) => ACTORS.has(m.kind) && m.kind !== "ORGANIZATION")) continue;
    let k = tokenAt(tokens, R.end);
    // "Ghana is a Rabat Process member", "UNHCR, a Bali Process observer,": the owner's name as the role's modifier.
    const compound = !POSSESSIVE.has(tokens[k]?.lower ?? "");
    if (!(HOLDER_COPULA.test(gap) || (compound && APPOSITION.test(gap)))) continue;
    if (compound && R.ms.length > 1) continue;
    if (!compound) k++;
    while (tokens[k] && (MODIFIERS.has(tokens[k]!.lower) || tokens[k]!.pos === "ADJ")) k++;
    const noun = tokens[k];
    // "a Rabat Process member state": the holder's class after the role noun.
    const end = HOLDER_CLASS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    // The role noun ends the phrase: "the Process's secretariat staff" is someone else.
    if (!noun || tokens[end]?.pos === "NOUN" || tokens[end]?.pos === "PROPN") continue;
    const role = ROLE_NOUNS.find((c) => c.sequences.some((seq) => seq.length > 1 && seq[0]!.has(noun.lower)));
    if (!role || (R.ms.some((m) => ACTORS.has(m.kind)) && role.entry.id !== "role-member")) continue;
    for (const l of L.ms) {
      for (const r of R.ms) {
        const type = statedType(role.entry.types, l, r);
        if (!type) continue;
        out.push({ type, sourceId: l.id, targetId: r.id, entry: `${role.entry.id}:possessive`, year: null });
      }
    }
  }
  return out;
}
