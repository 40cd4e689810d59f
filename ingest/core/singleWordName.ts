import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import { appositiveNameKind } from "./kindRules.js";
import type { PassageScan } from "./PassageScan.js";

export const SINGLE_WORD_NAMES: NameRule = {
  id: "single-word-names",
  what: "One capitalised word ('Danora', 'SEAVILLE') is a name only where an apposition or a copula right after it says what body or programme it is (APPOSITIVE_NAME: ', Denmark's development agency,', ', a network of …', ' is a charity'); a place, a word the catalog knows and a sentence's function word are none.",
  words: [],
  positive: [
    { text: "Danora, Denmark's development co-operation agency, paid for the harbour study.", name: "Danora", kind: "ORGANIZATION" },
    { text: "The towns joined SEAVILLE, a network of port towns in the north.", name: "SEAVILLE", kind: "INITIATIVE" },
    { text: "Last year Fishmark, a local NGO, trained crews.", name: "Fishmark", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Maria, a programme officer at the port, spoke.", name: "Maria" },
    { text: "Lomé is a city that welcomes fishers.", name: "Lomé" },
    { text: "Kofi, a fisher from the port, spoke first.", name: "Kofi" },
    { text: "This is a network of port towns.", name: "This" },
    { text: "Training is an invaluable tool for crews. The union gives training in ten ports.", name: "Training" },
    { text: "Mentoring is a programme that pairs new crews with skippers.", name: "Mentoring" },
  ],
};

/** A single word the apposition names a kind for; capitalised or all capitals, with a letter after the first. */
const WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}\d]*(?:-\p{Lu}[\p{Ll}\p{Lu}\d]*)*)$/u;
const FUNCTION_WORD = /^(?:The|This|That|These|Those|It|Its|Their|They|We|Our|He|She|His|Her|There|Here|Which|What|Who|One|Each|All|Both|Another|Such|Today|Now)$/;

/** One word followed by an apposition or copula that states its kind (SINGLE_WORD_NAMES). */
export function singleWordName(scan: PassageScan, word: string, start: number): void {
  const end = start + word.length;
  if (word.length < 3 || !WORD.test(word) || FUNCTION_WORD.test(word) || scan.overlaps(start, end)) return;
  if (scan.hits.some((h) => h.start < end && start < h.end) || scan.doc.isPlace(word)) return;
  const kind = appositiveNameKind(scan.text.slice(end, end + 90));
  if (!kind) return;
  // "Training is an invaluable tool": a common noun opening a sentence, written in lower case elsewhere on the page,
  // or described only as a thing; a body ("Atikha is a local NGO") is named there too.
  const opening = word !== word.toUpperCase() && atSentenceStart(scan.text, start);
  if (opening && (kind !== "ORGANIZATION" || new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, "u").test(scan.text))) return;
  const id = entityId(kind, word);
  if (scan.doc.catalog.byId.has(id)) return;
  scan.discover({ key: id, kind, name: word, acronym: null, kindStated: true });
  scan.push({ localStart: start, localEnd: end, kind, key: id, method: "name-pattern", confidence: 0.65 });
}

/** Whether the word opens a sentence, a line or a footnote ("11 Atikha is …"). */
function atSentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*(?:\d{1,3}\s+)?)$/.test(text.slice(Math.max(0, start - 8), start));
}
