import { entityId } from "../../src/ontology/ids.js";
import { HEAD_NOUNS } from "./headNouns.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern } from "./titleRun.js";

/**
 * A programme named with no class noun, as the subject of a passive that only a programme takes: '"Skills Without
 * Borders" is carried out by GIZ', 'Harbour Futures is implemented by IOM and funded by Norway'. A run of capitalised
 * words (small joining words allowed inside) or a quoted title opening its sentence, then "is/was/has been" and a
 * verb of running or paying for ("implemented", "carried out", "run", "managed", "financed", "funded", "launched")
 * with its "by": what is implemented or financed by a body is an initiative. A planned act ("will be implemented")
 * names nothing yet; a quoted report title "published by" or a place "hosted by" is no programme; a name whose last
 * word is a body's head ("Institute", "Council") is a body, read elsewhere.
 */
export const PASSIVE_SUBJECT_NAMES: NameRule = {
  id: "passive-subject-names",
  what: "A capitalised multiword name or a quoted title opening its sentence as the subject of 'is/was implemented, carried out, run, managed, financed, funded or launched by' is an initiative of that name (passiveSubjectNames.ts).",
  words: ["implemented", "carried out", "run", "managed", "executed", "financed", "funded", "co-funded", "co-financed", "launched"],
  positive: [
    { text: "Harbour Futures is implemented by IOM and funded by Norway.", name: "Harbour Futures", kind: "INITIATIVE" },
    { text: "\"Fair Nets for Fishers\" is carried out by the ILO and financed by Sweden.", name: "Fair Nets for Fishers", kind: "INITIATIVE" },
    { text: "Ghana joined in 2015. Safe Decks and Fair Pay was launched by UNODC in 2012.", name: "Safe Decks and Fair Pay", kind: "INITIATIVE" },
  ],
  negative: [
    // A planned act names nothing yet.
    { text: "Harbour Futures will be implemented by IOM once money is found.", name: "Harbour Futures" },
    // A quoted report that was published, and a venue that was hosted, are no programmes.
    { text: "\"Crews Without Papers\" was published by the ILO in 2014.", name: "Crews Without Papers" },
    { text: "Coastal House was hosted by Ghana for the meeting.", name: "Coastal House" },
    // A fronted phrase before the name: the run does not open the sentence, so nothing is read.
    { text: "Last year Coastal Radio was funded by Norway.", name: "Coastal Radio" },
    // Not at the sentence's opening: the name is another phrase's object.
    { text: "Money went to Harbour Futures, which was funded by Norway.", name: "Harbour Futures" },
  ],
};

/** The title run (titleRun.ts) of two to eight words, with two small words at the most between them ("without" among them). */
const BARE = titleRunPattern({ onlySmall: ["to", "for", "of", "and", "in", "on", "the", "without", "with", "at", "from"], maxSmall: 2, minWords: 2, maxWords: 8 });
const VERBS = `(?:${PASSIVE_SUBJECT_NAMES.words.join("|")})`;
const PASSIVE = `\\s+(?:is|was|has been|had been)\\s+(?:(?:jointly|currently|now|mainly|largely|also|chiefly)\\s+)?${VERBS}\\s+by\\s`;
const ANY_VERB = new RegExp(`\\b${VERBS}\\b`);
const OPENING = "(?:^|(?<=[.!?]\\s+)|(?<=\\n\\s*))";
const SUBJECT = new RegExp(`${OPENING}(?:[“"]([^”"\\n]{3,100})[”"]|(${BARE}))(?=${PASSIVE})`, "gu");
/** A determiner or pronoun opening the run makes it a description, not a name; a body's head closing it, a body. */
const NOT_FIRST = /^(?:The|This|That|These|Those|It|Its|Their|A|An|Each|Every|In|On|At|By|Since|From|Our|His|Her)$/;
/** An organisation's head noun (HEAD_NOUNS), and three last words of bodies that table types otherwise or not at all. */
const BODY_HEAD = new RegExp(`\\b(?:${[...HEAD_NOUNS.words.ORGANIZATION, "Service", "Group", "Government"].join("|")})$`);

/** Recognition step: the names PASSIVE_SUBJECT_NAMES reads, as initiatives (recognise.ts). */
export function passiveSubjectNames(scan: PassageScan): void {
  const { text } = scan;
  if (!/\sby\s/.test(text) || !ANY_VERB.test(text)) return;
  for (const m of text.matchAll(SUBJECT)) {
    const name = (m[1] ?? m[2])!.replace(/[,.;:]+$/, "").trim();
    if (!/^[A-Z0-9]/.test(name) || name.split(/\s+/).length < 2) continue;
    if (m[2] && (NOT_FIRST.test(name.split(/\s+/)[0]!) || BODY_HEAD.test(name))) continue;
    const start = m.index! + m[0].indexOf(name);
    const end = start + name.length;
    if (scan.overlaps(start, end) || scan.doc.isPlace(name)) continue;
    const key = entityId("INITIATIVE", name);
    scan.discover({ key, kind: "INITIATIVE", name, acronym: null });
    scan.push({ localStart: start, localEnd: end, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.65 });
  }
}
