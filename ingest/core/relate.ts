import { evidenceId, relationId } from "../../src/ontology/ids.js";
import { RELATION_TYPES, allowsEndpoints, type EntityKind, type RelationType, type RelationSpec } from "../../src/ontology/ontology.js";
import { MEMBERSHIP_LIST, NEGATION, SUB_BODY_AFTER, OPERATES_BEFORE_COUNTRY, PARTNERSHIP, PART_OF, VERB_RULES } from "./relationRules.js";
import type { EntityRecord, Mention, Passage, RelationRecord, StructuredDocument, Warning } from "./types.js";

/**
 * Extracts relations sentence by sentence. Every relation keeps the sentence
 * that states it (with source offsets), how it was found and a confidence;
 * the same relation stated in several places collects several evidence rows.
 */
interface M {
  id: string;
  kind: EntityKind;
  isEvent: boolean;
  start: number;
  end: number;
}

export interface RelateContext {
  entities: Map<string, EntityRecord & { parentId?: string }>;
  /** Demonym → country id, for "the Belgian GFMD Chair". */
  demonyms?: Map<string, string>;
  /** City → country id, for "the third GFMD in Athens". */
  cities?: Map<string, string>;
}

const WINDOW = 140;

export function relate(doc: StructuredDocument, mentions: Mention[], ctx: RelateContext): { relations: RelationRecord[]; warnings: Warning[] } {
  const relations = new Map<string, RelationRecord>();
  const warnings: Warning[] = [];
  const byPassage = new Map<string, Mention[]>();
  for (const m of mentions) if (m.entityId) byPassage.set(m.passageId, [...(byPassage.get(m.passageId) ?? []), m]);

  for (const passage of doc.passages) {
    const pm = byPassage.get(passage.id) ?? [];
    passage.sentences.forEach((sentence, index) => {
      const ms: M[] = pm
        .filter((m) => m.sentenceIndex === index)
        .map((m) => ({ id: m.entityId!, kind: m.kind, isEvent: ctx.entities.get(m.entityId!)?.isEvent === true, start: m.localStart - sentence.localStart, end: m.localEnd - sentence.localStart }))
        .filter((m) => m.start >= 0);
      const text = sentence.text;
      const add = (type: RelationType, sourceId: string, targetId: string, method: string, confidence: number, extra: { year?: number | null; role?: string | null } = {}) => {
        if (sourceId === targetId) return;
        const spec: RelationSpec = RELATION_TYPES[type];
        const s = ctx.entities.get(sourceId);
        const t = ctx.entities.get(targetId);
        if (!s || !t || !allowsEndpoints(type, s.kind, t.kind) || (spec.toEventOnly && !t.isEvent)) {
          warnings.push({ documentId: doc.id, stage: "relate", message: `dropped ${type} ${sourceId} -> ${targetId}: endpoints not allowed by the ontology` });
          return;
        }
        if (spec.symmetric && sourceId > targetId) [sourceId, targetId] = [targetId, sourceId];
        const id = relationId(type, sourceId, targetId);
        const rel = relations.get(id) ?? { id, type, sourceId, targetId, year: extra.year ?? null, role: extra.role ?? null, confidence: 0, method, evidence: [] };
        const evId = evidenceId(id, passage.id, sentence.start, sentence.end);
        if (!rel.evidence.some((e) => e.id === evId)) {
          rel.evidence.push({ id: evId, relationId: id, passageId: passage.id, documentId: doc.id, section: passage.section, text, start: sentence.start, end: sentence.end, method, confidence });
        }
        if (confidence > rel.confidence) {
          rel.confidence = confidence;
          rel.method = method;
        }
        rel.year ??= extra.year ?? null;
        rel.role ??= extra.role ?? null;
        relations.set(id, rel);
      };
      // Every rule but "a meeting is part of its forum" needs two entities in the sentence.
      if (ms.length >= 2 || ms.some((m) => m.isEvent)) relateSentence(text, ms, passage, add, (id) => ctx.entities.get(id)?.parentId ?? id, ctx);
    });
  }
  return { relations: [...relations.values()], warnings };
}

