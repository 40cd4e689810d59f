import type { RelationType } from "../../src/ontology/ontology.js";
import type { Analysis } from "./analysis.js";
import { agentsAt, endOfClause, exemplifiedList, listAt, subjectsBefore, type M } from "./mentionLists.js";
import { closingComma, opensWithRole, roleBeforeNoun } from "./frontedRole.js";
import { objectItems } from "./objectItems.js";
import { pairFor } from "./endPairs.js";
import { implicitObject, type ForumOf, type PageTreaty, type Topic } from "./implicitObject.js";
import { subjectOpensClause } from "./subjectOpensClause.js";
import { frontedDoubt } from "./frontedDoubt.js";
import { triggerStands } from "./triggerStands.js";
import { modifiesNext, verbFollowsName } from "./nameModifies.js";
import { TRIGGER_WORDS, endsOffered, matchAt, qualifiedType, rulesStartingWith, type CompiledRule } from "./compiledRules.js";
import { CHAIR_OF, EVENT_AT_VENUE, HEAD_OBJECT_TYPES, INFINITIVE_LEAD, ROLE_LEAD, TO_BE_CREATED, TO_BE_CREATED_WORDS } from "./relationTable.js";
import { COMPLEMENT_LEAD, coAgentsAfterObject, coAgentsAfterTrigger, coAgentsBetween, FRONTED, helpsAnother, linked } from "./ruleReadings.js";
import { delegation, listAfter, objectFirst, pairwise, type Firing } from "./ruleShapes.js";
import { apposedSubject } from "./apposedClass.js";
import { labelledPassiveSubject } from "./labelledPassive.js";
import { joinedToAct } from "./joinedToAct.js";
import { joinedObjectFrom } from "./joinedVerb.js";
import { MEMBER_CLASS_WORD, TIME_ADJUNCTS } from "./rules/timeAdjuncts.js";
import { nonFact, passiveBy, reducedRelativeOfNewerPhrase, periodNear, relativeAntecedent, ROLE_AFTER, THROUGH_OF, tokenIndexAt, unnamedObjectAfter, type Slot } from "./ruleReadings.js";

/** Between a name and a singular noun in apposition to it: "X 2023-2027, the new", "X (ACR), a". */
const SINGULAR_APPOSITION = /^[^,;]{0,20},\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$/i;

/** A rule's founding verbs as a pattern, built once per rule rather than at every pair it emits. */
const foundingPatterns = new Map<string, RegExp>();
function foundingWords(words: string): RegExp {
  let re = foundingPatterns.get(words);
  if (!re) foundingPatterns.set(words, (re = new RegExp(`^(?:${words})`, "i")));
  return re;
}

export type Emit = (type: RelationType, sourceId: string, targetId: string, method: string, confidence: number, extra: { year?: number | null; role?: string | null }) => void;

export type { ForumOf, PageTreaty, Topic } from "./implicitObject.js";

/**
 * Applies the rule table (relationTable.ts) to one analysed sentence whose mentions
 * (including coreference mentions) are known. Emits candidate relations; relate()
 * checks them against the ontology and keeps the evidence.
 */
