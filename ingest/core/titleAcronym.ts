import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import { remembered } from "./remembered.js";

/**
 * A page or section titled "South American Conference on Migration (CSM)" writes the acronym for the body
 * its title names, also where the acronym is not the name's initials (a Spanish or French name's, "CSM", "MIRPS").
 * The acronym's uses in the text are mentions of that body.
 */
/**
 * A region's code as the second part of a two-part acronym: two to four capitals, perhaps with a small letter between
 * ("WA", "NoA", "MENA"). A word with small letters after its capital ("Togo", "Desk") is a place or a note on a branch,
 * not part of the body's acronym: read as one, the branch's facts would go to the whole body.
 */
export const REGION_CODE = "[A-Z](?:[a-z]?[A-Z]){1,3}";

/**
 * The acronym a title writes in brackets: "CSM", "MIRPS", and one written in two parts, a programme's and its region's
 * code ("CLP WA"), which is one acronym of the whole name (headingAcronym.ts reads the same shape).
 */
export const BRACKETED_TITLE_ACRONYM = `[A-Z][A-Za-z]*[A-Z][A-Za-z-]{0,8}(?: ${REGION_CODE})?`;

const TITLE_ACRONYM = new RegExp(`^(.*\\S)\\s*\\((${BRACKETED_TITLE_ACRONYM})\\)\\s*$`);

/** Titles read so far (remembered.ts): asked for the page's and the section's title at every sentence, read once per title. */
const titleAcronyms = remembered((label): { name: string; acronym: string } | null => {
  const m = TITLE_ACRONYM.exec(label.trim());
  return m ? { name: m[1]!, acronym: m[2]! } : null;
}, 10_000);

export function titleAcronym(label: string | null | undefined): { name: string; acronym: string } | null {
  if (!label) return null;
  const read = titleAcronyms(label);
  return read ? { ...read } : null;
}

/** The acronym as a word, built once per acronym: a titled page asks for it at every sentence (matchAll reads a copy). */
const acronymWord = remembered((acronym) => new RegExp(`(?<![\\w-])${acronym}(?![\\w-])`, "g"), 10_000);

/** The acronym's uses in a sentence that no mention covers yet, as mentions of `entity`. */
export function acronymUses(text: string, acronym: string, entity: { id: string; kind: EntityKind }, taken: M[]): M[] {
  const out: M[] = [];
  for (const m of text.matchAll(acronymWord(acronym))) {
    const start = m.index!;
    const end = start + acronym.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ id: entity.id, kind: entity.kind, isEvent: false, start, end, via: "coref" });
  }
  return out;
}

/** Mentions, in a sentence, of the bodies its page's and section's titles give acronyms for ("… (CSM)"). */
export function titleAcronymMentions(text: string, own: M[], labels: Array<string | null | undefined>, body: (name: string) => { id: string; kind: EntityKind } | null): M[] {
  const out: M[] = [];
  for (const label of labels) {
    const t = titleAcronym(label);
    const b = t ? body(t.name) : null;
    if (t && b && !own.some((m) => m.id === b.id && text.slice(m.start, m.end) === t.acronym)) out.push(...acronymUses(text, t.acronym, b, [...own, ...out]));
  }
  return out;
}
