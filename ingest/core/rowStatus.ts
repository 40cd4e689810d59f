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
  if (WITHHELD_STATUS.test(word)) return null;
  const own = STATUS_LISTS.filter((l) => l.heading.test(word));
  if (own.length) return own;
  // The label lexicon reads the member and observer words ("Full member", "Member State", "Observer") as it reads a
  // printed label: a status cell states of its row what that label states of the rows under it.
  const read = labelLists(word.replace(/^[a-z]/, (c) => c.toUpperCase())).filter((l) => l.type === "MEMBER_OF" || l.type === "PARTICIPATES_IN");
  return read.length ? read : undefined;
}

/** A header cell naming the row's own entity, as a register of standing heads it ("State", "Economy", "Delegation"). */
const STANDING_ENTITY = /^(?:(?:member |participating |partner )?(?:states?|countr(?:y|ies)|governments?|econom(?:y|ies)|participants?|members?|parties|organi[sz]ations?|delegations?|bod(?:y|ies)|jurisdictions?))$/i;

/**
 * Where a header row has its status column ("No. | Participating economy | Status | Joined"), with its width and the
 * column naming each row's entity where the header names one; else null.
 */
export function statusColumn(header: string): { at: number; width: number; entity: number } | null {
  const cells = cellSpans(header);
  const at = cells.findIndex((c) => STATUS_HEADER.test(c.text));
  return at > 0 ? { at, width: cells.length, entity: cells.findIndex((c) => STANDING_ENTITY.test(c.text)) } : null;
}

const ADD = "Abu Dhabi Dialogue\n\nThe Abu Dhabi Dialogue is a forum of Asian and Gulf states on labour migration.\n\nRegister\n\n";
const CCEMA = "Climate Change, Environment and Migration Alliance\n\nThe alliance brings agencies and states together on climate mobility.\n\nRegister\n\n";
/** Example pages for a register row's status cell (test/unit/headingLists.test.ts). */
export const ROW_STATUS_EXAMPLES: TripleExamples = {
  positive: [
    // Under a column that reads as taking part, the status column says the row is a member, or an observer.
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNDP | Observer\n`, expect: ["MEMBER_OF", "org:iom", "ini:ccema"] },
    { text: `${ADD}No. | Participating government | Status | Since\n1 | Oman | Full member | 2008\n2 | Japan | Observer | 2011\n`, expect: ["PARTICIPATES_IN", "ctry:jp", "forum:abu-dhabi-dialogue"] },
    // A numbered row whose name the page does not know is still a row, not a new header over the rows below it.
    { text: `${ADD}| No. | Participating government | Status | Note |\n|---|---|---|---|\n| 1 | Oman | Full member | |\n| 2 | Freedonia | Full member | |\n| 3 | Nepal | Full member | |\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    // A "Participating State" as a row's status is a member, whatever kind the body is.
    { text: `${CCEMA}Country | Status\nBangladesh | Participating State\nFiji | Participating State\n`, expect: ["MEMBER_OF", "ctry:bd", "ini:ccema"] },
  ],
  negative: [
    // An observer is no member; a candidate and a former member are neither.
    { text: `${ADD}No. | Participating government | Status | Since\n1 | Oman | Full member | 2008\n2 | Japan | Observer | 2011\n`, expect: ["MEMBER_OF", "ctry:jp", "forum:abu-dhabi-dialogue"] },
    { text: `${ADD}No. | Participating government | Status | Since\n1 | Oman | Full member | 2008\n2 | Nepal | Candidate | 2011\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    { text: `${ADD}State | Membership\nOman | Full member\nNepal | Former member\n`, expect: ["MEMBER_OF", "ctry:np", "forum:abu-dhabi-dialogue"] },
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNDP | Observer\n`, expect: ["MEMBER_OF", "org:undp", "ini:ccema"] },
    // An applicant takes no part yet, whatever its column says.
    { text: `${CCEMA}No. | Participating organization | Status\n1 | IOM | Full member\n2 | UNDP | Applicant\n`, expect: ["PARTICIPATES_IN", "org:undp", "ini:ccema"] },
  ],
};
