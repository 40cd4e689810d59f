import type { NameRule } from "./NameRule.js";

/**
 * OWNED_TREATIES: a treaty is often named for the body that adopted it, the body's whole name before the treaty noun
 * ("the Council of Europe Convention on …", "the African Union Convention for …"). Where the body's name is a catalog
 * name of several words, or holds "of", the reading must still go on to the treaty: the treaty noun with its
 * complement heads the whole name, and the body's name is the treaty's prefix, no mention of its own. A body's unit
 * or office named after the body ("the Council of Europe Treaty Office") is no treaty.
 */
export const OWNED_TREATIES: NameRule = {
  id: "owned-treaties",
  what: "'<Body> Convention|Protocol|Treaty|Charter on/for/against/concerning/governing/relating/establishing …' is a treaty named whole, the body's name (a catalog name of several words, or one holding 'of') its prefix.",
  words: ["Convention", "Protocol", "Treaty", "Charter"],
  positive: [
    { text: "Spain ratified the Council of Europe Convention on Preventing Harbour Accidents in 2011.", name: "Council of Europe Convention on Preventing Harbour Accidents", kind: "CONVENTION" },
    { text: "Kenya ratified the African Union Convention for Coastal Pilots in 2015.", name: "African Union Convention for Coastal Pilots", kind: "CONVENTION" },
  ],
  negative: [
    // A unit of the body, its noun no treaty's.
    { text: "The Council of Europe Treaty Office keeps the list of signatures.", name: "Council of Europe Treaty Office", notKind: "CONVENTION" },
    // The treaty noun without a complement of its own: the body's short title for some treaty, not a name read here.
    { text: "Spain ratified the Council of Europe Convention in 2011.", name: "Council of Europe Convention" },
  ],
};

const HEADS = OWNED_TREATIES.words.join("|");
const COMPLEMENT = "on|for|against|concerning|governing|relating|establishing";

/** What follows a body's name when the name goes on to its treaty: " Convention on …". */
export const TREATY_AFTER_OWNER = new RegExp(`^\\s+(?:${HEADS})\\s+(?:${COMPLEMENT})\\s`);

/**
 * "Council of Europe Convention on X": the treaty noun after a capitalised name holding "of", with its complement or
 * nothing after it, heads the name (none of the owner's words "the"); null for any other name.
 */
const OWNER_OF_TREATY = new RegExp(`^(?:[A-Z][\\p{L}-]*\\s+){1,3}of\\s+(?:[A-Z][\\p{L}-]*\\s+){1,3}(${HEADS})(?:\\s+(?:${COMPLEMENT}|to)\\b.*)?$`, "u");
export const ownedTreatyHead = (name: string): string | null => OWNER_OF_TREATY.exec(name)?.[1] ?? null;
