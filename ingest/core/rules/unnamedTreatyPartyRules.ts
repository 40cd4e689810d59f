import type { RelationRule } from "./RelationRule.js";
import { TIME_ADJUNCTS } from "./timeAdjuncts.js";

/**
 * The fields of the readings that say a state is a party while leaving the treaty unnamed, or naming it right after
 * the phrase ("Uruguay became a party", "Peru has been bound since 2018", "the sixth state to ratify"): the treaty is
 * the one the page is about.
 */
export const UNNAMED_TREATY_PARTY: Pick<RelationRule, "shape" | "implicitObject" | "subjects" | "objects" | "objectWithin"> = {
  shape: "subject-first",
  implicitObject: true,
  subjects: ["COUNTRY"],
  objects: ["CONVENTION"],
  objectWithin: 8,
};

/**
 * A state's clause with no treaty written: the treaty is the page's or the section heading's, never one named in
 * passing, and the state opens its own clause.
 */
const PAGE_TREATY_CLAUSE: Pick<RelationRule, "pageTreatyObject" | "subjectOpensClause" | "verbal" | keyof typeof UNNAMED_TREATY_PARTY> = {
  pageTreatyObject: true,
  subjectOpensClause: true,
  verbal: true,
  ...UNNAMED_TREATY_PARTY,
};

/**
 * The readings that say a state is a party to the treaty the page is about without naming it: "Uruguay became a party",
 * "Namibia was bound from 1 March 2016", "Chile had completed its national procedures", "the sixth state to ratify",
 * "C followed on 1 January 1998", "Peru ratified on 3 May 2016." (RATIFICATION_RULES reads them after its own).
 */
