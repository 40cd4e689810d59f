import type { TripleExamples } from "./TripleExamples.js";

/**
 * A verb only a state does to a treaty, in the active voice: "It ratified", "It has also acceded to"; and what only a
 * state is: "It is a party to", "It is a member State of", "It has been a State Party". A pronoun opening such a
 * sentence is the state that opened the sentence before, never the treaty or forum that sentence named
 * (pronounReferents.ts).
 */
export const STATE_PREDICATE =
  /^[Ii]t\s+(?:(?:has|had)\s+)?(?:(?:also|then|later|since|subsequently|likewise)\s+)?(?:ratified|acceded|became\s+(?:a\s+)?party)\b|^[Ii]t\s+(?:is|was|became|(?:has|had)\s+(?:also\s+)?been)\s+(?:also\s+|now\s+)?(?:a\s+)?(?:(?:State|state)\s+[Pp]arty|[Pp]arty\s+to|(?:full\s+|founding\s+)?member\s+(?:State|state|country)\b)/;

/** Sentences the reading must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const STATE_PREDICATE_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Ghana ratified the Migrant Workers Convention in 2000. It is a party to the United Nations Convention against Transnational Organized Crime.", expect: ["RATIFIED", "ctry:gh", "conv:untoc"] },
    { text: "Australia co-chairs the Bali Process with Indonesia. It is a member State of the International Organization for Migration.", expect: ["MEMBER_OF", "ctry:au", "org:iom"] },
    { text: "Chile hosted the Regional Conference on Migration in 2019. It has also been a State Party to the United Nations Convention against Transnational Organized Crime since 2004.", expect: ["RATIFIED", "ctry:cl", "conv:untoc"] },
    // After a fronted phrase (openingBeforeSubject.ts): "Among the ILO's instruments it ratified …".
    { text: "Indonesia ratified the Migrant Workers Convention in 2012. Among the ILO's instruments it ratified the Forced Labour Convention, 1930 (No. 29) in 1950.", expect: ["RATIFIED", "ctry:id", "conv:ilo-c29"] },
  ],
  negative: [
    // The forum the sentence before named is no member State.
    { text: "Australia co-chairs the Bali Process with Indonesia. It is a member State of the International Organization for Migration.", expect: ["MEMBER_OF", "forum:bali-process", "org:iom"] },
    // A body opened the sentence before: "It" is that body's, not the state it named.
    { text: "IOM opened an office in Ghana in 2000. It is a member State of the Rabat Process.", expect: ["MEMBER_OF", "ctry:gh", "forum:rabat-process"] },
    // No state opened the sentence before and its subject is a body: "It" is no state, so it is nobody's member State.
    { text: "UNHCR opened an office in Dakar in 2012. It is a member State of the Rabat Process.", expect: ["MEMBER_OF", "org:unhcr", "forum:rabat-process"] },
    { text: "The ILO runs the Coastal Welcome Network. It is a full member State of the Global Migration Group.", expect: ["MEMBER_OF", "org:ilo", "forum:gmg"] },
    // "a member of" may be said of a body: the state predicate is "member State", not any membership.
    { text: "Ghana funds the Coastal Welcome Network with UNHCR. It is a member of the Global Migration Group.", expect: ["MEMBER_OF", "ctry:gh", "forum:gmg"] },
  ],
};
