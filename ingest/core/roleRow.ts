import { labelLists } from "./labelLists.js";
import type { M } from "./mentionLists.js";
import type { HeadingList } from "./rules/listRules.js";
import type { TripleExamples } from "./TripleExamples.js";
import { statusLists } from "./rowStatus.js";

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
  // A status word reads as the register's lexicon says ("Participating State": a member of the process; "Candidate": none).
  const status = statusLists(cell[1]!);
  if (status === null) return null;
  const list = status ?? labelLists(cell[1]!.trim().replace(/^[a-z]/, (c) => c.toUpperCase()));
  return list.length ? { list, item } : null;
}

const WHO_DOES_WHAT = "Migration for Development in Africa\n\nThe programme places diaspora experts in their countries of origin.\n\nWho does what\n";
/** Example pages for a row that names one body and the role it holds (test/unit/headingLists.test.ts). */
export const ROLE_ROW_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${WHO_DOES_WHAT}- IOM: lead; recruitment of the experts\n- Italy: donor\n- UNDP: implementing partner\n`, expect: ["LEADS", "org:iom", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- IOM: lead; recruitment of the experts\n- Italy: donor\n- UNDP: implementing partner\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
    // An implementing partner implements the programme, which the ontology reads as leading it, beside the lead agency.
    { text: `${WHO_DOES_WHAT}- IOM: lead; recruitment of the experts\n- Italy: donor\n- UNDP: implementing partner\n`, expect: ["LEADS", "org:undp", "ini:mida"] },
    // Under a heading that says partners, the row's own role decides.
    { text: "Migration for Development in Africa\n\nThe programme places diaspora experts in their countries of origin.\n\nPartners\n- UNDP\n- Italy: funder\n", expect: ["FUNDS", "ctry:it", "ini:mida"] },
  ],
  negative: [
    { text: "Migration for Development in Africa\n\nThe programme places diaspora experts in their countries of origin.\n\nPartners\n- UNDP\n- Italy: funder\n", expect: ["PARTICIPATES_IN", "ctry:it", "ini:mida"] },
    // A role the row denies, a role with a complement of its own, a year: no role held.
    { text: `${WHO_DOES_WHAT}- Italy: potential donor\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- IOM: lead author of the 2019 study\n`, expect: ["LEADS", "org:iom", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- Italy: 1981\n- Spain: 1990\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- Italy: donor (until 2012)\n- Spain: donor; pledge not yet paid\n`, expect: ["FUNDS", "ctry:es", "ini:mida"] },
    // The role's holder must open the row: "Funds from Italy: donor pledges" names Italy inside a phrase.
    { text: `${WHO_DOES_WHAT}- Funds from Italy: donor pledges only\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
  ],
};
