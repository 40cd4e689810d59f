import type { Cell } from "./labelledColumns.js";
import type { M } from "./mentionLists.js";
import type { HeadingList } from "./rules/listRules.js";

/**
 * A table of programmes ("Project | Countries | Review meeting"): the places in a row's "Countries" cell are where
 * that row's programme works, not the page's topic or the programme named on the row before. The row's programme is
 * the one name of the topic's kind that fills another cell on its own. Only lists of places ask (OPERATES_IN): a
 * register of meetings or members keeps the page's topic.
 */
export function rowProgramme(lists: HeadingList[], cells: Cell[], at: number, ms: M[], text: string): M | null {
  if (!lists.some((l) => l.type === "OPERATES_IN")) return null;
  const kinds = new Set(lists.flatMap((l) => l.topics));
  for (const [j, cell] of cells.entries()) {
    if (j === at || !cell.text) continue;
    const inCell = ms.filter((m) => m.via !== "coref" && m.start >= cell.start && m.end <= cell.end);
    if (inCell.length !== 1 || !kinds.has(inCell[0]!.kind)) continue;
    const m = inCell[0]!;
    // The name fills the cell: at most an article or brackets around it.
    const rest = (text.slice(cell.start, m.start) + text.slice(m.end, cell.end)).replace(/\(.*?\)/g, "").trim();
    if (/^(?:the)?$/i.test(rest)) return m;
  }
  return null;
}
