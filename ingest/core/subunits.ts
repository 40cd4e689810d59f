import { evidenceId, relationId } from "../../src/ontology/ids.js";
import { allowsEndpoints, type EntityKind, type RelationType } from "../../src/ontology/ontology.js";
import { canonicalId } from "./EntityMap.js";
import type { ParentLink, Recognised } from "./recognise.js";
import type { EntityRecord, Mention, Passage, RelationRecord, StructuredDocument } from "./types.js";

/**
 * PART_OF from a sub-unit to its parent body ("UNICEF’s Division of X",
 * "the Labour Mobility Unit of the ILO", "the GMG Working Group on X"), with
 * the sentence that names the sub-unit as evidence. Emitted only when the
 * ontology allows PART_OF between the two kinds and the text states the link
 * (SUBUNIT_EVIDENCE); `allows` is injectable for tests.
 */
export function subunitRelations(
  doc: StructuredDocument,
  recognised: Recognised,
  entities: Map<string, EntityRecord>,
  allows: (type: RelationType, from: EntityKind, to: EntityKind) => boolean = allowsEndpoints,
): RelationRecord[] {
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const out = new Map<string, RelationRecord>();
  // The document's mentions by sentence, once: scanning them all for every link was quadratic in a long document.
  const bySentence = new Map<string, Mention[]>();
  for (const x of recognised.mentions) {
    const key = `${x.passageId}|${x.sentenceIndex}`;
    (bySentence.get(key) ?? bySentence.set(key, []).get(key)!).push(x);
  }
  const add = (child: EntityRecord, parent: EntityRecord, mention: Mention, method: string, confidence: number) => {
    const passage = passages.get(mention.passageId)!;
    const sentence = passage.sentences[mention.sentenceIndex]!;
    const id = relationId("PART_OF", child.id, parent.id);
    const rel = out.get(id) ?? { id, type: "PART_OF" as const, sourceId: child.id, targetId: parent.id, year: null, role: null, confidence: 0, method, evidence: [] };
    const evId = evidenceId(id, passage.id, sentence.start, sentence.end);
    if (!rel.evidence.some((e) => e.id === evId)) {
      rel.evidence.push({ id: evId, relationId: id, passageId: passage.id, documentId: doc.id, section: passage.section, text: sentence.text, start: sentence.start, end: sentence.end, method, confidence });
    }
    if (confidence > rel.confidence) {
      rel.confidence = confidence;
      rel.method = method;
    }
    out.set(id, rel);
  };
  /** Parents a link guessed or read but no passage stated: child → parent. */
  const unstated = new Map<string, string>();
  for (const link of recognised.parents) {
    const child = link.mention.entityId ? entities.get(link.mention.entityId) : undefined;
    // The parent read on the page may have been folded into another variant's id since (resolve.ts).
    const parent = entities.get(canonicalId(entities, link.parentId));
    const passage = passages.get(link.mention.passageId);
    const sentence = passage?.sentences[link.mention.sentenceIndex];
    if (!child || !parent || !passage || !sentence || child.id === parent.id) continue;
    // A chapter's agency guessed as parent yields to the parent the text states elsewhere (ownerFold.ts).
    if (link.method === "subunit-chapter" && child.parentId && child.parentId !== parent.id) continue;
    if (!allows("PART_OF", child.kind, parent.kind)) continue;
    if (!stated(link, parent.id, child.name, passage, bySentence.get(`${link.mention.passageId}|${link.mention.sentenceIndex}`) ?? [])) {
      unstated.set(child.id, parent.id);
      continue;
    }
    add(child, parent, link.mention, link.method, link.confidence);
  }
  // "the UN DESA Population Division", "the UNESCO Institute for Statistics": a part whose parent is known and whose
  // written name holds the parent's name or acronym states the link itself.
  for (const m of recognised.mentions) {
    const child = m.entityId ? entities.get(m.entityId) : undefined;
    const parent = child?.parentId ? entities.get(child.parentId) : undefined;
    if (!child || !parent || child.isEvent || child.id === parent.id || !allows("PART_OF", child.kind, parent.kind)) continue;
    if (SUBUNIT_EVIDENCE.independentHeads.test(child.name) || !namesParent(m.surface, parent)) continue;
    if (!passages.get(m.passageId)?.sentences[m.sentenceIndex]) continue;
    add(child, parent, m, "subunit-name", 0.8);
  }
  // A parent no passage states is none: "the ASEAN Trade Union Council" is a body of its own, and a body named alone in
  // an agency's chapter is not the agency's by that alone. The name it was given stays its natural key.
  for (const [childId, parentId] of unstated) {
    const child = entities.get(childId);
    // On a copy: the record is shared with every other document (DocumentEntities.ts), and the merge removes the parent.
    if (child?.origin === "discovered" && child.parentId === parentId && !out.has(relationId("PART_OF", childId, parentId))) {
      const { parentId: _unstated, ...own } = child;
      entities.set(childId, own);
    }
  }
  return [...out.values()];
}

