import { RELATION_TYPE_NAMES, type RelationType } from "../../src/ontology/ontology.js";
import { labelHead } from "./listLabel.js";
import { DENYING_MODIFIERS, ENDED_MODIFIERS, LABEL_SENSES, OTHER_HEADS, STANDING_TYPES, type LabelSense } from "./rules/labelLexicon.js";
import type { HeadingList } from "./rules/listRules.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A list label read as a noun phrase: its head word(s) and the words that qualify them, through the lexicon of
 * rules/labelLexicon.ts. "Other implementing partners" is head "partner" with "other", "implementing";
 * "Countries where the programme works" is head "country" with the words of its clause; "Countries and
 * territories covered" has two heads sharing "covered"; "Funding from" is a phrase read whole.
 */
export interface LabelReading {
  /** The lists the label states (empty when its head is unknown, names something else, or is denied). */
  lists: HeadingList[];
  /** Relation types a modifier denies ("Former members", "Non-member states", "Invited countries"), or "all". */
  denied: ReadonlySet<RelationType> | "all";
  /** The head names something other than the rows' part ("Contact", "Success stories", "Donor reports"). */
  other: boolean;
  /** A short noun phrase and nothing more ("Success stories"), as a label printed alone is, unlike a name ("Office of …"). */
  plain: boolean;
}

const NONE: LabelReading = { lists: [], denied: new Set(), other: false, plain: false };
// A clause has a verb of its own; a lead-in reader, not the label lexicon, reads it.
const FINITE = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "do", "does", "did", "can", "may", "should"]);
const OWNERS = new Set(["the", "our", "its", "their", "his", "her", "list", "full", "a", "an", "all", "some", "x"]);
const CONJUNCTIONS = new Set(["and", "or"]);
const PREPOSITIONS = new Set(["of", "to", "for", "in", "at", "on", "with", "from", "by", "across"]);
const CLAUSE_OPENERS = new Set(["where", "which", "that", "whose", "who", "whom"]);
const CLAUSE_SUBJECTS = new Set(["the", "programme", "program", "project", "initiative", "it", "we", "they", "our", "its"]);
// Words after a head that qualify it as a participle does: "Countries participating", "States covered".
const POSTPOSED = /^(?:[a-z]+(?:ing|ed)|involved|concerned|covered|selected|targeted)$/;
const PHRASES = LABEL_SENSES.flatMap((s) => (s.phrases ?? []).map((p) => ({ words: p.split(" "), sense: s })));

const singular = (w: string) => (/ies$/.test(w) ? `${w.slice(0, -3)}y` : /(?:ss|us|is|news)$/.test(w) ? w : /sses$/.test(w) ? w.slice(0, -2) : w.endsWith("s") && w.length > 3 ? w.slice(0, -1) : w);

const asList = (s: LabelSense): HeadingList => ({
  id: `label:${s.id}`, heading: /(?!)/, type: s.type, rows: s.rows, topics: s.topics, rowsAreTargets: s.rowsAreTargets, confidence: s.confidence, examples: s.examples,
});
const LISTS = new Map(LABEL_SENSES.map((s) => [s.id, asList(s)]));

function denial(modifiers: readonly string[]): LabelReading["denied"] {
  if (modifiers.some((m) => DENYING_MODIFIERS.includes(m))) return "all";
  return new Set(modifiers.some((m) => ENDED_MODIFIERS.includes(m)) ? STANDING_TYPES : []);
}

function sensesOf(head: string, modifiers: readonly string[]): LabelSense[] {
  return LABEL_SENSES.filter((s) => {
    if (s.forbid?.some((f) => modifiers.includes(f))) return false;
    return s.heads.includes(head) || (s.qualified ?? []).some((q) => q.heads.includes(head) && q.modifiers.some((m) => modifiers.includes(m)));
  });
}

/**
 * A label that says its rows were there ("Champion states present in Lomé", "Delegations attending", "Countries in
 * attendance at the workshop"): the rows came to something, which is all it says of them. Whatever role the label's
 * other words name (champions, donors, members), a list of who was present gives no standing relation to the page's
 * or the meeting's organiser; "Present chair" (the current one) opens with the word and is no such label. The readers
 * of label rows (readLabel), of a section's rows (sectionSubject.ts) and of a list after its trigger (ruleShapes.ts)
 * all ask this one test.
 */
