import type { EntityKind } from "../../src/ontology/ontology.js";
import { COMPILED } from "./predicatePhrases.js";
import type { HeadingList } from "./rules/HeadingList.js";
import { PASSIVE_LEAD_INS, type PassiveLeadIn } from "./rules/passiveLeadInRules.js";

/**
 * The list readers of the passive lead-ins (rules/passiveLeadInRules.ts): each names a passive entry of the predicate
 * lexicon, whose phrase ("implemented|run|led … by") closes the clause before the colon and whose types say what the
 * rows (the doers) are to the clause's subject, by its kind. Only the doers may follow "by": a class noun with its
 * number ("by the following agencies", "by five organisations that each bring a tool"), or nothing.
 */
// Words that may stand between the participle and its "by": how or in what turn the act was done.
const MANNER = String.raw`(?:\s+(?:jointly|together|in\s+turn|also|mainly|largely|partly|principally|mostly|currently|now|successively|alternately|generously))?`;
const COUNT = String.raw`the\s+following|these|those|all|both|(?:more\s+than\s+|over\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|various)`;
const DOERS = String.raw`organi[sz]ations?|agenc(?:y|ies)|partners?|donors?|funders?|states|countries|governments?|bodies|institutions|members|delegations|participants|entities|parties|actors`;
// After "by": who did it, by class and number ("delegations of the following states", "five organisations that …").
const TAIL = String.raw`(?:\s+(?:delegations|representatives)\s+(?:of|from))?(?:(?:\s+(?:${COUNT}))?(?:\s+[\w-]+){0,2}?\s+(?:${DOERS})(?:\s+and\s+(?:[\w-]+\s+)?(?:${DOERS}))?|\s+(?:the\s+following|these))?(?:\s*,?\s+(?:that|which|who)\b[^:]*)?\s*$`;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function build(rule: PassiveLeadIn): HeadingList {
  const compiled = COMPILED.find((c) => c.entry.id === rule.predicate && c.entry.frame === "passive");
  if (!compiled) throw new Error(`passive lead-in ${rule.predicate}: no passive entry of that id in the predicate lexicon`);
  const phrase = compiled.sequences.map((seq) => seq.map((slot) => `(?:${[...slot].map(escape).join("|")})`).join(`${MANNER}\\s+`)).join("|");
  const heading = new RegExp(String.raw`\b(?:${phrase})${TAIL}`, "i");
  // The kinds of subject for which the verb states the entry's relation (a dated meeting is a forum).
  const topics = [...new Set(Object.entries(compiled.entry.types).filter(([, t]) => t === rule.type).map(([key]) => (key === "EVENT" ? "FORUM" : key) as EntityKind))];
  if (topics.length === 0) throw new Error(`passive lead-in ${rule.predicate}: the verb states no ${rule.type}`);
  return { id: `passive:${rule.predicate}`, heading, type: rule.type, rows: rule.rows, topics, confidence: rule.confidence, examples: rule.examples };
}

export const PASSIVE_LEAD_IN_LISTS: HeadingList[] = PASSIVE_LEAD_INS.map(build);

/** The passive lead-ins a clause ends with, leaving out a relation to the same topics that `found` already states. */
export function passiveLeadIns(label: string, found: readonly HeadingList[]): HeadingList[] {
  return PASSIVE_LEAD_IN_LISTS.filter((h) => h.heading.test(label) && !found.some((f) => f.type === h.type && f.topics.some((k) => h.topics.includes(k))));
}
