import type { IdentityRule } from "./IdentityRule.js";
import { ORDINAL } from "./ordinals.js";

/**
 * RANKED_AMONG: "the first Conference in which the Fund took part", "the second meeting at which Chile spoke": an
 * ordinal whose noun a restrictive relative (no comma) or "to be" follows ranks the meeting among those the clause
 * picks out, not among the series' sittings; it states no sitting's number. With a comma ("the first Conference, in
 * which …") the relative only describes the numbered sitting.
 */
export const RANKED_AMONG: IdentityRule = {
  id: "ranked-among",
  what: "An ordinal meeting phrase followed right away by a restrictive relative ('in which', 'at which', 'that', 'where', 'ever') or 'to be' ranks the meeting among those the clause picks out: it is not the series' sitting of that number.",
  words: ["in which", "at which", "during which", "to which", "for which", "of which", "that", "where", "when", "whose", "ever", "to be", "to have"],
  positive: [
    { text: "The Nordic Mobility Conference was founded in 2004.\n\nTallinn, 2019. The 15th Conference, on seasonal work, was chaired by Estonia. It was the first Conference in which UNICEF took part as an observer.", absent: ["forum:nordic-mobility-conference-1-conference"] },
  ],
  negative: [
    { text: "The Nordic Mobility Conference was founded in 2004.\n\nOslo, 2004. Norway hosted the first Conference, in which UNICEF took part as an observer.", present: ["forum:nordic-mobility-conference-2004"] },
    { text: "The Nordic Mobility Conference was founded in 2004.\n\nRiga, 2006. The third Conference was held in Latvia.", present: ["forum:nordic-mobility-conference-2006"] },
  ],
};

const ORDINAL_OPENING = new RegExp(`^(?:[Tt]he\\s+)?${ORDINAL}\\b`, "i");
const RELATIVE_AFTER = new RegExp(`^\\s+(?:(?:in|at|during|to|for|of)\\s+which|that|where|when|whose|ever|to\\s+(?:be|have))\\b`);

/** Whether the meeting phrase at [start, end) opens on an ordinal that a restrictive relative right after it ranks. */
export function rankedAmong(text: string, start: number, end: number): boolean {
  return ORDINAL_OPENING.test(text.slice(start, end)) && RELATIVE_AFTER.test(text.slice(end, end + 24));
}
