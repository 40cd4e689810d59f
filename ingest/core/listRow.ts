import { stateStyleSource } from "./stateStyle.js";
import { COMMA_LIST, INLINE_LIST } from "./contentRows.js";
import type { M } from "./mentionLists.js";
import { ROW_STATEMENTS } from "./rules/leadInRules.js";
import type { HeadingList } from "./rules/listRules.js";

/** A register row that states its own relation in a column ("Uruguay — ratification — 2012"). */
export function rowStatement(text: string): HeadingList[] {
  return /\bnot\b/i.test(text) ? [] : ROW_STATEMENTS.filter((r) => r.heading.test(text));
}

/**
 * In a list written on one line, each entity opens its own item: "Sri Lanka, the first; then the Philippines;
 * Indonesia", but not "four fields: data in Nepal, borders".
 */
const STATE_TITLE_GAP = new RegExp(`^\\s*(?:(?:and|or|as well as)\\s+)?(?:the\\s+)?${stateStyleSource()}$`);

export function opensItem(text: string, m: M, all: M[]): boolean {
  // Items part at a comma, a semicolon, a colon, or a middot, bullet or pipe printed between names ("FAO · IFAD").
  const cut = Math.max(...[",", ";", ":", "·", "•", "|"].map((sep) => text.lastIndexOf(sep, m.start - 1)));
  const gap = text.slice(cut + 1, m.start);
  // A year or period may label the item: "2009 Czech Republic; 2011 Poland", "2016–2018: Kuwait"; a state may be written
  // with its title: "the Government of Sweden, the Kingdom of the Netherlands".
  if (/^\s*(?:(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2})?)?\s*[:–—-]?\s*)?(?:(?:and|or|then|also|plus|as well as|along with|together with|both|finally)\s+)*(?:the\s+)?$/i.test(gap)) return true;
  if (m.kind === "COUNTRY" && STATE_TITLE_GAP.test(gap)) return true;
  // "Kuwait and Oman": the last item follows another item's entity.
  const and = /\s+(?:and|or|&)\s+(?:the\s+)?$/i.exec(gap);
  const prev = and ? all.find((x) => x.end === m.start - and[0].length) : undefined;
  return !!prev && opensItem(text, placeRemarkOwner(text, prev, m, all), all);
}

/**
 * "the Harbour Trust from Ghana and the Lagoon Centre": a state after "from" or "in" is a remark on the item before it,
 * so the next body follows that item. A state after the place ("from Ghana and Togo") is still the remark's.
 */
function placeRemarkOwner(text: string, prev: M, m: M, all: M[]): M {
  if (prev.kind !== "COUNTRY" || m.kind === "COUNTRY") return prev;
  const remark = /\s+(?:from|in|based in)\s+(?:the\s+)?$/.exec(text.slice(0, prev.start));
  return (remark && all.find((x) => x.end === prev.start - remark[0].length && x.kind !== "COUNTRY")) || prev;
}

/**
 * A row of a list: a list item, or a short line that is no sentence ("Greece (2009)", "2008: UNHCR").
 * A line of running prose ("IOM acts as the secretariat of the Process.") ends the list before it.
 */
export function isListRow(kind: string, text: string): boolean {
  // Several readers ask of the same line (memberRowNames, sectionSubject, relate): the answer is the text's and whether
  // it is a list item, so it is kept per text in one map for items and one for other lines.
  const answers = kind === "list-item" ? ROW_ANSWERS.item : ROW_ANSWERS.other;
  let answer = answers.get(text);
  if (answer === undefined) {
    answer = readListRow(kind, text);
    if (answers.size < MAX_ANSWERS) answers.set(text, answer);
  }
  return answer;
}

/** Bounded, as fold.ts's cache is: past the bound a line is read again at each question. */
const MAX_ANSWERS = 50_000;
const ROW_ANSWERS = { item: new Map<string, boolean>(), other: new Map<string, boolean>() };

function readListRow(kind: string, text: string): boolean {
  // A table's row is a row whatever its remarks column says ("| Angola | no record | citizens still need a visa |").
  if (TABLE_ROW.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean);
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  // Prose is mostly small words; a row of names ("Benin, Burkina Faso, …, Sao Tome and Principe") is mostly capitals.
  const prose = lower >= 4 && lower / words.length >= 0.4;
  // A line of names between separators ("FAO · IFAD · ILO · …", "Benin, Ghana, Mali, Togo, …") is a row however long it runs.
  return kind === "list-item" ? !prose : (text.length <= 100 || INLINE_LIST.test(text) || COMMA_LIST.test(text)) && !prose;
}

const TABLE_ROW = /^\s*\|?[^|\t]{1,80}(?:\||\t)[^|\t]*(?:\||\t)/;
