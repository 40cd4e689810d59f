import type { Block } from "./types.js";

/**
 * A line of names printed under a label heading ("Where we work" then "Ghana, Ethiopia, Somalia"): short and without a
 * full stop, the line looks like a heading of its own, but it is the label's rows. It follows a heading directly, holds
 * three or more items parted by commas, semicolons, middots or bullets, each a capitalised name of at most four words
 * and no figure ("Geneva, 12 May 2010" is a dateline, not a list).
 */
const ITEM = /^(?:(?:and|&)\s+)?(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:(?:and|of|the|de|du|la|d'Ivoire)\s+)?[A-Z][\p{L}'’.-]*){0,3}$/u;

export function isNamesLine(block: Block, previous: Block | undefined): boolean {
  if (block.kind !== "heading" || previous?.kind !== "heading" || block.text.length > 300 || /\d/.test(block.text)) return false;
  const items = block.text.trim().split(/\s*[,;·•]\s*|\s+(?:and|&)\s+(?=(?:the\s+)?[A-Z][^,;·•]*$)/);
  return items.length >= 3 && items.every((i) => ITEM.test(i));
}

/** Example lines for isNamesLine (test/unit/namesLine.test.ts): the heading above, the line, and whether it is rows. */
export const NAMES_LINE_EXAMPLES: Array<{ above: string; line: string; rows: boolean }> = [
  { above: "Where we work", line: "Ghana, Ethiopia, Somalia", rows: true },
  { above: "Member States", line: "Bahrain · Kuwait · Oman · Qatar", rows: true },
  { above: "Countries covered", line: "Costa Rica, Ecuador, El Salvador and the Philippines", rows: true },
  { above: "Regional office", line: "Geneva, 12 May 2010", rows: false },
  { above: "Our approach", line: "Listen, learn and act together", rows: false },
  { above: "Contact", line: "Geneva, Switzerland", rows: false },
];
