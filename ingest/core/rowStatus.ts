import { labelLists } from "./labelLists.js";
import { cellSpans } from "./labelledColumns.js";
import type { HeadingList } from "./rules/listRules.js";
import { STATUS_HEADER, STATUS_LISTS, WITHHELD_STATUS } from "./rules/statusLexicon.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The lists a status cell states of its row (rules/statusLexicon.ts): the lists, `null` for a status that withholds
 * any standing ("Candidate", "Former member"), `undefined` for a cell that is no status word (a year, a note).
 */
export function statusLists(cell: string): HeadingList[] | null | undefined {
  const word = cell.trim().replace(/[.*]+$/, "").trim();
  if (!word || word.length > 40) return undefined;
  if (WITHHELD_STATUS.test(word) || ENDED_OR_PENDING.test(word)) return null;
  // "Member of the Regional Network": the cell names the body the standing is in, which is not the page's forum.
  if (OTHER_BODY.test(word)) return undefined;
  const own = STATUS_LISTS.filter((l) => l.heading.test(word));
  if (own.length) return own;
  // The label lexicon reads the member and observer words ("Full member", "Member State", "Observer") as it reads a
  // printed label: a status cell states of its row what that label states of the rows under it.
  const read = labelLists(word.replace(/^[a-z]/, (c) => c.toUpperCase())).filter((l) => l.type === "MEMBER_OF" || l.type === "PARTICIPATES_IN");
  return read.length ? read : undefined;
}

/** A standing qualified as not yet held or already ended ("Full member (proposed)", "Observer until 2012"). */
const ENDED_OR_PENDING = /\((?:proposed|pending|suspended|applied|applicant|candidate|former)\)|\b(?:until|till|up to)\s+(?:19|20)\d{2}\b/i;
/** A status word that goes on to name a body ("Observer to the Commission", "Member of the Regional Network"). */
const OTHER_BODY = /^\S.*?\s(?:of|in|to|with|at)\s+(?:the\s+)?[A-Z]/;

/** A header cell naming the row's own entity, as a register of standing heads it ("State", "Economy", "Delegation"). */
const STANDING_ENTITY = /^(?:(?:member |participating |partner )?(?:states?|countr(?:y|ies)|governments?|econom(?:y|ies)|participants?|members?|parties|organi[sz]ations?|delegations?|bod(?:y|ies)|jurisdictions?))$/i;

/**
 * Where a header row has its status column ("No. | Participating economy | Status | Joined"), with its width and the
 * column naming each row's entity where the header names one; else null.
 */
export function statusColumn(header: string): { at: number; width: number; entity: number; opens: number } | null {
  const cells = cellSpans(header);
  const at = cells.findIndex((c) => STATUS_HEADER.test(c.text));
  // The status is the standing of the entity the row opens with (after a running number): in "Institution | Country |
  // Status" it is the institution's, and the country column states nothing by it.
  const entity = cells.findIndex((c) => !NUMBERING.test(c.text));
  // "Country | Institution | Status": the status is the institution's, which a later column names.
  if (entity >= 0 && cells.some((c, j) => j > entity && j !== at && BODY_COLUMN.test(c.text))) return null;
  return at > entity && entity >= 0 ? { at, width: cells.length, entity: STANDING_ENTITY.test(cells[entity]!.text) ? entity : -1, opens: entity } : null;
}
/** Whether a name fills its cell ("the Philippines", "Kenya (KE)"): a state inside a longer name is not the row's entity. */
export function fillsCell(text: string, cell: { start: number; end: number }, m: { start: number; end: number }): boolean {
  return /^\s*(?:the\s+)?$/i.test(text.slice(cell.start, m.start)) && /^\s*(?:\([^)]*\))?\s*$/.test(text.slice(m.end, cell.end));
}

