/**
 * A list's label reduced to the words that say what its rows are. Authors qualify a label with a date, a remark
 * or a word about the list itself ("Steering Group (2019)", "Parties to the Protocol (selection)", "Presidency
 * history", "Chairs, 2016–2019", "Our donors", "Members as of June 2020"); the lexicon (rules/listRules.ts) is
 * written for the bare head ("Steering Group", "Parties", "Presidency", "Chairs", "Donors", "Members").
 * A tail "of the X" / "to the X" stays: it names the list's topic, and the lexicon allows it.
 */
const QUALIFIERS: RegExp[] = [
  // A remark or a date in brackets at the end: "(2019)", "(selection)", "(as at 1 May 2020)".
  /\s*\([^()]*\)\s*$/,
  // A date or period after a comma or dash, or "as of …", "since 2010": "Chairs, 2016–2019", "Members as of June 2020".
  /\s*(?:[,–—-]\s*)?(?:(?:as (?:of|at)|since|until|in)\s+)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2})?)?\s*$/,
  // A phase, round or group of the topic after a comma: "Countries, phases I and II", "Donors, first phase",
  // "Member countries, founding group": which part of the topic's life the rows belong to, not what they are.
  /\s*,\s+(?:(?:in|during|for|from)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|fifth|initial|current|new|later|founding|original|pilot|early|last|latest)\s+)?(?:phases?|stages?|rounds?|cycles?|periods?|groups?|waves?)(?:\s+(?:[IVX]+|\d+)(?:\s*(?:and|&|,|-|–|to)\s*(?:[IVX]+|\d+))*)?\s*$/i,
  // A word about the list rather than its rows: "history", "list", "so far", "to date", "at a glance", "overview".
  /\s+(?:history|list|overview|so far|to date|at a glance|and dates)\s*$/i,
  // An owner word before the head: "Our donors", "Its members", "The participating States", "List of partners".
  /^(?:the|our|its|their|list of|full list of|directory of)\s+/i,
];

export function labelHead(label: string): string {
  let head = label.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of QUALIFIERS) {
      const next = head.replace(q, "").trim();
      if (next !== head && next.length > 0) {
        head = next;
        changed = true;
      }
    }
  }
  return head;
}
