import { DESCRIPTION_HEADS } from "./descriptionHeads.js";
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
 * The nouns are the heads that describe a programme or a forum (descriptionHeads.ts), and a few that class one but are too
 * vague to stand alone as a description of one ("the system", "the plan").
 */
const CLASS_NOUNS = [
  ...new Set([
    ...DESCRIPTION_HEADS.filter((h) => !h.event && !h.part && h.kinds.some((k) => k === "INITIATIVE" || k === "FORUM")).flatMap((h) => h.words.map((w) => w.toLowerCase().replace(/ /g, "\\s+"))),
    "appeal", "plan", "system", "series",
  ]),
].join("|");
/** The class noun phrase: an article, up to three words that say what sort (no preposition or relative among them), the noun. */
const CLASS_PHRASE = String.raw`(?:a|an|the)\s+(?:(?!(?:of|for|on|in|to|with|by|from|at|and|or|which|that|who)\s)[\w-]+\s+){0,3}?(?:${CLASS_NOUNS})`;
const APPOSED_CLASS = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\)\s*)?[,:]\s*${CLASS_PHRASE}\s+(?:(?:that|which)\s+)?(?:the\s+)?$`, "i");
/**
 * A name inside a phrase fronted before the sentence's subject ("After X, the next project IOM launched was …", "Unlike X,
 * the programme …"): the class noun after its comma opens the main clause and is no apposition to the name.
 */
const FRONTED = /^\s*(?:after|unlike|like|besides|following|before|beyond|despite|of|from|for|with|without|as|since|apart\s+from|alongside|among|under|through|in|on|at|by)\s[^,]*$/i;
/** The copula and auxiliaries of a finite verb: a clause that runs on into one is the subject of a main clause, no apposition. */
const COPULA = "is|are|was|were|be|been|being";
const FINITE_AFTER = new RegExp(String.raw`\b(?:${COPULA}|has|have|had)\b`, "i");
/** Whether the sentence may hold an object relative clause at all: a relative pronoun, or a class noun set after a name. */
const GATE = new RegExp(String.raw`,\s*which\s|\sthat\s|[,:]\s*${CLASS_PHRASE}\s`, "i");
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

const SHAPE: RelativeShape<"pronoun" | "apposed"> = {
  tag: "object-relative",
  clause: CLAUSE,
  opens(gap, owner, before) {
    if (owner.ms.some((m) => ACTORS.has(m.kind))) return WHICH.test(gap) ? "pronoun" : null;
    if (WHICH.test(gap) || THAT.test(gap)) return "pronoun";
    if (!APPOSED_CLASS.test(gap)) return null;
    // The name's own sentence or line so far: "Partners of X: the network …" labels a list, only "X: the system …" opening
    // its line classes X; a name in a fronted phrase is no head an apposition can follow.
    const lead = before.slice(Math.max(before.lastIndexOf("\n"), before.search(/[.;!?]\s+[^.;!?]*$/)) + 1);
    if (/^\s*:/.test(gap) ? !/^\s*(?:the\s+)?$/i.test(lead) : FRONTED.test(lead)) return null;
    return "apposed";
  },
  rewrite(clause, opened) {
    const verb = clauseVerb(clause);
    // An auxiliary of the passive or the copula is no verb with an object ("which IOM is part of").
    if (!verb || new RegExp(`^(?:${COPULA})$`).test(verb.verb)) return null;
    const opening = verb.before + verb.verb;
    // "X, the regional programme UNITAR runs in the Sahel has no donors": the class noun is a main clause's subject.
    if (opened === "apposed" && FINITE_AFTER.test(clause.slice(opening.length))) return null;
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
    // The name in a fronted phrase or a list's label, or the class noun the subject of a main clause: no apposition.
    { text: "After the Missing Migrants Project, the next project UNITAR launched was in the Sahel.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Unlike the Missing Migrants Project, the regional programme UNITAR runs in the Sahel has no donors.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Partners of the Missing Migrants Project: the network UNITAR runs in the Sahel and two universities.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Lessons from the Missing Migrants Project: the new system UNITAR manages draws on them.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    { text: "Ghana praised the Missing Migrants Project, the regional programme UNITAR runs in the Sahel has no donors.", expect: ["LEADS", "org:unitar", "ini:missing-migrants-project"] },
    // The relative is the clause's subject: "which funds" speaks of the name before it.
    { text: "Norway backs the Missing Migrants Project, which funds IOM.", expect: ["FUNDS", "org:iom", "ini:missing-migrants-project"] },
  ],
};
