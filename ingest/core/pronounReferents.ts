import type { M } from "./mentionLists.js";
import { STATE_POSSESSION } from "./statePossession.js";
import { OBJECT_IT_BEFORE, ORGANISING_BEFORE, OWNED_BODY_AFTER, headingReferent, objectKinds, objectPronounTarget, splitParticleObject } from "./objectPronoun.js";
import { earlierClauseObject } from "./earlierClauseObject.js";
import { colonTitleObject } from "./colonTitleObject.js";
import { openingBeforeSubject } from "./openingBeforeSubject.js";
import { moneySource } from "./moneySource.js";
import { unnamedSittingNearer } from "./unnamedSitting.js";
import { otherYear } from "./describedReferent.js";
import { earlierIt } from "./samePronoun.js";
import { STATE_PREDICATE } from "./statePredicatePronoun.js";
import { MONEY_SUBJECT } from "./moneySubject.js";
import { describedPossessor } from "./describedPossessor.js";
import type { EntityReading } from "./EntityReading.js";
import type { Salient } from "./Salient.js";

const PRONOUN = /\b([Ii]ts?)\b/g;
/** "It is important to", "it was agreed that": no referent. */
const EXPLETIVE = /^[Ii]t\s+(?:is|was|has been|will be|would be|remains|seems|appears)\s+(?:\w+\s+){0,2}(?:to|that)\b|^[Ii]t\s+(?:is|was)\s+(?:important|necessary|essential|expected|hoped|agreed|noted|clear|possible|likely|worth)\b/;

/** What coreference knows of its scope when it reads a sentence's pronouns (coreference.ts keeps it). */
export interface PronounScope {
  /** The subject of the sentence before. */
  previousSubject: Salient | null;
  /** The sentence before opened with a state and named more. */
  previousOpenedByState: boolean;
  /** That state, when it did. */
  previousOpener: Salient | null;
  history: Salient[];
  sentences: number;
  /** The meeting or programme the scope's heading names. */
  headingReferent: Salient | null;
  /** The sentence count at which it was noted: what was named before it is no rival for "it". */
  headingFrom: number;
  /** The sentence before, when it is of this scope. */
  previousText: string | null;
  /** The scope's last sentences, joined. */
  recentText: string;
  salient(id: string): Salient | null;
  nameOf(id: string): EntityReading | undefined;
}

/** A possessive "its" that is what the description at `at` turns out to be (describedPossessor.ts). */
export interface DeferredPossessive {
  start: number;
  end: number;
  at: number;
}

/**
 * "It" and "its" in a sentence, read as mentions marked `via: "coref"` and appended to `out` (coreference.ts):
 *  - a pronoun opening a sentence ("It", "Its") is the subject of the sentence before;
 *  - "its" inside a sentence is the nearest organization, forum or initiative before it in that sentence (a state
 *    before "its delegation"), else the subject of the sentence before, else the page's owner; but where a
 *    description ("the Fund") that does the clause's verb is nearer than any name, it is what that description is
 *    read as, or nothing (returned as deferred, describedPossessor.ts);
 *  - "it" after a semicolon or ", and" goes on about the sentence's opening subject;
 *  - "it" after a verb in a "Title: clause" row is the title (colonTitleObject.ts);
 *  - "it" after a verb or preposition is something named before that is not a country, of a kind the verb can act
 *    on (objectPronoun.ts).
 * `ms` are the sentence's own mentions: a pronoun inside one is no reference.
 */
