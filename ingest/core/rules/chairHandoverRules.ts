import type { RelationRule } from "./RelationRule.js";

/**
 * A chair passing from one holder to the next: "Peru handed over the pro tempore presidency to Bolivia",
 * "the presidency went to Mexico". The one who receives it chairs; the one who hands it over held it.
 * The body is the forum named in the sentence, else the section's or page's (a page about one process
 * seldom names it again in each sentence).
 */
const ROLE = "chairmanship|co-chairmanship|chairship|presidency|chair|chairpersonship";

/** The chair handed over is the forum's, named or the one the page reports. */
const CHAIR_OF_FORUM = {
  type: "CHAIRED",
  implicitObject: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["FORUM"],
} satisfies Partial<RelationRule>;

export const CHAIR_HANDOVER_RULES: RelationRule[] = [
  {
    id: "chair-handed-to",
    ...CHAIR_OF_FORUM,
    // "pro tempore" is spelled out with its article: a skipped article cannot come before an optional word.
    trigger:
      `hand|pass|transfer over|on ${ROLE} to / hand|pass|transfer over|on ?the pro tempore ${ROLE} to / ` +
      `hand|pass|transfer ${ROLE} over|on ?to / hand|pass|transfer ?the pro tempore ${ROLE} over|on ?to / ` +
      `hand|pass|transfer ${ROLE} to / hand|pass|transfer ?the pro tempore ${ROLE} to / ` +
      `${ROLE} go|pass|fall to`,
    shape: "delegation",
    noPeriod: true,
    subjectGap: "^\\s*(?:the\\s+)?(?:government\\s+of\\s+)?$",
    notAfter: "for|about|on|with|to|from|by|of",
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Rabat Process met in Dakar in 2015. At its close Senegal handed over the chairmanship to Morocco.", expect: ["ctry:ma", "forum:rabat-process"] },
        { text: "The Puebla Process met in San José. At the end of 2018 Costa Rica passed the presidency on to Guatemala.", expect: ["ctry:gt", "forum:puebla-process"] },
        { text: "The Budapest Process was chaired by Hungary until 2006. The chairmanship then went to Turkey.", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Puebla Process met in Lima. Peru handed over the pro tempore presidency to Bolivia.", expect: ["ctry:bo", "forum:puebla-process"] },
      ],
      negative: [
        { text: "The Rabat Process met in Dakar in 2015. Senegal will hand over the chairmanship to Morocco next year.", expect: ["ctry:ma", "forum:rabat-process"] },
        { text: "The Rabat Process met in Dakar in 2015. Senegal handed over a report on the chairmanship to Morocco.", expect: ["ctry:ma", "forum:rabat-process"] },
        { text: "The Budapest Process was chaired by Hungary until 2006. Thanks for the chairmanship went to Turkey.", expect: ["ctry:tr", "forum:budapest-process"] },
        // The meeting just held is not what the next chair chairs.
        { text: "Mauritius, which hosted the GFMD 2012, handed the chair on to Sweden.", expect: ["ctry:se", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    // "Guatemala held the presidency in 2019 and handed it on to Panama", "UNDP chaired it until June, followed by UNHCR":
    // the chair named before in the sentence passes to the one named after.
    id: "chair-passed-on",
    ...CHAIR_OF_FORUM,
    trigger: "hand|pass it on|over ?to / follow|succeed by",
    sentenceHas: "chair|chaired|co-chair|co-chaired|chairmanship|co-chairmanship|chairship|presidency|chairperson",
    shape: "delegation",
    noPeriod: true,
    subjectGap: "^\\s*(?:to\\s+)?(?:the\\s+)?(?:government\\s+of\\s+)?$",
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The presidency of the Puebla Process rotates. Guatemala held the presidency in 2019 and handed it on to Panama.", expect: ["ctry:pa", "forum:puebla-process"] },
        { text: "The Rabat Process was launched in 2006. Morocco chaired the dialogue from 2017 to 2018, followed by Burkina Faso.", expect: ["ctry:bf", "forum:rabat-process"] },
      ],
      negative: [
        { text: "The Rabat Process was launched in 2006. Morocco spoke first, followed by Burkina Faso.", expect: ["ctry:bf", "forum:rabat-process"] },
        { text: "The presidency of the Puebla Process rotates. Guatemala wrote a report in 2019 and handed it on to Panama.", expect: ["ctry:pa", "forum:puebla-process"] },
      ],
    },
  },
  {
    id: "chair-handed-over",
    ...CHAIR_OF_FORUM,
    trigger: `hand|pass|transfer over|on ${ROLE} / hand|pass|transfer over|on ?the pro tempore ${ROLE} / hand|pass|transfer ${ROLE} over|on|to / hand|pass|transfer ?the pro tempore ${ROLE} over|on|to`,
    shape: "subject-first",
    objectWithin: 40,
    // "handed the chair on at the session and did not chair it itself": the same clause denies the chair it would imply.
    notFollowedBy: String.raw`^[^.;]*?\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:chair|chaired|preside|presided)\b|^[^.;]*?n['’]t\s+(?:\w+\s+)?(?:chair|preside)\b`,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Rabat Process met in Dakar in 2015. At its close Senegal handed over the chairmanship to Morocco.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "In 2016 Peru passed the pro tempore presidency of the Puebla Process to Bolivia.", expect: ["ctry:pe", "forum:puebla-process"] },
        { text: "The Puebla Process met in Lima. Peru handed over the pro tempore presidency to Bolivia.", expect: ["ctry:pe", "forum:puebla-process"] },
      ],
      negative: [
        { text: "The Rabat Process met in Dakar in 2015. Senegal is to hand over the chairmanship to Morocco.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The Rabat Process met in Dakar in 2015. Senegal handed a letter on the chairmanship to Morocco.", expect: ["ctry:sn", "forum:rabat-process"] },
        // The clause denies the chair: the outgoing holder did not preside over the sitting that took it over.
        { text: "The Riverside Dialogue met for the fourth time in Lusaka. Malawi passed the chairmanship on to a new bureau there and did not chair that fourth meeting itself.", expect: ["ctry:mw", "forum:riverside-dialogue"] },
      ],
    },
  },
];
