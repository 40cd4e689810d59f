import { LEADING_NOISE } from "./nameTrim.js";

/**
 * "Comic Relief’s Common Ground Initiative (CGI)": the possessor before "’s" owns the named body and is no part of
 * its name, so a definition drops it. But "Cambodian Women’s Crisis Center (CWCC)" is one name whose acronym spells
 * every capitalised word, the possessive included: there the words before "’s" are the name's own.
 */
export function possessorInAcronym(written: string, acronym: string): string {
  const owned = written.replace(/^.*[’']s\s+/, "");
  if (owned === written) return written;
  const whole = written.replace(LEADING_NOISE, "");
  const initials = whole.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return initials === acronym.replace(/[^A-Z]/g, "") ? whole : owned;
}

/** Names and acronyms the reading must get right (test/unit/possessorInAcronym.test.ts). */
export const POSSESSOR_IN_ACRONYM_EXAMPLES: Array<[string, string, string]> = [
  ["Comic Relief’s Common Ground Initiative", "CGI", "Common Ground Initiative"],
  ["Ghana's Migrant Welfare Fund", "MWF", "Migrant Welfare Fund"],
  ["Nepali Workers' Rights Centre", "NWRC", "Nepali Workers' Rights Centre"],
  ["Kenyan Women's Shelter Network", "KWSN", "Kenyan Women's Shelter Network"],
  ["Uganda's Returnee Support Office", "RSO", "Returnee Support Office"],
];
