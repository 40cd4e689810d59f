import type { NameRule } from "./NameRule.js";

/**
 * A treaty's or plan's title may close with a qualifier after a comma, capitalised as the rest of the title:
 * "… Trafficking in Persons, Especially Women and Children". In running prose the adverb is lower-case
 * ("the Convention, especially its article 7"), so only the capitalised adverb followed by capitalised words
 * (one to three, or a list ending in "and X") keeps the name going across the comma.
 */
export const TITLE_QUALIFIER: NameRule = {
  id: "title-qualifier",
  what: "A title may close with ', Especially|Particularly|Notably' and capitalised words ('… in Persons, Especially Women and Children'); a lower-case adverb after the comma ends the name there.",
  words: ["Especially", "Particularly", "Notably", "Mainly"],
  positive: [
    { text: "Tinland ratified the Coastal Convention Against Exploitation in Fisheries, Especially Migrants and Seafarers in 2019.", name: "Coastal Convention Against Exploitation in Fisheries, Especially Migrants and Seafarers", kind: "CONVENTION" },
    { text: "Ministers adopted the Harbour Plan of Action Against Labour Abuse in Ports, Particularly Children and Young Workers, at their meeting.", name: "Harbour Plan of Action Against Labour Abuse in Ports, Particularly Children and Young Workers", kind: "INITIATIVE" },
  ],
  negative: [
    // A lower-case adverb belongs to the sentence, not to the title.
    { text: "Tinland ratified the Coastal Convention Against Exploitation in Fisheries, especially Migrants and Seafarers in 2019.", name: "Coastal Convention Against Exploitation in Fisheries, especially Migrants and Seafarers" },
    { text: "The Harbour Convention on Fishers, Especially the rules on rest, was discussed.", name: "Harbour Convention on Fishers, Especially the" },
  ],
};

const ADVERBS = TITLE_QUALIFIER.words.join("|");
const WORD = String.raw`[A-Z][\p{L}\-]*`;
/** ", Especially Women and Children" / ", Particularly Child Labour": the qualifier and its one to three capitalised words or a list. */
const QUALIFIER = new RegExp(String.raw`^,\s+(?:${ADVERBS})\s+${WORD}(?:\s+${WORD}){0,2}(?:(?:,\s+${WORD}(?:\s+${WORD})?)*,?\s+(?:and|&)\s+${WORD}(?:\s+${WORD})?)?`, "u");

/** The length of a title's closing qualifier at `rest` (which starts at the comma), or 0. */
export function titleQualifierLength(rest: string): number {
  const m = QUALIFIER.exec(rest);
  return m ? m[0].length : 0;
}
