import type { M } from "./mentionLists.js";
import { bracketRoles } from "./rowFields.js";
import { nonFactPattern } from "./rules/nonFactWords.js";

/** A chair not yet, or only in name: "(incoming chair)", "(chair-designate)", "(chair elect)". */
const NOT_YET = nonFactPattern("roleToCome");
/** "(chair of the working group)", "(chair for 2019)": a bracket naming what is chaired, or when, is a remark, not the row's role. */
const OF_SOMETHING = /\b(?:of|for|on|in|at|from|until|since)\b/i;
/** Lists whose rows hold no seat in the forum (observers, and guests or candidates read as such): their marks are not its chair. */
const SEATLESS_LISTS = new Set(["observers"]);

/**
 * The chair a row of a list of members or participants marks in brackets right after its name: "Ethiopia (Chair)",
 * "IOM (co-chair)". The row is a member and holds the chair as well; the bracket reads as a chair role through the
 * list lexicon (bracketRoles), every word of it a role, so "(Vice-Chair)" or "(chair of the working group)" is none.
 */
export function rowChairRole(row: string, name: M, listId: string): boolean {
  if (SEATLESS_LISTS.has(listId)) return false;
  const after = /^\s*\(/.exec(row.slice(name.end));
  if (!after) return false;
  const at = name.end + after[0].length - 1;
  const bracket = bracketRoles(row).find((b) => b.at === at);
  if (!bracket || !bracket.list.some((l) => l.type === "CHAIRED")) return false;
  const close = row.indexOf(")", at);
  const words = row.slice(at, close < 0 ? row.length : close);
  return !NOT_YET.test(words) && !OF_SOMETHING.test(words);
}

/** Example pages for rowChairRole (test/unit/rowChairRole.test.ts): `expect` is [source, target] of the CHAIRED relation. */
export const ROW_CHAIR_EXAMPLES = {
  positive: [
    { text: "Lake Tana Migration Forum\n\nThe Lake Tana Migration Forum is a consultative forum of states of the Nile basin.\n\nMembers\n\n- Ethiopia (Chair)\n- Uganda\n- Kenya\n", expect: ["ctry:et", "forum:lake-tana-migration-forum"] },
    { text: "Coral Sea Mobility Dialogue\n\nThe Coral Sea Mobility Dialogue is a dialogue of Pacific states on labour mobility.\n\nMember states:\n- Fiji (co-chair)\n- Samoa (co-chair)\n- Tonga\n", expect: ["ctry:ws", "forum:coral-sea-mobility-dialogue"] },
  ],
  negative: [
    // A deputy, or a chair to come, holds no chair.
    { text: "Lake Tana Migration Forum\n\nThe Lake Tana Migration Forum is a consultative forum of states of the Nile basin.\n\nMembers\n\n- Ethiopia\n- Uganda (Vice-Chair)\n- Kenya (incoming chair)\n", expect: ["ctry:ug", "forum:lake-tana-migration-forum"] },
    { text: "Lake Tana Migration Forum\n\nThe Lake Tana Migration Forum is a consultative forum of states of the Nile basin.\n\nMembers\n\n- Ethiopia\n- Uganda\n- Kenya (incoming chair)\n", expect: ["ctry:ke", "forum:lake-tana-migration-forum"] },
    // A bracket that is a remark about something else is no role of the row.
    { text: "Lake Tana Migration Forum\n\nThe Lake Tana Migration Forum is a consultative forum of states of the Nile basin.\n\nMembers\n\n- Ethiopia (chair of the technical working group)\n- Uganda\n", expect: ["ctry:et", "forum:lake-tana-migration-forum"] },
    { text: "Lake Tana Migration Forum\n\nThe Lake Tana Migration Forum is a consultative forum of states of the Nile basin.\n\nMembers\n\n- Ethiopia (chair for the technical working group)\n- Uganda\n", expect: ["ctry:et", "forum:lake-tana-migration-forum"] },
    // An observer's mark is no chair of the forum it only watches.
    { text: "Lake Tana Migration Forum\n\nThe Lake Tana Migration Forum is a consultative forum of states of the Nile basin.\n\nObserver states:\n- Egypt (Chair)\n- Sudan\n", expect: ["ctry:eg", "forum:lake-tana-migration-forum"] },
  ],
};
