import type { NameRule } from "./NameRule.js";
import { FOREIGN_HEADS } from "./foreignHeads.js";

/**
 * "Caritas Austria", "Diakonie Norway": a body's head written first in its own language and a state's name right
 * after it name that body's national branch (NATIONAL_BRANCHES, read by stateNamedOffice.ts): an ORGANIZATION, and
 * the state inside it is no mention of its own. Only a head that opens a name without a connector counts
 * (FOREIGN_HEADS `open`), and only an organization's.
 */
export const NATIONAL_BRANCHES: NameRule = {
  id: "national-branches",
  what: "An organization's head noun in another language that opens names ('Caritas', 'Diakonie', 'Stichting', 'Fundación'), followed directly by a state's name, names that body's branch in the state ('Caritas Ruritania'); the state is a word of the name, no mention of its own. An English word before a state names nothing ('Visit Norway'), nor does a head followed by a connector ('Caritas in Norway').",
  words: [],
  positive: [
    { text: "Its partners were Caritas Austria and the Harbour Welfare Council.", name: "Caritas Austria", kind: "ORGANIZATION" },
    { text: "Diakonie Norway and two port unions ran the shelter.", name: "Diakonie Norway", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Tourists read Visit Norway guides on the ferry.", name: "Visit Norway" },
    { text: "Volunteers of Caritas in Norway ran the shelter.", name: "Caritas in Norway" },
  ],
};

const ORGANIZATION_HEADS = new Set(FOREIGN_HEADS.words.ORGANIZATION.filter((w) => FOREIGN_HEADS.words.open.includes(w)));

/** Whether the words before a state's name are one organization head of NATIONAL_BRANCHES ("Caritas "). */
export function branchHead(before: string): boolean {
  const m = /^(\p{Lu}[\p{L}]+)\s+$/u.exec(before);
  return !!m && ORGANIZATION_HEADS.has(m[1]!);
}
