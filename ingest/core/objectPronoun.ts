import type { EntityKind } from "../../src/ontology/ontology.js";
import { DESCRIPTION_HEADS } from "./descriptionHeads.js";
import { SPLIT_PARTICLE_VERBS } from "./rules/splitParticleVerbs.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A verb or preposition right before an object "it" ("ratified it", "acceded to it", "co-finance it"): only then is
 * "it" read as something named before.
 */
export const OBJECT_IT_BEFORE =
  /\b(?:to|of|in|ratified|signed|joined|supports?|supported|by|(?:co-)?hosts?|hosted|co-hosted|(?:co-)?organi[sz](?:es|ed|e)|(?:re)?conven(?:es|ed|e)|(?:co-)?chairs|chaired|co-chaired|funded|financed|attended|funds|backs?|backed|backing|runs?|ran|running|manages?|managed|managing|implements?|implemented|implementing|coordinates?|coordinated|coordinating|leads|led|leading|(?:co-)?(?:fund|financ|sponsor)(?:e|es|s|ed|ing)?|administers?|administered|launch(?:es|ed)?|into|for|gives?|gave|given|lends?|lent|offer(?:s|ed)?)\s+$/i;

/** The forms of the phrasal verbs whose particle may follow an object "it" ("carried it out", "set it up"). */
const SPLIT_VERB_FORMS = Object.values(SPLIT_PARTICLE_VERBS).map((v) => v.phrase).join("|");
const SPLIT_PARTICLE = Object.values(SPLIT_PARTICLE_VERBS).map((v) => ({ verb: new RegExp(String.raw`\b(?:${v.phrase})\s+$`, "i"), particle: new RegExp(v.after, "i") }));
/**
 * A piece of work brought in unnamed ("asked for an evaluation", "Its midterm review was due"): what is carried out or
 * set up is far more often that than the programme it is about, so "it" is left unread.
 */
const UNNAMED_TASK = /\b(?:evaluations?|reviews?|study|studies|surveys?|assessments?|audits?)\b/;

/**
 * Whether the verb before an object "it" and the particle after it make one phrasal verb ("carried it out"); context, the
 * sentence before and this one up to "it", must bring in no unnamed piece of work the verb would rather act on.
 */
export function splitParticleObject(before: string, after: string, context = ""): boolean {
  return SPLIT_PARTICLE.some((p) => p.verb.test(before) && p.particle.test(after)) && !UNNAMED_TASK.test(context);
}

/** "organised", "co-organised", "convened" right before an object "it" (unnamedSitting.ts guards what these read). */
export const ORGANISING_BEFORE = /\b(?:(?:co-)?organi[sz]\w*|(?:re)?conven\w*)\s+$/i;

/**
 * What a verb can take as its object, most specific first. Funding, running or backing is done to a programme or a
 * forum, ratifying to a treaty, hosting or chairing to a forum or its meeting: an agency named in between ("The FFR is
 * managed by IFAD. Spain co-finances it.") is not what the verb acts on. A verb not listed, or a preposition, leaves
 * "it" any thing named before that is not a state.
 */
const VERB_OBJECTS: Array<{ verb: RegExp; kinds: EntityKind[] }> = [
  { verb: /\b(?:ratif\w*|signed|acceded\s+to|accede\s+to)\s+$/i, kinds: ["CONVENTION"] },
  { verb: /\b(?:(?:co-)?host\w*|(?:co-)?chair\w*|attend\w*)\s+$/i, kinds: ["FORUM"] },
  // Organising or convening is done to a meeting or a standing forum, as hosting is ("Japan hosted the conference. ECAFE organised it.").
  { verb: ORGANISING_BEFORE, kinds: ["FORUM"] },
  {
    // "carried it out", "set it up" (splitParticleObject): carrying out or setting up is done to a programme or a forum.
    verb: new RegExp(String.raw`\b(?:(?:co-)?(?:fund|financ|sponsor)\w*|supports?|supported|backs?|backed|backing|runs?|ran|running|manag\w*|implement\w*|coordinat\w*|leads|led|leading|administer\w*|launch(?:es|ed)?|gives?|gave|given|lends?|lent|offer(?:s|ed)?|${SPLIT_VERB_FORMS})\s+$`, "i"),
    kinds: ["INITIATIVE", "FORUM"],
  },
];

