import type { TripleExamples } from "./TripleExamples.js";

/** What only a state has, after "its": "its delegation", "its government", "its ministries of …". */
export const STATE_POSSESSION = /^\s+(?:own\s+)?(?:delegation|delegates|government|ministr(?:y|ies)|minister|authorities|presidency|embassy|capital|parliament)\b/;

/** Sentences "its" before a state's noun must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const STATE_POSSESSION_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Ghana hosted the talks in Accra. Later Togo applied; its government is a member of the Rabat Process.", expect: ["MEMBER_OF", "ctry:tg", "forum:rabat-process"] },
    { text: "Uganda was endorsed in 2024; its delegation took part in the Khartoum Process.", expect: ["PARTICIPATES_IN", "ctry:ug", "forum:khartoum-process"] },
  ],
  negative: [
    // The sentence's own country owns the government, not the one the sentence before opened with.
    { text: "Ghana hosted the talks in Accra. Later Togo applied; its government is a member of the Rabat Process.", expect: ["MEMBER_OF", "ctry:gh", "forum:rabat-process"] },
  ],
};