type Add = (type: RelationType, sourceId: string, targetId: string, method: string, confidence: number, extra?: { year?: number | null; role?: string | null }) => void;

const DEMONYM_CHAIR = /\b([A-Z][a-z]+)\s+(?:GFMD\s+|GMG\s+)?(?:Chair|Chairmanship|chairmanship|Chair-in-Office|Presidency)\b/g;
const JOINT_PARTNERS = /\b(?:implemented|run|managed|led|launched|coordinated)\s+by\s+[^;.]{0,80}?\b(?:in partnership with|in collaboration with|in cooperation with|together with|jointly with)\s+(?:the\s+)?|\bwhich (?:engages|involves|brings together|includes)\s+(?:the\s+)?/g;
const YEAR = /\b(19[5-9]\d|20[0-2]\d)\b/;
const PERIOD = /\b((?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*(?:19|20)\d{2}\s*(?:[–-]|to)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*(?:19|20)?\d{2,4})\b/;
const PRONOUN_SUBJECT = /^(?:[^,]{0,40},\s*)?(it|we|the organization|the organisation|the office|the fund|the bank|the division|the committee|the programme|the agency)\b/i;

function relateSentence(text: string, ms: M[], passage: Passage, add: Add, parentOf: (eventId: string) => string, ctx: RelateContext): void {
  const owner = passage.chapterOwnerId;

  // "the first Belgian GFMD Chair in 2007", "the incoming Swedish Chair of the GFMD".
  if (ctx.demonyms?.size) {
    for (const m of text.matchAll(DEMONYM_CHAIR)) {
      const country = ctx.demonyms.get(m[1]!);
      if (!country) continue;
      const end = m.index! + m[0].length;
      const forum = ms.find((f) => f.kind === "FORUM" && f.start >= m.index! && f.start <= end + 12);
      if (forum) add("CHAIRED", country, forum.id, "demonym-chair", 0.75, { year: Number(YEAR.exec(text.slice(m.index!, end + 30))?.[1]) || null, role: YEAR.exec(text.slice(m.index!, end + 30))?.[1] ?? null });
    }
  }

  // A forum meeting held in a city: "the third GFMD in Athens on 4 and 5 November 2009".
  if (ctx.cities?.size) {
    for (const e of ms.filter((m) => m.isEvent)) {
      const city = /^\s*(?:,\s*)?(?:held\s+)?in\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)/.exec(text.slice(e.end, e.end + 40))?.[1];
      const country = city ? (ctx.cities.get(city) ?? ctx.cities.get(city.split(" ")[0]!)) : undefined;
      if (country) add("HOSTED", country, e.id, "event-in-city", 0.75);
    }
  }

  // Partners named next to the organization implementing an initiative take part in it:
  // "JMDI … implemented by UNDP in partnership with ILO, IOM and UNFPA".
  for (const p of text.matchAll(JOINT_PARTNERS)) {
    const initiative = [...ms].reverse().find((m) => m.kind === "INITIATIVE" && m.end <= p.index! && p.index! - m.end <= 120);
    if (!initiative) continue;
    const from = p.index! + p[0].length;
    for (const o of listAt(ms, text, from, Math.min(endOfClause(text, from), from + WINDOW))) {
      if (o.kind === "ORGANIZATION") add("PARTICIPATES_IN", o.id, initiative.id, "implementing-partners", 0.7);
    }
  }

  // Forum meetings belong to their forum; the sentence naming "the 2010 GFMD" is the evidence.
  for (const m of ms) if (m.isEvent) add("PART_OF", m.id, parentOf(m.id), "event-name", 0.9);

  // Enumerated membership lists.
  for (const trigger of text.matchAll(MEMBERSHIP_LIST)) {
    const forum = ms.find((m) => m.kind === "FORUM" && !m.isEvent && m.start >= trigger.index! - 2 && m.end <= trigger.index! + trigger[0].length + 2);
    if (!forum) continue;
    const listEnd = endOfList(text, trigger.index! + trigger[0].length);
    for (const m of ms) {
      if (m.kind === "ORGANIZATION" && m.start >= trigger.index! + trigger[0].length && m.end <= listEnd) add("MEMBER_OF", m.id, forum.id, "enumeration", 0.9);
    }
  }

  // Verb-anchored rules.
  for (const rule of VERB_RULES) {
    for (const v of text.matchAll(rule.verb)) {
      const vStart = v.index!;
      const vEnd = vStart + v[0].length;
      if (NEGATION.test(text.slice(Math.max(0, vStart - 30), vStart))) continue;
      // "with the support of X", "its promotion": a noun, not a verb with a subject.
      if (/\b(?:the|its|their|with)\s+$/i.test(text.slice(Math.max(0, vStart - 8), vStart)) && !/^with\b/.test(v[0])) continue;
      // "funded by X" and "with funding from X": the agent comes after the verb.
      const passive = /^\s+by\b/.test(text.slice(vEnd, vEnd + 4)) || /^with\b/.test(v[0]);
      const clauseEnd = Math.min(endOfClause(text, vEnd), vEnd + WINDOW);
      let subjects: M[];
      let objects: M[];
      if (passive) {
        const byEnd = vEnd + (text.slice(vEnd).match(/^\s+by\s+/)?.[0].length ?? 0);
        subjects = listAt(ms, text, byEnd, clauseEnd).filter((m) => rule.subjects.includes(m.kind));
        objects = ms.filter((m) => rule.objects.includes(m.kind) && m.end <= vStart && m.end >= vStart - (rule.objectWithin ?? WINDOW)).slice(-1);
      } else {
        subjects = subjectsBefore(ms, text, vStart).filter((m) => rule.subjects.includes(m.kind));
        objects = ms.filter((m) => rule.objects.includes(m.kind) && m.start >= vEnd && m.end <= clauseEnd && (rule.objectWithin === undefined || m.start - vEnd <= rule.objectWithin));
        if (rule.objectInside) objects.push(...ms.filter((m) => rule.objects.includes(m.kind) && m.start >= vStart && m.end <= vEnd));
        // "sent a questionnaire to all members of the GMG": the members are not the subject.
        if (/member/.test(v[0]) && /\b(to|among|with|for)\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?$/i.test(text.slice(Math.max(0, vStart - 20), vStart))) subjects = [];
        if (rule.objectBefore) objects.push(...ms.filter((m) => rule.objects.includes(m.kind) && m.end <= vStart && m.end >= vStart - 12));
      }
      objects = objects.filter((m) => m.kind !== "FORUM" || !SUB_BODY_AFTER.test(text.slice(m.end, m.end + 30)));
      let confidence = rule.confidence;
      let method = passive ? "passive-verb" : "verb";
      // "…wider ratification of its Private Employment Agencies Convention": in an agency's chapter, "its" is the agency.
      if (subjects.length === 0 && owner && rule.subjects.includes("ORGANIZATION") && objects.some((o) => /\bits\s+$/.test(text.slice(Math.max(0, o.start - 5), o.start)))) {
        subjects = [{ id: owner, kind: "ORGANIZATION", isEvent: false, start: -1, end: -1 }];
        objects = objects.filter((o) => /\bits\s+$/.test(text.slice(Math.max(0, o.start - 5), o.start)));
        confidence -= 0.1;
        method = "chapter-owner";
      }
      if (subjects.length === 0 && owner && rule.subjects.includes("ORGANIZATION") && PRONOUN_SUBJECT.test(text.slice(0, vStart)) && !ms.some((m) => m.end <= vStart && m.kind === "ORGANIZATION")) {
        subjects = [{ id: owner, kind: "ORGANIZATION", isEvent: false, start: -1, end: -1 }];
        confidence -= 0.15;
        method = "chapter-owner";
      }
      const year = Number(YEAR.exec(text.slice(Math.max(0, vStart - 60), vEnd + 60))?.[1]) || null;
      const role = rule.type === "CHAIRED" ? (PERIOD.exec(text)?.[1]?.trim() ?? (year ? String(year) : null)) : null;
      for (const s of subjects) for (const o of objects) add(rule.type, s.id, o.id, method, confidence, { year, role });
    }
  }

  // GFMD support sections: the chapter's agency supports the forum it reports on.
  if (owner && passage.sectionKey === "gfmd-support" && !/\b(not|no|none|never)\b/i.test(text)) {
    for (const m of ms) {
      if (m.kind === "FORUM" && /GFMD|Global Forum/.test(text.slice(m.start, m.end)) && /\b(participat|contribut|support|provid|present|organiz|organis|attend|prepar|co-chair|chair|serv)\w*/i.test(text)) {
        add("SUPPORTS", owner, m.isEvent ? parentOf(m.id) : m.id, "chapter-section", 0.7);
      }
    }
  }

  // An organization's name printed on a convention or initiative: "ILO Domestic Workers Convention", "IOM’s Migration Profiles".
  for (let i = 0; i + 1 < ms.length; i++) {
    const [o, x] = [ms[i]!, ms[i + 1]!];
    if (o.kind !== "ORGANIZATION" || !/^(?:[’']s)?\s+$/.test(text.slice(o.end, x.start))) continue;
    if (x.kind === "CONVENTION") add("PROMOTES", o.id, x.id, "name-prefix", 0.7);
    if (x.kind === "INITIATIVE") add("LEADS", o.id, x.id, "name-prefix", 0.75);
  }

  // "one of the flagship programmes of IOM, Migration for Development in Africa (MIDA)".
  for (const o of ms) {
    if (o.kind !== "ORGANIZATION" || !/\b(?:programmes?|programs?|projects?|initiatives?) of (?:the\s+)?$/i.test(text.slice(Math.max(0, o.start - 30), o.start))) continue;
    const ini = ms.find((m) => m.kind === "INITIATIVE" && m.start >= o.end && /^[\s,:–-]*(?:the\s+)?$/.test(text.slice(o.end, m.start)));
    if (ini) add("LEADS", o.id, ini.id, "programme-of", 0.75);
  }

  // Stated partnerships between organizations.
  for (const p of text.matchAll(PARTNERSHIP)) {
    const pStart = p.index!;
    const pEnd = pStart + p[0].length;
    const clauseEnd = Math.min(endOfClause(text, pEnd), pEnd + WINDOW);
    const partners = listAt(ms, text, pEnd, clauseEnd).filter((m) => m.kind === "ORGANIZATION");
    if (/between$/.test(p[0])) {
      for (let i = 0; i < partners.length; i++) for (let j = i + 1; j < partners.length; j++) add("PARTNERS_WITH", partners[i]!.id, partners[j]!.id, "partnership-phrase", 0.75);
      continue;
    }
    let subjects = subjectsBefore(ms, text, pStart).filter((m) => m.kind === "ORGANIZATION");
    let confidence = 0.75;
    if (subjects.length === 0 && owner && !ms.some((m) => m.kind === "ORGANIZATION" && m.end <= pStart)) {
      subjects = [{ id: owner, kind: "ORGANIZATION", isEvent: false, start: -1, end: -1 }];
      confidence = 0.6;
    }
    for (const s of subjects) for (const o of partners) add("PARTNERS_WITH", s.id, o.id, "partnership-phrase", confidence);
  }

  // Initiatives and the countries they run in; initiatives within larger ones; meetings and their hosts.
  for (const c of ms.filter((m) => m.kind === "COUNTRY")) {
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const initiative = [...ms].reverse().find((m) => m.kind === "INITIATIVE" && m.end <= c.start && c.start - m.end <= 120);
    if (initiative && OPERATES_BEFORE_COUNTRY.test(before) && inCountryList(text, ms, initiative.end, c.start)) {
      add("OPERATES_IN", initiative.id, c.id, "initiative-in-country", 0.65);
    }
    const event = [...ms].reverse().find((m) => m.isEvent && m.end <= c.start && c.start - m.end <= 30);
    if (event && /\b(in|held in|hosted by(?: the Government of)?|,)\s*(?:the\s+)?$/.test(before)) add("HOSTED", c.id, event.id, "event-in-country", 0.8);
  }
  for (const a of ms.filter((m) => m.kind === "INITIATIVE")) {
    const b = ms.find((m) => (m.kind === "INITIATIVE" || (m.kind === "FORUM" && !m.isEvent)) && m.start > a.end && m.start - a.end <= 60 && PART_OF.test(text.slice(a.end, m.start)));
    if (b) add("PART_OF", a.id, b.id, "part-of-phrase", 0.65);
  }
}

/** A list runs to the next semicolon or the end of the sentence. */
function endOfList(text: string, from: number): number {
  const semi = text.indexOf(";", from);
  return semi === -1 ? text.length : semi;
}

function endOfClause(text: string, from: number): number {
  // A clause also ends where someone else's role begins: ", with the support of the GFMD Chair".
  const m = /[;:]|\.\s|\s(?:while|whereas|but|which)\s|,\s+with\s|\bwith the (?:support|help|assistance) of\b/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Entities in a list starting at `from`: "A, B and C" (separators only). */
function listAt(ms: M[], text: string, from: number, to: number): M[] {
  const out: M[] = [];
  let cursor = from;
  for (const m of ms) {
    if (m.start < from || m.end > to) continue;
    const gap = text.slice(cursor, m.start);
    if (out.length > 0 && !/^[\s,]*(?:and|or|as well as)?\s*(?:the\s+)?(?:UN\s+)?$/i.test(gap)) break;
    if (out.length === 0 && !/^\s*(?:the\s+)?(?:Government of\s+)?$/i.test(gap) && gap.length > 12) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

/**
 * The organizations (or countries) right before the verb: "IOM and UNDP launched".
 * A chain introduced by a preposition ("with the support of UN Women and IOM")
 * is not the subject; the search goes on to the left of it.
 */
function subjectsBefore(ms: M[], text: string, verbStart: number): M[] {
  // "the EU Trafficking Directive", "the UN System Task Team": a name inside a longer name is not a subject.
  const before = ms.filter((m) => m.end <= verbStart && (m.kind === "ORGANIZATION" || m.kind === "COUNTRY") && !/^\s+[A-Z][a-z]/.test(text.slice(m.end, m.end + 3)));
  let cursor = verbStart;
  let i = before.length - 1;
  while (i >= 0) {
    const first = before[i]!;
    const gap = text.slice(first.end, cursor);
    if (gap.length > 80 || /[;:]/.test(gap) || (cursor === verbStart && /\b(Member States|States|Governments?|partners|donors)\b/.test(gap))) return [];
    const chain = [first];
    let j = i - 1;
    while (j >= 0 && /^[\s,]*(?:and|as well as)?\s*(?:the\s+)?$/i.test(text.slice(before[j]!.end, chain[chain.length - 1]!.start))) chain.push(before[j--]!);
    const head = chain[chain.length - 1]!;
    const lead = text.slice(Math.max(0, head.start - 24), head.start);
    if (!/\b(with|by|of|to|from|for|between|among|including|in|on|at|like|such as)\s+(?:the\s+)?(?:support of\s+(?:the\s+)?)?$/i.test(lead)) return chain;
    cursor = head.start;
    i = j;
  }
  return [];
}

function inCountryList(text: string, ms: M[], from: number, countryStart: number): boolean {
  const between = text.slice(from, countryStart);
  return !/[;]/.test(between) && !ms.some((m) => m.kind === "ORGANIZATION" && m.start >= from && m.end <= countryStart && /\b(by|from|with)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 12), m.start)));
}
