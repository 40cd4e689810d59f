import { ACTORS, type Group } from "./predicateGroups.js";
import type { M } from "./mentionLists.js";
import type { Proposal } from "./Proposal.js";
import { readRelativeClauses, type RelativeShape } from "./relativeClause.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A relative clause whose relative pronoun is its verb's object: "the Refugee and Humanitarian Program, which Home Affairs
 * manages", "the conferences, which the OAS convenes every few years", "the project that IOM runs in Ghana", or a class
 * noun set after the name with the pronoun left out ("the Fund, a pooled fund OCHA manages"). The clause
 * says of the name before it what "Home Affairs manages the Refugee and Humanitarian Program" says; it is read by putting
 * the name back after the clause's verb and handing that sentence to the predicate reader, so the lexicon, the negation,
 * modal and plan checks and the kinds of both ends decide as ever (frontedRelative.ts does the same for "of which").
 */
const WHICH = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*which\s+(?:the\s+)?$/i;
/** "that" opens a complement as often as a relative ("told UNHCR that Kenya …"): it is read only after a thing, never an actor. */
const THAT = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*that\s+(?:the\s+)?$/i;
/**
 * A class noun set after the name, then the clause with or without its relative pronoun: "the Yemen Humanitarian Fund, a
 * pooled fund OCHA manages", "EMS: the electronic system the Authority runs", "X, the regional programme that IOM runs".
 * The class noun is the clause's object and the name it is set beside is that thing (read, as "that" is, only after a thing).
 */
