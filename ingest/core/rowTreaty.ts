import type { M } from "./mentionLists.js";

/**
 * The treaty a row of a list names for itself, before the row's entity `r`: "Convention on Inland Fishers (1998): Peru
 * acceded in 2001; Chile in 2003" under a list of another treaty's parties lists that convention's parties, not the
 * list's (`topicId`). The last treaty named before the entity is its own; `undefined` where the row names none but
 * the list's. A treaty the row only speaks of again ("the Protocol: …", resolved by coreference) is `null`: the row
 * is another treaty's, and which one the text leaves to the reader's guess.
 */
export function rowTreaty(given: readonly M[], r: M, topicId: string): M | null | undefined {
  const before = given.filter((m) => m.kind === "CONVENTION" && m.end <= r.start);
  const last = before[before.length - 1];
  if (!last || last.id === topicId) return undefined;
  return last.via === "coref" ? null : last;
}

/** Example pages (test/unit/rowTreaty.test.ts): `expect` is [state, treaty] of a RATIFIED relation. */
export const ROW_TREATY_EXAMPLES = {
  positive: [
    // A row under another treaty's heading names its own treaty: its states are that one's parties.
    { text: "Convention on the Protection of Inland Fishers (1998): status\n\nThe Convention on the Protection of Inland Fishers was adopted in 1998.\n\n## Other treaties\n\n- Convention on the Safety of River Ferries (1987): Paraguay acceded in 1991; Bolivia in 1995.\n", expect: ["ctry:bo", "conv:convention-on-the-safety-of-river-ferries"] },
    // The rows that name no treaty of their own stay the list's.
    { text: "Convention on the Protection of Inland Fishers (1998): status\n\nThe Convention on the Protection of Inland Fishers was adopted in 1998.\n\n## Ratifications\n\n- Paraguay, 2001\n- Bolivia, 2003\n", expect: ["ctry:bo", "conv:convention-on-the-protection-of-inland-fishers"] },
  ],
  negative: [
    // Not the heading's or the page's treaty, where the row names its own.
    { text: "Convention on the Protection of Inland Fishers (1998): status\n\nThe Convention on the Protection of Inland Fishers was adopted in 1998.\n\n## Other treaties\n\n- Convention on the Safety of River Ferries (1987): Paraguay acceded in 1991; Bolivia in 1995.\n", expect: ["ctry:bo", "conv:convention-on-the-protection-of-inland-fishers"] },
    { text: "Convention on the Protection of Inland Fishers (1998): status\n\nThe Convention on the Protection of Inland Fishers was adopted in 1998.\n\n## Ratifications\n\n- Uruguay, 2002\n- Convention on the Safety of River Ferries (1987): Paraguay acceded in 1991\n", expect: ["ctry:py", "conv:convention-on-the-protection-of-inland-fishers"] },
  ],
};
