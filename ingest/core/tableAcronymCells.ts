import type { PassageScan } from "./PassageScan.js";
import { initialsMatch } from "./nameTrim.js";

/** A cell holding an acronym alone: a capital, then letters, digits or a joining sign, two capitals at least. */
const ACRONYM_CELL = /^[A-Z][A-Za-z0-9&-]{1,11}$/;

/** Whether every capital of the acronym is, in order, the initial of one of the name's capitalised words (nameTrim.initialsMatch, strict). */
export const spellsAcronym = (name: string, acronym: string): boolean => initialsMatch(name, acronym, true);

/**
 * A table row that gives a body's name in one cell and its acronym in the next ("| International Council of Voluntary
 * Agencies | ICVA | NGO consortium |") defines the acronym as "Name (ACRONYM)" would: the name read in the row, when it
 * is the page's own discovery, takes the acronym, so that it folds with the body another page names by the acronym
 * alone. Only a cell whose letters the name spells in full is read as its acronym.
 */
export function tableAcronymCells(scan: PassageScan): void {
  const { text, scope } = scan;
  if (!text.includes("|")) return;
  const { discovered, localAcronyms } = scan.doc;
  // Cells with their offsets in the passage, so that a cell is matched to the mention that spans it.
  const cells: Array<{ text: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/[^|]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    if (value) cells.push({ text: value, start: m.index! + lead, end: m.index! + lead + value.length });
  }
  for (let i = 0; i + 1 < cells.length; i++) {
    const cell = cells[i]!, next = cells[i + 1]!;
    // The two cells must be neighbours: one bar between them and nothing else.
    if (text.slice(cell.end, next.start).trim() !== "|" || !ACRONYM_CELL.test(next.text)) continue;
    const mention = scan.mentions.find((m) => m.localStart === cell.start && m.localEnd === cell.end);
    const name = mention ? discovered.get(mention.key) : undefined;
    if (!mention || !name || name.acronym || !spellsAcronym(cell.text, next.text)) continue;
    scan.discover({ ...name, acronym: next.text });
    if (!localAcronyms.has(`${scope}|${next.text}`)) localAcronyms.set(`${scope}|${next.text}`, { id: mention.key, kind: mention.kind });
  }
}

/** Examples run by test/unit/tableAcronymCells.test.ts: whether the name spells the cell as its acronym. */
export const TABLE_ACRONYM_EXAMPLES: { positive: Array<[name: string, acronym: string]>; negative: Array<[name: string, acronym: string]> } = {
  positive: [["Coastal Council of Voluntary Shelters", "CCVS"], ["Steering Committee for Harbour Response", "SCHR"], ["Fishers' Relief Network", "FRN"]],
  // A code that only shares letters with the name is no acronym of it: a state's code, a region, a status.
  negative: [["Coastal Council of Voluntary Shelters", "CSV"], ["Harbour Relief Network", "KE"], ["Harbour Relief Network", "NRH"], ["Harbour Relief Network", "HRNA"]],
};

const REGISTER = "Harbour Safety Register\n\nThe register lists the bodies that keep watch over the coast.\n\n| Body | Acronym | Standing |\n|---|---|---|\n";
/** Example pages (test/unit/tableAcronymCells.test.ts): the body `name` is read with `acronym`, or with none. */
export const TABLE_ACRONYM_PAGES: Array<{ text: string; name: string; acronym: string | null }> = [
  { text: `${REGISTER}| Coastal Council of Voluntary Shelters | CCVS | Member |\n| Steering Committee for Harbour Response | SCHR | Member |\n`, name: "Coastal Council of Voluntary Shelters", acronym: "CCVS" },
  // A code in the next cell that the name does not spell is some other column's value.
  { text: `${REGISTER}| Coastal Council of Voluntary Shelters | KE | Member |\n| Steering Committee for Harbour Response | SCHR | Member |\n`, name: "Coastal Council of Voluntary Shelters", acronym: null },
];
