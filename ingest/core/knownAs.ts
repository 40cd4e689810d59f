import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind } from "./headKind.js";
import type { NameRule } from "./nameRules.js";
import { PROGRAMME_NOUNS } from "./programmeNouns.js";
import { titleRunPattern } from "./titleRun.js";

/**
 * Titled programmes that carry no head noun of their own: "Support to Free Movement of Persons and
 * Migration in West Africa, known as FMM West Africa, has a budget …". The phrase "known as" ties a
 * title to the short name the text goes on to use; the kind comes from the title's head noun, else
 * from a programme word the passage uses for it ("A large regional project … was launched. Support
 * to …, known as …", or "FMM West Africa, a 26-million-euro project"). Without either, nothing is read:
 * "Ghana, known as the Gold Coast" names no programme.
 */
export const KNOWN_AS: NameRule = {
  id: "known-as",
  what: "A capitalised title followed by ', (also|commonly|better) known as SHORT' is one initiative (or the kind its head noun says) when the passage calls it a project, programme or initiative; the short name is its alias.",
  words: PROGRAMME_NOUNS,
  positive: [
    { text: "A regional project was launched in Abuja in 2014. Support to Free Movement of Persons and Migration in West Africa, known as FMM West Africa, has a budget of 26 million euros.", name: "Support to Free Movement of Persons and Migration in West Africa", kind: "INITIATIVE" },
    { text: "Assistance to Return and Reintegration in the Sahel, known as ARRIS Sahel, is a three-year programme of the EU.", name: "Assistance to Return and Reintegration in the Sahel", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Ghana, known as the Gold Coast until 1957, joined the Economic Community of West African States.", name: "Ghana" },
    { text: "Abuja hosted a project meeting. Nigeria's Federal Capital Territory, known as FCT Abuja, paid for the hall.", name: "Nigeria's Federal Capital Territory" },
  ],
};

/** The title run (titleRun.ts) of two words at the least, with its own small words ("de", "la", "&"; no "a", "through"). */
const TITLE = titleRunPattern({ onlySmall: ["of", "and", "for", "to", "in", "on", "the", "de", "la", "&"], minWords: 2 });
const KNOWN = new RegExp(`(${TITLE}),\\s+(?:(?:also|commonly|better|usually|now)\\s+)?known as\\s+(?:the\\s+)?(${TITLE}(?:\\s+(?:I{1,3}|\\d))?)(?=[,.;)]|\\s+[a-z])`, "gu");
/** "A large regional project to help people move freely … was launched": the sentence before is about a programme. */
const SUBJECT_PROGRAMME = new RegExp(`^\\s*(?:An?|The|This)\\s+(?:[\\w-]+\\s+){0,4}?(?:${KNOWN_AS.words.join("|")})\\b`, "i");
/** ", a regional project", " is an EU-funded programme": an apposition or predicate after the short name calls it a programme. */
const CALLED_AFTER = new RegExp(String.raw`^,?\s+(?:is\s+)?an?\s+(?:[\w-]+\s+){0,3}?(?:${KNOWN_AS.words.join("|")})\b`, "i");

export interface KnownAsName {
  name: string;
  start: number;
  short: string;
  shortStart: number;
  kind: EntityKind;
}

export function knownAsNames(text: string): KnownAsName[] {
  const out: KnownAsName[] = [];
  // KNOWN tries a title at every capital; only a passage that writes "known as" can hold one.
  if (!text.includes("known as")) return out;
  for (const m of text.matchAll(KNOWN)) {
    const name = m[1]!;
    const short = m[2]!;
    if (name.split(/\s+/).length < 3) continue; // "Ghana", "Upper Volta": a place's old name, not a title
    const head = headKind(name);
    const sentenceStart = Math.max(0, text.lastIndexOf(". ", m.index!) + 1);
    const before = text.slice(Math.max(0, text.lastIndexOf(". ", sentenceStart - 2) + 1), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    // The passage must call it a programme: in the sentence before, or in an apposition or predicate after the short name.
    const called = SUBJECT_PROGRAMME.test(before) || CALLED_AFTER.test(after);
    const kind: EntityKind | null = head && head !== "COUNTRY" ? head : called ? "INITIATIVE" : null;
    if (!kind || (head === null && !called)) continue;
    if (head === "ORGANIZATION" && !called) continue;
    out.push({ name, start: m.index!, short, shortStart: m.index! + m[0].lastIndexOf(short), kind: head === "ORGANIZATION" && called ? "INITIATIVE" : kind });
  }
  return out;
}
