import type { RelationType } from "../../src/ontology/ontology.js";

/**
 * What may stand before a sentence's subject pronoun "it" without changing whom "it" speaks of: a fronted time phrase
 * ("In 2009 it was hosted by Greece", "Since then, it has …") or a fronted participle phrase closed by its comma
 * ("Launched in 2019 with funding from the EU, it is managed by ICMPD", "Set up in 2001, it brings together …"). Such an
 * opening has no subject of its own, so "it" is the subject of the sentence before, as a sentence-initial "It" is.
 * A participle phrase must end at a comma right before "it": "Funded by Norway it" has no clause boundary to read.
 */
const TIME_OPENING = /^[\s"“(]*(?:In|On|Since|By|From|After|Before|During|Until|Later|Then|Today|Now)\b[^,.;:]{0,30}?,?\s*$/;
const PARTICIPLE = "(?:[A-Z][a-z]+(?:ed|en)|Set|Run|Led|Built|Begun|Held|Known|Born|Brought|Made|Kept)";
/** The participle is followed by a particle or a preposition ("Set up in", "Funded by"), so "Sweden, …", "United Nations …" are none. */
const AFTER_PARTICIPLE = "(?:\\s+(?:up|out|off|down))?\\s+(?:in|by|on|at|to|with|under|as|after|before|during|from|for|within|through|jointly|together|more|over)\\b";
const PARTICIPLE_OPENING = new RegExp(`^[\\s"“(]*${PARTICIPLE}${AFTER_PARTICIPLE}[^.;:!?]{0,120}?,\\s*$`);
/**
 * A fronted adjective phrase closed by its comma says where or how long the subject has been, and has no subject of its
 * own either: "Present in the region since 2004, it is run from Bogota", "Active in Chad since 2015, it …".
 */
const ADJECTIVE_OPENING = /^[\s"“(]*(?:Present|Active|Operational|Operating|Working)\s+(?:in|since|across|throughout|for)\b[^.;:!?]{0,100}?,\s*$/;
/**
 * A fronted phrase of a preposition that places or picks out the act ("Among the ILO's instruments it ratified …",
 * "Under the 2016 plan, it funds …", "Besides its two co-chairs, it seats …"): its noun is a preposition's object, no
 * subject, so "it" is still the subject of the sentence before. A relative clause inside the phrase has a subject of
 * its own ("Among the states that signed it, Ghana …"), so there "it" is an object.
 */
const PLACING_OPENING = /^[\s"“(]*(?:Among|Under|Within|Besides|Beyond|Outside|Across|Alongside|Through)\s+(?![^,]*\b(?:that|which|who|whom)\b)[^\s,.;:!?][^,.;:!?]{0,60}?,?\s*$/;

/** Is `before` (the sentence's text before a subject "it") an opening that leaves the sentence's subject to "it"? */
export const openingBeforeSubject = (before: string): boolean =>
  TIME_OPENING.test(before) || PARTICIPLE_OPENING.test(before) || ADJECTIVE_OPENING.test(before) || PLACING_OPENING.test(before);

/** Sentences the reading must get right; test/unit/coreference.test.ts runs them through the whole pipeline. */
export const OPENING_BEFORE_SUBJECT_EXAMPLES: { positive: { text: string; expect: [RelationType, string, string] }[]; negative: { text: string; expect: [RelationType, string, string] }[] } = {
  positive: [
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats.\n\nLaunched in 2018 with money from Norway, it is run by UNDP.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats. Set up after the 2015 floods, it is managed by UNDP.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
    // A fronted adjective phrase: where or since when the subject has been.
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats. Present in the region since 2004, it is run by UNDP from an office in Accra.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
    // A fronted prepositional phrase, with or without its comma.
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats. Under the 2020 work plan, it is managed by UNDP.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats. Among its many tasks it is run by UNDP as a pilot.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
  ],
  negative: [
    // "it" as the object of the fronted preposition is no subject: the opening must name something of its own.
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats. The Reef Guardians Project is a separate effort. Through it, UNDP funds the programme.",
      expect: ["FUNDS", "org:undp", "ini:reef-guardians-project"],
    },
    // A heading that names another body changes the topic: "it" after the fronted phrase is that body.
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats.\n\nReef Guardians Project\n\nPresent in the region since 2004, it is run by UNDP.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
    // A sentence about another body came between: "it" after the opening is that body, as a sentence-initial "It" would be.
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats.\n\nThe Reef Guardians Project is a separate effort. Launched in 2018, it is run by UNDP.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
    // A change of topic: under a heading that names another body, "it" is that body, never the page's programme.
    {
      text: "The Coastal Fisheries Programme trains fishers who lost their boats.\n\nReef Guardians Project\n\nLaunched in 2018 with money from Norway, it is run by UNDP.",
      expect: ["LEADS", "org:undp", "ini:coastal-fisheries-programme"],
    },
  ],
};
