import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * "Malaysia hosted the talks, and its minister chaired them": "them" after a verb that acts on a meeting is the meeting a
 * plural description earlier in the same sentence stood for ("the talks", "the consultations"), as "it" would be after
 * "the meeting" (PLURAL_EVENT_PRONOUN). Only after such a description: "them" after people or countries is left alone.
 */
const THEM = /\b(?:chaired|co-chaired|hosted|co-hosted|attended|opened|closed|convened|organi[sz]ed|joined|led)\s+(them)\b/g;
/** A description whose head is a plural meeting noun. */
const PLURAL_EVENT = /\b(?:talks|consultations|negotiations|sessions)$/i;

/** Mentions for each "them" a plural meeting description earlier in the sentence stands for. */
export function pluralEventPronouns(text: string, resolved: readonly M[]): M[] {
  const out: M[] = [];
  // THEM tries a verb at every word; a sentence without the pronoun is passed over at once.
  for (const t of text.includes("them") ? text.matchAll(THEM) : []) {
    const start = t.index! + t[0].length - t[1]!.length;
    const before = resolved.filter((m) => m.via === "coref" && m.isEvent && m.end <= start && PLURAL_EVENT.test(text.slice(m.start, m.end))).sort((a, b) => b.end - a.end)[0];
    if (before) out.push({ ...before, start, end: start + 4 });
  }
  return out;
}

/** Sentences the plural pronoun must get right ([type, sourceId, targetId]); test/unit/pluralEventPronoun.test.ts runs them. */
export const PLURAL_EVENT_PRONOUN_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Ministers gathered for the 4th Ministerial Meeting of the Colombo Process. Nepal hosted the talks and chaired them.", expect: ["CHAIRED", "ctry:np", "forum:colombo-process-4-meeting"] },
    { text: "Ministers gathered for the 4th Ministerial Meeting of the Colombo Process. India prepared the talks, and Nepal chaired them.", expect: ["CHAIRED", "ctry:np", "forum:colombo-process-4-meeting"] },
  ],
  negative: [
    // "them" after countries stands for the countries.
    { text: "Ministers gathered for the 4th Ministerial Meeting of the Colombo Process. India and Sri Lanka sent ministers, and Nepal hosted them.", expect: ["HOSTED", "ctry:np", "forum:colombo-process-4-meeting"] },
    // A plan is no fact.
    { text: "Ministers gathered for the 4th Ministerial Meeting of the Colombo Process. Nepal hosted the talks, and India may chair them.", expect: ["CHAIRED", "ctry:in", "forum:colombo-process-4-meeting"] },
  ],
};