const CLASS_NOUNS = "programme|program|project|initiative|facility|network|platform|process|dialogue|forum|partnership|scheme|fund|mechanism|campaign|appeal|plan|strategy|system|database|conference|series";
const APPOSED_CLASS = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\)\s*)?[,:]\s*(?:a|an|the)\s+(?:(?!(?:of|for|on|in|to|with|by|from|at|and|or|which|that|who)\s)[\w-]+\s+){0,3}?(?:${CLASS_NOUNS})\s+(?:(?:that|which)\s+)?(?:the\s+)?$`, "i");
/** Whether the sentence may hold an object relative clause at all: a relative pronoun, or a class noun set after a name. */
const GATE = new RegExp(String.raw`,\s*which\s|\sthat\s|[,:]\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:${CLASS_NOUNS})\s`, "i");
export const mayHoldObjectRelative = (text: string): boolean => GATE.test(text);
/** The clause after its subject: up to its closing comma, bracket or the sentence's end, with no other name in it. */
const CLAUSE = /^[^,;:.()[\]]{2,90}(?=[,;:.)]|$)/;
/** Verbs that end in "-ly" as adverbs do ("which IOM will apply", "which the donors supply"): they are the verb, never an adverb before it. */
const LY_VERB = "(?:apply|supply|rely|reply|comply|imply|multiply|ally|rally|tally|fly)";
/** The clause's verb, after the auxiliaries, modals, negations and adverbs that may open it ("has long managed", "may fund"): they stay before it. */
const VERB = new RegExp(
  `^(\\s+(?:(?:has|have|had|do|does|did|not|never|no\\s+longer|may|might|could|would|will|shall|should|can|must|also|now|still|later|first|then|jointly|together|long|since|itself|themselves|(?!${LY_VERB}\\s)[a-z]+ly)\\s+)*)([a-z][a-z-]*)(?=\\s|$)`,
);

/** The clause's opening words before its verb (auxiliaries, adverbs) and the verb itself, or null when it opens with none. */
export function clauseVerb(clause: string): { before: string; verb: string } | null {
  const m = VERB.exec(clause);
  return m ? { before: m[1]!, verb: m[2]! } : null;
}

const SHAPE: RelativeShape<true> = {
  tag: "object-relative",
  clause: CLAUSE,
  opens: (gap, owner) => (WHICH.test(gap) || ((THAT.test(gap) || APPOSED_CLASS.test(gap)) && owner.ms.every((m) => !ACTORS.has(m.kind))) ? true : null),
  rewrite(clause) {
    const verb = clauseVerb(clause);
    // An auxiliary of the passive or the copula is no verb with an object ("which IOM is part of").
    if (!verb || /^(?:is|are|was|were|be|been|being)$/.test(verb.verb)) return null;
    const opening = verb.before + verb.verb;
    return { before: `${opening} `, after: clause.slice(opening.length) };
  },
};

export function readObjectRelative(text: string, groups: Group[], read: (text: string, ms: M[]) => Proposal[]): Proposal[] {
  return readRelativeClauses(text, groups, read, SHAPE);
}

/** Sentences the object relative must get right ([type, sourceId, targetId]); test/unit/apposedRole.test.ts runs them. */
export const OBJECT_RELATIVE_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Chief among them is the Missing Migrants Project, which IOM manages for the region.", expect: ["LEADS", "org:iom", "ini:missing-migrants-project"] },
    { text: "Funds went to the Missing Migrants Project, which UNITAR has coordinated since 2014.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Funds went to the Missing Migrants Project, which Norway has financed since 2014.", expect: ["FUNDS", "ctry:no", "ini:missing-migrants-project"] },
    { text: "Delegates praised the Missing Migrants Project that UNITAR runs in the Sahel.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "The Rabat Process, which Senegal chaired in 2014, met in Dakar.", expect: ["CHAIRED", "ctry:sn", "forum:rabat-process"] },
    { text: "The Global Forum on Migration and Development that Sweden co-chaired in 2007 met again.", expect: ["CHAIRED", "ctry:se", "forum:gfmd"] },
    // A class noun set after the name, the clause's object with no relative pronoun (or with one after the noun).
    { text: "Funds went to the Missing Migrants Project, a regional data programme UNITAR manages in the Sahel.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Missing Migrants Project (MMP): the data system UNITAR runs for the region.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Delegates praised the Missing Migrants Project, the regional programme that UNITAR has coordinated since 2014.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Funds went to the Missing Migrants Project, a project Norway has financed since 2014.", expect: ["FUNDS", "ctry:no", "ini:missing-migrants-project"] },
  ],
  negative: [
    // Negated, wished or planned: the clause asserts nothing.
    { text: "Funds went to the Missing Migrants Project, which Norway has never financed.", expect: ["FUNDS", "ctry:no", "ini:missing-migrants-project"] },
    { text: "Funds went to the Missing Migrants Project, which Norway may finance next year.", expect: ["FUNDS", "ctry:no", "ini:missing-migrants-project"] },
    { text: "Chief among them is the Missing Migrants Project, which IOM plans to manage.", expect: ["LEADS", "org:iom", "ini:missing-migrants-project"] },
    { text: "Delegates praised the Missing Migrants Project that UNITAR does not run.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // The clause's verb states no relation with its object.
    { text: "Chief among them is the Missing Migrants Project, which IOM described as a model.", expect: ["LEADS", "org:iom", "ini:missing-migrants-project"] },
    // "that" after an actor opens a complement: Senegal chaired nothing of UNHCR's.
    { text: "Ghana told UNHCR that Senegal chaired the talks.", expect: ["CHAIRED", "ctry:sn", "org:unhcr"] },
    // Set after a class noun, the clause still asserts nothing when negated or planned, or when its verb states nothing.
    { text: "Funds went to the Missing Migrants Project, a regional data programme UNITAR may manage next year.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Funds went to the Missing Migrants Project, a project Norway has never financed.", expect: ["FUNDS", "ctry:no", "ini:missing-migrants-project"] },
    { text: "Funds went to the Missing Migrants Project, a regional data programme UNITAR described as a model.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // The class noun heads an apposition to an actor, not to the programme: IOM runs the network, not UNITAR's programme.
    { text: "The Missing Migrants Project works with UNITAR, the network IOM runs in the Sahel.", expect: ["LEADS", "org:iom", "ini:missing-migrants-project"] },
    // A noun other than a class noun after the name ("a report"): the clause is about that, not the programme.
    { text: "Ghana cited the Missing Migrants Project, a report UNITAR published in 2014.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // The relative is the clause's subject: "which funds" speaks of the name before it.
    { text: "Norway backs the Missing Migrants Project, which funds IOM.", expect: ["FUNDS", "org:iom", "ini:missing-migrants-project"] },
  ],
};
