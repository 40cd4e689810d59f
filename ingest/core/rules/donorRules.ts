import type { RelationRule } from "./RelationRule.js";

/** A body or state giving money to an initiative. */
const GIVES_TO_INITIATIVE = {
  type: "FUNDS",
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["INITIATIVE"],
  confidence: 0.75,
} satisfies Partial<RelationRule>;

/** A donor stated before its role, of the initiative named right after or the page's ("among the donors", "the largest donor", "paid for by"). */
const DONOR_OF_INITIATIVE = {
  ...GIVES_TO_INITIATIVE,
  shape: "subject-first",
  implicitObject: true,
  objectWithin: 12,
} satisfies Partial<RelationRule>;

/**
 * Donors as news and profile pages name them, often without naming the fund again:
 * "Denmark and Spain are among the other donors", "Germany is its largest donor",
 * "Its top donor is Germany", "This second phase is paid for by the EU and SDC".
 */
export const DONOR_RULES: RelationRule[] = [
  {
    id: "among-donors",
    ...DONOR_OF_INITIATIVE,
    trigger: "be among ?its|their donor|donors|funder|funders",
    examples: {
      positive: [
        { text: "MIDA has run in the Great Lakes since 2001. Italy and Belgium are among its donors.", expect: ["ctry:be", "ini:mida"] },
        { text: "Finland is among the other donors of the JMDI.", expect: ["ctry:fi", "ini:jmdi"] },
      ],
      negative: [
        { text: "Finland could be among the donors of the JMDI.", expect: ["ctry:fi", "ini:jmdi"] },
        { text: "Finland met among donors of the JMDI.", expect: ["ctry:fi", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "largest-donor",
    ...DONOR_OF_INITIATIVE,
    trigger: "be ?its|their|the donor|donors|funder|funders|contributor|contributors",
    examples: {
      positive: [
        { text: "KNOMAD was set up in 2013. Germany is its largest donor.", expect: ["ctry:de", "ini:knomad"] },
        { text: "Sweden is the main donor of MIDA.", expect: ["ctry:se", "ini:mida"] },
      ],
      negative: [{ text: "KNOMAD was set up in 2013. Germany is not its largest donor.", expect: ["ctry:de", "ini:knomad"] }],
    },
  },
  {
    id: "donor-is",
    ...GIVES_TO_INITIATIVE,
    trigger: "donor|donors|funder|funders be|include|:",
    shape: "object-first",
    objectWithin: 30,
    examples: {
      positive: [
        { text: "KNOMAD was set up in 2013. Its top donor is Germany.", expect: ["ctry:de", "ini:knomad"] },
        // A possessive description is its owner: "the project's" is the project named before.
        { text: "The Missing Migrants Project began in 2014. The project's donors include Norway and Denmark.", expect: ["ctry:dk", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "KNOMAD was set up in 2013. Its top donor should be Germany.", expect: ["ctry:de", "ini:knomad"] },
        { text: "The Missing Migrants Project began in 2014. The project's donors may include Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "paid-for-by",
    ...DONOR_OF_INITIATIVE,
    trigger: "pay for",
    passive: true,
    examples: {
      positive: [
        { text: "The JMDI started in 2008. Its second phase is paid for by the European Union and Switzerland together.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "Switzerland paid for the JMDI in 2012.", expect: ["ctry:ch", "ini:jmdi"] },
      ],
      negative: [
        { text: "The JMDI started in 2008. Its second phase should be paid for by Switzerland.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "Switzerland paid for a study on the JMDI.", expect: ["ctry:ch", "ini:jmdi"] },
        // A name no reader knows is still the written object: the page's programme does not stand in for it.
        { text: "The JMDI started in 2008. Switzerland also pays for Coastwise, a boat school in Ghana.", expect: ["ctry:ch", "ini:jmdi"] },
      ],
    },
  },
];
