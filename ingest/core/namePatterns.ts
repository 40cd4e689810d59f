import { escapeRegExp } from "./escapeRegExp.js";
import { NAME_CONNECTORS, SUBUNIT_HEADS } from "./nameRules.js";

/** The capitalised-phrase patterns recognition reads names with, built from the word lists of nameRules.ts. */

const CONNECTOR = `(?:${NAME_CONNECTORS.words.map(escapeRegExp).join("|")})`;
const CAP_WORD = "(?:\\d+-[A-Z][\\p{L}]*|[A-Z][\\p{L}\\p{N}’'\\-–&]*)";
const LIST_WORD = "[A-Z][a-z][\\p{L}\\-]*";
/** A list item inside a name is one or two capitalised words ("on Migration, Human Rights and Gender"). */
const LIST_ITEM = `${LIST_WORD}(?:\\s+${LIST_WORD})?`;
const COORD = `,\\s+${LIST_ITEM}(?:,\\s+${LIST_ITEM})*,?\\s+(?:and|&)\\s+${LIST_ITEM}`;
/** "Full Name (ACR)": the name before the brackets and the acronym inside them. */
export const DEFINITION = new RegExp(`(${CAP_WORD}(?:(?:${COORD})|\\s+(?:${CAP_WORD}|${CONNECTOR})){0,20})\\s+\\(([A-Z][A-Za-z0-9&\\-]{1,12})\\)`, "gu");
/** A run of capitalised words with connectors and comma lists that may belong to a name. */
export const NAME_PHRASE = new RegExp(`${CAP_WORD}(?:(?:${COORD})|\\s+(?:${CAP_WORD}|${CONNECTOR}(?:\\s+${CONNECTOR})?(?=\\s+(?:[A-Z]|\\d+-))))*`, "gu");
/** Heads of an organization's own bodies, which a chapter attributes to its agency ("the Executive Board"). */
export const BODY_HEADS = new Set([...SUBUNIT_HEADS.words, "Office", "Board", "Committee", "Council", "Secretariat", "Bureau", "Directorate", "Department", "Centre", "Center"]);
