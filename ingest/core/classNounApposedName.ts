import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { PassageScan } from "./PassageScan.js";
import { analyse } from "./analysis.js";
import { headKind } from "./headKind.js";
import { NAME_BEFORE_CLASS } from "./nameBeforeClassRule.js";

/**
 * "the Swedish organisation Diakonia", "the public association Evolutio": a class noun of bodies written in lower case
 * with a name right after it, no comma between (CLASS_NOUN_APPOSED_NAME). The name is a run of capitalised words, one
 * to four, closed by a lower-case word or punctuation.
 */
const APPOSED = /\b(?:organi[sz]ation|association|charity|foundation)\s+(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*){0,3})(?=[\s,.;:)]|$)(?!\s+(?:(?:of|for|in|and|de|the)\s+)?\p{Lu})/gu;
/** Titles, determiners and plural nouns of people a capitalised word after the noun may be instead of a name. */
const NOT_A_NAME = /^(?:The|This|That|It|Its|In|On|At|By|For|And|But|President|Director|Chair|Chairman|Chairwoman|Minister|Secretary|Mr|Ms|Mrs|Dr|Head|Members|Partners|Delegates|Participants|Staff|Officials|Board|Council)\b/;

/** Reads the name apposed to a lower-case class noun of bodies as an organization, where no earlier step read it. */
export function classNounApposedNames(scan: PassageScan): void {
  namesBeforeClassNouns(scan); // "Kestrel Hands, a Welsh charity, …" (NAME_BEFORE_CLASS).
  const { text } = scan;
  for (const m of text.matchAll(APPOSED)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (NOT_A_NAME.test(name) || scan.doc.isPlace(name) || scan.overlaps(start, end)) continue;
    // A common noun or a verb read as a capitalised word ("The association Members agreed") is no name.
    if (!analyse(name).tokens.every((t) => t.pos === "PROPN")) continue;
    const key = entityId("ORGANIZATION", name);
    if (!scan.doc.catalog.byId.has(key)) scan.discover({ key, kind: "ORGANIZATION", name, acronym: null, kindStated: true });
    scan.push({ localStart: start, localEnd: end, kind: "ORGANIZATION", key, method: "name-pattern", confidence: 0.6 });
  }
}

const CLASS_KIND = new Map(Object.entries(NAME_BEFORE_CLASS.words).flatMap(([kind, nouns]) => nouns.map((n) => [n, kind as EntityKind] as const)));
/**
 * "Kestrel Hands, a Welsh charity, …": capitalised words (foreign connectors between them), a comma, an article, up to
 * three modifiers and a class noun that heads its phrase: punctuation or a word that opens a complement follows it.
 * No preposition stands among the modifiers: "Lena Berg, a member of the union" names the union's member, a person.
 * The capital the name opens on is looked for before the look back, which would otherwise run at every character.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*`;
const BEFORE_CLASS = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{N}'’&-])(${NAME_WORD}(?:\s+(?:(?:of|de|du|des|la|le|del|con|van|voor|für)\s+)?${NAME_WORD}){0,4})\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|to|for|in|at|with|on|from|by)\s)[\p{L}-]+\s+){0,3}?(${[...CLASS_KIND.keys()].join("|")})(?=\s*[,.;:)]|\s+(?:of|for|in|from|based|that|which|run|set|with|on|working|founded|registered|at|to|and|whose)\b)`,
  "gu",
);
/** A word before the name that makes it the tail of a longer name or of a coordinated one ("… of Labour and Transit, a ministry"). */
/** Months and weekdays, which a date puts before a comma in name shape. */
const CALENDAR_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const CUT_BEFORE = /(?:\b(?:of|for|on|de|du|des)|&|\p{Lu}[\p{L}'’-]*\s+and)\s+$/u;

/** Reads the name an apposition classes as a body or programme, where no earlier step read it (NAME_BEFORE_CLASS). */
function namesBeforeClassNouns(scan: PassageScan): void {
  const { text } = scan;
  if (!text.includes(",")) return;
  for (const m of text.matchAll(BEFORE_CLASS)) {
    // "The Kestrel Hands, a charity": an article opening the sentence is no word of the name.
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, "");
    const start = m.index! + m[1]!.length - name.length;
    const end = start + name.length;
    const kind = CLASS_KIND.get(m[2]!)!;
    if (NOT_A_NAME.test(name) || CUT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "On 4 March, the council …": a date before the comma is no name.
    if (CALENDAR_WORD.test(name) || /\b\d{1,2}\s+$/.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (scan.doc.isPlace(name) || scan.overlaps(start, end)) continue;
    // A name with a head noun of its own ("International Steering Committee") is the name readers' to take or leave.
    if (headKind(name) !== null) continue;
    // An adverb or a common word opening the sentence ("Meanwhile, a fund …") is no name: the run opens and closes on proper nouns.
    const tags = analyse(name).tokens.map((t) => t.pos);
    if (tags[0] !== "PROPN" || tags[tags.length - 1] !== "PROPN" || tags.some((p) => p === "VERB" || p === "AUX" || p === "ADV" || p === "PRON" || p === "DET")) continue;
    const key = entityId(kind, name);
    if (!scan.doc.catalog.byId.has(key)) scan.discover({ key, kind, name, acronym: null, kindStated: true });
    scan.push({ localStart: start, localEnd: end, kind, key, method: "name-pattern", confidence: 0.6 });
  }
}
