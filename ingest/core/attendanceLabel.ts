import type { TripleExamples } from "./TripleExamples.js";
import { labelHead } from "./listLabel.js";
import type { Passage } from "./types.js";

/**
 * A label that says its rows were there ("Champion states present in Lomé", "Delegations attending", "Countries in
 * attendance at the workshop"): the rows came to something, which is all it says of them. Whatever role the label's
 * other words name (champions, donors, members), a list of who was present gives no standing relation to the page's
 * or the meeting's organiser; "Present chair" (the current one) opens with the word and is no such label.
 */
const ATTENDANCE = /^(?:[\p{L}'’-]+\s+){1,5}?(?:(?:also\s+)?(?:present|attending|attended|represented)|in\s+attendance)(?:\s+(?:in|at|for)\s+.*)?$/iu;

export function attendanceLabel(label: string): boolean {
  return ATTENDANCE.test(labelHead(label.replace(/:\s*$/, "")));
}

/**
 * The row is a label of who was present, or the nearest line above it in its section that is no row is one: the row
 * is one of those present, not one of the section's or page's list.
 */
export function underAttendanceLabel(passages: readonly Passage[], passage: Passage, isRow: (p: Passage) => boolean): boolean {
  // The label line itself may be read as a short row of the heading above: it is no row.
  for (let at = passages.indexOf(passage); at >= 0; at--) {
    const p = passages[at]!;
    if (p.section !== passage.section) return false;
    if (/:\s*$/.test(p.text) && attendanceLabel(p.text)) return true;
    if (!isRow(p)) return false;
  }
  return false;
}

/** Pages for the specs (test/unit/attendanceLabel.test.ts): the triple must (not) be stated. */
export const ATTENDANCE_LABEL_EXAMPLES: TripleExamples = {
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
