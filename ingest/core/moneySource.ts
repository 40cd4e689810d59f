import type { TripleExamples } from "./TripleExamples.js";

/**
 * A body or fund named only as where money came from or the budget line it sat under: "EUR 2 million from the X Trust
 * Fund", "a grant under its Y Programme", "of the budget under the Z Window". It is a modifier of the amount, not what
 * the text goes on about, so a later "it" or "its" is never it: "… under its Y Programme. The Commission is the funder
 * named for it" speaks of the project, not of the budget line.
 * Read only within the clause that states the amount, so "with support from the ILO" (no money named) is no source.
 */
const SOURCE_BEFORE = /\b(?:from|under|out\s+of|through|via)\s+(?:(?:its|the|their|a|an)\s+)?$/i;
const AMOUNT = /(?:\b(?:EUR|USD|GBP|CHF|US\$|euros?|dollars?|francs?|pounds?|million|billion|budget|grant|grants|allocation|contribution|contributions|envelope)\b|[€$£]\s?\d)/i;

const SOURCE_WINDOW = 200;

/** Whether the mention starting at `start` of `text` is named only as a money source or budget line. */
export function moneySource(text: string, start: number): boolean {
  // A bounded window: the clause that states the amount lies close before the mention.
  const before = text.slice(Math.max(0, start - SOURCE_WINDOW), start);
  if (!SOURCE_BEFORE.test(before)) return false;
  // The clause the mention sits in: from the last semicolon or sentence-internal colon before it.
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  return AMOUNT.test(clause);
}

/** Sentences a later pronoun must read past a money source in ([type, sourceId, targetId]); test/unit/moneySource.test.ts runs them. */
export const MONEY_SOURCE_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Marsh Harbour Livelihoods Programme supports fishing families who lost their boats. A grant of EUR 3 million from the Lowland Trust Fund pays for its first year. It is implemented by UNDP.", expect: ["LEADS", "org:undp", "ini:marsh-harbour-livelihoods-programme"] },
    { text: "The Cedar Coast Return Project began in 2019. The European Union financed the project with EUR 4 million from its Regional Resilience Window (RRW). Norway co-finances it.", expect: ["FUNDS", "ctry:no", "ini:cedar-coast-return-project"] },
    { text: "The Saltpan Reintegration Project opened in 2020. A contribution of USD 5 million from the Inland Recovery Facility (IRF) covered its first phase. It is managed by IOM.", expect: ["LEADS", "org:iom", "ini:saltpan-reintegration-project"] },
    { text: "The Orchard Valley Youth Project started in 2021. USD 2 million from the Hill Country Window (HCW) covered its first year, and its partners include UNICEF.", expect: ["PARTICIPATES_IN", "org:unicef", "ini:orchard-valley-youth-project"] },
  ],
  negative: [
    // The body a sentence before was about stays the topic when it is next named beside an amount: "its" is not the project.
    { text: "The Mangrove Towns Network was launched in 2010. USD 3 million from the Mangrove Towns Network went to the Estuary School Project in 2017. Its members include Benin and Gabon.", expect: ["MEMBER_OF", "ctry:bj", "ini:estuary-school-project"] },
    { text: "The Marsh Harbour Livelihoods Programme supports fishing families who lost their boats. A grant of EUR 3 million from the Lowland Trust Fund pays for its first year. It is implemented by UNDP.", expect: ["LEADS", "org:undp", "ini:lowland-trust-fund"] },
    { text: "The Cedar Coast Return Project began in 2019. The European Union financed the project with EUR 4 million from its Regional Resilience Window (RRW). Norway co-finances it.", expect: ["FUNDS", "ctry:no", "ini:regional-resilience-window"] },
    { text: "The Saltpan Reintegration Project opened in 2020. A contribution of USD 5 million from the Inland Recovery Facility (IRF) covered its first phase. It is managed by IOM.", expect: ["LEADS", "org:iom", "ini:inland-recovery-facility"] },
    { text: "The Orchard Valley Youth Project started in 2021. USD 2 million from the Hill Country Window (HCW) covered its first year, and its partners include UNICEF.", expect: ["PARTICIPATES_IN", "org:unicef", "ini:hill-country-window"] },
  ],
};
