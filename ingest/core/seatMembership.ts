import { evidenceId, relationId } from "../../src/ontology/ids.js";
import type { EntityRecord, RelationRecord } from "./types.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * One sentence read two ways: "Eight agencies sit on the Executive Committee of the UN Network on Migration: IOM, …" is
 * read as a seat (MEMBER_OF the committee, or the network) and as taking part (PARTICIPATES_IN the network). The seat is
 * the narrower reading: a PARTICIPATES_IN whose every sentence also makes its source a member of its target, or of a body
 * of its target, is that membership. Only links already read are retyped; no new pair is made.
 */
export function membershipOverParticipation(rels: RelationRecord[], entities?: ReadonlyMap<string, EntityRecord>): RelationRecord[] {
  const seats = new Map<string, Set<string>>();
  const at = (source: string, e: RelationRecord["evidence"][number]) => `${source}|${e.passageId}|${e.start}`;
  for (const r of rels) {
    if (r.type !== "MEMBER_OF") continue;
    for (const e of r.evidence) (seats.get(at(r.sourceId, e)) ?? seats.set(at(r.sourceId, e), new Set()).get(at(r.sourceId, e))!).add(r.targetId);
  }
  if (seats.size === 0) return rels;
  // The body a seat is on is the target, or one of its parts: one it is the parent of, or named after it ("the Executive
  // Committee of the UN Network on Migration", a governing body whose PART_OF link is only made after relating).
  const seatOf = (body: string, target: string) => body === target || entities?.get(body)?.parentId === target || namedAfter(entities?.get(body), entities?.get(target));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const dropped = new Set<RelationRecord>();
  /** MEMBER_OF from `r`'s source to `target`, new or the one already read, carrying each of `r`'s passages once. */
  const addMembership = (r: RelationRecord, target: string) => {
    const id = relationId("MEMBER_OF", r.sourceId, target);
    const member = byId.get(id) ?? { id, type: "MEMBER_OF" as const, sourceId: r.sourceId, targetId: target, year: r.year, role: null, confidence: 0, method: r.method, evidence: [] };
    for (const e of r.evidence) {
      const evId = evidenceId(id, e.passageId, e.start, e.end);
      if (!member.evidence.some((x) => x.id === evId)) member.evidence.push({ ...e, id: evId, relationId: id, method: `seat:${e.method}` });
    }
    if (!byId.has(id)) {
      byId.set(id, member);
      rels.push(member);
    }
  };
  for (const r of rels) {
    if (r.type !== "PARTICIPATES_IN" || r.evidence.length === 0) continue;
    if (!r.evidence.every((e) => [...(seats.get(at(r.sourceId, e)) ?? [])].some((body) => seatOf(body, r.targetId)))) continue;
    dropped.add(r);
    addMembership(r, r.targetId);
  }
  // A seat on a body's executive organ is a seat among its members: "sit on the Executive Committee of the UN Network".
  for (const r of [...rels]) {
    if (r.type !== "MEMBER_OF") continue;
    const organ = entities?.get(r.targetId);
    const parent = organ && EXECUTIVE_ORGAN.test(organ.name) ? (organ.parentId ?? [...(entities?.values() ?? [])].find((e) => !e.isEvent && namedAfter(organ, e))?.id) : undefined;
    // An agency's executive committee seats states that are no members of the agency: only a forum or programme counts.
    if (!parent || parent === r.sourceId || entities?.get(parent)?.kind === "ORGANIZATION") continue;
    addMembership(r, parent);
  }
  return dropped.size ? rels.filter((r) => !dropped.has(r)) : rels;
}

/** The organs whose seats are held by a body's members (a steering group or bureau may seat others: chairs, donors). */
const EXECUTIVE_ORGAN = /^(?:the\s+)?(?:Executive (?:Committee|Board|Council)|(?:Management|Governing) Board) of\b/i;

/** Whether a body's name ends on "of" and the target's name or acronym: "Steering Committee of the GFMD". */
function namedAfter(body: EntityRecord | undefined, target: EntityRecord | undefined): boolean {
  if (!body || !target) return false;
  const name = body.name.toLowerCase();
  return [target.name, target.acronym, ...target.aliases].some((f) => !!f && f.length > 2 && (name.endsWith(` of ${f.toLowerCase()}`) || name.endsWith(` of the ${f.toLowerCase()}`)));
}

/** Pages run by test/unit/unwrittenEnd.test.ts: a seat is membership, of a programme also through its executive organ; taking part said apart stays. */
export const SEAT_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Page\n\nFour agencies sit on the Executive Committee of KNOMAD: the World Bank, UNHCR, UNDP and the ILO.", expect: ["MEMBER_OF", "org:unhcr", "ini:knomad"] },
    // A seat on a programme's executive organ is membership of the programme.
    { text: "Page\n\nThe World Bank and UNHCR sit on the Executive Board of KNOMAD.", expect: ["MEMBER_OF", "org:unhcr", "ini:knomad"] },
  ],
  negative: [
    // An agency's executive committee: its seats are no membership of the agency.
    { text: "Page\n\nKenya and Uganda sit on the Executive Committee of UNHCR.", expect: ["MEMBER_OF", "ctry:ke", "org:unhcr"] },
    // Taking part and a seat in different sentences: each reading stays.
    { text: "Page\n\nUNHCR takes part in KNOMAD. The World Bank sits on the Steering Committee of KNOMAD.", expect: ["MEMBER_OF", "org:unhcr", "ini:knomad"] },
  ],
};