export function applyRules(text: string, ms: M[], analysis: Analysis, emit: Emit, topic: Topic = () => null, forumOf: ForumOf = () => null, pageTreaty: PageTreaty = () => null): void {
  const tokens = analysis.tokens;
  // A rule whose ends these mentions cannot be fires on nothing here (endsOffered), whatever its trigger.
  const kinds = new Set(ms.map((m) => m.kind));
  // TO_BE_CREATED is asked of the sentence's tail after every pair a rule emits; a tail can match only where the
  // sentence holds its closing words ("be set up", "be established" …), so a sentence without them skips the pattern.
  const mayBeCreated = TO_BE_CREATED_WORDS.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!TRIGGER_WORDS.has(t.lemma) && !TRIGGER_WORDS.has(t.lower)) continue;
    // A sequence matches only from a token its first slot accepts (matchAt gives -1 otherwise).
    for (const c of rulesStartingWith(t.lemma, t.lower)) {
      if (!endsOffered(c, kinds)) continue;
      for (const seq of c.sequences) {
        const end = matchAt(tokens, i, seq);
        if (end === -1) continue;
        fire(c, seq, i, end);
        break;
      }
    }
  }

  function fire(c: CompiledRule, seq: Slot[], i: number, endTok: number): void {
    const rule = c.rule;
    const trigStart = tokens[i]!.start;
    const trigEnd = tokens[endTok - 1]!.end;
    if (!triggerStands(c, tokens, i, endTok, text, ms)) return;
    const subjKinds = rule.subjects;
    const objKinds = rule.objects;
    const ofKinds = (kinds: readonly string[]) => ms.filter((m) => kinds.includes(m.kind));
    const method = `rule:${rule.id}`;
    const headOnly = HEAD_OBJECT_TYPES.has(rule.type);
    // "the GMG publication", "the World Bank-led preparations": the name modifies the noun after it.
    const modifies = (m: M) => modifiesNext(text, tokens, m);
    const verbFollows = (m: M) => verbFollowsName(tokens, m);
    const atVenue = (m: M) => EVENT_AT_VENUE.test(text.slice(Math.max(0, m.start - 80), m.start));
    // "Indonesia, the current co-chair, opened the meeting": a comma and a verb after a role noun close its apposition;
    // the name after that verb is the verb's object, not the role's.
    const appositionCloses = (objects: M[]) =>
      objects.length > 0 && tokens[endTok - 1]!.pos === "NOUN" && tokens[endTok]?.text === "," && tokens[endTok + 1]?.pos === "VERB" && tokens[endTok + 1]!.end <= objects[0]!.start;
    const out = (subjects: M[], objects: M[], confidence: number, via: string) => {
      const f = rule.manyFounders;
      const founders = f !== undefined && subjects.length >= f.atLeast && foundingWords(f.words).test(text.slice(trigStart, trigEnd));
      for (const s of subjects) {
        for (const o of objects) {
          if (s.id === o.id || (mayBeCreated && TO_BE_CREATED.test(text.slice(Math.max(o.end, s.end)))) || (rule.namedObject && o.via === "coref")) continue;
          // A rule may allow its subject kinds only with some object kinds (RelationRule.pairs).
          const pair = pairFor(rule, s.kind, o.kind, [tokens[i]!.lemma, tokens[i]!.lower]);
          if (!pair) continue;
          const conf = confidence + pair.confidence - rule.confidence;
          if (founders && f.objects.includes(o.kind)) {
            emit(f.type, s.id, o.id, `${method}${via}:founders`, conf - (s.via === "coref" || o.via === "coref" ? 0.1 : 0), {});
            continue;
          }
          const corefPenalty = s.via === "coref" || o.via === "coref" ? 0.1 : 0;
          // CHAIRED keeps the period as stated; relate() fills the meeting's year for events.
          // Agents after the trigger carry their own period: "held by Kazakhstan from 2013, by Tajikistan in 2019".
          const role = rule.type === "CHAIRED" && !o.isEvent && !rule.noPeriod ? periodNear(text, via === ":passive" && s.start > trigEnd ? s.end : trigEnd) : null;
          // "Hungary joined in 1995.": a reading of a joining that only dates may follow (titledObject) keeps the year it dates.
          const year = role ? Number(/(?:19|20)\d{2}/.exec(role)?.[0]) || null : rule.titledObject ? joiningYear(text, trigEnd) : null;
          const type = (!o.isEvent && qualifiedType(c, tokens, i, endTok, o.kind)) || rule.type;
          emit(type, s.id, o.id, corefPenalty ? `${method}${via}+coref` : `${method}${via}`, conf - corefPenalty, { year, role });
        }
      }
    };

    // An unwritten object (implicitObject.ts): one named before the trigger, else the topic.
    const scene = { text, tokens, rule, trigStart, trigEnd, objectMentions: () => ofKinds(objKinds), mentions: ms, topic, forumOf, pageTreaty };
    const implicit = (after: number, exclude: readonly M[] = []): M[] => implicitObject(scene, after, exclude);

    if (rule.shape === "subject-first") {
      const by = passiveBy(tokens, endTok);
      // "Nepal was represented by its minister": a by-phrase naming no actor is the subject's envoy, not an agent. Its
      // possessive ("by its chief", read as the subject again by coreference) names the subject's own person, no agent.
      const ownPossessive = (m: M) => m.via === "coref" && /^(?:its|their)$/i.test(text.slice(m.start, m.end));
      const envoy = by !== -1 && rule.byEnvoy === true && agentsAt(ofKinds(subjKinds).filter((m) => !ownPossessive(m)), text, tokens[by]!.end, Math.min(endOfClause(text, tokens[by]!.end), tokens[by]!.end + 160)).length === 0;
      const passive = by !== -1 && !envoy;
      if (passive) {
        if (!rule.passive) return;
        const agentsFrom = tokens[by]!.end;
        const clauseEnd = Math.min(endOfClause(text, agentsFrom), agentsFrom + 160);
        const agents = agentsAt(ofKinds(subjKinds), text, agentsFrom, clauseEnd);
        const subjects = agents.length ? agents : exemplifiedList(ofKinds(subjKinds), text, agentsFrom, clauseEnd);
        let objects = subjectsBefore(ms, text, trigStart, objKinds).slice(-3);
        // "backed by the X Programme, a joint UN programme implemented by IOM": the apposition's participle describes X (apposedClass.ts).
        if (objects.length === 0) objects = [apposedSubject(ms, text, trigStart, objKinds) ?? labelledPassiveSubject(ms, text, trigStart, objKinds)].filter((m): m is M => m !== null);
        if (objects.length === 0 && rule.implicitObject) objects = implicit(trigStart);
        // "a GMG expert meeting … organized by", "a side event at the session of the CPD organized by".
        if (appositionCloses(objects)) objects = [];
        if (headOnly) objects = objects.filter((o) => !modifies(o) && !atVenue(o));
        const from = objects.length ? tokenIndexAt(tokens, objects[objects.length - 1]!.end) : i - 4;
        if (nonFact(tokens, from, i, c.sequences)) return;
        if (objects.length && reducedRelativeOfNewerPhrase(tokens, from, i)) return;
        out(subjects, objects, rule.confidence, ":passive");
        return;
      }
      const clauseEnd = Math.min(endOfClause(text, trigEnd), trigEnd + 160);
      // "part of IOM’s International Dialogue on Migration": the possessive owner is not the object.
      // A possessive pronoun ("with its partner, the ILO") only qualifies the object that follows it.
      // "held the GFMD chairmanship": a forum naming a role or a body is not the object (CHAIRED rules read roles themselves).
      const objectCandidates = ofKinds(objKinds).filter(
        (m) =>
          !/^[’']s\b/.test(text.slice(m.end, m.end + 3)) &&
          !(m.via === "coref" && /^(?:its|their)$/i.test(text.slice(m.start, m.end))) &&
          !(rule.type !== "CHAIRED" && ROLE_AFTER.test(text.slice(m.end, m.end + 20))),
      );
      const objFrom = joinedObjectFrom(text, tokens, trigEnd, clauseEnd, tokens[endTok - 1]!.pos === "VERB");
      if (objFrom === null) return;
      let objects = listAt(objectCandidates, text, objFrom, clauseEnd, rule.objectWithin ?? 40);
      // "engaged in talks with IOM about the GFMD": another organization in the lead is the one engaged with.
      if (objects.length && ms.some((m) => m.kind === "ORGANIZATION" && m.via !== "coref" && m.start >= trigEnd && m.end <= objects[0]!.start && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)) && !/^\s+$/.test(text.slice(m.end, objects[0]!.start)))) objects = [];
      if (objects.length === 0) objects = exemplifiedList(objectCandidates, text, trigEnd, clauseEnd);
      if (objects.length === 0 && rule.objectThroughOf) {
        const first = objectCandidates.find((m) => m.start >= trigEnd && m.end <= clauseEnd);
        if (first && THROUGH_OF.test(text.slice(trigEnd, first.start))) objects = listAt(objectCandidates, text, first.start, clauseEnd, 0);
      }
      // "attended the Symposium on X (Turin, 2006), the 2006 HLD and the first meeting of the GFMD": named items of a longer list.
      if (rule.objectItems && objects.length <= 1) {
        const items = objectItems(objectCandidates, text, trigEnd);
        if (items.length > objects.length) objects = items;
      }
      if (appositionCloses(objects)) objects = [];
      if (headOnly) objects = objects.filter((o) => !modifies(o) && !atVenue(o));
      // "developing a common set of indicators for the Migration Profiles": a noun and its preposition before the
      // name make it that noun's complement, not what the verb acts on.
      if (headOnly && objects.length && COMPLEMENT_LEAD.test(text.slice(objFrom, objects[0]!.start))) objects = [];
      // "was created in 2006 as a member of X": X belongs to the role phrase, not to the verb.
      if (objects.length && rule.type !== "MEMBER_OF" && rule.type !== "PART_OF" && ROLE_LEAD.test(text.slice(objFrom, objects[0]!.start))) objects = [];
      // "held the chair for the eleventh Conference": the object is the chair's, read by the CHAIRED rules.
      if (objects.length && rule.type !== "CHAIRED" && CHAIR_OF.test(text.slice(objFrom, objects[0]!.start))) objects = [];
      if (objects.length && rule.type === "LEADS" && INFINITIVE_LEAD.test(text.slice(objFrom, objects[0]!.start))) objects = [];
      // "engaged in the preparations for the HLD" states support to the meeting, not taking part in it (rolePhraseRules).
      if (rule.type === "PARTICIPATES_IN" && objects.length && /\bpreparat/i.test(text.slice(objFrom, objects[0]!.start))) objects = [];
      let subjects = subjectsBefore(ms, text, trigStart, subjKinds);
      // "A and the Population Division of B": a noun trigger needs a link to its subject ("is", "as", a comma).
      if (c.linkBefore && subjects.length && !linked(c.linkBefore, tokens, tokenIndexAt(tokens, subjects[subjects.length - 1]!.end), i)) subjects = [];
      // "A and B, the new programme of C": a singular noun set off by a comma describes the name right before it.
      if (c.linkBefore && subjects.length > 1 && !(tokens[i]!.lower.endsWith("s") && tokens[i]!.lower !== tokens[i]!.lemma) && SINGULAR_APPOSITION.test(text.slice(subjects[subjects.length - 1]!.end, trigStart))) subjects = subjects.slice(-1);
      // Co-agents after the trigger: "UN Women is co-chairing with OHCHR and UNICEF the … Working Group".
      // "launched with UNHCR support the …": a name modifying a noun is no co-agent.
      const coAfter = rule.type === "PARTNERS_WITH" ? [] : coAgentsAfterTrigger(ofKinds(subjKinds), text, trigEnd, clauseEnd).filter((m) => !modifies(m));
      if (coAfter.length && objects.length === 0) {
        objects = listAt(ofKinds(objKinds), text, coAfter[coAfter.length - 1]!.end, clauseEnd, 40);
        if (headOnly) objects = objects.filter((o) => !modifies(o));
      }
      // "X is the Community's committee of …": the possessor between the copula and the noun is the whole.
      if (rule.possessorObject) {
        const p = possessorBefore(ofKinds(objKinds), ofKinds(subjKinds), text, trigStart);
        [subjects, objects] = p ? [[p.subject], [p.object]] : [[], []];
      }
      if (subjects.length && objects.length === 0 && rule.objectBefore !== undefined) {
        // "Mexico, as GFMD Chair", "UNHCR, the GMG chair": the object sits inside the role phrase.
        const s = subjects[subjects.length - 1]!;
        const o = ofKinds(objKinds).find((m) => m.start >= s.end && trigStart - m.end <= rule.objectBefore! && m.end <= trigStart);
        if (o && /^\s*,?\s*(?:(?:in its capacity )?as|,)\s*(?:the\s+)?(?:current|incoming|outgoing|former|first|rotating)?\s*$/i.test(text.slice(s.end, o.start)) && /[,]|\bas\b/.test(text.slice(s.end, o.start))) objects = [o];
      }
      // "The chair of the GMG, UNDP, said"; "In partnership with IOM, Freedom from Torture runs …".
      const fronted = /^(?:\s*|.*[,;]\s*)(?:in|and)?\s*$/i.test(text.slice(0, trigStart)) || FRONTED.test(text.slice(0, trigStart));
      if (subjects.length === 0 && objects.length && (/\b(?:the|as|its)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, trigStart - 20), trigStart)) || fronted)) {
        // Apposition after the object: "The chair of the GMG, UNDP, said"; after a fronted phrase the
        // last name may carry its acronym: "In collaboration with the … Institute (UN-INSTRAW), IFAD financed".
        const last = objects[objects.length - 1]!;
        // "As Chair of the GMG from January to June 2008, UNFPA …": an opening role phrase may carry its period.
        const comma = (fronted ? /^\s*(?:\([^)]{1,20}\)|\))?\s*,\s*/ : /^\s*,\s*/).exec(text.slice(last.end))?.[0].length ?? (opensWithRole(text, trigStart) ? (closingComma(text, last.end) ?? last.end) - last.end || null : null);
        const beforeLast = objects.length > 1 ? text.slice(objects[objects.length - 2]!.end, last.start) : "";
        // "the Population Division of A, IOM, B, C, D in Mexico": after a comma list of objects the next name is one more item, no apposition.
        if (comma && !/^\s*,/.test(beforeLast)) subjects = listAt(ofKinds(subjKinds), text, last.end + comma, Math.min(text.length, last.end + 160), 6);
        else if (/^\s*(?:\([^()]{1,20}\)\s*)?,\s*$/.test(beforeLast) && subjKinds.includes(last.kind) && verbFollows(last)) {
          // "In partnership with IOM, Freedom from Torture runs …": the name after the fronted phrase is the subject.
          subjects = [last];
          objects = objects.slice(0, -1);
        }
      }
      if (subjects.length === 0 && objects.length === 0 && rule.objectBefore !== undefined) {
        const r = roleBeforeNoun(text, trigStart, trigEnd, ofKinds(objKinds), ofKinds(subjKinds));
        if (r) [subjects, objects] = [r.subjects, [r.object]];
      }
      if (rule.subjectOpensClause && subjects.length && !subjectOpensClause(text, subjects[0]!.start, subjects[subjects.length - 1]!.end, trigStart)) return;
      if (c.subjectGap && subjects.length && !c.subjectGap.test(text.slice(subjects[subjects.length - 1]!.end, trigStart))) return;
      if (c.objectGap && objects.length && !c.objectGap.test(text.slice(objFrom, objects[0]!.start))) objects = [];
      // "MIDA, which IOM launched in 2001", "the first GFMD, which Belgium hosted": the antecedent is the verb's object.
      const antecedent = subjects.length && objects.length === 0 ? relativeAntecedent(ofKinds(objKinds), text, subjects[0]!.start) : null;
      if (antecedent && !(headOnly && modifies(antecedent))) objects = [antecedent];
      // "IOM and IGAD signed a cooperation agreement": with no one named after it, the subjects are each other's partners.
      if (rule.pairsOfSubjects && objects.length === 0 && subjects.length >= 2) {
        if (nonFact(tokens, Math.max(tokenIndexAt(tokens, subjects[subjects.length - 1]!.end), i - 8), i, c.sequences)) return;
        for (let a = 0; a < subjects.length; a++) for (let b = a + 1; b < subjects.length; b++) out([subjects[a]!], [subjects[b]!], rule.confidence, ":pair");
        return;
      }
      // "took part in the talks": a meeting noun the rule asks for is the reported meeting, not another object (meetingNounObject).
      if (subjects.length && objects.length === 0 && rule.implicitObject && (rule.meetingNounObject || !unnamedObjectAfter(tokens, endTok, ms))) objects = implicit(subjects[subjects.length - 1]!.end, subjects);
      // "IOM joined UNDP in Nairobi to launch X": the joiner and its partner do the infinitive's act together (joinedToAct.ts).
      const joined = objects.length ? joinedToAct(ms, ofKinds(subjKinds), text, tokens, trigStart, subjKinds, c.sequences) : null;
      if (joined) subjects = joined;
      if (subjects.length === 0 || objects.length === 0) return;
      const from = tokenIndexAt(tokens, subjects[subjects.length - 1]!.end);
      const helper = helpsAnother(tokens, from, i);
      if (helper >= 0) {
        // Helping another lead, host or organize X is supporting X: "supported the President in convening the HLD";
        // unless the help itself is only planned or wished ("plans to help UNDP to implement").
        const stated = !nonFact(tokens, Math.max(from, helper - 8), helper, c.sequences);
        if (stated && (rule.type === "LEADS" || rule.type === "HOSTED")) for (const sb of subjects) for (const o of objects) emit("SUPPORTS", sb.id, o.id, `rule:${rule.id}:helped`, rule.confidence - 0.1, {});
        return;
      }
      if (!joined && nonFact(tokens, Math.max(from, i - 8), i, c.sequences, ms)) return;
      // "If money allows, X opens offices in A", "Should donors agree, X keeps …": a cue in a clause fronted before the
      // subject puts the whole clause in doubt.
      if (frontedDoubt(text, tokens, subjects[0]!.start, ms)) return;
      const co = rule.type === "PARTNERS_WITH" ? [] : [...coAgentsBetween(ofKinds(subjKinds), text, subjects[subjects.length - 1]!, trigStart), ...coAfter, ...coAgentsAfterObject(ofKinds(subjKinds), text, objects[objects.length - 1]!, clauseEnd)];
      out([...subjects, ...co.filter((m) => !modifies(m) && !subjects.some((s) => s.id === m.id))], objects, rule.confidence, "");
      return;
    }

    const firing: Firing = { text, tokens, c, i, trigStart, trigEnd, ofKinds, headOnly, modifies, implicit, out };
    if (rule.shape === "object-first") return objectFirst(firing);
    if (rule.shape === "list-after") return listAfter(firing);
    if (rule.shape === "delegation") return delegation(firing);
    pairwise(firing);
  }
}

