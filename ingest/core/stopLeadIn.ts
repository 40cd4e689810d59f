import type { TripleExamples } from "./TripleExamples.js";
import { leadIn } from "./leadIn.js";
import { listHeading } from "./listHeading.js";
import type { M } from "./mentionLists.js";
import type { Passage } from "./types.js";

/** The class a lead-in's rows belong to, closing the sentence: "… relied on national partners in each country." */
const CLASS_LAST = /\b(?:partners|members|participants|countries|states|organi[sz]ations|agencies|donors|institutions)(?:\s+(?:in|from|of|across)\s+(?:each|every|all|both|these|its|their|the)\s+[a-z]+(?:\s+[a-z]+)?)?$/i;
/** "… the countries listed below", "… the partners named below": the rows that follow are the class. */
const FORWARD_REFERENCE = /\s+(?:(?:which|that)\s+(?:are|were)\s+)?(?:listed|named|shown|given|set out|mentioned)\s+(?:below|hereafter)$/i;
/**
 * The rows named in the subject, their act after it: "The seventeen states below took part in the talks that followed."
 * reads as "The seventeen states took part:" (the clause up to the act, which the took-part lead-in needs last).
 */
const SUBJECT_BELOW = /^(.*?\b(?:partners|members|participants|countries|states|governments|delegations|organi[sz]ations|agencies|donors))\s+(?:(?:listed|named|shown)\s+)?below\s+((?:also\s+)?(?:took part|participated|attended|were represented|were present))\b/i;
/** A row the lead-in owns: a bullet, or a line grouped by place ("In Ghana: the Ministry of …"). */
const ROW_OPENING = /^\s*(?:[-–•*]\s|In\s+(?:the\s+)?[A-Z][^:.;]{1,40}:\s)/;
/** A row's opening place label: it says where the row's names are, it is none of them. */
export const PLACE_LABEL = /^\s*In\s+(?:the\s+)?[A-Z][^:.;]{1,40}:\s*/;

/**
 * A lead-in that ends in a full stop, not a colon: "The programme relied on national partners in each country." then
 * rows "In Ghana: …". The sentence owns the rows below it only where it is its passage's last, ends on the class the
 * rows are (partners, members, countries) and reads as a lead-in or label with a colon would (leadIn.ts, listHeading.ts),
 * and the next passage
 * of its section opens as a row. A sentence that merely stands before an unrelated list ("The Process adopted a work
 * plan.") names no class and owns nothing. The class may stand in the subject with "below", its act after it ("The
 * seventeen states below took part in the talks that produced it.", SUBJECT_BELOW).
 */
export function stopLeadIn(text: string, passage: Passage, index: number, passages: readonly Passage[], names: readonly M[]): ReturnType<typeof leadIn> {
  if (index !== passage.sentences.length - 1 || !/\.\s*$/.test(text)) return null;
  // A forward reference names the rows as those below: "The programme works in the four countries listed below."
  const below = SUBJECT_BELOW.exec(text);
  const label = below ? `${below[1]} ${below[2]}` : text.replace(/\.\s*$/, "").replace(FORWARD_REFERENCE, "");
  if (!below && !CLASS_LAST.test(label)) return null;
  const at = passages.findIndex((p) => p.id === passage.id);
  const next = at >= 0 ? passages[at + 1] : undefined;
  if (!next || next.section !== passage.section || !(next.kind === "list-item" || ROW_OPENING.test(next.text))) return null;
  const read = leadIn(`${label}:`) ?? listHeading(`${label}:`, false, names);
  return read && { ...read, rest: "", restFrom: text.length };
}

const FUND = "Harbour Fund\n\nThe Harbour Fund was set up in 2010 by Norway.";
const SUMMIT = "Harbour news\n\nThe Coastal Summit on Fisher Safety was held in Accra on 4 May 2019. Ministers agreed a plan.\n\n";
/** Pages a full-stop lead-in must read right ([type, sourceId, targetId]); test/unit/stopLeadIn.test.ts runs them. */
export const STOP_LEAD_IN_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${FUND} It relied on national partners in each country.\nIn Ghana: the Ghana Red Cross Society and the Refugee Law Centre.\nIn Togo: the Danish Refugee Council.\n`, expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:harbour-fund"] },
    { text: `${FUND} The fund works through these partners.\n- Ghana Red Cross Society\n- Refugee Law Centre\n`, expect: ["PARTICIPATES_IN", "org:refugee-law-centre", "ini:harbour-fund"] },
    // A forward reference: the rows below are the countries the sentence speaks of.
    { text: `${FUND} The fund works in the three countries listed below.\n- Ghana\n- Togo\n- Benin\n`, expect: ["OPERATES_IN", "ini:harbour-fund", "ctry:tg"] },
    // The rows named in the subject, the act after it: those below took part in the meeting the page reports.
    { text: `${SUMMIT}The nine states below took part in the talks that produced it.\n- Ghana\n- Togo\n- Benin\n`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:coastal-summit-on-fisher-safety"] },
  ],
  negative: [
    // A sentence that names no class of rows owns none of the lines after it.
    { text: `${FUND} The fund adopted a new work plan.\nIn Ghana: floods closed the offices of the Ghana Red Cross Society.\nIn Togo: the Danish Refugee Council opened a shelter.\n`, expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:harbour-fund"] },
    // The class closes the sentence, but prose follows, not rows.
    { text: `${FUND} It relied on national partners in each country.\nThe Danish Refugee Council later reviewed its work.\n`, expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:harbour-fund"] },
    // A forward reference that prose, not rows, follows owns nothing.
    { text: `${FUND} The fund works in the three countries listed below.\nThe Danish Refugee Council later opened an office in Togo.\n`, expect: ["OPERATES_IN", "ini:harbour-fund", "ctry:tg"] },
    // A forward reference whose clause states no presence: the rows are someone else's.
    { text: `${FUND} The fund was discussed by the three countries listed below.\n- Ghana\n- Togo\n- Benin\n`, expect: ["OPERATES_IN", "ini:harbour-fund", "ctry:tg"] },
    // The rows below are named in the subject, but the act is denied or only planned.
    { text: `${SUMMIT}The nine states below did not take part in the talks.\n- Ghana\n- Togo\n- Benin\n`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:coastal-summit-on-fisher-safety"] },
    { text: `${SUMMIT}The nine states below were invited to the talks.\n- Ghana\n- Togo\n- Benin\n`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:coastal-summit-on-fisher-safety"] },
    // The place a row opens with says where its partners are; it is no partner.
    { text: `${FUND} It relied on national partners in each country.\nIn Ghana: the Ghana Red Cross Society and the Refugee Law Centre.\nIn Togo: the Danish Refugee Council.\n`, expect: ["PARTICIPATES_IN", "ctry:gh", "ini:harbour-fund"] },
  ],
};