/**
 * "Its Steering Group includes Mexico", "its Core Group members": a possessive before a body the owner has (its
 * executive, steering, core or working group) is that body's owner, not the doer or holder the sentence speaks of.
 * Offices that act for their owner ("its secretariat is hosted by UNHCR") are not listed: what they do is the owner's.
 */
export const OWNED_BODY_AFTER = /^\s+(?:(?:Executive|Steering|Governing|Management|Advisory|Coordinating|Standing|Core|Working|Technical|Expert|Contact)\s+(?:Committee|Board|Council|Group)s?|Bureau|Troika)\b/i;

/** The kinds the verb before an object "it" allows, or null where it does not say. */
export function objectKinds(before: string): EntityKind[] | null {
  return VERB_OBJECTS.find((v) => v.verb.test(before))?.kinds ?? null;
}

interface Named {
  id: string;
  kind: EntityKind;
  /** The sentence of the scope that last named it. */
  sentence?: number;
  /** Named last only as a money source or budget line (moneySource.ts): never what "it" stands for. */
  source?: boolean;
}

/**
 * What an object "it" stands for, given the text right before it, the entities named so far in the scope (oldest
 * first) and the subject of the sentence before. A verb that says what it acts on takes the subject of the sentence
 * before when it fits (the thing the text is about, as in "The FFR is managed by IFAD. The EC co-finances it."); a
 * subject that is a thing of another kind means nothing can be linked; else the latest thing named that fits. Otherwise the latest thing named that is not a state.
 */
export function objectPronounTarget<T extends Named>(before: string, history: readonly T[], previousSubject: T | null, sentences: number, stateOpened = false): T | null {
  const kinds = objectKinds(before);
  const named = [...history].reverse().filter((h) => h.kind !== "COUNTRY" && !h.source);
  if (!kinds) return named[0] ?? null;
  // Only what the sentence before named: a forum from an earlier sentence is not what "has supported it" means when
  // the thing spoken of since ("the course") has no name the reader knows.
  const fitting = named.filter((h) => kinds.includes(h.kind) && (h.sentence ?? 0) >= sentences);
  if (previousSubject && fitting.some((h) => h.id === previousSubject.id)) return fitting.find((h) => h.id === previousSubject.id)!;
  // A treaty the text is about ("The Convention was promoted by the GMG. Ghana supports it.") is what "it" means even
  // though the verb cannot link it; an agency as the subject is a doer, so "it" is more likely what it acted on.
  if (previousSubject && previousSubject.kind !== "COUNTRY" && previousSubject.kind !== "ORGANIZATION") return null;
  // "The GFMD and the Budapest Process both met in 2019. IOM organised it.": two that fit, named together and neither
  // the subject the text goes on about, leave "it" either of them. A state that opened the sentence before was its doer,
  // and the nearest thing it acted on stays what "it" means.
  if (!previousSubject && !stateOpened && fitting.length > 1 && fitting[1]!.sentence === fitting[0]!.sentence) return null;
  return fitting[0] ?? null;
}

/** An indefinite noun phrase: something the sentence brings in without a name ("A hotline opened", "an annual report"). */
const INDEFINITE = /\b(?:a|an|another)\s+[a-z]/i;
/** The heads that describe a programme or its phase (descriptionHeads.ts): "The project began …", "The second phase …". */
const PROGRAMME_WORDS = DESCRIPTION_HEADS.filter((h) => h.kinds.includes("INITIATIVE")).flatMap((h) => h.words.map((w) => w.toLowerCase().replace(/ /g, "\\s+")));
/**
 * A sentence about the heading's programme itself: its subject a description of it or "It" ("The project began in 2013",
 * "It counts deaths"), the programme named ("The Missing Migrants Project …"), or none at all, as a fact sheet's
 * fragments have none ("Started in May 2013, the first follow-up project").
 */