const PRESENCE = /^(?:[\p{L}'’-]+\s+){1,5}?(?:(?:also\s+)?(?:present|attending|attended|represented)|in\s+attendance)(?:\s+(?:in|at|for)\s+.*)?$/iu;

/** The label (a trailing colon allowed) says only that its rows were present at something. */
export function saysPresent(label: string): boolean {
  return PRESENCE.test(labelHead(label.replace(/:\s*$/, "")));
}

/** Reads a label ("Other implementing partners", "Funding from", "Target countries (2019)") through the lexicon. */
export function readLabel(label: string): LabelReading {
  const read = readLabelWords(label);
  if (!saysPresent(label)) return read;
  // Who was present at something ("Champion countries present in Lomé"): that they took part, if anything.
  const denied = read.denied === "all" ? "all" : new Set([...read.denied, ...NOT_ATTENDANCE]);
  return { ...read, denied, lists: read.lists.filter((l) => l.type === "PARTICIPATES_IN") };
}
const NOT_ATTENDANCE = RELATION_TYPE_NAMES.filter((t) => t !== "PARTICIPATES_IN");

function readLabelWords(label: string): LabelReading {
  const words = labelHead(label).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0 || words.length > 9) return NONE;
  while (words.length > 1 && OWNERS.has(words[0]!)) words.shift();
  if (words[0] === "of") words.shift();
  // A phrase that ends in its preposition is read whole: "Funding from", "Part of", "Programme managed by".
  for (const p of PHRASES) {
    const at = words.length - p.words.length;
    if (at >= 0 && p.words.every((w, i) => words[at + i] === w)) {
      const modifiers = words.slice(0, at);
      const denied = denial(modifiers);
      const ok = denied !== "all" && !denied.has(p.sense.type) && !modifiers.some((m) => OTHER_HEADS.includes(singular(m)));
      return { lists: ok ? [LISTS.get(p.sense.id)!] : [], denied, other: false, plain: false };
    }
  }
  // The noun phrase ends at a clause ("where the programme works") or a preposition ("of implementation"); the words
  // after it qualify the head as its modifiers do.
  const cut = words.findIndex((w, i) => i > 0 && (CLAUSE_OPENERS.has(w) || PREPOSITIONS.has(w)));
  const phrase = cut < 0 ? words : words.slice(0, cut);
  // A verb before the clause makes the label a clause ("Its members are"), which a lead-in reader reads; the clause
  // after the head may have one ("Countries in which the programme is active"), its subject no modifier of the head.
  if (phrase.some((w) => FINITE.has(w))) return NONE;
  const clause = cut >= 0 && words.slice(cut, cut + 2).some((w) => CLAUSE_OPENERS.has(w));
  const after = cut < 0 ? [] : words.slice(cut + 1).filter((w) => !(clause && CLAUSE_SUBJECTS.has(w)));
  while (phrase.length > 1 && POSTPOSED.test(phrase[phrase.length - 1]!) && !CONJUNCTIONS.has(phrase[phrase.length - 2]!)) after.push(phrase.pop()!);
  // Conjoined heads share the phrase's other words: "Countries and territories covered".
  const heads: string[] = [];
  const modifiers: string[] = [...after];
  phrase.forEach((w, i) => {
    if (CONJUNCTIONS.has(w)) return;
    if (i === phrase.length - 1 || CONJUNCTIONS.has(phrase[i + 1]!)) heads.push(singular(w));
    else modifiers.push(w);
  });
  // A head that is itself a denying word ("Candidates for membership", "Applicants") lists no one in the relation its
  // complement names, as the same word before another head does ("Candidate countries").
  const denied = denial([...modifiers, ...heads]);
  const other = heads.some((h) => OTHER_HEADS.includes(h));
  const plain = cut < 0 && words.length <= 4;
  if (other || denied === "all" || heads.length === 0) return { lists: [], denied, other, plain };
  // Every head must state the same relations: "Members and observers" says two things of its rows, so nothing.
  const per = heads.map((h) => sensesOf(h, modifiers).filter((s) => !denied.has(s.type)).map((s) => s.id).sort().join("|"));
  if (per.some((p) => p !== per[0]) || per[0] === "") return { lists: [], denied, other, plain };
  return { lists: per[0]!.split("|").map((id) => LISTS.get(id)!), denied, other, plain };
}

/** Pages for the specs (test/unit/presenceLabel.test.ts): the triple must (not) be stated. */
export const PRESENCE_LABEL_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Champions of the Lagoon Compact\n\nThe Lagoon Compact brings coastal states together on labour mobility.\n\nChampion countries:\n- Ghana\n- Togo\n", expect: ["SUPPORTS", "ctry:tg", "ini:lagoon-compact"] },
  ],
  negative: [
    { text: "Champions of the Lagoon Compact\n\nThe Coastal Mobility Network and UNDP organised a Lagoon Compact workshop in Lomé in June 2023.\n\nChampion countries present in Lomé:\n- Ghana\n- Togo\n", expect: ["SUPPORTS", "ctry:tg", "ini:lagoon-compact"] },
    { text: "Champions of the Lagoon Compact\n\nThe Coastal Mobility Network and UNDP organised a Lagoon Compact workshop in Lomé in June 2023.\n\nChampion countries present in Lomé:\n- Ghana\n- Togo\n", expect: ["SUPPORTS", "ctry:tg", "ini:coastal-mobility-network"] },
    { text: "Lagoon Compact\n\nThe Lagoon Compact brings coastal states together on labour mobility.\n\nLagoon Compact member countries present in Cotonou: Benin, Ghana and Togo.\n", expect: ["OPERATES_IN", "ini:lagoon-compact", "ctry:bj"] },
    { text: "Lagoon Compact\n\nThe Lagoon Compact brings coastal states together on labour mobility.\n\nDonor states in attendance:\n- Norway\n- Japan\n", expect: ["FUNDS", "ctry:no", "ini:lagoon-compact"] },
  ],
};
