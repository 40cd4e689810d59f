import { COMMA_LIST, INLINE_LIST } from "./contentRows.js";
import { labelHead } from "./listLabel.js";
import { readLabel } from "./labelSense.js";
import type { M } from "./mentionLists.js";
import { HEADING_LISTS, type HeadingList } from "./rules/listRules.js";
import { LEAD_INS, ROW_STATEMENTS } from "./rules/leadInRules.js";
import { PROGRAMME_LISTS } from "./rules/programmeListRules.js";
import { MONTH } from "./months.js";
import { REGION_MODIFIERS, REGION_SCOPE } from "./regionScope.js";

export { HEADING_LISTS, LEAD_INS, ROW_STATEMENTS, type HeadingList };

/** Where a name stands in a line, to measure a label without the names it holds. */
export interface Span {
  start: number;
  end: number;
}

/** A register row that states its own relation in a column ("Uruguay — ratification — 2012"). */
export function rowStatement(text: string): HeadingList[] {
  return /\bnot\b/i.test(text) ? [] : ROW_STATEMENTS.filter((r) => r.heading.test(text));
}

/**
 * Readers for structure rather than verbs:
 *  - a heading with its list: "Members:", "Former chairs:", "Past Chairs:", "Donors:" then rows
 *    (one list item or short line each, possibly with a year: "2008 – Philippines", "Greece (2009)");
 *  - the same heading inline: "Members: Morocco, Senegal and Spain.";
 *  - year-by-year lists in one sentence: "… hosted in Belgium in 2007, the Philippines in 2008 …".
 *  - a lead-in sentence before a colon: "The project covers all fifteen ECOWAS Member States:" then rows.
 * The lists are data (rules/listRules.ts): the heading words, the relation they state, the kinds a row may hold.
 */
const MEETING_TYPES: ReadonlySet<string> = new Set(["HOSTED", "CHAIRED"]);

/** The lists a label states, read on the label as written and on its head (listLabel.ts: "Steering Group (2019)"). */
export function labelLists(label: string): HeadingList[] {
  // The head is a noun phrase; "Its co-chairs were thanked by" is a clause, which only a lead-in reader may read.
  const head = labelHead(label);
  const phrase = !/\b(?:is|are|was|were|be|been|has|have|had|will|would|do|does|did)\b/i.test(head);
  // The lexicon reads the label's head and modifiers: a modifier may deny what the anchored patterns find there
  // ("Former members", "Non-member states"), and it reads wordings no pattern was written for ("Other implementing partners").
  const reading = readLabel(label);
  if (reading.denied === "all") return [];
  const denied = reading.denied;
  const found = [...HEADING_LISTS, ...PROGRAMME_LISTS].flatMap((h) => {
    // A head that names something else ("Donor reports") lists no donors; a list of meetings still names their hosts.
    if (denied.has(h.type) || (reading.other && !MEETING_TYPES.has(h.type))) return [];
    const at = h.heading.exec(label)?.index ?? (phrase ? h.heading.exec(head)?.index : undefined);
    return at === undefined ? [] : [{ h, at }];
  });
  if (found.length === 0) return reading.lists;
  // "Funding partners" are donors, not partners: where two lists speak of the same topics, the one that reads more
  // of the label (its match starts earlier) says what the rows are.
  const kept = found.filter((x) => !found.some((y) => y.at < x.at && y.h.topics.some((k) => x.h.topics.includes(k)))).map((x) => x.h);
  // The lexicon still speaks for the same relation to topics the patterns do not read: "Members" of a network (an
  // initiative), not only of a forum.
  const further = reading.lists.filter((l) => kept.some((k) => k.type === l.type) && !kept.some((k) => k.topics.some((t) => l.topics.includes(t))));
  return [...kept, ...further];
}

/**
 * The heading of a list: a short line ending in a colon, or the rest of the line up to the colon. With `bare`, also a
 * line that is a label and nothing else, printed without a colon above its rows ("Funded by", "Member agencies");
 * relate.ts asks for that only of a whole passage that names no entity.
 */
