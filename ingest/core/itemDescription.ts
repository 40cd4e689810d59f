/**
 * Where a list item's description starts: "- PAMI, a Guatemalan organisation …, which belongs to the Guatemala chapter"
 * is one row, PAMI, and what follows its first comma describes it ("a|an …", "which|who|whose …"). Names inside the
 * description (a demonym's state, a chapter's country, a partner it works with) are no rows of the list. A comma
 * followed by another name ("Ghana, Kenya") or by "the" ("Ghana, the Gambia") is the list going on. -1 where the
 * item has no description.
 */
const DESCRIBED = /^[^,;:]*?\S\s*,\s+(?=(?:a|an|which|who|whose)\s)/i;

export function itemDescription(rowText: string): number {
  const m = DESCRIBED.exec(rowText);
  return m ? m[0].length : -1;
}
