import { HEAD_NOUNS } from "./headNouns.js";
import type { NameRule } from "./NameRule.js";

/**
 * A treaty called by its place or short title alone ("the Harbour Convention", "the Tinford Protocol") is one of many
 * treaties adopted there; the year written right after it ("of 1983") says which, and belongs to the name. Data with
 * example sentences, run by test/unit/nameRules.test.ts through the whole pipeline.
 */
export const TREATY_YEAR_TITLES: NameRule = {
  id: "treaty-year-titles",
  what: "'the Harbour Convention of 1983 on crew papers', 'the Tinford Protocol of 1972': a treaty's short title (one to three capitalised words before Convention, Protocol, Treaty, Agreement or Charter, no complement of its own) followed by 'of' and a year keeps the year in its name, so two treaties of one place stay apart and neither is cut to the bare place. A full title with its own complement ('the Convention on Crew Papers of 1983') and a year that dates something else ('the Harbour Convention, of 1983 origin', 'the Harbour Convention of 1983–1990 talks') do not take it.",
  // The heads of a treaty's own title are the CONVENTION head nouns, "Agreement" among them (AGREEMENT_TITLES).
  words: [...HEAD_NOUNS.words.CONVENTION],
  positive: [
    { text: "The pact builds on the Harbourtown Convention of 1983 and the Tinford Protocol of 1972.", name: "Harbourtown Convention of 1983", kind: "CONVENTION" },
    { text: "The pact builds on the Harbourtown Convention of 1983 and the Tinford Protocol of 1972.", name: "Tinford Protocol of 1972", kind: "CONVENTION" },
    { text: "Where both apply, the Harbourtown Convention of 1983 on crew papers gives way to the regional text.", name: "Harbourtown Convention of 1983", kind: "CONVENTION" },
  ],
  negative: [
    { text: "The pact builds on the Harbourtown Convention of 1983 and the Tinford Protocol of 1972.", name: "Harbourtown Convention" },
    // A full title has its own complement; the year after it dates the adoption, not the name.
    { text: "Tinland ratified the Convention on Crew Papers of 1983 in 1990.", name: "Convention on Crew Papers of 1983" },
  ],
};

const HEADS = TREATY_YEAR_TITLES.words.join("|");
const SHORT_TITLE = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${HEADS})$`, "u");

/** "Harbourtown Convention", "New Tinford Protocol": a treaty's short title with no complement (TREATY_YEAR_TITLES). */
export const isTreatyShortTitle = (name: string): boolean => SHORT_TITLE.test(name);

/** " of 1983" right after the short title, not a span or a longer number. */
export const TREATY_YEAR = /^\s+of\s+(?:1[89]|20)\d{2}(?![\d\w–—-])/;