const ABOUT_PROGRAMME = new RegExp(String.raw`^\s*(?:It\b|(?:The|This|Its)\s+(?:[\w-]+\s+){0,2}?(?:${[...new Set(PROGRAMME_WORDS)].join("|")})\b|[A-Z][a-z]+ed\b|(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)`);

/**
 * HEADING_REFERENT: under a heading that names one meeting ("The Accra meeting, June 2021"), a hosting, chairing or
 * attending verb's "it" with nothing a verb could act on named since the heading (states aside) is that meeting: "Officials
 * met for three days at a hotel. Ghana hosted it." Under a heading that names one programme (a fact sheet's project
 * row, "ERSO II (2008-2009)"), so is the "it" of any verb that acts on a programme: "Started in May 2013. ICMPD carried
 * it out." Anything else named since (a forum, an agency, another meeting) leaves "it" to objectPronounTarget alone.
 */
export function headingReferent<T extends Named>(before: string, heading: T | null, history: readonly T[], sentenceBefore = before, previousSince: string | null = null): T | null {
  const kinds = objectKinds(before);
  if (!heading || !kinds || !kinds.includes(heading.kind)) return null;
  // A meeting only for the verbs that act on forums alone: running or funding "it" may speak of a programme never named.
  if (heading.kind !== "INITIATIVE" && kinds.length !== 1) return null;
  // "IOM wrote a report on the phase and Norway funded it": a thing the sentence brings in unnamed is nearer than the heading.
  if (heading.kind === "INITIATIVE" && INDEFINITE.test(sentenceBefore)) return null;
  // "The final evaluation came out in 2015. UNHCR managed it.": the sentence before, since the heading, must be about the
  // programme itself, or "it" goes on about what it spoke of. What that sentence brings in unnamed as its object is left
  // alone: "The second phase set up … an online tool … The network ran it" still speaks of the phase.
  if (heading.kind === "INITIATIVE" && previousSince !== null && !ABOUT_PROGRAMME.test(previousSince)) return null;
  return history.every((h) => h.id === heading.id || h.kind === "COUNTRY") ? heading : null;
}

