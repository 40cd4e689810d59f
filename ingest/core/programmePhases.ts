import { entityId } from "../../src/ontology/ids.js";
import { escapeRegExp } from "./escapeRegExp.js";
import type { NameRule } from "./NameRule.js";
import type { DocumentScan, PassageScan } from "./PassageScan.js";
import type { DiscoveredName } from "./types.js";

/**
 * A programme's phase that the text names is an initiative of its own, PART_OF the programme: it has its own
 * funders, countries and partners. A phase is named when it carries a number of its own after the programme's
 * name ("FMM Coastal II", "the Coastal Programme Phase 2"), when a paragraph opens on it with its years
 * ("Phase II, 2018-2022. …", "Phase III (2022–2025): …", of the programme the page names most), or when an actor
 * opens it ("has launched the second phase of its Coastal Programme"). A phase only talked about ("the second
 * phase of X foresees …", "its second phase is paid for by …") stays the programme's. The phase's id derives from
 * the programme's natural key: "<programme name> Phase <Roman>"; the words the text wrote are another name of it.
 */
const LONG_NAMED =
  "Programme profile\n\nSAFER (Safe Passage, Decent Work and Fair Return for Fishing Crews on the Coasts of Ghana, Togo, Benin, Côte d'Ivoire, Liberia and Sierra Leone)\n\n" +
  "SAFER is a regional programme run by UNDP.\n\nSAFER II is the second phase of SAFER. Norway funds SAFER II.";
const LONG_NAMED_ID = entityId("INITIATIVE", "Safe Passage, Decent Work and Fair Return for Fishing Crews on the Coasts of Ghana, Togo, Benin, Côte d'Ivoire, Liberia and Sierra Leone");

export const PROGRAMME_PHASES: NameRule = {
  id: "programme-phases",
  what: "A numbered phase written after a programme's name, a paragraph opening on 'Phase II' and its years, or a phase an actor opens, launches or starts is an initiative '<programme> Phase <n>' PART_OF the programme.",
  words: ["launched", "opened", "started", "began", "inaugurated", "entered"],
  positive: [
    { text: "The Coastal Fisheries Programme started in 2010. Norway later funded the Coastal Fisheries Programme Phase II in Ghana.", name: "Coastal Fisheries Programme Phase II", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II, 2018-2022. The second phase added two countries.", name: "Coastal Fisheries Programme Phase II", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    { text: "The FAO has launched the third phase of its Coastal Fisheries Programme in Accra.", name: "Coastal Fisheries Programme Phase III", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    // The span written with months, or open-ended, and the label on a line of its own.
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II (October 2018 - December 2022). The second phase added two countries.", name: "Coastal Fisheries Programme Phase II", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase 3 (from February 2023).\nThe third phase narrows the focus to Ghana.", name: "Coastal Fisheries Programme Phase III", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    // An ordinal word before "phase", then the span: "First phase (2017-2019):", "Second phase, 2012-2015:".
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nSecond phase (from 2019): with Danish money, the work reached Togo.", name: "Coastal Fisheries Programme Phase II", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nFirst phase, 2014-2017: the pilot trained crews in Ghana.", name: "Coastal Fisheries Programme Phase I", kind: "INITIATIVE", parentId: "ini:coastal-fisheries-programme" },
    // A programme whose long name an id cannot tell from its phase's: the phase goes by the programme's acronym.
    { text: LONG_NAMED, name: "SAFER Phase II", kind: "INITIATIVE", parentId: LONG_NAMED_ID },
  ],
  negative: [
    { text: "The second phase of the Coastal Fisheries Programme foresees three outputs.", name: "Coastal Fisheries Programme Phase II" },
    { text: "The Coastal Fisheries Programme started in 2010. Its second phase is paid for by Norway.", name: "Coastal Fisheries Programme Phase II" },
    { text: "UNDP runs the Coastal Fisheries Programme 2030 in Ghana.", name: "Coastal Fisheries Programme Phase II" },
    { text: "Phase II of the plan was never funded, said the Coastal Fisheries Programme.", name: "Coastal Fisheries Programme Phase II" },
    // A date that is no span: the phase's budget year, not its run.
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II (2019 budget): the second phase is still being planned.", name: "Coastal Fisheries Programme Phase II" },
    // An ordinal phase with no span, or one only talked about inside a sentence.
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nSecond phase: donors are still being sought.", name: "Coastal Fisheries Programme Phase II" },
    { text: "UNDP runs the Coastal Fisheries Programme.\n\nIn its second phase (2019-2022) the work reached Togo.", name: "Coastal Fisheries Programme Phase II" },
    // A numbered name the document gave as another name of a titled project is that project, no phase of the short name.
    { text: "Fishery projects: the SAFER projects\n\n=== RECORD 1 of 2 ===\nAction\tRegional Action to Protect Fishing Crews in the Gulf of Guinea (SAFER II; or SAFER Coastal)\nDonors\tNorway\n\n=== RECORD 2 of 2 ===\nProject title\tSAFER Lagoons (SAFER I), Volta Delta\n\nNotes: The SAFER project trained crews in Ghana.\n\nSince 2013 SAFER II and the port unions have run the meetings.", name: "SAFER Phase II" },
    // The long-named programme's phase only talked about stays the programme's.
    { text: LONG_NAMED.replace(/SAFER II is .*$/, "The second phase of SAFER foresees work in Togo."), name: "SAFER Phase II" },
  ],
};

const ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/** After a programme's name: " II", " Phase II", " Phase 2" (a bare digit is a year or a count, never a phase). */
const NUMBER_AFTER = /^\s+(?:(?:Phase|phase)\s+(II|III|IV|V|VI|VII|VIII|IX|X|I|[1-9])|(II|III|IV|V|VI|VII|VIII|IX|X))\b(?![-–.]\d)/;
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
/** A year, perhaps after a month and day: "2018", "October 2018", "5 March 2019". */
const DATE = `(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+)?(?:19|20)\\d{2}`;
/** The span a phase runs: "2018-2022", "October 2018 - December 2022", "2017 to present", "from February 2023". */
const SPAN = `(?:(?:from|since|starting)\\s+${DATE}|${DATE}\\s*(?:[-–—]|to|until)\\s*(?:${DATE}|present|today|now|date|ongoing))`;
/**
 * "Phase II, 2018-2022." / "Phase III (2022–2025):" / "Phase 2 (since July 2021):" opening a paragraph, or a line of
 * its own ("Phase I (January 2016 - December 2019)." then the text on the next line): the label and its dates only.
 */
const PHASE_LABEL = new RegExp(`^Phase\\s+(II|III|IV|V|VI|VII|VIII|IX|X|I|[1-9])\\s*(?:,|\\(|:|–|-)\\s*${SPAN}\\s*\\)?\\s*(?:[.:](?:\\s|$)|$)`);
/** "First phase (2017-2019):" / "Second phase, 2012-2015:" opening a paragraph: an ordinal word, "phase", its span. */
const ORDINAL_LABEL = new RegExp(`^(${ORDINALS.join("|")})\\s+phase\\s*(?:,|\\(|:|–|-)\\s*${SPAN}\\s*\\)?(?=\\s*(?:[.:](?:\\s|$)|$))`, "i");
/** "… has opened the third and final phase of its X": an actor opening the phase, right before the programme. */
const OPENED_PHASE_OF = new RegExp(`\\b(?:launch|open|start|begin|began|begun|inaugurat|enter)\\w*\\s+(?:the|its|their|a)\\s+(${ORDINALS.join("|")})\\s+(?:and\\s+(?:final|last)\\s+)?phase\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?$`, "i");

/** What NUMBER_AFTER needs at the least: a space, then "Phase" and a space, or a Roman numeral as a word. */
const NUMBERED = /\s(?:[Pp]hase\s|[IVX]+\b)/;

const phaseNumber = (written: string): number => (/^\d$/.test(written) ? Number(written) : ROMANS.indexOf(written) + 1);

/**
 * Reads the named phases of a passage (PROGRAMME_PHASES). `leading` gives the initiative the document has named most
 * so far, asked only for a paragraph that opens on "Phase II, 2018-2022.".
 */
