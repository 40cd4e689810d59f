import type { M } from "./mentionLists.js";

/**
 * The treaty a row of a list names for itself, before the row's entity `r`: "- Convention on Lake Pilots (1991): Chile,
 * accession in 1994" under a list of another treaty's parties lists that convention's parties, not the list's
 * (`topicId`). Only a treaty that opens the row (`rowText`), then an optional "(year)" and a colon, is the row's own:
 * one the row speaks of on the way ("Following the X Convention, Peru acceded", "Chile, which had joined X, in 2004")
 * leaves the row the list's. `undefined` where the row names none but the list's. A treaty the row opens on only by
 * speaking of it again ("the Protocol: …", resolved by coreference) is `null`: the row is another treaty's, and which
 * one the text leaves to the reader's guess.
 */
export function rowTreaty(given: readonly M[], r: M, topicId: string, rowText: string): M | null | undefined {
  const before = given.filter((m) => m.kind === "CONVENTION" && m.end <= r.start);
  const last = before[before.length - 1];
  if (!last || last.id === topicId) return undefined;
  if (!/^[\s\-*•]*(?:the\s+)?$/i.test(rowText.slice(0, last.start)) || !/^\s*(?:\(\d{4}\))?\s*:/.test(rowText.slice(last.end))) return undefined;
  return last.via === "coref" ? null : last;
}

const FISHERS = "Convention on the Protection of Inland Fishers (1998): status\n\nThe Convention on the Protection of Inland Fishers was adopted in 1998.\n\n";

/** Example pages (test/unit/rowTreaty.test.ts): `expect` is [state, treaty] of a RATIFIED relation. */
export const ROW_TREATY_EXAMPLES = {
  positive: [
    // A row under another treaty's heading opens on its own treaty: its states are that one's parties.
    { text: `${FISHERS}## Other treaties\n\n- Convention on the Safety of River Ferries (1987): Ecuador (ratified 1993), Bolivia (ratified 1996)\n`, expect: ["ctry:bo", "conv:convention-on-the-safety-of-river-ferries"] },
    { text: `${FISHERS}## Other treaties\n\n- Convention on the Safety of River Ferries: Ecuador, ratification in 1993; Bolivia, accession in 1996\n`, expect: ["ctry:ec", "conv:convention-on-the-safety-of-river-ferries"] },
    // The rows that name no treaty of their own stay the list's.
    { text: `${FISHERS}## Ratifications\n\n- Paraguay, 2001\n- Bolivia, 2003\n`, expect: ["ctry:bo", "conv:convention-on-the-protection-of-inland-fishers"] },
  ],
  negative: [
    // Not the heading's or the page's treaty, where the row opens on its own.
    { text: `${FISHERS}## Other treaties\n\n- Convention on the Safety of River Ferries (1987): Ecuador (ratified 1993), Bolivia (ratified 1996)\n`, expect: ["ctry:bo", "conv:convention-on-the-protection-of-inland-fishers"] },
    { text: `${FISHERS}## Ratifications\n\n- Uruguay, 2002\n- Convention on the Safety of River Ferries: Chile, accession in 1994\n`, expect: ["ctry:cl", "conv:convention-on-the-protection-of-inland-fishers"] },
    // A treaty the row names on the way, not at its head, is none of the row's states' (the list's stay the list's).
    { text: `${FISHERS}## Ratifications\n\n- Ecuador, accession in 2000, once the Convention on the Safety of River Ferries (1987) was in force there; Bolivia, ratification in 2003\n`, expect: ["ctry:bo", "conv:convention-on-the-safety-of-river-ferries"] },
  ],
};
