import type { M } from "./mentionLists.js";
import type { HeadingList } from "./rules/listRules.js";
import type { Cell } from "./labelledColumns.js";

/** "Opening session", "Session 1", "Panel 2", "Keynote", "Closing plenary": one slot of a meeting's programme. */
const SESSION_SLOT = /^(?:(?:opening|closing|final|plenary|high-level|parallel|breakout|thematic|special|working)\s+)?(?:sessions?|panels?|keynote|plenary|segment|round\s*tables?|workshops?|break-?out\s+groups?)\b(?!\s+(?:of|for)\b)/i;

/**
 * A chair table of a programme's slots ("Opening session | Michael Smyth | EESC (Vice-President)") says who chaired
 * parts of the meeting whose programme the page is. Its rows are that meeting's, never those of another event the page
 * mentions on the way ("… two weeks before the Valletta Summit"): the owner is the meeting the page's title names, else
 * none. Undefined where the row is no slot of a chair list (the list's topic stands).
 */
export function sessionChairOwner(cells: readonly Cell[], lists: readonly HeadingList[], titled: () => M | null): M | null | undefined {
  if (!lists.some((l) => l.type === "CHAIRED")) return undefined;
  const slot = cells.find((c) => c.text !== "")?.text ?? "";
  if (!SESSION_SLOT.test(slot)) return undefined;
  return titled();
}

/** Slots the reader must tell from other first cells; test/unit/sessionChairOwner.test.ts runs them. */
export const SESSION_SLOT_EXAMPLES = {
  slots: ["Opening session", "Session 1", "Panel 2", "Keynote", "Closing plenary", "Roundtable B", "Workshop 3"],
  notSlots: ["2014", "Senegal", "Session of the Commission on Population and Development", "Chair", "GFMD 2010"],
  isSlot: (text: string) => SESSION_SLOT.test(text),
};
