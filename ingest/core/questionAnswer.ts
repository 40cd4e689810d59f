import { pageHeadline } from "./headlineTopic.js";
import type { M } from "./mentionLists.js";
import { questionLists } from "./questionHeading.js";
import { nonFactPattern } from "./rules/nonFactWords.js";
import type { HeadingList } from "./rules/listRules.js";
import type { Passage, StructuredDocument } from "./types.js";

/**
 * FAQ pages: a question, then its answer. The question is a section heading ("2. Who started it?") or a line of its
 * own ("Q: Who runs the JMDI?" then "A: …"); questionHeading.ts says what it asks. The answer is the passage right
 * after it: its first sentence names who answers ("The International Organization for Migration launched it in
 * 2001", "Italy and Belgium.", "Four bodies together: IOM, UNEP and UNU"), and rows printed under it ("By year of
 * joining:" then "- 2001: Belarus, Lithuania") are the question's list, as rows under a label are.
 */
export interface Answer {
  lists: HeadingList[];
  /** The question, which may name its own subject ("Who founded the Colombo Process?"). */
  question: string;
}

const QUESTION_MARK = /^\W*(?:q\s*\d*\s*[.:)]\s*)?/i;

export class QuestionAnswers {
  private asked: { lists: HeadingList[]; question: string; section: string | null } | null = null;
  private section: string | null | undefined = undefined;

  /** The question a passage answers, if it is the first passage after one; a question line itself answers none. */
  see(passage: Passage): Answer | null {
    const sectionLabel = passage.section?.split(" › ").pop() ?? null;
    const first = passage.section !== this.section;
    this.section = passage.section;
    const asked = this.asked;
    this.asked = null;
    // A question printed as a line of its own: the next passage answers it.
    if (passage.kind === "paragraph" && passage.sentences.length === 1 && /\?\W*$/.test(passage.text) && QUESTION_MARK.test(passage.text)) {
      const lists = questionLists(passage.text);
      this.asked = lists.length ? { lists, question: passage.text, section: passage.section } : null;
      return null;
    }
    if (asked && asked.section === passage.section) return { lists: asked.lists, question: asked.question };
    // A question printed as the section's heading: the section's first passage answers it.
    if (first && sectionLabel) {
      const lists = questionLists(sectionLabel);
      if (lists.length) return { lists, question: sectionLabel };
    }
    return null;
  }
}

/**
 * The lines that name what an FAQ page is about, where a question names no body ("Who started it?"): its title, its
 * opening lines when they are headings rather than sentences ("Budapest Process: questions and answers"), and the
 * heading of its first section. Not the latest body named: an answer names others' bodies too.
 */
export function pageHeadings(doc: Pick<StructuredDocument, "title" | "passages">): string[] {
  // A banner may stand above the name ("FACT SHEET" then the programme's name): the first two lines, where headings.
  // A line leading into a list ("… were merged into it:") and the row under it are never one, though they open the
  // page's text: the row is what the list holds, not what the page is about.
  const led = (i: number) => /:\s*$/.test(doc.passages[i]?.text ?? "") || /:\s*$/.test(doc.passages[i - 1]?.text ?? "");
  const opening = doc.passages.slice(0, 2).filter((p, i) => !led(i) && p.sentences.length === 1 && p.text.length <= 160 && !/[.!?]\s*$/.test(p.text)).map((p) => p.text);
  const section = pageHeadline(doc);
  return [doc.title, ...opening, ...(section ? [section] : [])];
}

// An answer that denies, hedges or speaks of what is planned names no one who answers as a fact.
const DENIES = /^\W*(?:a\s*[.:)]\s*)?(?:no|none|nobody|no one|not|never|unknown|unclear)\b/i;
const HEDGED = nonFactPattern(
  "denials", "noLonger", "pairedNegations", "notYet", "prospectModals", "conditionalModals", "plansTo", "likelihood", "deliberation",
  "exceptions", "invited", "notMembers", "approaches", "contraction",
);
// Items of the answer's list: parted by commas or "and", or a co-agent "jointly with", "together with"; an item may
// carry its acronym in brackets ("the Swedish Migration Board (SMB) and …").
const ITEM_GAP = /^\s*(?:\([A-Z][A-Za-z.-]{1,12}\)\s*)?(?:,\s*(?:and\s+|as well as\s+|plus\s+|(?:jointly|together) with\s+)?|\s(?:and|&|as well as|plus|(?:jointly|together) with)\s+)(?:the\s+)?$/;

/**
 * The names that answer the question in the answer's first sentence: the first list of names, opening the sentence
 * or its clause after a colon, or after a short clause without a comma ("Money came from the European Union").
 * A name later in the sentence, after a comma ("with IOM as its secretariat"), answers nothing.
 */
export function answerRows(text: string, ms: readonly M[]): M[] {
  if (DENIES.test(text) || HEDGED.test(text)) return [];
  const named = ms.filter((m) => m.via !== "coref").sort((a, b) => a.start - b.start);
  const head = named[0];
  if (!head) return [];
  const colon = text.lastIndexOf(":", head.start);
  const before = text.slice(colon + 1, head.start);
  if (before.length > 60 || /[,;()]/.test(before)) return [];
  const rows = [head];
  for (const m of named.slice(1)) {
    const gap = text.slice(rows[rows.length - 1]!.end, m.start);
    // The item's own acronym in brackets, read as a mention of its own: no further item.
    if (/^\s*\($/.test(gap) && text[m.end] === ")") continue;
    if (!ITEM_GAP.test(gap)) break;
    rows.push(m);
  }
  return rows;
}

/** Examples for answerRows (test/unit/questionLexicon.test.ts): the sentence, and the names expected to answer. */
export const ANSWER_EXAMPLES: Array<{ text: string; names: string[] }> = [
  { text: "Italy and Belgium cover most of the costs.", names: ["Italy", "Belgium"] },
  { text: "The initiative came from two bodies acting together: UNHCR and the Swedish Migration Board.", names: ["UNHCR", "Swedish Migration Board"] },
  { text: "Money came from the European Union.", names: ["European Union"] },
  { text: "UNODC, jointly with IOM and UNICEF.", names: ["UNODC", "IOM", "UNICEF"] },
  { text: "Two bodies acting together: the Office of UNHCR (UNHCR) and the Swedish Migration Board (SMB).", names: ["UNHCR", "Swedish Migration Board"] },
  { text: "Eleven states set it up in 2003, with IOM as its secretariat.", names: [] },
  { text: "No. The European Union paid for it but never ran it.", names: [] },
  { text: "IOM counted as a partner rather than a founder.", names: [] },
];
