import type { PassageScan } from "./PassageScan.js";
import { isPersonName as isPerson, PERSON } from "./personName.js";
import { formerBefore, formerWord, STATE_OFFICES } from "./stateOffices.js";

/**
 * A body's office, held by a person who acts for the body: its president, chair, secretary-general, director-general,
 * executive director or secretary, high commissioner, commissioner, special representative or envoy, chief of mission,
 * head or chief. Written in title or lower case, with "Deputy", "Assistant" or "Acting" before it.
 */
const RANK = String.raw`(?:(?:[Dd]eputy|[Aa]ssistant|[Aa]cting|[Nn]ew|[Ii]ncoming|[Oo]utgoing|[Cc]urrent)\s+)?`;
const TITLE = String.raw`(?:[Vv]ice[-\s])?[Pp]resident|[Dd]irector(?![-\s][Gg])|[Cc]hair(?:person|man|woman)?|[Ss]ecretary[-\s][Gg]eneral|[Dd]irector[-\s][Gg]eneral|[Ee]xecutive\s+(?:[Dd]irector|[Ss]ecretary)|[Hh]igh\s+[Cc]ommissioner|[Cc]ommissioner|[Ss]pecial\s+(?:[Rr]epresentative|[Ee]nvoy)|[Cc]hief\s+of\s+[Mm]ission|[Hh]ead|[Cc]hief`;
const OFFICE = String.raw`${RANK}(?:${TITLE})`;
/** A former holder acts for no body; nor, for this reader, does an interim one, a stand-in (so it was written). */
const FORMER = formerBefore(["interim"]);
const FORMER_WORD = formerWord(["interim"]);

/** "Amy Pope, the Director General of ", "the heads of ", "the President of the ": the office before its body. */
const BEFORE = new RegExp(String.raw`(?<![\p{L}-])(?:(?<person>${PERSON}),\s+)?(?:[Tt]he\s+|[Ii]ts\s+)?(?<office>${OFFICE}s?)\s+of\s+(?:the\s+)?$`, "u");
const BEFORE_OFFICE = new RegExp(String.raw`(?<![\p{L}-])(?:[Tt]he\s+|[Ii]ts\s+)?(?<office>${OFFICE}s?)\s+of\s+(?:the\s+)?$`, "u");
/**
 * A state's office before the state, in the singular: "the Prime Minister of Italy", "Ana Ruiz, Ambassador of Chile", "the
 * Emir of Qatar", "Permanent Representative of Peru",
 * "Minister of the Interior of Peru", "the foreign minister of Kenya" (a portfolio before the office: one holder). "ministers
 * of A and B", "the minister of A", "representatives of A" stay words: the delegation rules (delegates-met in roleRules.ts)
 * read them with the states after them.
 */
const STATE_OFFICE = String.raw`${RANK}(?:${STATE_OFFICES.president}|${STATE_OFFICES.primeMinister}|${STATE_OFFICES.ministerOf}|${STATE_OFFICES.portfolioMinister}|${STATE_OFFICES.ambassador}|${STATE_OFFICES.headOf}|${STATE_OFFICES.ruler}|${STATE_OFFICES.permanentRepresentative})`;
const BEFORE_STATE = new RegExp(String.raw`(?<![\p{L}-])(?:(?<person>${PERSON}),\s+)?(?:[Tt]he\s+)?(?<office>${STATE_OFFICE})\s+of\s+(?:the\s+)?$`, "u");
const BEFORE_STATE_OFFICE = new RegExp(String.raw`(?<![\p{L}-])(?:[Tt]he\s+)?(?<office>${STATE_OFFICE})\s+of\s+(?:the\s+)?$`, "u");
/** "'s Director General, Amy Pope", "'s head": the office after the body's possessive. */
const AFTER_POSSESSIVE = new RegExp(String.raw`^[’']s\s+(?<office>${OFFICE})\b(?!-)(?:,?\s+(?<person>${PERSON})(?=[\s,;:]|\.(?!\w)|$))?`, "u");
/** "the ASEAN Secretary-General, Kao Kim Hourn", "the IOM Director General": the office after the body's short name. */
const AFTER_NAME = new RegExp(String.raw`^\s+(?<office>${RANK}(?:(?:[Vv]ice[-\s])?President|Chair(?:person|man|woman)?|Secretary[-\s]General|Director[-\s]General|Executive\s+(?:Director|Secretary)|High\s+Commissioner|Commissioner|Chief\s+of\s+Mission))\b(?!-)(?:,?\s+(?<person>${PERSON})(?=[\s,;:]|\.(?!\w)|$))?`, "u");
/** "Filippo Grandi, the UN High Commissioner for Refugees": a person set before a body whose name is an office. */
/** What BEFORE, BEFORE_OFFICE and their state forms end with: a lead without it is read by none of them. */
const OF_BEFORE = /\sof\s+(?:the\s+)?$/;
const APPOSED_PERSON = new RegExp(String.raw`(?<![\p{L}-])(?<person>${PERSON}),\s+(?:the\s+)?$`, "u");
const OFFICE_NAME = /\b(?:High Commissioner|Secretary-General|Special Representative|Special Rapporteur|Ombudsman)\b/;
/** The person named right after the office and its body: "the Director General of IOM, Amy Pope,". */
const NAMED_AFTER = new RegExp(String.raw`^,\s+(?<person>${PERSON})(?=\s*[,;.])`, "u");

