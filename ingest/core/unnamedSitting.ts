import { ORDINAL } from "./ordinals.js";
import type { TripleExamples } from "./TripleExamples.js";

/** Lower-case heads of one sitting: written so, they describe a meeting the text has not named. */
const SITTING_NOUN = "(?:meeting|conference|summit|session|workshop|seminar|gathering|symposium|round\\s?table|consultation|sitting|retreat|reception|dinner|ceremony|side\\s+event|event|panel|debate|webinar)s?";

/**
 * UNNAMED_SITTING: a sitting described but not named, "sixth meeting", "the 2025 meeting", "a two-day summit". The head
 * is lower case, so "the Second Asian Population Conference" (a name) is not one.
 */
const UNNAMED_SITTING = new RegExp(`(?:\\b(?:a|an|another)\\s+(?:[a-z][a-z-]*\\s+){0,2}|(?:^|[^\\w-])${ORDINAL}\\s+(?:[a-z][a-z-]*\\s+)?)${SITTING_NOUN}\\b`, "gu");

/** "That summit was a session of the Conference", "was the first intergovernmental conference": said of the subject, no new sitting. */
const COPULA_BEFORE = /\b(?:is|was|are|were|be|been|being|as|became|becomes|remains|remained)\s+(?:the\s+)?$/;

/** Whether `text` describes a sitting it does not name, other than as what its subject is. */
function describesSitting(text: string): boolean {
  for (const m of text.matchAll(UNNAMED_SITTING)) {
    const at = m.index! + (/^[^\w]/.test(m[0]) ? 1 : 0);
    if (!COPULA_BEFORE.test(text.slice(0, at))) return true;
  }
  return false;
}

/**
 * An object "it" after a verb of organising ("organised it", "convened it"), when a sitting nobody named stands nearer
 * than what coreference found:
 *  - one described earlier in the same sentence ("sixth meeting, Geneva, … the High Commissioner, who convened it") is
 *    what "it" means, whatever was named in the line before;
 *  - one described in the sentence before ("The dialogue returned to Victoria Falls for the 2025 meeting. Zimbabwe
 *    organised it.") is what "it" means rather than the standing forum that sentence was about.
 * Either way the thing "it" stands for has no name here, so nothing is linked. `sittingNamed`: "it" was resolved to a
 * meeting, or this sentence names one before it ("The third meeting was … Sri Lanka hosted the Third Conference in
 * 1982, and ESCAP convened it."), so the sitting the sentence before described has its name by now.
 */
export function unnamedSittingNearer(before: string, previousText: string | null, sittingNamed: boolean): boolean {
  if (describesSitting(before)) return true;
  return !sittingNamed && previousText !== null && describesSitting(previousText);
}

/** Sentences the guard must get right ([type, sourceId, targetId]); test/unit/unnamedSitting.test.ts runs them. */
export const UNNAMED_SITTING_EXAMPLES: TripleExamples = {
  positive: [
    // A named meeting in the sentence before, described again by number: the number is part of its name, not a new sitting.
    { text: "The fourth meeting of the Global Forum on Migration and Development took place in 2010 with support from IOM. Mexico hosted it.", expect: ["HOSTED", "ctry:mx", "forum:gfmd-2010"] },
    { text: "The fourth meeting of the Global Forum on Migration and Development took place in 2010 in Puerto Vallarta. IOM organised it with the Mexican government.", expect: ["LEADS", "org:iom", "forum:gfmd-2010"] },
    // What the subject is ("was a session of", "was the first … conference") describes it; it is no other sitting.
    { text: "The Fifth Regional Conference on Migration met in Washington in 2000. It was a session of the Regional Conference on Migration. The United States convened it.", expect: ["LEADS", "ctry:us", "forum:puebla-process-2000"] },
  ],
  negative: [
    // The sentence before was about the standing forum, but it spoke of one of its sittings, unnamed.
    { text: "The Global Forum on Migration and Development returned to Geneva for the 2025 meeting. Switzerland organised it.", expect: ["LEADS", "ctry:ch", "forum:gfmd"] },
    { text: "The Budapest Process planned a ministerial conference for the autumn. Turkey convened it in Istanbul.", expect: ["LEADS", "ctry:tr", "forum:budapest-process"] },
    // A reception for a person is what "convened it" may mean; the forum named in the sentence before is not.
    { text: "António Vitorino spoke at the Global Forum on Migration and Development in 2010. IOM later organised a reception for him and convened it.", expect: ["LEADS", "org:iom", "forum:gfmd-2010"] },
    // A sitting of a year the section never states ("Rome, 1954") is not the one a description after the heading speaks of.
    { text: "The World Population Conferences\n\nBefore the United Nations\n\nA first World Population Conference gathered in Geneva from 29 August to 3 September 1927.\n\nRome, 1954\n\nWhen: 31 August to 10 September 1954\n\nThe first World Population Conference after the war was an academic affair. The United Nations organised it.", expect: ["LEADS", "org:un", "forum:world-population-conference-1927"] },
    // A sitting described in the same sentence is nearer than the one named in the line before.
    { text: "Meetings\n\n- 2012: fifth meeting of the Global Forum on Migration and Development, Geneva.\n- 2013: sixth meeting, Geneva, opened by the Director-General of IOM, who convened it on return.", expect: ["LEADS", "org:iom", "forum:gfmd-2012"] },
  ],
};
