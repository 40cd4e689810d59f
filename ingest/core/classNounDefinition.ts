import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { CLASS_NOUN_DEFINITIONS } from "./classNounDefinitionRules.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern } from "./titleRun.js";

const { initiative, organization } = CLASS_NOUN_DEFINITIONS.words;
/** The title run (titleRun.ts) with one small word at the most between words, of its own five ("and", "of", "for", "on", "&"). */
const TITLE = `(${titleRunPattern({ onlySmall: ["and", "of", "for", "on", "&"], maxSmall: 1 })})`;
const CLASS = `((?:[a-z-]+\\s+){0,3}(${[...initiative, ...organization].join("|")}))`;
/** "… network (MFN)" and "Migration and Fisheries (MFN) civil society network": the acronym after the class words or before them. */
const AFTER = new RegExp(`\\b${TITLE}\\s+\\(([A-Z][A-Za-z0-9&-]{1,11})\\)\\s+${CLASS}\\b`, "gu");
const DEFINED = new RegExp(`\\b${TITLE}\\s+${CLASS}\\s+\\(([A-Z][A-Za-z0-9&-]{1,11})\\)`, "gu");

/** What both patterns need somewhere in the passage: the bracketed acronym, and one of the class nouns. */
const BRACKETED_ACRONYM = /\s\([A-Z][A-Za-z0-9&-]{1,11}\)/;
const CLASS_NOUN = new RegExp([...initiative, ...organization].join("|"));

/** Step 1b of recognition: titles defined with a class noun between them and their acronym (CLASS_NOUN_DEFINITIONS). */
export function classNounDefinitions(scan: PassageScan): void {
  const { text, scope } = scan;
  // Both patterns try a title at every capital: a passage without a bracketed acronym or a class noun is not searched.
  if (!BRACKETED_ACRONYM.test(text) || !CLASS_NOUN.test(text)) return;
  const found = [
    ...[...text.matchAll(DEFINED)].map((m) => ({ m, written: m[1]!, words: m[2]!, noun: m[3]!, acronym: m[4]!, before: true })),
    ...[...text.matchAll(AFTER)].map((m) => ({ m, written: m[1]!, words: m[3]!, noun: m[4]!, acronym: m[2]!, before: false })),
  ];
  for (const { m, written, words, noun, acronym, before } of found) {
    const title = written.replace(/^(?:The|A|An|Its|Their)\s+/, "");
    if (title.split(/\s+/).length < 2 || acronym[0] !== title[0] || !/[A-Z].*[A-Z]/.test(acronym)) continue;
    const start = m.index! + m[0].indexOf(title);
    const end = before ? m.index! + m[0].lastIndexOf("(") - 1 : m.index! + m[0].length;
    // "the Safer Boats programme (SBP)": a class noun alone is no word of the title (TITLE_BEFORE_NOUN); "civil society network" is.
    const name = words.trim() === noun ? title : `${title} ${words.trim()}`;
    if (scan.overlaps(start, end)) continue;
    const kind: EntityKind = organization.includes(noun) ? "ORGANIZATION" : "INITIATIVE";
    const key = entityId(kind, name);
    if (scan.doc.catalog.byId.has(key)) continue;
    scan.discover({ key, kind, name, acronym });
    scan.doc.localAcronyms.set(`${scope}|${acronym}`, { id: key, kind });
    scan.push({ localStart: start, localEnd: end, kind, key, method: "acronym-definition", confidence: 0.8 });
    if (before) scan.taken.push([end + 2, end + 2 + acronym.length]);
  }
}