export const UNNAMED_TREATY_PARTY_RULES: RelationRule[] = [
  {
    // "Uruguay became a party in 2012", "the Philippines became a State party to the Convention": being a party is
    // being bound; with no treaty named after it, the treaty is the one the page is about.
    id: "ratified-became-party",
    type: "RATIFIED",
    trigger: "become|became party|parties / become|became state party|parties",
    // "a party to the dispute": a party to something unnamed, not to the treaty; "parties to one or both of the
    // conventions", "to either of them": a choice among treaties names none of them.
    notFollowedBy: "^\\s+(?:to|of)\\s+(?:(?:the|a|an|its|their)\\s+[a-z]|(?:one|either|any|some|neither|none|several|many|each)\\b)",
    verbal: true,
    ...UNNAMED_TREATY_PARTY,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay became a party in 2012.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. The Philippines became a State party to the Convention in 2012.", expect: ["ctry:ph", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay is expected to become a party next year.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay became a party to the dispute over it.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The 1961 Convention entered into force in 1975. Chad and Niger became parties to one or both of the statelessness conventions.", expect: ["ctry:td", "conv:statelessness-1961"] },
        { text: "The 1961 Convention entered into force in 1975. Chad became a party to either of them in 2018.", expect: ["ctry:td", "conv:statelessness-1961"] },
      ],
    },
  },
  {
    // "Germany is a Party.", "Italy is also a Party;", "Peru has been a party since 2001": being a party, with no treaty
    // named after it, is being bound by the one the page (or its section) is about. The state opens its own clause:
    // "Neither Iran nor Turkey is a party", "no country was party to the signing" state nothing of the kind.
    id: "ratified-is-party",
    type: "RATIFIED",
    trigger: "be party|parties / be state party|parties / be contracting party|parties",
    notFollowedBy: "^\\s+(?:to|of|in|at)\\b",
    ...PAGE_TREATY_CLAUSE,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nGermany is a Party.", expect: ["ctry:de", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nItaly is also a Party; the Committee has reviewed its reports.", expect: ["ctry:it", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nPeru has been a party since 2001.", expect: ["ctry:pe", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nGermany is not a Party.", expect: ["ctry:de", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nNeither Iran nor Turkey, both hosts of migrants, is a party.", expect: ["ctry:tr", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nGermany is a party to the dispute.", expect: ["ctry:de", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nWho is bound\nGermany expects to be a party by 2027.", expect: ["ctry:de", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nNeighbours\nGermany signed the fisheries pact in 2014; Austria is a party.", expect: ["ctry:at", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // "Namibia and Zambia were bound from 1 March 2016": a state bound by the treaty from a date is a party to it (with
    // no treaty named, the page's); "bound by" alone may describe a wish or a hypothesis, so only "from" or "since" counts.
    id: "ratified-bound-from",
    type: "RATIFIED",
    trigger: "be|become|became bound from|since",
    verbal: true,
    ...UNNAMED_TREATY_PARTY,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia and Zambia were bound from 1 March 2016.", expect: ["ctry:zm", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru has been bound since 2018.", expect: ["ctry:pe", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia will be bound from 1 March 2030.", expect: ["ctry:na", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia has never been bound since it never ratified.", expect: ["ctry:na", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia signed it but is not bound by it.", expect: ["ctry:na", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // "Chile and Zambia had completed their national procedures by 2014": completing the national (ratification)
    // procedures is what treaties themselves call ratifying; the treaty is the one the page is about.
    id: "ratified-completed-procedures",
    type: "RATIFIED",
    trigger: "complete|completed ?its|their ?ratification|constitutional|national|internal|parliamentary|domestic procedure|procedures",
    // "completed its procedures for the census", "... to join the fund": procedures named for something else.
    notFollowedBy: "^\\s+(?:for|of|to|on|under|with|in\\s+(?!(?:19|20)\\d\\d\\b))",
    verbal: true,
    ...UNNAMED_TREATY_PARTY,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. By 2014 four states, among them Chile and Zambia, had completed their national procedures.", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru completed its constitutional procedures in 2015.", expect: ["ctry:pe", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Peru has not yet completed its constitutional procedures.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru is expected to complete its procedures next year.", expect: ["ctry:pe", "conv:ilo-c189"] },
        // Procedures of another kind (for a visa, for an application) say nothing of the treaty.
        { text: "The Domestic Workers Convention entered into force in 2013. Peru completed its procedures for the census in 2015.", expect: ["ctry:pe", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // "making Peru the sixth state to ratify", "Chile was the last of the original signatories to ratify": a rank among
    // those who ratified states that the state did (the treaty the page is about); "the first to sign" states nothing.
    id: "ratified-ranked",
    type: "RATIFIED",
    // The noun may be left out ("Peru was the first to ratify"): the rank is still among those who ratified.
    trigger: "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|only ?of ?original|founding ?member ?state|states|country|countries|signatory|signatories|nation|nations to ratify|accede",
    ...UNNAMED_TREATY_PARTY,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. In 2016 the senate approved it, making Zambia the ninth country to ratify.", expect: ["ctry:zm", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru was the last of the original signatories to ratify.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Convention on the Reduction of Statelessness entered into force in 1975.\n\nEarly years\nBolivia was the second to accede, in 1983.", expect: ["ctry:bo", "conv:statelessness-1961"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Peru was the first country to sign it.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru hopes to be the first country to ratify.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru would not be the last state to ratify.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nEarly years\nBolivia was the second to sign, in 2012.", expect: ["ctry:bo", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // "A and B were bound from 1 October 1997; C followed on 1 January 1998": a state that followed, with a date, in a
    // sentence that has just told of ratifying or being bound did the same (the treaty the page is about).
    id: "ratified-followed",
    type: "RATIFIED",
    trigger: "follow|followed on|in",
    sentenceHas: "ratify|ratified|accede|acceded|bound|deposit|deposited",
    verbal: true,
    ...UNNAMED_TREATY_PARTY,
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia and Peru were bound from 1 March 2014; Zambia followed on 2 May 2015.", expect: ["ctry:zm", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia ratified it in 2014, and Zambia followed in 2015.", expect: ["ctry:zm", "conv:ilo-c189"] },
      ],
      negative: [
        // Following a signature, or following in something else, binds no one.
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia signed it in 2012; Zambia followed in 2013.", expect: ["ctry:zm", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia ratified it in 2014; Zambia followed with a workshop on it in 2015.", expect: ["ctry:zm", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Namibia ratified it in 2014; Zambia may follow in 2016.", expect: ["ctry:zm", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // "Peru ratified on 3 May 2016", "Chile acceded in 2018.": the verb with no object at all, only a date or the end of
    // the clause after it, says the state became bound by the treaty the page (or its section) is about; a list of such
    // lines under headings ("Early parties", "Recent steps") is how a status page reports who is bound.
    id: "ratified-bare",
    type: "RATIFIED",
    trigger: "ratify|accede",
    // Only dates and time adverbs, then the end of the clause, may follow: anything else ("ratified the agreement with
    // Spain", "ratified in 2012 the trade pact", "acceded in 2019 to a fund") is an object of its own, named or not.
    notFollowedBy: `^(?!${TIME_ADJUNCTS}\\s*(?:[,.;)]|$|(?:and|but|while|whereas)\\b))`,
    ...PAGE_TREATY_CLAUSE,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nRecent parties\nBelize ratified on 2 March 2021.", expect: ["ctry:bz", "conv:ilo-c189"] },
        { text: "The Convention on the Reduction of Statelessness entered into force in 1975.\n\nSince 2015\nMali acceded in 2016.", expect: ["ctry:ml", "conv:statelessness-1961"] },
        { text: "The Convention on the Reduction of Statelessness entered into force in 1975.\n\nNewer parties\nIn May 2017 Guyana acceded too.", expect: ["ctry:gy", "conv:statelessness-1961"] },
        { text: "The Convention on the Reduction of Statelessness entered into force in 1975.\n\nNewer parties\nGuyana, which acceded on 4 June 2019, hosted a regional workshop.", expect: ["ctry:gy", "conv:statelessness-1961"] },
        // "As well" is "too" in two words.
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nRecent parties\nBelize and Guyana have since ratified as well, so that twelve states are now parties.", expect: ["ctry:gy", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nRecent steps\nBelize ratified the trade agreement with Mexico in 2021.", expect: ["ctry:bz", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nRecent steps\nBelize ratified as well a trade agreement with Mexico in 2021.", expect: ["ctry:bz", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nStill outside\nBelize has not ratified.", expect: ["ctry:bz", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nPlans\nBelize intends to ratify in 2027.", expect: ["ctry:bz", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nElsewhere\nBelize acceded to the regional fisheries pact in 2021.", expect: ["ctry:bz", "conv:ilo-c189"] },
        // What follows the date is the object: another thing ratified, or another treaty acceded to.
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nNewer steps\nGuyana ratified in 2015 a fisheries accord with Brazil.", expect: ["ctry:gy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nNewer steps\nSuriname acceded in 2017 to the Convention on the Reduction of Statelessness.", expect: ["ctry:sr", "conv:ilo-c189"] },
        // A condition before the state, or a noun whose relative clause the state sits in.
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nOutlook\nUnless Guyana ratified in 2026, the regional talks would stall.", expect: ["ctry:gy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nNewer steps\nThe accord that Guyana ratified in 2015 covered fishing.", expect: ["ctry:gy", "conv:ilo-c189"] },
        // A section that names another treaty, or speaks of one unnamed, may be about that one.
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nNeighbours\nGuyana signed a fisheries pact with Brazil in 2014; Suriname ratified in 2016.", expect: ["ctry:sr", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013.\n\nNeighbours\nGuyana ratified the Convention on the Reduction of Statelessness in 2012. Suriname acceded in 2016.", expect: ["ctry:sr", "conv:statelessness-1961"] },
      ],
    },
  },
];