/**
 * Copula and article between a subject and a possessor ("X (ACR) is the", "X, in Lima, is the", "X serves as"), then "'s" and up
 * to three modifiers before the noun ("main", "executive"); a preposition or "partner" there makes the noun another's.
 */
const POSSESSOR_GAP = /^(?:\s*\([^()]{1,20}\))?(?:\s*,[^,;.]{1,40},)?\s*(?:is|was|remains|serves as|acts as|has been)\s+(?:the\s+)?$/i;
const POSSESSOR_TAIL = /^[’']s\s+(?:(?!(?:a|an|the|in|of|for|with|to|on|at|by|from|and|or|partner|partners)\s)[a-z][\w-]*\s+){0,3}$/;

function possessorBefore(objects: M[], subjects: M[], text: string, trigStart: number): { subject: M; object: M } | null {
  const object = objects.findLast((m) => m.end <= trigStart && POSSESSOR_TAIL.test(text.slice(m.end, trigStart)));
  if (!object) return null;
  const subject = subjects.findLast((m) => m.end <= object.start && POSSESSOR_GAP.test(text.slice(m.end, object.start)));
  return subject && subject.id !== object.id ? { subject, object } : null;
}

const DATE_ADJUNCTS = new RegExp(`^${MEMBER_CLASS_WORD}${TIME_ADJUNCTS}`);

/** The year the dates and time adverbs right after a trigger state ("joined in May 2018,"); null where none. */
function joiningYear(text: string, trigEnd: number): number | null {
  const span = DATE_ADJUNCTS.exec(text.slice(trigEnd, trigEnd + 80))?.[0] ?? "";
  return Number(/\b(?:19|20)\d{2}\b/.exec(span)?.[0]) || null;
}