/** Sentences an object "it" must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const OBJECT_PRONOUN_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Financing Facility for Remittances is managed by IFAD. The European Union and Spain co-finance it.", expect: ["FUNDS", "ctry:es", "ini:ffr"] },
    { text: "The Migrant Workers Convention was promoted by the Global Migration Group. Ghana ratified it in 2000.", expect: ["RATIFIED", "ctry:gh", "conv:cmw"] },
    { text: "ICMPD serves the Budapest Process as secretariat. Turkey chairs it, and Hungary co-chairs it.", expect: ["CHAIRED", "ctry:hu", "forum:budapest-process"] },
    { text: "IOM launched the Financing Facility for Remittances in 2006. Spain funds it.", expect: ["FUNDS", "ctry:es", "ini:ffr"] },
    // A verb of giving whose receiver is "it": "gives it technical support" (predicateSupportVerbs.ts).
    { text: "The Harbour Shelter Network links shelters along the coast. The Fjord Policy Centre gives it technical support.", expect: ["SUPPORTS", "org:fjord-policy-centre", "ini:harbour-shelter-network"] },
    { text: "The fourth meeting of the Global Forum on Migration and Development took place in 2010 with support from IOM. Mexico hosted it.", expect: ["HOSTED", "ctry:mx", "forum:gfmd-2010"] },
    // Organising and convening are done to a sitting, as hosting is.
    { text: "The Fifth Regional Conference on Migration met in Washington in 2000. The United States convened it.", expect: ["LEADS", "ctry:us", "forum:puebla-process-2000"] },
    { text: "The fourth meeting of the Global Forum on Migration and Development took place in 2010. Mexico hosted it and IOM co-organised it.", expect: ["LEADS", "org:iom", "forum:gfmd-2010"] },
    // A state opened the sentence before: the nearest programme it named, not the first, is what "it" goes on about.
    { text: 'Norway paid 3 million crowns from its Harbour Fund to the programme "Safe Landings for Fishers". IOM and UNHCR run it jointly.', expect: ["LEADS", "org:iom", "ini:safe-landings-for-fishers"] },
    // A programme launched: the sentence before's subject (a phase), not the programme it is part of named after it.
    { text: "The Harbour Data Window is the second part of the Coastal Route Programme. IOM launched it in Accra in 2021.", expect: ["LEADS", "org:iom", "ini:harbour-data-window"] },
    // A phrasal verb's particle after "it" (splitParticleObject): carrying out or setting up a programme leads it.
    { text: "The Missing Migrants Project began in 2014. UNITAR has carried it out since then.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project began in 2014. UNITAR, as secretariat, carried it out.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project counts deaths at sea. UNITAR set it up in 2014 with support from Norway.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // Under a heading naming one meeting, with nothing else named since: the heading's meeting (headingReferent).
    { text: "Migration Dialogue for West Africa: the meetings, one by one\n\nThe Migration Dialogue for West Africa brings together the ECOWAS states.\n\nThe Accra meeting, June 2021\n\nOfficials and ministers sat for three days at a hotel by the sea. Ghana hosted it.", expect: ["HOSTED", "ctry:gh", "forum:midwa-2021"] },
    // Under a heading naming one programme (a fact sheet's project row): the "it" of a verb that acts on a programme.
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nFunder: Norway. Started in May 2013, the first follow-up project of the conference. UNITAR, as secretariat, carried it out.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nThe second phase began in 2013 with new tools. UNITAR ran it with eleven partner organisations.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // The sentence before is about the programme: what it brought in as its object does not take "it".
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nThe second phase set up a hotline and an online tool for returnees. UNITAR ran it with eleven partner organisations.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
  ],
  negative: [
    // The fund the money came from is not the programme the agencies run.
    { text: 'Norway paid 3 million crowns from its Harbour Fund to the programme "Safe Landings for Fishers". IOM and UNHCR run it jointly.', expect: ["LEADS", "org:iom", "ini:harbour-fund"] },
    // What "it" means (the course) has no name here; the forum named two sentences back is not it.
    { text: "The Global Forum on Migration and Development has met every year since 2007. In 2007 UNITAR began to teach a course on migration law at the United Nations. IOM co-implements the course, and the MacArthur Foundation has supported it.", expect: ["SUPPORTS", "org:macarthur-foundation", "forum:gfmd"] },
    { text: "The Harbour Data Window is the second part of the Coastal Route Programme. IOM launched it in Accra in 2021.", expect: ["LEADS", "org:iom", "ini:coastal-route-programme"] },
    // "Its" owns the body whose members are listed; they are not the owner's members.
    { text: "Morocco and Germany co-chair the Global Forum on Migration and Development. Its Steering Group includes Mexico and Ghana.", expect: ["MEMBER_OF", "ctry:mx", "forum:gfmd"] },
    { text: "The Rabat Process was launched in 2006. Its Steering Committee consists of Morocco, Senegal and Spain.", expect: ["MEMBER_OF", "ctry:sn", "forum:rabat-process"] },
    // The subject of the sentence before is what the text goes on about, not the forum it reports to.
    { text: "The Financing Facility for Remittances reports to the Global Forum on Migration and Development. Spain supports it.", expect: ["SUPPORTS", "ctry:es", "forum:gfmd"] },
    { text: "The Migrant Workers Convention was promoted by the Global Migration Group. Ghana supports it.", expect: ["SUPPORTS", "ctry:gh", "forum:gmg"] },
    // Two forums named together, neither the subject the text goes on about: "it" could be either.
    { text: "The Global Forum on Migration and Development and the Budapest Process both met in 2019. IOM organised it.", expect: ["LEADS", "org:iom", "forum:budapest-process"] },
    { text: "The Global Forum on Migration and Development and the Budapest Process both met in 2019. IOM organised it.", expect: ["LEADS", "org:iom", "forum:gfmd"] },
    // The verb without its own particle after "it": carried somewhere, set apart, or only planned.
    { text: "The Missing Migrants Project began in 2014. UNITAR carried it to Geneva.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project counts deaths at sea. UNITAR set it apart from other projects in 2014.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project began in 2014. UNITAR will carry it out.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project counts deaths at sea. UNITAR wants to set it up in Geneva.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // An unnamed piece of work brought in after the programme is what is carried out; "out of" moves the object.
    { text: "The Missing Migrants Project began in 2014 and asked for an evaluation. The Danish Refugee Council carried it out in 2016.", expect: ["LEADS", "org:danish-refugee-council", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project began in 2014. Its midterm review was due in 2016, and the Danish Refugee Council carried it out.", expect: ["LEADS", "org:danish-refugee-council", "ini:missing-migrants-project"] },
    { text: "The Missing Migrants Project began in 2014. UNITAR carried it out of Geneva and into the Sahel.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // A new section: what the one before named is no antecedent.
    { text: "The Global Forum on Migration and Development met in Mexico in 2010.\n\nTravel and costs\n\nIOM organised it.", expect: ["LEADS", "org:iom", "forum:gfmd"] },
    // Giving "it" something other than support.
    { text: "The Harbour Shelter Network links shelters along the coast. The Fjord Policy Centre gave it a new logo.", expect: ["SUPPORTS", "org:fjord-policy-centre", "ini:harbour-shelter-network"] },
    // A thing the sentence brings in unnamed is what "it" means, not the programme the heading names.
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nThe second phase began in 2013. IOM wrote a report on the phase and Norway funded it.", expect: ["FUNDS", "ctry:no", "ini:missing-migrants-project"] },
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nThe second phase began in 2013. UNHCR set up a hotline, and UNITAR ran it.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // Under a programme's heading, the sentence before speaks of something else, or "it" brings in something unnamed.
    { text: "Follow-up projects\n\nMissing Migrants Project\n\nThe project publishes an annual report. The 2019 edition covered Libya. UNHCR funded it.", expect: ["FUNDS", "org:unhcr", "ini:missing-migrants-project"] },
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nThe final evaluation came out in 2015. UNHCR managed it.", expect: ["LEADS", "org:unhcr", "ini:missing-migrants-project"] },
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nGhana's ministry drafted the law on data. Norway supported it.", expect: ["SUPPORTS", "ctry:no", "ini:missing-migrants-project"] },
    { text: "Follow-up projects\n\nMissing Migrants Project (2013-2014)\n\nA hotline opened in 2014 and UNITAR ran it.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // A body named since the heading may be what "it" means: the heading's meeting is not taken.
    { text: "Migration Dialogue for West Africa: the meetings, one by one\n\nThe Migration Dialogue for West Africa brings together the ECOWAS states.\n\nThe Accra meeting, June 2021\n\nThe ECOWAS Commission set up a working group on data. Ghana hosted it.", expect: ["HOSTED", "ctry:gh", "forum:midwa-2021"] },
    // A heading that names no meeting gives "it" nothing to stand for.
    { text: "Migration Dialogue for West Africa: the meetings, one by one\n\nThe Migration Dialogue for West Africa brings together the ECOWAS states.\n\nAccra, June 2021\n\nOfficials and ministers sat for three days at a hotel by the sea. Ghana hosted it.", expect: ["HOSTED", "ctry:gh", "forum:midwa-2021"] },
  ],
};