export function listHeading(text: string, bare = false, names: readonly Span[] = []): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  // A label may name its topic ("Parties to the Domestic Workers Convention, 2011 (year of ratification):"): a name
  // counts as one word towards the label's length, so a long treaty name does not make the label a sentence.
  const short = (label: string) => label.length - names.filter((n) => n.end <= label.length).reduce((sum, n) => sum + n.end - n.start - 1, 0) <= 60;
  // A label inside a bullet list may open in lower case ("- main countries of operation: Lebanon, Jordan").
  // A fact box may part label and value by a tab, leader dots or a spaced dash instead ("Countries\tGhana, Ethiopia",
  // "Lead agency ........ IOM", "Countries — Ghana"): only a label the readers know opens a list there.
  const m = /^([A-Z][^:.;]{1,300}|[a-z][a-z ,-]{2,40}):\s*/.exec(text) ?? FIELD_GAP.exec(text);
  if (!m || !short(m[1]!)) {
    const label = text.trim();
    if (!bare || !/^[A-Z][^:.;!?|\t]{1,300}$/.test(label) || !short(label)) return null;
    const list = labelLists(label);
    return list.length ? { list, rest: "", restFrom: text.length, label } : null;
  }
  // A caption's kind before the label ("Map: countries where the programme is active", "Figure 2: Pilot countries"): the
  // label is the caption's text, its rows below it (a map legend).
  if (CAPTION.test(m[1]!)) {
    const inner = listHeading(text.slice(m[0].length).replace(/^[a-z]/, (c) => c.toUpperCase()), bare);
    return inner && { ...inner, restFrom: inner.restFrom + m[0].length };
  }
  const label = m[1]!.trim();
  const list = labelLists(label);
  if (list.length === 0) return null;
  return { list, rest: text.slice(m[0].length), restFrom: m[0].length, label };
}
const FIELD_GAP = /^([A-Z][A-Za-z ,()'’-]{1,40}?)(?:\t+|\s*\.{3,}\s*|\s+[—–]\s+)(?=\S)/;
const CAPTION = /^(?:map|figure|fig|chart|graphic|infographic|legend)(?:\s+\d{1,2})?$/i;

/**
 * A label printed alone that names its own topic ("Ratifications and accessions to the International Convention on
 * the Protection of the Rights of All Migrant Workers …", "Members of the Colombo Process"): every name in it is of a
 * kind the list is about, so the rows below are that topic's.
 */
export function namingLabel(text: string, alone: boolean, names: ReadonlyArray<Span & { kind: string }>): ReturnType<typeof listHeading> {
  if (!alone || names.length === 0) return null;
  const h = listHeading(text, true, names);
  return h && h.restFrom === text.length && names.every((n) => h.list.some((l) => (l.topics as readonly string[]).includes(n.kind))) ? h : null;
}

/** A field line "Label: value" whose label is one the list readers know ("Donors: Japan", "Lead agency: IOM"). */
export function isFieldLine(text: string): boolean {
  return /^[A-Z][^:.;]{1,60}:\s+\S/.test(text) && listHeading(text) !== null;
}

// A label that is a date or period and nothing more ("July-December 2012", "2011–2013", "Since 2016"): a row's, not a field's.
const PERIOD_WORDS = new RegExp(`\\b(?:${MONTH}|(?:19|20)\\d{2}|from|to|since|until|and|early|mid|late|spring|summer|autumn|winter)\\b`, "gi");
const isPeriod = (label: string) => /\b(?:19|20)\d{2}\b/.test(label) && label.replace(PERIOD_WORDS, "").replace(/[\W\d_]+/g, "") === "";

// A register cut by initial letters ("A–F: Afghanistan, Albania", "G to M: Georgia"): the rows' label, not a field's.
const LETTER_RANGE = /^[A-Z]\s*(?:[-–—]|to)\s*[A-Z]$/;

// Between a row's name and the role it holds: a colon, a pipe or tab, or a spaced dash ("UNODC: co-lead", "Italy — donor").
const ROLE_SEPARATOR = /^\s*(?:\([A-Z][A-Za-z0-9.-]{1,12}\)\s*)?(?::|\||\t+|\s[—–-]\s)\s*/;
// The role cell ends at a remark: a semicolon, comma, bracket, another column or a spaced dash.
const ROLE_CELL = /^([a-zA-Z][a-zA-Z -]{1,40}?)\s*(?=$|[;,(|\t.]|\s[—–-]\s)/;

const ROLE_WITHHELD = /\b(?:until|left|former(?:ly)?|withdr[a-z]*|suspended|not|no longer|candidate|pending|expected|planned|invited|applied)\b/i;

/**
 * A row that names one body and then the role it holds ("- UNODC: co-lead; legal assessments", "Netherlands: funder",
 * "IOM | implementing partner"): the role cell, read by the label lexicon as a printed label is, says what the row
 * states, whatever list the rows stand under. The name must open the row and the role follow it alone, in three words
 * at most: "Kenya: host country of the regional office" or "Italy: 1981" state no role, nor does a remark that ends or
 * withholds it ("Oman | Member (until 2012)").
 */
export function roleRow(text: string, ms: readonly M[]): { list: HeadingList[]; item: M } | null {
  const own = ms.filter((m) => m.via !== "coref").sort((a, b) => a.start - b.start);
  const item = own[0];
  if (!item || !/^[\s\-–•*·\d.)]*(?:the\s+)?$/i.test(text.slice(0, item.start))) return null;
  const sep = ROLE_SEPARATOR.exec(text.slice(item.end));
  if (!sep) return null;
  const from = item.end + sep[0].length;
  const cell = ROLE_CELL.exec(text.slice(from));
  if (!cell || cell[1]!.trim().split(/\s+/).length > 3) return null;
  const to = from + cell[1]!.length;
  if (own.some((m) => m !== item && m.start < to)) return null;
  // A remark that ends or withholds the role ("Member (until 2012)", "donor; pledge not yet paid") states none.
  if (ROLE_WITHHELD.test(text.slice(to))) return null;
  const list = labelLists(cell[1]!.trim().replace(/^[a-z]/, (c) => c.toUpperCase()));
  return list.length ? { list, item } : null;
}

// World regions a list groups its rows by ("Europe: Austria, Hungary", "West Africa: Ghana, Mali", "Asian members: …").
const REGION_NOUNS = new Set([...REGION_SCOPE.words.filter((w) => w !== "Region"), "Middle", "East", "Gulf", "Levant", "Horn", "Lakes", "Routes", "Oceania"].map((w) => w.toLowerCase()));
const REGION_ADJECTIVES = new Set("african asian european american caribbean pacific arab mediterranean nordic baltic andean".split(" "));
const REGION_GLUE = new Set(["the", "and", "of", "great", "silk", "non-eu", "eu", ...REGION_MODIFIERS.map((w) => w.toLowerCase())]);
const GROUP_NOUNS = /\s+(?:member\s+)?(?:states?|countries|members|partners|governments|side|sub-?regions?|regions?)$/i;

/**
 * A label that names a world region and nothing else, with or without a group noun ("Europe", "Latin America and the
 * Caribbean", "African Member States", "Asia-Pacific countries"): the rows after it are one group of the list above,
 * not another field. "Venue", "Contact" or "Western Union" name no region.
 */
export function isRegionLabel(label: string): boolean {
  const words = label.trim().replace(GROUP_NOUNS, "").split(/[\s-]+/).map((w) => w.toLowerCase()).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const region = words.filter((w) => REGION_NOUNS.has(w) || REGION_ADJECTIVES.has(w));
  return region.length > 0 && words.every((w) => REGION_NOUNS.has(w) || REGION_ADJECTIVES.has(w) || REGION_GLUE.has(w)) && (REGION_NOUNS.has(words[words.length - 1]!) || GROUP_NOUNS.test(label.trim()));
}

/**
 * A field line of a kind no list reader knows ("Venue: Bali", "Contact: …", "Responsible official<TAB>…"), whose label
 * names no entity and no period: a row of the list above names one there ("Italy: 1981", "July-December 2012: UNODC"),
 * a new field does not.
 */
export function otherField(text: string, mentionStarts: readonly number[]): boolean {
  // A record's field may part label and value by a tab ("Responsible official<TAB>…", "Collaborating units<TAB>…").
  const m = /^([A-Z][^:.;\t]{1,60})(?::\s+|\t+)\S/.exec(text);
  if (!m || listHeading(text) || isPeriod(m[1]!) || LETTER_RANGE.test(m[1]!) || isRegionLabel(m[1]!)) return false;
  return !mentionStarts.some((at) => at < m[1]!.length);
}

/** A short line that labels what follows ("Countries:", "News from the region:"), whether or not a list reader knows it. */
export function isLabelLine(text: string): boolean {
  if (/^[A-Z][^:.;]{1,60}:\s*$/.test(text)) return true;
  // Printed without a colon, a label of something else ("Success stories", "Former members") still ends the list above.
  if (!/^[A-Z][^:.;!?|\t]{1,60}$/.test(text)) return false;
  const reading = readLabel(text);
  return reading.plain && (reading.other || reading.denied === "all" || (reading.denied.size > 0 && reading.lists.length === 0));
}

const NEGATED = /\b(?:not|never|no longer|neither|nor|yet to|is to be|will|would|should|may|plans? to|expected to)\b/;

/**
 * A sentence that leads into a list: its clause before the colon states the relation
 * ("Delegations from eleven countries of origin took part: A, B", "The project covers X and Y:").
 * A negated, modal or planned clause states no fact.
 */
/** A colon inside a quotation ('… under the tags "Countries covered: A, B"') is the quoted text's, not the sentence's. */
function insideQuote(label: string): boolean {
  const straight = (label.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (label.match(/[“«]/g) ?? []).length > (label.match(/[”»]/g) ?? []).length;
}

export function leadIn(text: string): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  const colon = text.indexOf(":");
  if (colon < 8 || colon > 220) return null;
  const label = text.slice(0, colon);
  if (NEGATED.test(label) || /[;]/.test(label) || insideQuote(label)) return null;
  // A label that a modifier denies ("Potential target countries") is no lead-in either.
  const denied = readLabel(label).denied;
  if (denied === "all") return null;
  const list = LEAD_INS.filter((h) => !denied.has(h.type) && h.heading.test(label));
  if (list.length === 0) return null;
  const restFrom = colon + 1 + (/^\s*/.exec(text.slice(colon + 1))?.[0].length ?? 0);
  return { list, rest: text.slice(restFrom), restFrom, label };
}

/**
 * A sentence whose subject is a list label and whose verb lists its holders: "Its funding partners are the
 * European Union, Luxembourg and Spain", "Observers include IOM and the ILO", "The current co-chairs are A and B".
 * The label is read by the lexicon as a printed label is; its owner ("Its", "The") is the topic, as for a lead-in.
 */
const COPULAR_LIST = /^\W*(?:(?:its|their|the)\s+)?((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:are|were|include|includes|included|comprise|comprises|comprised)(?=[\s:])\s*(?:the following\s*)?:?\s*/i;

export function copularList(text: string): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  const m = COPULAR_LIST.exec(text);
  // The list follows the verb at once: a name, not a clause going on ("were thanked by"); or the verb ends the line
  // on a colon and the list is printed below it ("Partner countries include:").
  const rest = text.slice(m?.[0].length ?? 0);
  if (!m || NEGATED.test(text) || !(/^(?:the\s+)?[A-Z]/.test(rest) || (rest === "" && /:\s*$/.test(m[0])))) return null;
  const label = m[1]!;
  const list = labelLists(label[0]!.toUpperCase() + label.slice(1));
  return list.length ? { list, rest: text.slice(m[0].length), restFrom: m[0].length, label } : null;
}

/**
 * In a list written on one line, each entity opens its own item: "Sri Lanka, the first; then the Philippines;
 * Indonesia", but not "four fields: data in Nepal, borders".
 */
const STATE_TITLE_GAP = /^\s*(?:(?:and|or|as well as)\s+)?(?:the\s+)?(?:Governments?|Kingdom|Republic|Federal Republic|Sultanate|Principality|State)\s+of\s+(?:the\s+)?$/;

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
  return !!prev && opensItem(text, prev, all);
}

/**
 * A row of a list: a list item, or a short line that is no sentence ("Greece (2009)", "2008: UNHCR").
 * A line of running prose ("IOM acts as the secretariat of the Process.") ends the list before it.
 */
export function isListRow(kind: string, text: string): boolean {
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

// What a name in a list of names may carry in brackets: its acronym, or the year or date of its entry ("Chad (1999)").
const NAME_REMARK = String.raw`(?:\((?:[A-Z][A-Za-z0-9.-]{1,12}|(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d{2})\)\s*)?`;
// What may stand between the names of a sentence that only lists them: a comma or semicolon, "and", a bracketed remark.
const NAME_GAP = new RegExp(String.raw`^\s*${NAME_REMARK}(?:[,;]\s*(?:and\s+|as well as\s+)?|(?:and|&|as well as|together with|along with)\s+)(?:the\s+)?$`, "i");
const NAMES_END = new RegExp(String.raw`^\s*${NAME_REMARK}[.;]?\s*$`);

/**
 * A sentence made of names alone, three or more, parted by commas or "and" and closed by a full stop ("Benin,
 * Ghana, …, Togo."): a row of names, though printed as the opening sentence of a paragraph the prose goes on in.
 * A name may carry its acronym or the year it joined in brackets ("Chad (1999), Peru (2014)."). "Nepal and India were
 * praised." has a verb after its names; it is prose.
 */
export function namesOnlySentence(text: string, ms: readonly M[]): boolean {
  const own = ms.filter((m) => m.via !== "coref").sort((a, b) => a.start - b.start);
  if (own.length < 3) return false;
  if (!/^\W*(?:the\s+)?$/i.test(text.slice(0, own[0]!.start))) return false;
  for (let i = 1; i < own.length; i++) if (!NAME_GAP.test(text.slice(own[i - 1]!.end, own[i]!.start))) return false;
  return NAMES_END.test(text.slice(own[own.length - 1]!.end));
}

/** The period that labels a row: "July-December 2012: UNODC" → "July-December 2012". */
export function rowPeriod(text: string): string | null {
  const m = /^(?:[-*•–]\s*)?([^:]{0,40}?(?:19|20)\d{2}[^:]{0,12}):\s/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** A year opening a row: "2007 – Brussels, Belgium". */
export function yearOpeningRow(text: string): number | null {
  const m = /^\s*(?:[-*•]\s*)?((?:19|20)\d{2})\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A year printed next to a row's entity: "2008 – Philippines", "Greece (2009)", "Mexico, 2010". */
export function yearOfRow(text: string, m: M): number | null {
  const after = /^\s*(?:\(|,|–|-|:)?\s*(?:in\s+)?((?:19|20)\d{2})\b/.exec(text.slice(m.end, m.end + 14));
  if (after) return Number(after[1]);
  const before = /\b((?:19|20)\d{2})\s*(?:\)|,|–|-|:)?\s*(?:in\s+|by\s+)?(?:the\s+)?$/.exec(text.slice(Math.max(0, m.start - 16), m.start));
  return before ? Number(before[1]) : null;
}

/**
 * The one year a table row prints for its one entity, in any column: "Egypt ........ 19 Feb 1993 (a)",
 * "Uruguay | 14 Jun 2012 | In force". A row naming two years or two entities does not say whose year is which.
 */
export function onlyYearOfRow(text: string): number | null {
  const years = new Set(text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * A year stated in the actor's own short clause, before the next actor:
 * "Egypt held the chair in 2015 and France in 2016", "by Kazakhstan from 2013, by …".
 */
const JOINED_IN_YEAR = new RegExp(String.raw`^[^,;:.()]{0,30}?\b(?:in|from|since)\s+(?:${MONTH}\s+)?((?:19|20)\d{2})\b`);

function yearInClause(rest: string): number | null {
  const m = JOINED_IN_YEAR.exec(rest);
  return m ? Number(m[1]) : null;
}

const HOST_TRIGGER = /\b(?:host(?:ed|s|ing)?|held|took place|convened|met)\b/i;
const CHAIR_TRIGGER = /\b(?:(?:co-)?chair(?:ed|s|ing|manship)?|presiden(?:cy|ts?)|presided)\b/i;

export interface YearEntry {
  type: "HOSTED" | "CHAIRED";
  actor: M;
  year: number;
}

/**
 * "The GFMD was hosted by Belgium in 2007, the Philippines in 2008 and Greece in 2009":
 * two or more actors, each with its own year, after a hosting or chairing word.
 */
export function yearByYear(text: string, ms: M[]): YearEntry[] {
  const host = HOST_TRIGGER.exec(text);
  const chair = CHAIR_TRIGGER.exec(text);
  if (!host && !chair) return [];
  const entries: Array<{ actor: M; year: number }> = [];
  const actors = ms.filter((m) => m.kind === "COUNTRY" || m.kind === "ORGANIZATION");
  actors.forEach((m, i) => {
    const year = yearOfRow(text, m) ?? yearInClause(text.slice(m.end, actors[i + 1]?.start ?? text.length));
    if (year) entries.push({ actor: m, year });
  });
  if (entries.length < 2 || new Set(entries.map((e) => e.year)).size < 2) return [];
  const first = entries[0]!.actor.start;
  const last = entries[entries.length - 1]!.actor.end + 8;
  // The trigger nearest before the list decides what the list states; else one right after it
  // ("Mexico (2010), Switzerland (2011) and Mauritius (2012) – previous Chairs of the GFMD").
  const near = (m: RegExpExecArray | null) => (m ? (m.index < first ? m.index : m.index >= last && m.index - last <= 30 ? 1e6 - m.index : -1) : -1);
  const h = near(host);
  const c = near(chair);
  if (h < 0 && c < 0) return [];
  const type = c > h ? "CHAIRED" : "HOSTED";
  return entries.filter((e) => type === "CHAIRED" || e.actor.kind === "COUNTRY").map((e) => ({ type, ...e }));
}
