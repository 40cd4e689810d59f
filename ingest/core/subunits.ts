import { evidenceId, relationId } from "../../src/ontology/ids.js";
import { allowsEndpoints, type EntityKind, type RelationType } from "../../src/ontology/ontology.js";
import type { Recognised } from "./recognise.js";
import type { EntityRecord, RelationRecord, StructuredDocument } from "./types.js";

/**
 * PART_OF from a sub-unit to its parent body ("UNICEF’s Division of X",
 * "the Labour Mobility Unit of the ILO", "the GMG Working Group on X"), with
 * the sentence that names the sub-unit as evidence. Emitted only when the
 * ontology allows PART_OF between the two kinds; `allows` is injectable for tests.
 */
export function subunitRelations(
  doc: StructuredDocument,
  recognised: Recognised,
  entities: Map<string, EntityRecord>,
  allows: (type: RelationType, from: EntityKind, to: EntityKind) => boolean = allowsEndpoints,
): RelationRecord[] {
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const out = new Map<string, RelationRecord>();
  for (const link of recognised.parents) {
    const child = link.mention.entityId ? entities.get(link.mention.entityId) : undefined;
    const parent = entities.get(link.parentId);
    const passage = passages.get(link.mention.passageId);
    const sentence = passage?.sentences[link.mention.sentenceIndex];
    if (!child || !parent || !passage || !sentence || child.id === parent.id) continue;
    // A chapter's agency guessed as parent yields to the parent the text states elsewhere (ownerFold.ts).
    if (link.method === "subunit-chapter" && child.parentId && child.parentId !== parent.id) continue;
    if (!allows("PART_OF", child.kind, parent.kind)) continue;
    const id = relationId("PART_OF", child.id, parent.id);
    const rel = out.get(id) ?? { id, type: "PART_OF" as const, sourceId: child.id, targetId: parent.id, year: null, role: null, confidence: 0, method: link.method, evidence: [] };
    const evId = evidenceId(id, passage.id, sentence.start, sentence.end);
    if (!rel.evidence.some((e) => e.id === evId)) {
      rel.evidence.push({ id: evId, relationId: id, passageId: passage.id, documentId: doc.id, section: passage.section, text: sentence.text, start: sentence.start, end: sentence.end, method: link.method, confidence: link.confidence });
    }
    if (link.confidence > rel.confidence) {
      rel.confidence = link.confidence;
      rel.method = link.method;
    }
    out.set(id, rel);
  }
  return [...out.values()];
}