/**
 * "the Division supported the President of the Assembly in convening X": an office-holder another actor helps stays
 * the words they are, so the helper, the clause's subject, keeps its help (ruleReadings.helpsAnother reads the action
 * after the preposition as the helped one's only where the helped one is no mention).
 */
const HELPED = /\b(?:support|assist|help|aid|advise|back|enable|train|guide|accompany)(?:s|ed|ing)?\s+$/i;


/** A holder's name whose office was read, for holderSurnames.ts: the person stands for the body or state. */
export interface HeldOffice {
  person: string;
  start: number;
}

/**
 * "the President of the European Commission", "Amy Pope, the Director General of IOM", "IOM's Director General",
 * "the ASEAN Secretary-General, Kao Kim Hourn", "the heads of UNHCR, IOM and UNICEF": a person named through a body's
 * office acts for the body, so the phrase is a mention of the body (stateOfficeHolders.ts does the same for a state),
 * and every rule of the clause (participation, chairing, the "Around the table sat" list) reads the body as its actor.
 * The body's own mention is stretched over the office and the holder's name. A former holder stays no act of the body;
 * so does an office of another body ("the Chair of the IOM Council" names the Council). Returns the holders' names.
 */
export function bodyOfficeHolders(scan: PassageScan): HeldOffice[] {
  const { text } = scan;
  const named: HeldOffice[] = [];
  for (const m of scan.mentions) {
    if (m.kind !== "ORGANIZATION" && m.kind !== "COUNTRY") continue;
    const state = m.kind === "COUNTRY";
    const span = scan.taken.find(([a, b]) => a === m.localStart && b === m.localEnd);
    if (!span) continue;
    const others = (s: number, e: number) => scan.taken.some(([a, b]) => (a !== span[0] || b !== span[1]) && s < b && a < e);
    let start = m.localStart;
    let end = m.localEnd;
    let person: { name: string; at: number } | null = null;
    const lead = text.slice(Math.max(0, m.localStart - 120), m.localStart);
    // The patterns try a holder's name at every capital of the lead; most leads do not end in "of", which they need.
    const withName = OF_BEFORE.test(lead) ? (state ? BEFORE_STATE : BEFORE).exec(lead) : null;
    const before = withName?.groups!.person && !isPerson(scan, withName.groups!.person) ? (state ? BEFORE_STATE_OFFICE : BEFORE_OFFICE).exec(lead) : withName;
    // "The foreign minister of Kenya's wife": the possessive makes the holder an owner of what follows, who is no holder.
    if (before && !/[.;:!?]/.test(before[0].replace(/^[A-Z]\.\s/, "")) && !/^[’']s\b/.test(text.slice(m.localEnd, m.localEnd + 3))) {
      const at = m.localStart - before[0].length;
      if (!FORMER.test(text.slice(Math.max(0, at - 20), at)) && !HELPED.test(text.slice(Math.max(0, at - 20), at)) && !others(at, m.localStart)) {
        start = at;
        if (before.groups!.person) person = { name: before.groups!.person, at };
        const after = NAMED_AFTER.exec(text.slice(m.localEnd, m.localEnd + 60));
        if (!person && after && isPerson(scan, after.groups!.person!) && !others(m.localEnd, m.localEnd + after[0].length)) {
          end = m.localEnd + after[0].length;
          person = { name: after.groups!.person!, at: m.localEnd + after[0].length - after.groups!.person!.length };
        }
      }
    }
    const apposed = start === m.localStart && !state && OFFICE_NAME.test(m.surface) ? APPOSED_PERSON.exec(lead) : null;
    if (apposed && isPerson(scan, apposed.groups!.person!) && !others(m.localStart - apposed[0].length, m.localStart)) {
      start = m.localStart - apposed[0].length;
      person = { name: apposed.groups!.person!, at: start };
    }
    if (start === m.localStart && !state) {
      const tail = text.slice(m.localEnd, m.localEnd + 80);
      const after = AFTER_POSSESSIVE.exec(tail) ?? AFTER_NAME.exec(tail);
      if (after && !FORMER_WORD.test(after[0]) && !FORMER.test(text.slice(Math.max(0, m.localStart - 20), m.localStart))) {
        const withPerson = m.localEnd + after[0].length;
        const officeOnly = withPerson - (after.groups!.person ? after[0].length - after[0].indexOf(after.groups!.office!) - after.groups!.office!.length : 0);
        end = others(m.localEnd, withPerson) ? officeOnly : withPerson;
        if (others(m.localEnd, end)) end = m.localEnd;
        else if (end === withPerson && after.groups!.person && !isPerson(scan, after.groups!.person)) end = officeOnly;
        else if (end === withPerson && after.groups!.person) person = { name: after.groups!.person, at: withPerson - after.groups!.person.length };
      }
    }
    if (start === m.localStart && end === m.localEnd) continue;
    m.localStart = span[0] = start;
    m.localEnd = span[1] = end;
    m.surface = text.slice(start, end);
    if (person) named.push({ person: person.name, start: person.at });
  }
  return named;
}
