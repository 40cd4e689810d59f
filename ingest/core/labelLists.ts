import { labelHead } from "./listLabel.js";
import { readLabel } from "./labelSense.js";
import { HEADING_LISTS, type HeadingList } from "./rules/listRules.js";
import { OFFICE_LISTS } from "./rules/officeListRules.js";
import { PROGRAMME_LISTS } from "./rules/programmeListRules.js";
import { remembered } from "./remembered.js";
import { STANDING_TYPES } from "./rules/labelLexicon.js";

/**
 * Readers for structure rather than verbs:
 *  - a heading with its list: "Members:", "Former chairs:", "Past Chairs:", "Donors:" then rows
 *    (one list item or short line each, possibly with a year: "2008 – Philippines", "Greece (2009)");
 *  - the same heading inline: "Members: Morocco, Senegal and Spain.";
 *  - year-by-year lists in one sentence: "… hosted in Belgium in 2007, the Philippines in 2008 …".
 *  - a lead-in sentence before a colon: "The project covers all fifteen ECOWAS Member States:" then rows.
 * The lists are data (rules/listRules.ts): the heading words, the relation they state, the kinds a row may hold.
 * Each reader has its file: labelLists.ts (what a label lists), listHeading.ts, leadIn.ts, copularList.ts, roleRow.ts,
 * bodyLabel.ts, listRow.ts (what a row is), namesOnlySentence.ts, otherField.ts (a field of another kind),
 * regionLabel.ts, yearByYear.ts (the years of rows).
 */
const MEETING_TYPES: ReadonlySet<string> = new Set(["HOSTED", "CHAIRED"]);
/** "until" in a label, one of the ended words (ENDED_MODIFIERS) that a date after the head carries: "Members until 2015". */
const UNTIL = /\buntil\b/i;

/**
 * The lists a label states, read on the label as written and on its head (listLabel.ts: "Steering Group (2019)").
 * Every line that may be a label is asked, many times per line (its sentence, its rows), and the answer depends on the
 * label alone (the lists are shared rule data): remembered by label, bounded, each caller given its own array.
 */
export function labelLists(label: string): HeadingList[] {
  const lists = answers(label);
  return lists.length === 0 ? [] : [...lists];
}
const answers = remembered<readonly HeadingList[]>(readLabelLists, 20_000);

function readLabelLists(label: string): HeadingList[] {
  // The head is a noun phrase; "Its co-chairs were thanked by" is a clause, which only a lead-in reader may read.
  const head = labelHead(label);
  const phrase = !/\b(?:is|are|was|were|be|been|has|have|had|will|would|do|does|did)\b/i.test(head);
  // The lexicon reads the label's head and modifiers: a modifier may deny what the anchored patterns find there
  // ("Former members", "Non-member states"), and it reads wordings no pattern was written for ("Other implementing partners").
  const reading = readLabel(label);
  if (reading.denied === "all") return [];
  // "Members of the Process until 2015:": the head drops the date (listLabel.ts), but "until" ends a standing as
  // "Former members" does (ENDED_MODIFIERS): no list of a standing relation, while a past chair still chaired.
  const ended = UNTIL.test(label);
  const denied: ReadonlySet<string> = ended ? new Set([...reading.denied, ...STANDING_TYPES]) : reading.denied;
  const lexicon = ended ? reading.lists.filter((l) => !denied.has(l.type)) : reading.lists;
  const found = [...HEADING_LISTS, ...PROGRAMME_LISTS, ...OFFICE_LISTS].flatMap((h) => {
    // A head that names something else ("Donor reports") lists no donors; a list of meetings still names their hosts.
    if (denied.has(h.type) || (reading.other && !MEETING_TYPES.has(h.type) && !h.readsOtherHeads)) return [];
    const at = h.heading.exec(label)?.index ?? (phrase ? h.heading.exec(head)?.index : undefined);
    return at === undefined ? [] : [{ h, at }];
  });
  if (found.length === 0) return lexicon;
  // "Funding partners" are donors, not partners: where two lists speak of the same topics, the one that reads more
  // of the label (its match starts earlier) says what the rows are.
  const kept = found.filter((x) => !found.some((y) => y.at < x.at && y.h.topics.some((k) => x.h.topics.includes(k)))).map((x) => x.h);
  // The lexicon still speaks for the same relation to topics the patterns do not read: "Members" of a network (an
  // initiative), not only of a forum.
  const further = lexicon.filter((l) => kept.some((k) => k.type === l.type) && !kept.some((k) => k.topics.some((t) => l.topics.includes(t))));
  return [...kept, ...further];
}
