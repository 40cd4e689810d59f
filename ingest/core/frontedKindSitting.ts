import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { yearFronted } from "./meetingYearOf.js";
import { sentenceAround } from "./sentenceAround.js";

/**
 * FRONTED_KIND_SITTING: "In March 2011 the Gulf Labour Process ministerial meeting took place in Doha", "In 2011 the
 * ministry convened a Gulf Labour Process meeting in Doha": a kind of meeting right after a series' name, in a sentence
 * that opens on its one year, is that year's sitting of the series when a verb of holding in the main clause governs it
 * (its subject: "… took place", "… was held"; its object: "hosted a …"). The year dates the main clause, so a phrase in a
 * relative clause, after a verb of speech or study, or under a negation reports no sitting of that year. The phrase must
 * end its noun phrase ("the X meeting calendar" is no meeting), and a sentence that speaks of a sitting to come or called
 * off reports none.
 */
export function frontedKindYear(text: string, start: number, end: number): number {
  if (!KIND_PHRASE_ENDS.test(text.slice(end, end + 20))) return 0;
  const { from, to } = sentenceAround(text, start, end);
  if (HELD_MEETING_WORDS.notHeld.test(text.slice(from, to))) return 0;
  const lead = text.slice(from, start);
  if (NOT_MAIN_CLAUSE.test(lead)) return 0;
  if (!HELD_AS_OBJECT.test(lead) && !(HELD_AS_SUBJECT.test(text.slice(end, end + 40)) && SUBJECT_LEAD.test(lead))) return 0;
  return yearFronted(text, start) ?? 0;
}
const KIND_PHRASE_ENDS = /^\s*(?:[,.;:)]|$|(?:in|at|held|took|was|were|met|which|that|hosted|opened|closed|ended|adopted|agreed|brought|gathered|convened|and)\b)/;
/** A relative clause, a verb of speech, thought or study, or a negation before the phrase: the year dates another act. */
const NOT_MAIN_CLAUSE = /\b(?:which|who|whom|whose|where|that|said|says|say|stated|noted|argued|believed|thought|felt|recalled|called|described|studied|reviewed|discussed|criticised|criticized|praised|not|never|no|didn['’]t)\b/i;
/** "… organised an X conference", "… convened a two-day X meeting": a verb of holding whose object is the phrase. */
const HELD_AS_OBJECT = /\b(?:hosted|organi[sz]ed|held|convened|co-hosted|staged)\s+(?:the|an?|its|their)\s+(?:[a-z][\w-]*\s+){0,2}$/;
/** "… the X conference took place", "… was held": a verb of holding whose subject is the phrase. */
const HELD_AS_SUBJECT = /^\s*(?:took\s+place|met|opened|convened|(?:was|were)\s+(?:held|hosted|organi[sz]ed|convened|opened|staged))\b/i;
/** The phrase opens the main clause after the fronted date: "In May 2014(,) the …". */
const SUBJECT_LEAD = /^\s*(?:In|During)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2},?\s+(?:(?:the|an?)\s+)?$/;
