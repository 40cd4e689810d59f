import type { NameRule } from "./NameRule.js";

/**
 * "the Call to Action on X", "the International Call for Universal Ratification of Y": a named appeal that bodies
 * launch, sign and endorse is a standing initiative. A call for proposals, applications or papers is a funding or
 * publishing round, not one.
 */
export const CALL_TITLES: NameRule = {
  id: "call-titles",
  what: "A capitalised 'Call to Action …' or 'Call for <Capitalised words>' names an initiative (an appeal bodies launch, sign or endorse); a call for proposals, applications, papers, tenders, nominations or expressions of interest is a round, not an initiative.",
  words: "Proposals Applications Papers Tenders Nominations Expressions Submissions Bids Abstracts Inputs Contributions Evidence Concept".split(" "),
  positive: [
    { text: "Tinland endorsed the Call to Action on Safety of Fishers at Sea in 2019.", name: "Call to Action on Safety of Fishers at Sea", kind: "INITIATIVE" },
    { text: "The coalition launched the International Call for Universal Ratification of the Harbour Workers Convention in 2003.", name: "International Call for Universal Ratification of the Harbour Workers Convention", kind: "INITIATIVE" },
    { text: "Forty unions signed the Lomé Call for Action on Crew Rights.", name: "Lomé Call for Action on Crew Rights", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Harbour Fund opened a Call for Proposals on Coastal Return in May.", name: "Call for Proposals on Coastal Return" },
    { text: "A Call for Expressions of Interest was published by the Harbour Facility.", name: "Call for Expressions of Interest" },
    // A lone "Call" with no complement is no title.
    { text: "The Harbour Call was short and ended early.", name: "Harbour Call" },
  ],
};

const ROUNDS = new Set(CALL_TITLES.words);

/** Whether a name whose head is "Call" titles an appeal (CALL_TITLES). */
export function isCallTitle(name: string): boolean {
  const m = /\bCall\s+(to|for)\s+(\S+)/.exec(name);
  if (!m) return false;
  if (m[1] === "to") return m[2] === "Action";
  return /^[A-Z]/.test(m[2]!) && !ROUNDS.has(m[2]!);
}