export function readPronouns(text: string, ms: M[], out: M[], scope: PronounScope, ownerId: string | null): DeferredPossessive[] {
  const deferred: DeferredPossessive[] = [];
  const taken = (s: number, e: number) => ms.some((m) => s < m.end && m.start < e);
  for (const p of text.matchAll(PRONOUN)) {
    const s = p.index!;
    const e = s + p[0].length;
    if (taken(s, e)) continue;
    const possessive = p[0].toLowerCase() === "its";
    if (possessive && OWNED_BODY_AFTER.test(text.slice(e, e + 40))) continue;
    let target: Salient | null = null;
    // "It …", and after a fronted time or participle phrase: "In 2009 it was …", "Launched in 2019, it is …" (openingBeforeSubject.ts).
    if (s === 0 || /^[\s"“(]*$/.test(text.slice(0, s)) || (!possessive && openingBeforeSubject(text.slice(0, s)))) {
      // "It is a party to" reads like "it is hard to"; a state's predicate is no expletive.
      if (!possessive && EXPLETIVE.test(text.slice(s)) && !STATE_PREDICATE.test(text.slice(s))) continue;
      // "It is the first investment made since …": a sum of money, not a body named before (moneySubject.ts).
      if (!possessive && MONEY_SUBJECT.test(text.slice(s))) continue;
      // A state's predicate takes the state that opened the sentence before, else a state subject, and no body or treaty.
      const statePredicate = !possessive && STATE_PREDICATE.test(text.slice(s));
      target = statePredicate ? (scope.previousOpener ?? (scope.previousSubject?.kind === "COUNTRY" ? scope.previousSubject : null)) : scope.previousSubject;
    } else if (possessive && STATE_POSSESSION.test(text.slice(e, e + 24))) {
      // "Uganda was endorsed …; its delegation was …": a delegation, government or ministry is a state's, so "its" is
      // the last country this sentence named before it, else the sentence before's subject.
      const state = [...ms, ...out].filter((m) => m.end <= s && m.kind === "COUNTRY" && m.via !== "coref").sort((a, b) => b.end - a.end)[0];
      target = state ? scope.salient(state.id) : scope.previousSubject;
    } else if (possessive) {
      // "the third phase of its Programme": the noun "of its" complements is not what "its" stands for.
      const before = [...ms, ...out].filter((m) => m.end <= s && m.kind !== "COUNTRY" && m.via !== "coref" && !/^\s+of\s+$/.test(text.slice(m.end, s)) && !moneySource(text, m.start)).sort((a, b) => b.end - a.end)[0];
      // "… allow the Fund to scale up its hotspots": a body described nearer than any name (describedPossessor.ts).
      const nearest = Math.max(0, ...[...ms, ...out].filter((m) => m.end <= s && m.kind !== "COUNTRY").map((m) => m.end));
      const described = describedPossessor(text, s, nearest, [...ms, ...out]);
      if (described !== null) {
        deferred.push({ start: s, end: e, at: described });
        continue;
      }
      target = before ? scope.salient(before.id) : scope.previousSubject;
    } else if (!possessive && /;\s*$/.test(text.slice(0, s)) && !EXPLETIVE.test(text.slice(s))) {
      // "The GFMD 2010 was the fourth meeting; it was hosted by Mexico": a clause after a semicolon goes on about the sentence's opening subject.
      const opening = [...ms].sort((a, b) => a.start - b.start)[0];
      if (opening && /^[\s"“(]*(?:the\s+)?$/i.test(text.slice(0, opening.start)) && opening.via !== "coref") {
        out.push({ ...opening, start: s, end: e, via: "coref" });
        continue;
      }
    } else if (!possessive && /,\s*(?:and|but)\s+$/.test(text.slice(0, s)) && !EXPLETIVE.test(text.slice(s))) {
      // "It sets up a residence permit of two years, and it applies in A and B": a clause coordinated after a comma
      // goes on about the sentence's opening subject, named or itself a pronoun resolved above.
      const opening = [...ms, ...out].filter((m) => m.start < s).sort((a, b) => a.start - b.start)[0];
      if (opening && /^[\s"“(]*(?:the\s+)?$/i.test(text.slice(0, opening.start))) {
        out.push({ ...opening, start: s, end: e, via: "coref" });
        continue;
      }
    } else if (OBJECT_IT_BEFORE.test(text.slice(Math.max(0, s - 14), s)) || splitParticleObject(text.slice(Math.max(0, s - 14), s), text.slice(e, e + 12), `${scope.previousText ?? ""} ${text.slice(0, s)}`)) {
      // "IOM runs the X programme, and Norway finances it": the first clause named what the second acts on.
      // "Convention on X: Peru ratified it": a row's title before its colon (colonTitleObject.ts).
      const kinds = objectKinds(text.slice(Math.max(0, s - 24), s));
      // "sixth meeting, …, who convened it", "… for the 2025 meeting. Zimbabwe organised it.": a sitting described but
      // not named is what organising acts on; nothing named is (unnamedSitting.ts).
      // Only the organising verbs read with these guards; hosting, chairing and attending read as they did before them.
      const organising = ORGANISING_BEFORE.test(text.slice(Math.max(0, s - 24), s));
      const unnamedNearer = (isEvent: boolean) => organising && unnamedSittingNearer(text.slice(0, s), scope.previousText, isEvent || ms.some((m) => m.isEvent && m.end <= s));
      // "Rome, 1954 … The first World Population Conference after the war … the United Nations organised it": a sitting
      // of a year the section never states is not the one it speaks of.
      const otherSitting = (id: string) => organising && otherYear(scope.nameOf(id)?.year ?? null, `${scope.recentText} ${text}`);
      const own = colonTitleObject(text, s, ms, kinds) ?? earlierClauseObject(text, s, [...ms, ...out], kinds);
      if (own && (unnamedNearer(own.isEvent === true) || otherSitting(own.id))) continue;
      if (own) {
        out.push({ ...own, start: s, end: e, via: "coref" });
        continue;
      }
      // "IOM and SDC launched it in 2021, and Switzerland contributes 7.5 million dollars to it": with nothing named
      // between, a second "it" in the sentence stands for what the first one did (samePronoun.ts).
      const same = earlierIt(text, s, [...ms, ...out], kinds);
      if (same) {
        if (unnamedNearer(same.isEvent) || otherSitting(same.id)) continue;
        out.push({ ...same, start: s, end: e, via: "coref" });
        continue;
      }
      // A state opening the sentence before was its doer: the first thing it named after it is no subject the object
      // "it" goes on about; the nearest thing that fits is (objectPronoun.ts).
      const fromHistory = objectPronounTarget(text.slice(Math.max(0, s - 24), s), scope.history, scope.previousOpenedByState ? null : scope.previousSubject, scope.sentences, scope.previousOpenedByState);
      // A programme named only by the heading ("A hotline opened in 2014 and UNITAR ran it" right under it) is the
      // heading's referent, whose guards decide (headingReferent), not the latest thing named.
      const headingOnly = fromHistory !== null && fromHistory.id === scope.headingReferent?.id && scope.headingReferent.kind === "INITIATIVE" && (fromHistory.sentence ?? 0) <= scope.headingFrom && kinds !== null;
      target = (headingOnly ? null : fromHistory) ?? headingReferent(text.slice(Math.max(0, s - 24), s), scope.headingReferent, scope.history.filter((h) => (h.sentence ?? 0) >= scope.headingFrom), text.slice(0, s), scope.sentences > scope.headingFrom ? scope.previousText : null);
      if (target && (unnamedNearer(scope.nameOf(target.id)?.isEvent === true) || otherSitting(target.id))) continue;
    }
    if (!target && ownerId && possessive) target = scope.salient(ownerId);
    if (target) out.push({ id: target.id, kind: target.kind, isEvent: scope.nameOf(target.id)?.isEvent === true, start: s, end: e, via: "coref" });
  }
  return deferred;
}
