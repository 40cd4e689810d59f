import type { Block } from "./types.js";

/**
 * A short line right under a lead-in that ends in a colon ("Its target countries were:"), or right under another
 * item of such a list, with no blank line between, is a list item, not a heading: "Qatar" in
 * "…were:\nJordan\nQatar\nTunisia" names a country of the list. A blank line ends the list.
 */
export const LEAD_IN_LIST = {
  id: "lead-in-list",
  what: "Short one-line blocks (no closing full stop) that follow a lead-in ending in a colon, or an item of its list, without a blank line, are list items.",
  positive: ["Its target countries were:\nJordan\nQatar\nTunisia\n", "The co-chairs were:\nthe European Union\nGermany\nNorway\n"],
  negative: ["Its target countries were listed.\nJordan\n", "Its target countries were:\nJordan\n\nAbout the programme\n\nThe programme began in 2015."],
};

export function continuesList(previous: Block | undefined, line: string, gap: string): boolean {
  if (!previous || /\n[ \t]*\n/.test(gap) || line.length > 90 || line.split(/\s+/).length > 14 || /[.;]$/.test(line)) return false;
  return previous.kind === "list-item" || /:\s*$/.test(previous.text);
}
