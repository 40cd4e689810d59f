import type { TripleExamples } from "./TripleExamples.js";
import type { Passage } from "./types.js";

/**
 * A directory printed by country: a heading that says what the rows are ("Directory of member organisations (by
 * country)"), then each state's name on a line of its own with its bodies on the lines under it ("Austria" / "Refugee
 * Aid Vienna" / "Belgium" / …). The first state's line is taken for a heading of its own, so the rows stand in a section
 * named after a state: that section's list is the one the heading before it opens, and the states' lines are the
 * groups, no rows (a list of bodies takes no state as a row). Only a heading right before the run of state sections
 * counts, and only a list whose rows are bodies.
 */
export function groupedListLabel(passages: readonly Passage[], passage: Passage, isStateLabel: (label: string) => boolean): string | null {
  const label = passage.section?.split(" › ").pop();
  if (!label || !isStateLabel(label)) return null;
  const at = passages.indexOf(passage);
  for (let i = at - 1; i >= 0; i--) {
    const p = passages[i]!;
    if (p.section === passage.section) continue;
    const prev = p.section?.split(" › ").pop();
    return prev && !isStateLabel(prev) ? prev : null;
  }
  return null;
}

const COUNCIL =
  "Directory of maritime welfare networks > Seafarers\n\nHARBOUR AID COUNCIL (HAC)\nNetwork entry: profile and members\n\nFounded:        1990\nSecretariat:    Oslo, Norway\n\n" +
  "ABOUT THE NETWORK\nHAC brings together groups that help seafarers in ports.\n\nWORK WITH IOM\nThe port clinics are run with IOM, which is not a member.\n\n";
/** The first member is written in lower case, so the first state's line is read as a heading of its own. */
const BY_STATE = `${COUNCIL}DIRECTORY OF MEMBER ORGANISATIONS (selection, by country)\nThe list below follows the annual reports.\n\nNorway\n  sjomannshjelpen oslo\n  Nordic Harbour Council\nGhana\n  Tema Port Welfare Association\n\nHOW TO JOIN\nGroups apply to the Secretariat.\n`;
/** Every member written as a name: the states' lines stay rows of the directory's own section. */
const IN_SECTION = `${COUNCIL}DIRECTORY OF MEMBER ORGANISATIONS (selection, by country)\nThe list below follows the annual reports.\n\nNorway\n  Nordic Harbour Council\nGhana\n  Tema Port Welfare Association\n\nHOW TO JOIN\nGroups apply to the Secretariat.\n`;
/** The rows' own section: a lead-in says they follow by state, each state's line over bulleted bodies. */
const LEAD_IN = "Andaman Fishers Network\n\nThe Andaman Fishers Network links groups that help migrant fishers in ports around the Andaman Sea.\n\nMembers\n\nThe network counts some thirty groups. A few of them, by country:\n\nThailand\n- Ranong Fishers Foundation, which runs a shelter\n- Satun Dock Foundation, an association of boat crews\n\nMalaysia\n- Penang Fishers Welfare Association\n\nSecretariat\n\nThe secretariat sits in Ranong.\n";
/** Example pages (test/unit/countryGroups.test.ts): `expect` is [type, source, target]. */
export const COUNTRY_GROUP_EXAMPLES: TripleExamples = {
  positive: [
    { text: BY_STATE, expect: ["MEMBER_OF", "org:tema-port-welfare-association", "org:harbour-aid-council"] },
    { text: BY_STATE, expect: ["MEMBER_OF", "org:nordic-harbour-council", "org:harbour-aid-council"] },
    { text: IN_SECTION, expect: ["MEMBER_OF", "org:tema-port-welfare-association", "org:harbour-aid-council"] },
    { text: LEAD_IN, expect: ["MEMBER_OF", "org:satun-dock-foundation", "ini:andaman-fishers-network"] },
  ],
  negative: [
    // The states that group the rows are no members, and the body the prose named last owns no row.
    { text: BY_STATE, expect: ["MEMBER_OF", "ctry:gh", "org:harbour-aid-council"] },
    { text: IN_SECTION, expect: ["MEMBER_OF", "ctry:gh", "org:harbour-aid-council"] },
    { text: LEAD_IN, expect: ["MEMBER_OF", "ctry:th", "ini:andaman-fishers-network"] },
    { text: BY_STATE, expect: ["MEMBER_OF", "org:tema-port-welfare-association", "org:iom"] },
    // A network named as a programme: its members by state are still no states.
    { text: IN_SECTION.replace(/HARBOUR AID COUNCIL \(HAC\)/, "HARBOUR AID NETWORK (HAN)").replace("HAC brings", "HAN brings"), expect: ["MEMBER_OF", "ctry:gh", "ini:harbour-aid-network"] },
    // A heading that lists no members: the bodies under the states are no members.
    { text: BY_STATE.replace("DIRECTORY OF MEMBER ORGANISATIONS", "OFFICES WE VISITED"), expect: ["MEMBER_OF", "org:tema-port-welfare-association", "org:harbour-aid-council"] },
  ],
};

/** A heading that says its rows are grouped by state: "… (selection, by country)", "Members by country". */
export const isGroupedHeading = (label: string): boolean => /\bby (?:country|state)\b/i.test(label);

/**
 * A lead-in in the rows' own section that says the rows follow by state ("Some of them, by country:"): the nearest
 * passage before the row in that section that is no row of the list (it ends in a colon).
 */
export function groupedByLeadIn(passages: readonly Passage[], passage: Passage): boolean {
  for (let i = passages.indexOf(passage) - 1; i >= 0; i--) {
    const p = passages[i]!;
    if (p.section !== passage.section) return false;
    if (/:\s*$/.test(p.text)) return /\bby (?:country|state)\s*:\s*$/i.test(p.text);
  }
  return false;
}
