import type { M } from "./mentionLists.js";
import { readLabel } from "./labelSense.js";
import { questionLists } from "./questionHeading.js";
import { nonFactPattern } from "./rules/nonFactWords.js";
import { QUESTION_SENSES } from "./rules/questionLexicon.js";
import type { HeadingList } from "./rules/listRules.js";
import { voiceFromAfar } from "./voiceFromAfar.js";

/**
 * Prose under a section heading that asks a question ("Who came", "Who pledged", "II. WHO THE MEMBERS ARE", "Which
 * agencies take part?"): the heading is a label whose verb phrase the question lexicon reads (questionHeading.ts), and
 * each sentence of the section answers it for the bodies it names as the subject of an affirmative clause ("Italy and
 * Spain sent ministers"), as what a copula or "came" introduces ("the guests were A, B and C", "From Asia came A and
 * B") or as the items a colon opens ("Other members: A, B"). A clause that denies, hedges, speaks of what is planned
 * or sets a body apart ("unlike A", "A, by contrast, …") anywhere in the sentence answers nothing, nor does a name in a prepositional phrase
 * (a venue, a topic, a place after its body: "A in Spain").
 */

/** The lists a section heading asks, where it is a question (with or without its mark). */
export const sectionQuestion = (label: string): HeadingList[] => questionLists(label, true);