/** A header cell naming a body that holds the row's standing on behalf of its state ("Institution", "Member agency"). */
const BODY_COLUMN = /^(?:(?:member |national |name of (?:the )?)?(?:institutions?|agenc(?:y|ies)|bod(?:y|ies)|organi[sz]ations?|commissions?|ministr(?:y|ies)|authorit(?:y|ies))|name)$/i;
const NUMBERING = /^(?:no\.?|nr\.?|#|s\/n|n°|num(?:ber)?\.?|)$/i;

const ADD = "Abu Dhabi Dialogue\n\nThe Abu Dhabi Dialogue is a forum of Asian and Gulf states on labour migration.\n\nRegister\n\n";
const CCEMA = "Climate Change, Environment and Migration Alliance\n\nThe alliance brings agencies and states together on climate mobility.\n\nRegister\n\n";
const ADD_PLAIN = "Abu Dhabi Dialogue\n\nThe Abu Dhabi Dialogue is a forum of Asian and Gulf states on labour migration.\n\n";
/** Example pages for a register row's status cell (test/unit/headingLists.test.ts). */
export const ROW_STATUS_EXAMPLES: TripleExamples = {
  positive: [
    // Under a column that reads as taking part, the status column says the row is a member, or an observer.
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNDP | Observer\n`, expect: ["MEMBER_OF", "org:iom", "ini:ccema"] },
    { text: `${ADD}No. | Participating government | Status | Since\n1 | Oman | Full member | 2008\n2 | Japan | Observer | 2011\n`, expect: ["PARTICIPATES_IN", "ctry:jp", "forum:abu-dhabi-dialogue"] },
    // A numbered row whose name the page does not know is still a row, not a new header over the rows below it.
    { text: `${ADD_PLAIN}#\tGovernment\tMembership\n1\tOman\tMember\n2\tKingdom of Arcadia\tMember\n3\tNepal\tMember\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    // A "Participating State" as a row's status is a member, whatever kind the body is.
    { text: `${CCEMA}Country | Status\nBangladesh | Participating State\nFiji | Participating State\n`, expect: ["MEMBER_OF", "ctry:bd", "ini:ccema"] },
  ],
  negative: [
    // An observer is no member; a candidate and a former member are neither.
    { text: `${ADD}No. | Participating government | Status | Since\n1 | Oman | Full member | 2008\n2 | Japan | Observer | 2011\n`, expect: ["MEMBER_OF", "ctry:jp", "forum:abu-dhabi-dialogue"] },
    { text: `${ADD}No. | Participating government | Status | Since\n1 | Oman | Full member | 2008\n2 | Nepal | Candidate | 2011\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    { text: `${ADD}State | Membership\nOman | Full member\nNepal | Former member\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    // The status is the standing of the body the row names, not of the state in another column or inside its name.
    { text: `${ADD}Country | Institution | Status\nOman | Ministry of Manpower | Full member\nNepal | Department of Foreign Employment | Associate member\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    { text: `${ADD}Member | Status\nLabour Ministry of Oman | Full member\nEmployment Board of Nepal | Associate member\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    { text: `${ADD}Agency | Country | Status\nMinistry of Manpower | Oman | Full member\nDepartment of Foreign Employment | Nepal | Associate member\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNDP | Observer\n`, expect: ["MEMBER_OF", "org:undp", "ini:ccema"] },
    // A cell naming another body states the row's standing there; an ended standing is none now.
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNHCR | Member of the Regional Network\n`, expect: ["MEMBER_OF", "org:unhcr", "ini:ccema"] },
    { text: `${ADD}State | Membership\nOman | Full member\nNepal | Member until 2012\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    // A state named inside a longer name is not the row's entity ("Labour Office, Nepal" is an office, not Nepal).
    { text: `${ADD}State | Membership\nOman | Full member\nLabour Office, Nepal | Full member\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    // An applicant takes no part yet, whatever its column says.
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNDP | Applicant\n`, expect: ["PARTICIPATES_IN", "org:undp", "ini:ccema"] },
  ],
};
