import { DESCRIPTION_HEADS } from "./descriptionHeads.js";
import type { TripleExamples } from "./TripleExamples.js";

/** Nouns for a sum of money given or promised: what a grant, not a body, is. */
const MONEY_NOUNS = ["investment", "grant", "donation", "contribution", "loan", "pledge", "payment", "gift", "award", "sum", "amount", "allocation", "disbursement", "tranche", "instalment", "installment"];

/**
 * Words between the article and the noun that may only qualify it ("the first", "a $6 million multi-year", "the largest
 * single"): a relative or preposition ends the noun phrase, and a body's head word ("a fund whose grants …", "the network
 * giving grants") or a verb form in -ing would make another noun its head.
 */
const BODY_WORDS = [...new Set(DESCRIPTION_HEADS.flatMap((h) => h.words).flatMap((w) => w.toLowerCase().split(" ")))];
const QUALIFIER = String.raw`(?!(?:whose|which|that|who|of|for|to|with|by|from|in|and|or|${BODY_WORDS.join("|")})\b)(?![\w-]+ing\b)[\w$€£.,-]+`;

/**
 * "It is the first investment made since the Fund was set up", "It was the largest single grant …": a subject "it"
 * said to be a sum of money speaks of the grant or pledge the sentence before described, not of a body named there
 * (the donor or the recipient). Read as a subject pronoun with no referent (pronounReferents.ts), so it neither states a
 * relation nor makes the donor the latest thing named, which "the Fund" would then be read as.
 */
export const MONEY_SUBJECT = new RegExp(
  String.raw`^[Ii]t\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|remains|represents|marks)\s+(?:also\s+)?(?:the|a|an)\s+(?:${QUALIFIER}\s+){0,4}?(?:${MONEY_NOUNS.join("|")})s?(?![\w-])`,
);

/** Sentences the reading must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const MONEY_SUBJECT_EXAMPLES: TripleExamples = {
  positive: [
    // "It" said to be a body, or doing what a body does, is still the subject of the sentence before.
    { text: "The Lantern Fund was set up by Norway in 2015. It is the first fund of its kind and works in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund gives grants to towns on the coast. It is a fund whose grants go to Ghana and Togo, and it works in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    // A money noun that only opens a compound ("grant-making", "award-winning") qualifies the body; no sum is spoken of.
    { text: "The Lantern Fund was set up by Norway in 2015. It is a grant-making foundation and works in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund was set up by Norway in 2015. It is an award-winning charity and works in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    // With the donor no longer the latest thing named, the one body that carries the head is still found.
    { text: "Norway will give a grant of USD 4 million to the Harbour Fund. It is the first investment made since the Fund was set up. The grant will allow the Fund to start work in Ghana.", expect: ["OPERATES_IN", "ini:harbour-fund", "ctry:gh"] },
  ],
  negative: [
    // The donor and the recipient both carry "Fund": the sum is neither, so "the Fund" after it picks no one.
    { text: "The Lantern Fund will give a grant of USD 4 million to the Harbour Fund. It is the first investment made since the Fund was set up. The grant will allow the Fund to start work in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund will give a grant of USD 4 million to the Harbour Fund. It was the largest single donation the Fund had received. The money lets the Fund open an office in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund pledged EUR 2 million to the Harbour Fund in 2020. It is a three-year contribution, and the Fund will use it to start work in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund approved a loan to the Harbour Fund. It will be the first loan under the new window. The Fund is to open an office in Ghana with it.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
  ],
};