// A sentence that states no fact of its names: denied, hedged, planned, or set apart.
const NOT_STATED = nonFactPattern(
  "denials", "no", "nobody", "noLonger", "pairedNegations", "without", "notYet", "prospectModals", "conditionalModals", "ability", "inability",
  "plansTo", "planned", "likelihood", "reported", "contrast", "exceptions", "invited", "invitation", "notMembers", "conditions", "critics", "contraction",
);
// Where one clause ends and another begins inside a sentence.
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|though|although)\s+|\s+—\s+/g;
// Words that may open a clause before its subject.
const OPENING = /^[\s"“(]*(?:(?:and|but|also|then|both|the|while)\s+)*$/i;
// What introduces names after a subject that is no name: a copula, "came (from)", "included", a colon.
const INTRODUCED = /(?:\b(?:were|was|are|is|came(?:\s+from)?|included|includes|include)|:)\s+(?:the\s+)?$/i;
// Between two items of one list: commas, "and", "as well as"; a body's own place ("A in Spain") is a remark of it.
const ITEM_GAP = /^\s*(?:\([A-Z][A-Za-z.-]{1,12}\)\s*)?(?:,\s*(?:and\s+|as well as\s+)?|\s(?:and|&|as well as)\s+)(?:the\s+)?$/;

// A role the clause gives its names after them: "A is among the programme's partners", "A is the lead agency", "A, as
// donors, …". The words after it up to a preposition or a stop are the role noun phrase.
const ROLE = /\b(?:(?:is|are|was|were)\s+(?:also\s+)?(?:among|one\s+of|(?=(?:a|an|the|its|their)\s))|as\s+(?=[a-z]))\s*((?:(?:the|a|an|its|their|our|[A-Za-z-]+['’]s)\s+)*)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/;
const ROLE_STOP = /\s(?:of|to|for|in|at|on|with|from|by|and|or|since|that|which|who)\b.*$/;

/**
 * The lists a clause's own role noun states, or null where it names none the label lexicon knows. A possessor before
 * the noun ("its partners", "the programme's partners") is the owner's, read as the lexicon reads "programme partners".
 */
export function clauseRole(clause: string): HeadingList[] | null {
  const r = ROLE.exec(clause);
  if (!r) return null;
  const noun = r[2]!.replace(ROLE_STOP, "");
  const owned = /['’]s\s|\b(?:its|their|our)\s/.test(r[1]!);
  const words = noun.split(/\s+/);
  for (const phrase of [noun, words.slice(-2).join(" "), words[words.length - 1]!]) {
    const read = readLabel(phrase);
    if (read.lists.length) return read.lists;
    const asOwner = owned ? readLabel(`programme ${phrase}`) : null;
    if (asOwner?.lists.length) return asOwner.lists;
  }
  return null;
}

const sensesOf = (lists: readonly HeadingList[]) => QUESTION_SENSES.filter((s) => lists.some((l) => l.id === `question:${s.id}`));

/** The verbs of the senses a heading's lists were read by ("runs", "leads" for "Who runs it"). */
export const askedVerbs = (lists: readonly HeadingList[]): string[] =>
  sensesOf(lists).flatMap((s) => [...s.verbs, ...(s.answeredBy ?? [])].filter((v) => !v.includes(" ")));

/** The verbs an answer must use, where the heading asks how rather than who ("How it is run": "UNDP manages it"). */
export const answeringVerbs = (lists: readonly HeadingList[]): string[] | undefined => {
  const senses = sensesOf(lists);
  return senses.length && senses.every((s) => s.answeredBy) ? senses.flatMap((s) => s.answeredBy!) : undefined;
};

// What the asked verb may take as its object and still speak of the section's owner: "it", "the programme", "the work".
const OWNER_OBJECT = /^(?:it|them|this|that|(?:the|its|this)\s+(?:programme|program|project|initiative|scheme|work|process|forum|network|dialogue|partnership|effort|facility|fund|platform|mechanism|day-to-day))\b/i;
// A clause whose names receive or thank ("Chile received most of it", "A and B are the main recipients"): what
// was given went to them, and no question of the lexicon asks who was given something.
const RECEIVED = /^\s*(?:also\s+|then\s+)?(?:received|receive|receives|got|get|gets|went\s+to|thanked|thank|thanks|(?:are|were|is|was)\s+(?:the\s+|its\s+)?(?:main\s+|chief\s+|largest\s+|first\s+)?recipients?)\b/i;
// Words that may stand between a clause's names and its verb.
const BEFORE_VERB = /^\s*(?:(?:also|now|still|jointly|together|both|currently)\s+)*/i;

/** Whether a clause, after its names, goes on with one of these verbs ("… manages it", "… pay for the courses"). */
export function usesVerb(after: string, verbs: readonly string[]): boolean {
  const rest = after.replace(BEFORE_VERB, "").toLowerCase();
  return verbs.some((v) => rest.startsWith(`${v} `) || rest.startsWith(`${v}.`) || rest === v);
}

/**
 * Whether a clause, after its names, uses the heading's own verb of some other thing ("UNICEF runs schools in the same
 * towns" under "Who runs it"): a transitive verb with an object of its own that is not the owner answers nothing.
 */
export function otherObject(after: string, verbs: readonly string[], ms: readonly M[], at: number): boolean {
  const v = /^\s*(?:also\s+|now\s+|still\s+)?([a-z]+)\s+(?=\S)/.exec(after);
  if (!v || !verbs.includes(v[1]!)) return false;
  const object = after.slice(v[0].length);
  if (OWNER_OBJECT.test(object) || /^(?:with|on|from|in|at|for|since|alongside|jointly|together)\b/i.test(object)) return false;
  // A name right after the verb is the owner's or another body's: the section's turn to another body reads that.
  return !ms.some((m) => m.start === at + v[0].length) && /^[a-z]/.test(object);
}

/** The clauses of a sentence as [start, end) spans. */
function clauses(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const b of text.matchAll(CLAUSE_BREAK)) {
    spans.push([from, b.index!]);
    from = b.index! + b[0].length;
  }
  spans.push([from, text.length]);
  return spans;
}

/**
 * The names a sentence under a question heading gives as its answer: per affirmative clause, the list of names that
 * opens the clause or that a copula, "came" or a colon introduces. `ms` are the sentence's own mentions (not
 * coreference), offsets in `text`; `mustUse`, where the heading asks how, the verbs a clause must go on with.
 */
export function sectionAnswers(text: string, ms: readonly M[], verbs: readonly string[] = [], mustUse?: readonly string[]): Array<M & { role: HeadingList[] | null }> {
  // "Chile's minister": a name owning a noun is no answer of its own; nor one opening a longer name the text goes on
  // with ("the Chile Red Cross Society", where that society is no body recognition knows).
  // A mention that spans a person and their office ("Chile's President Ana Soto", "the Peruvian minister, Luis Paz") is
  // the person's, not the body's.
  const named = ms
    .filter((m) => m.via !== "coref" && !/^(?:['’]s\b|\s+[A-Z][a-z])/.test(text.slice(m.end)) && !/['’]s\s|,/.test(text.slice(m.start, m.end)))
    .sort((a, b) => a.start - b.start);
  // A sentence that denies, hedges or sets apart anywhere states nothing of its names: which clause a denial scopes
  // over ("Peru came; Chile, which Peru had urged, did not") is more than the clause parts show.
  if (NOT_STATED.test(text)) return [];
  // "How X runs its own office is another matter: X runs it …": after an asked how-clause, 'it' is that other thing.
  if (/^\s*How\s[^:]*:/.test(text)) return [];
  // A saying tacked on after the clause ("…, some officials say.") hedges it; a source named before it does not.
  if (/,\s+(?:[a-z]+\s+){0,3}(?:say|says|said|claim|claims|claimed)\s*[.!]?\s*$/.test(text)) return [];
  const found: Array<M & { role: HeadingList[] | null }> = [];
  for (const [from, to] of clauses(text)) {
    const inClause = named.filter((m) => m.start >= from && m.end <= to);
    const head = inClause.find((m) => OPENING.test(text.slice(from, m.start)) || INTRODUCED.test(text.slice(from, m.start)));
    if (!head) continue;
    // The clause's own remark after its list ("…, itself a host, attended") is no item; nor a name inside one.
    const rows = [head];
    for (const m of inClause.slice(inClause.indexOf(head) + 1)) {
      const last = rows[rows.length - 1]!;
      const gap = text.slice(last.end, m.start);
      if (/^\s*\($/.test(gap) && text[m.end] === ")") continue;
      // "Accem in Spain, Refugee Action in the United Kingdom": the state after "in" is the body's place, not an item.
      if (m.kind === "COUNTRY" && /^\s+in\s+(?:the\s+)?$/.test(gap)) {
        rows.push({ ...m, id: "" });
        continue;
      }
      const after = last.id === "" ? text.slice(last.end, m.start) : gap;
      if (!ITEM_GAP.test(after)) break;
      rows.push(m);
    }
    if (otherObject(text.slice(rows[rows.length - 1]!.end, to), verbs, inClause, rows[rows.length - 1]!.end)) continue;
    if (mustUse && !usesVerb(text.slice(rows[rows.length - 1]!.end, to), mustUse)) continue;
    if (RECEIVED.test(text.slice(rows[rows.length - 1]!.end, to))) continue;
    // The clause's own role after its names ("… is among its partners") says what they are, whatever the heading asks.
    const role = clauseRole(text.slice(rows[rows.length - 1]!.end, to));
    const clause = text.slice(from, to);
    // A voice lent from afar is no answer to who came (voiceFromAfar.ts).
    found.push(...rows.filter((r) => r.id !== "" && !voiceFromAfar(clause, r.kind, text.slice(from, r.start))).map((r) => ({ ...r, role })));
  }
  return found;
}

/** Examples for sectionAnswers (test/unit/questionSection.test.ts): the sentence, and the names expected to answer. */
export const SECTION_ANSWER_EXAMPLES: Array<{ text: string; names: string[] }> = [
  { text: "Portugal and Chile sent ministers, and Peru came with a large delegation.", names: ["Portugal", "Chile", "Peru"] },
  { text: "The observers from the region were Peru and Chile.", names: [] },
  { text: "The guests from the Americas were Peru, Chile and Portugal.", names: ["Peru", "Chile", "Portugal"] },
  { text: "Other members keep the files of returnees: Cordaid in Chile, HelpAge in Peru and Portugal's Red Cross.", names: ["Cordaid", "HelpAge"] },
  { text: "Peru, unlike Chile, sent no one; Portugal did not come either.", names: [] },
  { text: "Chile, by contrast, stayed at home.", names: [] },
  { text: "Peru will send a delegation next year.", names: [] },
  { text: "The meeting was held in Portugal and discussed Chile's new law.", names: [] },
  { text: "The Peru Red Cross Society led the volunteers, and Chile sent nurses.", names: ["Chile"] },
  // A body's official as a guest lends a voice, not the body's part; a state's leader speaks for the state.
  { text: "Cordaid, on a visit to Peru, gave the keynote address.", names: ["Cordaid"] },
  { text: "HelpAge sent a video message, and Chile sent its minister.", names: ["Chile"] },
  { text: "Chile gave the opening speech.", names: ["Chile"] },
  { text: "Cordaid and Chile sent delegations to the talks.", names: ["Cordaid", "Chile"] },
];
