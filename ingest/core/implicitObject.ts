import type { AToken } from "./analysis.js";
import type { TopicOptions } from "./TopicOptions.js";
import type { M } from "./mentionLists.js";
import { CHOOSING_LEMMAS } from "./relationTable.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { RelationRule } from "./rules/RelationRule.js";
import type { TripleExamples } from "./TripleExamples.js";
import { roleOfOtherBody } from "./roleOfOtherBody.js";
import { shiftsTime } from "./timeShift.js";
import { unresolvedSubjectPronoun } from "./unresolvedSubjectPronoun.js";

/**
 * The entity a sentence is about when it does not name it ("the presidency", "as observers"); null if unknown. With
 * `titled`, only a standing body the section's heading or the page's title names, never one the text named last.
 */
export type Topic = (kinds: readonly EntityKind[], options?: TopicOptions) => M | null;

/** The standing forum a meeting belongs to, as an unwritten end; null for anything else. */
export type ForumOf = (meetingId: string) => M | null;

/** What the rule engine knows of one trigger when it looks for an object the sentence does not name. */
export interface ImplicitObjectScene {
  text: string;
  tokens: AToken[];
  rule: RelationRule;
  trigStart: number;
  trigEnd: number;
  /** The sentence's mentions of the rule's object kinds. */
  objectMentions: () => M[];
  /** All the sentence's mentions, own and resolved. */
  mentions: readonly M[];
  topic: Topic;
  forumOf: ForumOf;
  /** The treaty the section's heading or the page names, unless the section so far (to `before`) names another (relate.ts). */
  pageTreaty: PageTreaty;
}

/** The page's or section's own treaty as an unwritten object; null where none, or where the section names another. */
export type PageTreaty = (before: number) => M | null;

/** "members of the", "the other partners of": a role noun whose group is named right after it. */
const ROLE_OF = /\b(?:members?|partners?|participants?|(?:co-)?chairs?|states|countries|governments)\s+of\s+(?:the\s+)?$/i;

/**
 * "Senior officials from the other members of the Steering Group, Thailand, IOM and UNHCR, attended": a body named as
 * the group the subjects belong to, right before them in apposition, says who they are, not what they attended.
 */