/** Whether the written name holds one of the parent's names or its acronym as whole words, beside words of its own. */
function namesParent(surface: string, parent: EntityRecord): boolean {
  for (const form of [parent.name, parent.acronym, ...parent.aliases]) {
    if (!form || form.length < 2 || form === surface) continue;
    const at = surface.indexOf(form);
    if (at < 0) continue;
    const before = surface[at - 1];
    const after = surface[at + form.length];
    if ((before === undefined || /[\s(]/.test(before)) && (after === undefined || /[\s)]/.test(after))) return true;
  }
  return false;
}

/**
 * When a sub-unit's name states its parent body. Data, with example sentences run by
 * test/unit/subunits.test.ts through the whole pipeline.
 */
export const SUBUNIT_EVIDENCE = {
  /**
   * Bodies that exist on their own whatever region or body they are named after: "ASEAN Confederation of Employers";
   * a civil-society constituency a body recognises, "the UN Major Group for Children and Youth", is not its organ.
   */
  independentHeads: /\b(?:Confederation|Federation|Association|Alliance|Coalition|Chamber|Trade Union|Major Group|Stakeholder Group|Constituenc(?:y|ie)|Caucus(?:e)?)s?\b/,
  /** A body named without its parent in an agency's chapter is the agency's only where the text says so:
   *  "its own Advisory Board", "UNICEF – Division of X", "UNITAR … is governed by a Board of Trustees". */
  ownBefore: /\b(?:[Ii]ts|[Oo]ur|[’']s)\s+own\s+$/,
  parentThenDash: /^\s*[–—:-]\s*$/,
  governedBy: /\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:governed|guided|overseen|directed|headed|advised)\s+by\s+(?:(?:the\s+|an?\s+|its\s+)?(?:[A-Z][\p{L}’'-]*\s+)+(?:,\s*|and\s+))*(?:the\s+|an?\s+|its\s+)?$/u,
  /** "the Committee’s GFMD Task Force": a unit owned by whoever the possessive names, not by the name it carries. */
  possessiveBefore: /([\p{L}.]+)[’']s\s+$/u,
  /** `chapter`: the agency chapter (its heading) the sentence stands in. */
  examples: {
    kept: [
      { text: "The ILO Bureau for Employers’ Activities published a guide.", expect: ["org:ilo-bureau-for-employers-activities", "org:ilo"] },
      { chapter: "United Nations Institute for Training and Research", text: "UNITAR is an autonomous body and is governed by a Board of Trustees.", expect: ["org:unitar-board-of-trustees", "org:unitar"] },
      { chapter: "United Nations Children’s Fund", text: "UNICEF – Division of Policy and Practice published a paper on children left behind.", expect: ["org:unicef-division-of-policy-and-practice", "org:unicef"] },
      { chapter: "International Labour Organization", text: "The ILO relies on its own Advisory Council for this work.", expect: ["org:ilo-advisory-council", "org:ilo"] },
      { chapter: "United Nations Institute for Training and Research", text: "It is governed by the General Assembly and the Board of Trustees.", expect: ["org:unitar-board-of-trustees", "org:unitar"] },
      // A forum's governing body, named with it (governingBody.ts), also when a meeting of it is what the sentence names.
      { text: "Norway chaired the Coastal Fisheries Process Steering Committee in 2015.", expect: ["forum:steering-committee-of-the-coastal-fisheries-process", "forum:coastal-fisheries-process"] },
      { text: "Ghana hosted the ninth meeting of the Steering Committee of the Coastal Fisheries Process.", expect: ["forum:steering-committee-of-the-coastal-fisheries-process", "forum:coastal-fisheries-process"] },
      { text: "The Steering Group of the GFMD met in Geneva.", expect: ["forum:steering-group-of-the-gfmd", "forum:gfmd"] },
      // A catalog part written with its parent's name: the name states the link.
      { text: "The UN DESA Population Division published new estimates.", expect: ["org:un-desa-population-division", "org:un-desa"] },
      { text: "Figures from the UNESCO Institute for Statistics were used.", expect: ["org:unesco-uis", "org:unesco"] },
    ],
    dropped: [
      { text: "The forum brought together the ASEAN Federation of Employers and other regional bodies.", expect: ["org:asean-federation-of-employers", "org:asean"] },
      { text: "Before the 2012 meeting, the Council’s GFMD Working Group asked members for examples.", expect: ["forum:gfmd-working-group", "forum:gfmd"] },
      // A body named in an agency's chapter is not the agency's by that alone.
      { chapter: "International Labour Organization", text: "In April 2012 the Advisory Council developed a model memorandum of understanding between States.", expect: ["org:ilo-advisory-council", "org:ilo"] },
      // A secretariat is one office of many a forum may be served by, not a body of its own.
      { text: "The Secretariat of the Coastal Fisheries Process sent a note.", expect: ["forum:secretariat-of-the-coastal-fisheries-process", "forum:coastal-fisheries-process"] },
      // A constituency named after the body that recognises it is no part of that body.
      { text: "Young delegates of the UN Major Group for Children and Youth (UNMGCY) met IOM staff in Geneva.", expect: ["forum:un-major-group-for-children-and-youth", "org:un"] },
      // A programme's edition named beside the programme itself acts as a second project (ownerEdition.ts): no stated part.
      { text: "The Safer Coasts Programme (SCP) started in 2010.\n\nSince 2013 SCP and ASEAN SCP have supported the meetings jointly.", expect: ["ini:asean-scp", "ini:safer-coasts-programme"] },
      { text: "The Safer Coasts Programme (SCP) started in 2010. Its second phase, SCP II, began in 2015.\n\nSince 2016 SCP II and ASEAN SCP have supported the meetings jointly.", expect: ["ini:asean-scp", "ini:safer-coasts-programme"] },
      // A catalog part written without its parent: the catalog knows the parent, the sentence does not state it.
      { text: "The Population Division published new estimates.", expect: ["org:un-desa-population-division", "org:un-desa"] },
    ],
  } as Record<"kept" | "dropped", Array<{ chapter?: string; text: string; expect: [string, string] }>>,
};

/** `mentions`: those of the link's sentence. */
function stated(link: ParentLink, parentId: string, childName: string, passage: Passage, mentions: Mention[]): boolean {
  const text = passage.text;
  const m = link.mention;
  const before = text.slice(passage.sentences[m.sentenceIndex]!.localStart, m.localStart);
  const parentMentions = mentions.filter((x) => x.entityId === parentId && x.localEnd <= m.localStart);
  if (link.method === "subunit-chapter") {
    if (SUBUNIT_EVIDENCE.ownBefore.test(before)) return true;
    if (parentMentions.some((p) => SUBUNIT_EVIDENCE.parentThenDash.test(text.slice(p.localEnd, m.localStart)))) return true;
    // The parent (or "It" opening the sentence) governed by the body: "UNAIDS is guided by a Programme Coordinating Board".
    return SUBUNIT_EVIDENCE.governedBy.test(before) && (parentMentions.length > 0 || /^\s*It\b/.test(before));
  }
  if (SUBUNIT_EVIDENCE.independentHeads.test(childName)) return false;
  const possessor = SUBUNIT_EVIDENCE.possessiveBefore.exec(before);
  // The possessive may name the parent itself ("the Organization’s Maritime Safety Committee", "its Regional Office").
  if (possessor && !/^[Ii]ts$/.test(possessor[1]!) && !parentMentions.some((p) => p.localEnd === m.localStart - possessor[0].length + possessor[1]!.length)) return false;
  return true;
}