export function programmePhases(scan: PassageScan, leading: () => string | null): void {
  const { text } = scan;
  const nameOf = (key: string) => scan.doc.catalog.byId.get(key)?.name ?? scan.doc.discovered.get(key)?.name ?? null;
  const acronymOf = (key: string) => scan.doc.catalog.byId.get(key)?.acronym ?? scan.doc.discovered.get(key)?.acronym ?? null;
  const add = (parentKey: string, n: number, start: number, end: number, written: string | null) => {
    const parentName = nameOf(parentKey);
    if (!parentName || n < 1 || n > ROMANS.length || scan.overlaps(start, end)) return;
    const acronym = acronymOf(parentKey);
    let name = `${parentName} Phase ${ROMANS[n - 1]}`;
    let key = entityId("INITIATIVE", name);
    // An id keeps a name's first words only: a long programme name's phase would take the programme's own id and fold
    // into it, its funders and countries with it. The phase is then named by the programme's acronym ("SAFER Phase II").
    if (key === parentKey) {
      if (!acronym) return;
      name = `${acronym} Phase ${ROMANS[n - 1]}`;
      key = entityId("INITIATIVE", name);
    }
    // A phase no words named ("Phase II, 2018-2022." under the programme) is called by the programme's acronym: "RDPP Phase II".
    const alias = written && written !== name ? written : acronym ? `${acronym} Phase ${ROMANS[n - 1]}` : null;
    const d: DiscoveredName = { key, kind: "INITIATIVE", name, acronym: null, parentId: parentKey, ...(alias ? { alias } : {}) };
    scan.discover(d);
    const mention = scan.push({ localStart: start, localEnd: end, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.75 });
    if (mention) scan.doc.parents.push({ mention, parentId: parentKey, method: "part-prefix", confidence: 0.8 });
  };
  const initiatives = scan.mentions.filter((m) => m.kind === "INITIATIVE");
  // "FMM Coastal II": a programme's mention, or a short name of one written where no mention was made, and its number.
  // Only a name followed by a phase number counts, and most passages have none anywhere: they skip the search of the
  // document's names.
  const numbered = NUMBERED.test(text);
  const forms: Array<{ key: string; start: number; end: number }> = numbered ? initiatives.map((m) => ({ key: m.key, start: m.localStart, end: m.localEnd })) : [];
  for (const d of numbered ? scan.doc.discovered.values() : []) {
    if (d.kind !== "INITIATIVE" || d.parentId) continue;
    for (const form of [d.name, d.alias]) {
      // Most passages hold none of the document's names: skip those before compiling a pattern for the name.
      if (!form || !text.includes(form) || form.split(/\s+/).length < 2) continue;
      for (const m of text.matchAll(writtenForm(scan.doc, form))) forms.push({ key: d.key, start: m.index!, end: m.index! + form.length });
    }
  }
  for (const f of forms) {
    const after = NUMBER_AFTER.exec(text.slice(f.end, f.end + 16));
    if (!after) continue;
    const end = f.end + after[0].length;
    // "SAFER II" that the document gave as another name of a titled project (a title row whose bracket lists "SAFER II")
    // is that project, not a phase the reading would name anew: its mention takes the words.
    const named = scan.doc.discovered.get(entityId("INITIATIVE", text.slice(f.start, end)));
    if (named?.sameAs && named.sameAs !== f.key && named.name === text.slice(f.start, end)) {
      const i = scan.mentions.findIndex((m) => m.localStart === f.start && m.localEnd === f.end);
      if (i !== -1) scan.mentions.splice(i, 1);
      scan.push({ localStart: f.start, localEnd: end, kind: "INITIATIVE", key: named.key, method: "name-pattern", confidence: 0.7 });
      continue;
    }
    // The programme's own mention gives way to the phase's, which holds it.
    const i = scan.mentions.findIndex((m) => m.localStart === f.start && m.localEnd === f.end);
    if (i !== -1) scan.mentions.splice(i, 1);
    const t = scan.taken.findIndex(([a, b]) => a === f.start && b === f.end);
    if (t !== -1) scan.taken.splice(t, 1);
    add(f.key, phaseNumber(after[1] ?? after[2]!), f.start, end, text.slice(f.start, end));
  }
  // "has opened the third and final phase of its X": the phase words are the phase, the programme stays named.
  for (const m of /phase/i.test(text) ? initiatives : []) {
    const before = OPENED_PHASE_OF.exec(text.slice(Math.max(0, m.localStart - 90), m.localStart));
    if (!before) continue;
    const start = m.localStart - before[0].length + before[0].indexOf(before[1]!);
    const phraseEnd = start + /^\S+\s+(?:and\s+(?:final|last)\s+)?phase/i.exec(text.slice(start))![0].length;
    add(m.key, ORDINALS.indexOf(before[1]!.toLowerCase()) + 1, start, phraseEnd, null);
  }
  const label = PHASE_LABEL.exec(text);
  // "First phase (2017-2019): …": the label as written, after the programme's name, is another name of the phase.
  const ordinal = label ? null : ORDINAL_LABEL.exec(text);
  const leader = label || ordinal ? leading() : null;
  if (label && leader) add(leader, phaseNumber(label[1]!), 0, "Phase ".length + label[1]!.length, null);
  if (ordinal && leader) add(leader, ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1, 0, /^\S+\s+phase/i.exec(text)![0].length, `${nameOf(leader)} ${ordinal[0].toLowerCase()}`);
}

/** A name written whole, not inside a longer word; compiled once per document, since a name recurs in many passages. */
const formPatterns = new WeakMap<DocumentScan, Map<string, RegExp>>();
function writtenForm(doc: DocumentScan, form: string): RegExp {
  let patterns = formPatterns.get(doc);
  if (!patterns) formPatterns.set(doc, (patterns = new Map()));
  let re = patterns.get(form);
  if (!re) patterns.set(form, (re = new RegExp(`(?<![\\w-])${escapeRegExp(form)}(?=\\s)`, "g")));
  return re;
}