function namesTheirGroup(text: string, m: M, subjects: readonly M[]): boolean {
  const first = subjects[0];
  if (!first || m.end > first.start || !/^\s*[,:(]\s*$/.test(text.slice(m.end, first.start))) return false;
  return ROLE_OF.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * "that" or "which" right before the clause's subjects: the clause is a relative one, its gap the noun before it. "so
 * that", "now that", "in that" and the like open an adverbial clause, which has no gap.
 */
const RELATIVE_BEFORE = /\b(?:(?<!\b(?:so|such|now|given|except|provided|seeing|in)\s+)that|which)\s+(?:the\s+)?$/i;
/** "X is a regional action ", "X was one of the projects ": the antecedent is the copula's predicate, which is X. */
const COPULAR_PREDICATE = /^\s*(?:,[^,]*,\s*)?(?:is|was|are|were|remains|became)\s+(?:a|an|the|one)\b[^,;:.]*$/i;

/**
 * The object of a relative clause with no object of its own ("a programme that Norway and Denmark fund"): the
 * antecedent, which the clause does not repeat. It is a named thing only where a copula ties it to one ("The JMDI is a
 * programme that Switzerland funds"); a name that was never built ("Qudra is a regional action that the EU pays for")
 * or no name at all gives none, never the page's topic. Undefined where the clause is no relative one.
 */
function relativeAntecedent(text: string, subjects: readonly M[], mentions: readonly M[], kinds: readonly EntityKind[]): M | null | undefined {
  const first = subjects[0];
  const rel = first ? RELATIVE_BEFORE.exec(text.slice(0, first.start)) : null;
  if (!rel) return undefined;
  const named = mentions.filter((m) => kinds.includes(m.kind) && m.end <= rel.index && COPULAR_PREDICATE.test(text.slice(m.end, rel.index)));
  return named.at(-1) ?? null;
}

/**
 * An unwritten object: a forum or initiative named between the subjects and the trigger, else the topic.
 * `after` is where a coreference mention may start to count; `exclude` holds the subjects, which are never
 * their own object.
 */
export function implicitObject(scene: ImplicitObjectScene, after: number, exclude: readonly M[] = []): M[] {
  const { text, tokens, rule, trigStart, trigEnd, topic, forumOf } = scene;
  const objKinds = rule.objects;
  // "Peru ratified on 3 May 2016": only the treaty the page or section is about, never one just named in passing.
  if (rule.pageTreatyObject) {
    const t = scene.pageTreaty(trigStart);
    return t && !exclude.some((x) => x.id === t.id) ? [t] : [];
  }
  // "Hungary joined in 1995." under "ICMPD: how the membership grew": only the body the heading or title names; on a
  // page or section about a treaty, joining it is acceding, which this reading does not tell.
  if (rule.titledObject) {
    const t = scene.pageTreaty(trigStart) ? null : topic(objKinds, { titled: true });
    return t && !exclude.some((x) => x.id === t.id) ? [t] : [];
  }
  // "which held the presidency of the Council of the EU": the role's own group is written, and it is no forum.
  if (roleOfOtherBody(text, trigEnd)) return [];
  // Else one named earlier in the sentence ("The Bali Process meets yearly; UNODC attends as an observer"),
  // never a subject itself ("X … is the Ghana chapter" is a part of something else).
  // Nor one that the same trigger word already followed: "A, …, is the Lebanon chapter, and B, …, is the Jordan
  // chapter" names two parts of one plan, not B a part of A. A rule that speaks of a meeting takes only a meeting
  // named there ("UNHCR, a member of the GMG, spoke" is no act at the GMG).
  const word = text.slice(trigStart, trigEnd).toLowerCase();
  const sibling = (m: M) => exclude.length > 0 && m.end <= exclude[0]!.start && text.slice(m.end, exclude[0]!.start).toLowerCase().includes(word);
  // A meeting that chose the holders ("The third meeting … endorsed A and B as co-chairs for 2022") is not what they hold.
  const chose = (m: M) => rule.type === "CHAIRED" && m.isEvent && exclude.length > 0 && tokens.some((t) => t.start >= m.end && t.end <= exclude[0]!.start && CHOOSING_LEMMAS.has(t.lemma));
  const before = scene.objectMentions().filter(
    (m) => m.end <= trigStart && (m.start >= after || m.via !== "coref") && !exclude.some((x) => x.id === m.id) && !sibling(m) && (!rule.meetingWithin || m.isEvent) && !chose(m) && !namesTheirGroup(text, m, exclude),
  );
  if (before.length) return [before[before.length - 1]!];
  // "Qudra is a regional action that the EU and Germany pay for": a relative clause's gap is its antecedent, never the topic.
  const relative = relativeAntecedent(text, exclude, scene.mentions, objKinds);
  if (relative !== undefined) return relative ? [relative] : [];
  // "…; it was then widened to A and B": the subject pronoun speaks of something unnamed, not of the topic.
  if (unresolvedSubjectPronoun(tokens, trigStart, scene.mentions)) return [];
  // "Two years earlier, Bhutan was there too": presence at another sitting than the one reported, which is not named.
  if (rule.meetingObject && shiftsTime(text.slice(0, trigStart))) return [];
  let t = topic(objKinds, { meetingFirst: rule.meetingObject === true || rule.meetingFirst === true, within: rule.meetingWithin, sceneReach: rule.sceneReach === true });
  // "The 2020 meeting elected A and B as co-chairs": with no body the page is about, they chair the forum whose
  // meeting chose them.
  const chooser = !t || t.isEvent ? scene.objectMentions().filter((m) => m.end <= trigStart && chose(m)).pop() : undefined;
  if (chooser) t = forumOf(chooser.id);
  // An attendance with no object speaks of a meeting; where none was reported, of nothing known.
  if (!t || exclude.some((x) => x.id === t.id)) return [];
  return !rule.meetingObject || t.isEvent ? [t] : [];
}

/** Sentences the unwritten object must get right ([type, sourceId, targetId]); test/unit/implicitObject.test.ts runs them. */
export const IMPLICIT_OBJECT_EXAMPLES: TripleExamples = {
  positive: [
    // A copula ties the relative clause's antecedent to a name: that name is its object.
    { text: "The JMDI is a programme that Switzerland pays for.", expect: ["FUNDS", "ctry:ch", "ini:jmdi"] },
    // "so that" opens no relative clause: the attendance is the reported meeting's.
    { text: "The Bali Process Steering Group met in Bangkok in 2019. Its chair fell ill, so that IOM attended.", expect: ["PARTICIPATES_IN", "org:iom", "forum:steering-group-of-the-bali-process-2019"] },
    { text: "The Rabat Process held a meeting in 2019; Senegal and Mali took part.", expect: ["PARTICIPATES_IN", "ctry:ml", "forum:rabat-process"] },
    { text: "The Bali Process Steering Group met in Bangkok in 2019; Thailand and IOM attended.", expect: ["PARTICIPATES_IN", "org:iom", "forum:steering-group-of-the-bali-process-2019"] },
  ],
  negative: [
    // A relative clause's gap is its antecedent: a programme whose name was never built is not the page's topic.
    { text: "KNOMAD was set up in 2013. Qudra is a regional action that the European Union and Germany pay for together.", expect: ["FUNDS", "ctry:de", "ini:knomad"] },
    { text: "The Rabat Process held a meeting in 2019. Talks on return were a track which Senegal and Mali took part in.", expect: ["PARTICIPATES_IN", "ctry:ml", "forum:rabat-process"] },
    { text: "The JMDI started in 2008. Lokal Vision is a small project that Switzerland pays for.", expect: ["FUNDS", "ctry:ch", "ini:jmdi"] },
    // The group named in apposition says who the attendees are; what they attended is not named here.
    { text: "Senior officials from the other members of the Bali Process Steering Group, Thailand, New Zealand and IOM, attended.", expect: ["PARTICIPATES_IN", "ctry:th", "forum:steering-group-of-the-bali-process"] },
    { text: "Ministers from the member states of the Rabat Process, Senegal and Mali, took part.", expect: ["PARTICIPATES_IN", "ctry:sn", "forum:rabat-process"] },
    // A sentence moved to another sitting's time speaks of a meeting it does not name.
    { text: "The Bali Process Steering Group met in Bangkok in 2019. Two years earlier, Fiji and IOM had attended.", expect: ["PARTICIPATES_IN", "org:iom", "forum:steering-group-of-the-bali-process-2019"] },
  ],
};
