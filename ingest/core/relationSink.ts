import { evidenceId, relationId } from "../../src/ontology/ids.js";
import { RELATION_TYPES, allowsEndpoints, type RelationSpec } from "../../src/ontology/ontology.js";
import { notADeclarationEnd } from "./declarationEnds.js";
import { runsOverFounds } from "./founderBesideRunner.js";
import { callsItsOwnMeeting } from "./ownMeeting.js";
import { meetingStated } from "./meetingStated.js";
import { namesAClass } from "./notAnEnd.js";
import type { Add } from "./patternRules.js";
import type { EntityRecord, Passage, RelationRecord, Warning } from "./types.js";

/** What every sentence's sink writes into: one document's relations and warnings. */
export interface RelationStore {
  documentId: string;
  entities: Map<string, EntityRecord & { parentId?: string }>;
  eventFor: (forumId: string, year: number, known?: boolean) => string | null;
  relations: Map<string, RelationRecord>;
  warnings: Warning[];
  /** The state a ministry named with it acts for (stateMinistry.ts), or null. */
  stateOf?: (id: string, name: string) => string | null;
}

/** The sentence a relation is read from: its passage, text and offsets, and the ids it names itself. */
export interface SentenceAt {
  passage: Passage;
  text: string;
  start: number;
  end: number;
  namesItself: (id: string) => boolean;
  /** Where the sentence mentions an entity, by name or description (offsets in `text`). */
  spans?: (id: string) => ReadonlyArray<{ start: number; end: number }>;
  /** Ids the sentence names only as set apart by a contrast ("Nepal, not Bhutan, attended"): no end here. */
  setApart?: (id: string) => boolean;
}

/**
 * The `Add` every reader of one sentence calls: it turns a standing forum a host or organizer acts on into
 * the meeting the sentence dates, drops what the ontology forbids (with a warning), keeps each sentence that
 * states a relation as its evidence, and records in `linked` the pairs some reader linked here.
 */
export function sentenceSink(store: RelationStore, at: SentenceAt, linked: Set<string>): Add {
  const { entities, eventFor, relations, warnings } = store;
  const { passage, text } = at;
  const add: Add = (type, sourceId, targetId, method, confidence, extra = {}) => {
    if (sourceId === targetId || at.setApart?.(sourceId) || at.setApart?.(targetId)) return;
    linked.add(`${sourceId}|${targetId}`).add(`${targetId}|${sourceId}`);
    // "Greece hosted the Forum in 2009", "hosted the fourth meeting": a host hosts one meeting of a standing forum.
    // Organizing a standing forum in a stated year ("the GFR in Bangkok, which ran in May 2013 and was organized by IFAD")
    // is organizing that year's meeting, as hosting is; with no year stated it stays the forum.
    const organizes = type === "LEADS" && method.startsWith("rule:leads-organize-meeting");
    if ((type === "HOSTED" || organizes) && entities.get(targetId)?.kind === "FORUM" && !entities.get(targetId)?.isEvent) {
      // A meeting is made for the year only where the sentence names the forum; an unwritten one (the page's topic) may be another's.
      const namedHere = at.namesItself(targetId);
      // An organizer is read against the meetings known only: a one-off "Regional Consultation …" held in 2010 is no series.
      const meeting = meetingStated(text, targetId, (f, y) => eventFor(f, y, !namedHere || organizes), entities.values());
      if (!meeting && !organizes) return;
      if (meeting) targetId = meeting;
    }
    const spec: RelationSpec = RELATION_TYPES[type];
    const s = entities.get(sourceId);
    const t = entities.get(targetId);
    if (namesAClass(s) || namesAClass(t)) return;
    // "The Dutch Ministry of Foreign Affairs funds X", "hosted by the Djiboutian Ministry of Interior": the state acts
    // through its ministry, also where only a state may be the source (HOSTED).
    const state = s?.kind === "ORGANIZATION" && !method.endsWith("+state") ? store.stateOf?.(sourceId, s.name) : null;
    if (state && state !== targetId) add(type, state, targetId, `${method}+state`, confidence - 0.05, extra);
    // A dated meeting has participants, not members: "The meeting admitted Cambodia as a member of the Process".
    if (type === "MEMBER_OF" && t?.isEvent) return;
    // A declaration is adopted and backed, never joined or attended (DECLARATION_ENDS).
    if (notADeclarationEnd(type, t)) return;
    // A meeting the sentence calls the source's own conference, in apposition to it, is one it holds (OWN_MEETING).
    if (type === "PARTICIPATES_IN" && t?.kind === "FORUM" && callsItsOwnMeeting(text, s, at.spans?.(targetId) ?? [])) return;
    // "The Commission held its 31st session": a body's own sitting is its part (PART_OF), not a meeting it organizes or attends.
    if (t?.isEvent && t.parentId === sourceId && type !== "PART_OF") return;
    if (!s || !t || !allowsEndpoints(type, s.kind, t.kind) || (spec.toEventOnly && !t.isEvent)) {
      warnings.push({ documentId: store.documentId, stage: "relate", message: `dropped ${type} ${sourceId} -> ${targetId}: endpoints not allowed by the ontology` });
      return;
    }
    if (spec.symmetric && sourceId > targetId) [sourceId, targetId] = [targetId, sourceId];
    // HOSTED and CHAIRED carry the meeting's year; CHAIRED keeps the period as stated.
    const year = (type === "HOSTED" || type === "CHAIRED") && t.isEvent ? (t.year ?? extra.year ?? null) : (extra.year ?? null);
    const role = type === "CHAIRED" ? (extra.role ?? (year ? String(year) : null)) : (extra.role ?? null);
    const id = relationId(type, sourceId, targetId, spec.keyedByRole ? role : null);
    const rel = relations.get(id) ?? { id, type, sourceId, targetId, year, role, confidence: 0, method, evidence: [] };
    const evId = evidenceId(id, passage.id, at.start, at.end);
    const seen = rel.evidence.find((e) => e.id === evId);
    if (!seen) {
      rel.evidence.push({ id: evId, relationId: id, passageId: passage.id, documentId: store.documentId, section: passage.section, text, start: at.start, end: at.end, method, confidence });
    } else if (confidence > seen.confidence) Object.assign(seen, { confidence, method });
    else if (type === "LEADS" && runsOverFounds(seen.method, method)) seen.method = method;
    relations.set(id, rel);
    // A meeting only the page's title or a heading names ("Coastal Forum 2011 … Host country: Ghana") is still its
    // series' meeting: the link every named meeting gets from its name (patternRules.ts, "event-name").
    if (type !== "PART_OF" && t.isEvent && t.parentId && !at.namesItself(targetId)) add("PART_OF", targetId, t.parentId, "event-name+topic", 0.8);
  };
  return add;
}
