import type { PredicateEntry } from "./PredicateEntry.js";
import { SPLIT_PARTICLE_VERBS } from "./splitParticleVerbs.js";

/**
 * Verbs of leading, housing and organising, active and passive ("A leads B", "B is housed at A", "A organized B").
 * Part of PREDICATE_VERBS (predicateVerbs.ts), in its place there.
 */
export const PREDICATE_LEADING_VERBS: PredicateEntry[] = [
  {
    id: "verb-lead",
    // "opened the third phase of its X": opening a programme or its phase is launching it (a meeting opened is no
    // initiative, so the type map leaves it alone).
    phrase: "launch|launches|launched|inaugurate|inaugurates|inaugurated|open|opens|opened|manage|manages|managed|implement|implements|implemented|run|runs|ran|coordinate|coordinates|coordinated|initiate|initiated|spearhead|spearheaded|administer|administers|administered|lead|leads|led / set|sets up",
    frame: "active",
    verbal: true,
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "In 2014, UNITAR launched the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // The class noun's name in apposition (appositionBridge.ts).
        { text: "In 2014, UNITAR inaugurated a new project, the Missing Migrants Project, in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // Opening a programme (or a phase of it, which programmePhases.ts names) is launching it.
        { text: "In 2014 UNITAR opened the Missing Migrants Project in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "In 2022 UNITAR opened a new office for the Missing Migrants Project in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "In 2014, UNITAR inaugurated a study on the project, the Missing Migrants Project, in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR launched a website about the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR intends to run the Missing Migrants Project.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    // A phrasal verb with its object between verb and particle: "IOM carried it out", "IGAD set the JMDI up". Only with
    // its own particle after the object does the verb say anything ("carried the report to Geneva", "set it apart").
    id: "verb-carry-out-split",
    phrase: SPLIT_PARTICLE_VERBS.carryOut.phrase,
    frame: "active",
    verbal: true,
    after: SPLIT_PARTICLE_VERBS.carryOut.after,
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        // The object a pronoun ("UNITAR carried it out") is read by coreference (objectPronoun.splitParticleObject).
        { text: "Since 2014 UNITAR has carried the Missing Migrants Project out with its partners.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR, as secretariat, carried the Missing Migrants Project out.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "UNITAR carried the Missing Migrants Project to Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR carried the Missing Migrants Project's data out of the region.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // "out of" moves the object: a preposition, not the particle.
        { text: "UNITAR carried the Missing Migrants Project out of Geneva and into the Sahel.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR will carry the Missing Migrants Project out.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR did not carry the Missing Migrants Project out.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "verb-set-up-split",
    phrase: SPLIT_PARTICLE_VERBS.setUp.phrase,
    frame: "active",
    verbal: true,
    after: SPLIT_PARTICLE_VERBS.setUp.after,
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "In 2014 UNITAR set the Missing Migrants Project up with support from Norway.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "In 2014 UNITAR set the Missing Migrants Project apart from other projects.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "UNITAR wants to set the Missing Migrants Project up in Geneva.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "verb-led-by",
    // "founded" only as written: the lemma "found" is also the past of "find".
    phrase: "launch|launched|inaugurate|inaugurated|manage|managed|implement|implemented|run|coordinate|coordinated|initiate|initiated|spearhead|spearheaded|administer|administered|lead|led|founded|co-founded by / carry|carried out by",
    frame: "passive",
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [
        { text: "The Missing Migrants Project is managed by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "In 2014 the Missing Migrants Project was founded by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Launched in March 2014 by UNITAR, the Missing Migrants Project counts deaths at sea.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // What is done to a programme's work is done to the programme.
        { text: "The Missing Migrants Project's day-to-day work is coordinated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Since 2015 the Missing Migrants Project has been carried out by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        // A class noun in apposition, qualified by the participle, is the programme itself.
        { text: "Ghana reported on the Missing Migrants Project, a regional data programme initiated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "The Missing Migrants Project should be managed by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project was found useful by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Launched in 2014, the Missing Migrants Project was praised by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project's work will be coordinated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project's work on data was presented by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "Ghana reported on the Missing Migrants Project, a study on data initiated by UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    // Housing a programme is running it ("the Facility, housed at IFAD"); a country hosting a meeting is verb-hosted-by.
    id: "verb-housed-at",
    phrase: "house|housed|host|hosted at|within / house|housed by",
    frame: "passive",
    types: { INITIATIVE: "LEADS" },
    examples: {
      positive: [{ text: "Since 2014 the Missing Migrants Project has been housed at UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] }],
      negative: [
        { text: "The Missing Migrants Project's data are housed at UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project could be housed at UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "verb-organize",
    phrase: "organize|organizes|organized|organise|organises|organised|convene|convenes|convened|co-organize|co-organized|co-organised",
    frame: "active",
    verbal: true,
    types: { EVENT: "LEADS", INITIATIVE: "LEADS" },
    examples: {
      positive: [{ text: "That year UNITAR organized the GFMD 2012.", expect: ["org:unitar", "forum:gfmd-2012"] }],
      negative: [
        { text: "UNITAR organized a side event on the GFMD 2012.", expect: ["org:unitar", "forum:gfmd-2012"] },
        // A programme's workshop is an event of its own: its organiser ran the workshop, not the programme.
        { text: "The Lagoon Fishers Programme began in 2017. Its second workshop was organised by UNITAR.", expect: ["org:unitar", "ini:lagoon-fishers-programme"] },
        { text: "The Lagoon Fishers Programme began in 2017. The Lagoon Fishers Programme training sessions were convened by UNITAR.", expect: ["org:unitar", "ini:lagoon-fishers-programme"] },
      ],
    },
  },
];
