import type { RelationRule } from "./RelationRule.js";

/**
 * Where a body keeps its own outposts: "X has country offices in A and B", "X maintains representations in A",
 * "X has had a permanent presence in A since 2015", "X opened field offices in A". The verb of holding stands between
 * the body and its outposts, so the outposts are the body's own; in "the board of Y's offices in A" (no verb of
 * holding) the offices may be anyone's, which is why operates-in (placeRules.ts) reads no organization's offices.
 * Closing, visiting or planning offices states no presence; diplomatic missions and delegations are a state's, not
 * where a body works.
 */
const OUTPOST_RULE = {
  id: "operates-holds-offices",
  type: "OPERATES_IN",
  trigger: "have|keep|maintain|run|operate|open|establish|set ?up ?its|their ?own ?country|field|national|regional|local|liaison|permanent|representative office|offices|representation|representations|branch|branches|presence|project|projects|programme|programmes|program|programs|operation|operations|activities in|across|throughout / carry|conduct out ?its|their project|projects|programme|programmes|program|programs|operation|operations|activities in|across|throughout",
  verbal: true,
  shape: "subject-first",
  subjects: ["ORGANIZATION", "INITIATIVE"],
  objects: ["COUNTRY"],
  objectWithin: 12,
  // The outposts' country right after "in", or a part of it ("in southern A"): "projects in mind for A" place nothing.
  objectGap: "^\\s+(?:the\\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural)\\s+)?$",
  confidence: 0.7,
  examples: {
    positive: [
      { text: "The Danish Refugee Council keeps offices in Jordan, Lebanon and Iraq.", expect: ["org:danish-refugee-council", "ctry:lb"] },
      { text: "The Danish Refugee Council has country offices in Jordan and Lebanon.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "Since 2012 the Danish Refugee Council has maintained representations in Jordan and Iraq.", expect: ["org:danish-refugee-council", "ctry:iq"] },
      { text: "The Danish Refugee Council has had a permanent presence in Jordan since 2012.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "In 2015 the Danish Refugee Council opened field offices in Jordan and Lebanon.", expect: ["org:danish-refugee-council", "ctry:lb"] },
      // Its own projects and programmes in a country are work there.
      { text: "The Danish Refugee Council runs its own projects in Jordan and Iraq.", expect: ["org:danish-refugee-council", "ctry:iq"] },
      { text: "The Lagoon Relief Trust runs programmes in northern Ghana.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
      // A hedge-like word inside a name is the name's, no hedge: before the subject or between it and the verb.
      { text: "With the Need Review Board, the Lagoon Relief Trust keeps field offices in Ghana.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
      { text: "Since the Plan Ahead Foundation closed, the Lagoon Relief Trust runs programmes in Togo.", expect: ["org:lagoon-relief-trust", "ctry:tg"] },
      // A relative clause on the body still holds the offices.
      { text: "The Danish Refugee Council, which runs its own offices in Jordan and Iraq, trains local staff.", expect: ["org:danish-refugee-council", "ctry:iq"] },
    ],
    negative: [
      { text: "The Danish Refugee Council plans to open offices in Jordan and Lebanon.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "The Danish Refugee Council does not have offices in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "The Danish Refugee Council closed its offices in Jordan in 2010.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "Staff of the Danish Refugee Council visited the UNHCR offices in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      // Whose offices: without a verb of holding they may be another body's.
      { text: "The Danish Refugee Council chairs the board of the Nordic Aid Network's offices in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      // A place held before the list is a city's or a region's, and the country after it is not the outposts'.
      { text: "The Danish Refugee Council has offices in the capital and works with refugees who came from Syria.", expect: ["org:danish-refugee-council", "ctry:sy"] },
      { text: "The Danish Refugee Council will open a branch in Jordan next year.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      // A project named after the verb is the thing held; its place may be a venue.
      { text: "The Danish Refugee Council has presented its projects in Jordan to donors in Denmark.", expect: ["org:danish-refugee-council", "ctry:dk"] },
      { text: "The Danish Refugee Council has funded projects of the Jordan Red Crescent in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      // Projects in mind for a country are plans; staff alone may be a state's envoys (diplomatic, consular), not outposts.
      { text: "The Lagoon Relief Trust has projects in view for Ghana.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
      { text: "The Lagoon Relief Trust has consular staff in Ghana.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
      // Hedged: a condition opening the sentence or a report holds no outpost (the engine's non-fact test on a fronted clause).
      { text: "If money allows, the Lagoon Relief Trust opens field offices in Ghana.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
      { text: "Should donors agree, the Lagoon Relief Trust keeps its field offices in Togo.", expect: ["org:lagoon-relief-trust", "ctry:tg"] },
      { text: "The Lagoon Relief Trust reportedly keeps a liaison office in Togo.", expect: ["org:lagoon-relief-trust", "ctry:tg"] },
      // The same name inside a condition opening the sentence: the condition still holds no outpost.
      { text: "If the Need Review Board agrees, the Lagoon Relief Trust opens field offices in Ghana.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
      // A body named in an "unlike" aside is contrasted with the subject, not the one holding the offices.
      { text: "The Coastal Health Trust, unlike the Lagoon Relief Trust, keeps field offices in Benin.", expect: ["org:lagoon-relief-trust", "ctry:bj"] },
    ],
  },
} satisfies RelationRule;

/**
 * Work with people in a country: "X works with forced migrants in A, B and C", "X works with local councils in A".
 * The words between "with" and "in" are one short common noun phrase, so a named partner ("works with UNHCR in A" is
 * read as a partnership elsewhere) or a clause ("works with refugees from A who settle in B") names no place.
 */
const WORK_WITH_RULE = {
  id: "operates-works-with-in",
  type: "OPERATES_IN",
  trigger: "work with",
  verbal: true,
  shape: "subject-first",
  objectGap: "^\\s+(?:(?:the|its|their|local|national|forced|internally|displaced|returning|young|women|[a-z]+(?:s|ies|people|men|children))\\s+){1,4}in\\s+(?:the\\s+)?$",
  subjects: ["ORGANIZATION", "INITIATIVE"],
  objects: ["COUNTRY"],
  objectWithin: 50,
  confidence: 0.65,
  examples: {
    positive: [
      { text: "The Danish Refugee Council works with displaced families in Jordan, Lebanon and Iraq.", expect: ["org:danish-refugee-council", "ctry:iq"] },
      { text: "MIDA works with local councils in Ghana and Ethiopia.", expect: ["ini:mida", "ctry:et"] },
      { text: "The Lagoon Relief Trust works with forced returnees in Ghana and Togo.", expect: ["org:lagoon-relief-trust", "ctry:tg"] },
    ],
    negative: [
      { text: "The Danish Refugee Council works with refugees from Jordan who settle in Denmark.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "The Danish Refugee Council works with refugees from Jordan who settle in Denmark.", expect: ["org:danish-refugee-council", "ctry:dk"] },
      { text: "The Danish Refugee Council will work with displaced families in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      { text: "The Danish Refugee Council does not work with displaced families in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
    ],
  },
} satisfies RelationRule;

/** A body's own outposts and the people it works with, each in a country: where it operates. */
export const OFFICE_RULES: RelationRule[] = [OUTPOST_RULE, WORK_WITH_RULE];
