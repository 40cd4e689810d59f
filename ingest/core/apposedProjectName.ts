import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern } from "./titleRun.js";
import { knownNameAtEdge, titleAcronym } from "./titleMention.js";

/**
 * A project's title set off by commas right after the noun that says what it is: "Its project, Towards a Safer
 * Coast, was implemented by …", "a new project, Strengthening Coastal Diaspora Policy through Peer Exchange
 * (SCODIP), and …". Such titles often have no head noun ("Towards …", "Strengthening …"), so the head-noun reading
 * of open-set names cannot type them; the noun before the comma does. The title runs over capitalised words and the
 * small words inside titles, up to the comma or bracket that closes it, and ends on a capitalised word; an acronym in
 * brackets right after it is its acronym. A body's name there ("its partner, IOM,") is a catalog name, read as such.
 */
export const APPOSED_PROJECT_NAME: NameRule = {
  id: "apposed-project-name",
  what: "A title-cased title of three words or more between commas (or before an acronym in brackets) right after 'project', 'programme' or 'initiative' is an initiative of that name.",
  words: ["project", "programme", "program", "initiative"],
  positive: [
    { text: "Its project, Towards a Safer Coast for Fishers, was implemented by IOM and FAO.", name: "Towards a Safer Coast for Fishers", kind: "INITIATIVE" },
    { text: "In 2011 the states agreed on a new project, Strengthening Coastal Diaspora Policy through Peer Exchange (SCODIP), and a new map.", name: "Strengthening Coastal Diaspora Policy through Peer Exchange", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The project, which IOM ran in Ghana, ended in 2012.", name: "Which IOM" },
    { text: "In the project, Ghana and Togo shared data on fishers.", name: "Ghana and Togo" },
    { text: "For the programme, Coastal Officers in Ghana wrote a guide.", name: "Coastal Officers in Ghana" },
  ],
};

/** The title run (titleRun.ts) of two capitalised words at the least; no "&" between them here. */
const RUN = titleRunPattern({ minWords: 2 });
/** "project, Towards a Safer Coast for Fishers," / "project, X Y Z (ACR)". */
const APPOSED = new RegExp(`\\b(?:${APPOSED_PROJECT_NAME.words.join("|")}),\\s+(${RUN})(?=\\s*(?:,|\\(([A-Z][A-Za-z-]{1,12})\\)))`, "gu");

export interface ApposedName {
  name: string;
  start: number;
  acronym: string | null;
  acronymStart: number;
}

/** Titles set off after a project noun in a passage (APPOSED_PROJECT_NAME). */
export function apposedProjectNames(text: string): ApposedName[] {
  const out: ApposedName[] = [];
  for (const m of text.matchAll(APPOSED)) {
    const name = m[1]!;
    // A title is three words or more; a clause ("In the project, Ghana and Togo shared …") closes on no comma.
    if (name.split(/\s+/).length < 3) continue;
    const start = m.index! + m[0].indexOf(name);
    const acronymStart = m[2] ? text.indexOf(`(${m[2]})`, start + name.length) + 1 : -1;
    out.push({ name, start, acronym: m[2] ?? null, acronymStart });
  }
  return out;
}

/**
 * recognise.ts step 3c: each title set off after a project noun is an initiative of its own, and its acronym names it
 * for the rest of the scope.
 */
export function apposedProjects(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  for (const a of apposedProjectNames(text)) {
    const end = a.start + a.name.length;
    // A catalog name there is that body ("its partner, IOM,"); names inside the title stay mentions of their own.
    if (knownNameAtEdge(scan, a.start, end)) continue;
    const key = entityId("INITIATIVE", a.name);
    if (catalog.byId.has(key)) continue;
    scan.discover({ key, kind: "INITIATIVE", name: a.name, acronym: a.acronym });
    scan.push({ localStart: a.start, localEnd: end, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.75 });
    if (a.acronym && a.acronymStart > 0) titleAcronym(scan, a.acronym, a.acronymStart, key, "INITIATIVE", 0.75);
  }
}
