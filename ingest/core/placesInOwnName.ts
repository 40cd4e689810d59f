import { evidenceId, relationId } from "../../src/ontology/ids.js";
import type { EntityRecord, Mention, RelationRecord, StructuredDocument } from "./types.js";

/**
 * PLACES_IN_OWN_NAME: an initiative whose own name closes on the states it works in, "… in A, B and C" ("Local
 * Integration of Fishers in Ghana, Togo and Benin", "Safe Ports in Ghana") or on one state right after its
 * capitalised words ("Harbour Net Ghana"), operates in them, wherever the name is written. Only a closing list after
 * "in" counts: a state after "from", "for", "with" or "between" ("… for Refugees from Venezuela", "Partnership with
 * Ghana") is an origin, a beneficiary or a partner, and a state inside the name before other words ("Ghana Coastal
 * Return Programme in the Sahel") is not where it works either.
 */
export const PLACES_IN_OWN_NAME_EXAMPLES = {
  positive: [
    { text: "IOM ran the project Local Integration of Fishers in Ghana, Togo and Benin, which ended in 2020.", expect: ["OPERATES_IN", "Local Integration of Fishers in Ghana, Togo and Benin", "Benin"] },
    { text: "A sub-project known as Harbour Net Ghana trained port staff.", expect: ["OPERATES_IN", "Harbour Net Ghana", "Ghana"] },
    // A quoted title keeps no mentions inside it: the states are read from its words.
    { text: "One example is \"Local Support to Fishers in Togo and Benin (Phase 1)\", a two-year UNHCR project.", expect: ["OPERATES_IN", "Local Support to Fishers in Togo and Benin", "Togo"] },
  ],
  negative: [
    { text: "UNHCR leads the Coastal Platform for Refugees from Venezuela, set up in 2018.", expect: ["OPERATES_IN", "Coastal Platform for Refugees from Venezuela", "Venezuela"] },
    { text: "The Togo Fishers Return Programme in the Sahel began in 2019.", expect: ["OPERATES_IN", "Togo Fishers Return Programme in the Sahel", "Togo"] },
    { text: "Ghana joined the \"Coastal Partnership with Togo\" initiative in 2019.", expect: ["OPERATES_IN", "Coastal Partnership with Togo", "Togo"] },
    // A lake, a river or a basin named for a state is no state: "Lake Chad" after "in the Sahel and".
    { text: "IOM leads the Joint Initiative in the Sahel and Lake Chad, which Norway funds.", expect: ["OPERATES_IN", "Joint Initiative in the Sahel and Lake Chad", "Chad"] },
  ],
} as const;

const SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
const METHOD = "places-in-own-name";

/** Finds catalog names in a text: the pipeline's matcher. */
export interface NameFinder {
  findAll(text: string): Array<{ entityId: string; start: number; end: number }>;
}

/**
 * OPERATES_IN links read from initiatives' own names in one document's mentions. The states are read from the name's
 * own words, as the catalog matcher finds them there: a quoted title keeps no mentions of its own inside it.
 */
export function placesInOwnName(doc: StructuredDocument, mentions: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>, finder: NameFinder): RelationRecord[] {
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const out = new Map<string, RelationRecord>();
  const read = new Map<string, string[]>();
  for (const m of mentions) {
    const ini = m.entityId ? entities.get(m.entityId) : undefined;
    const passage = passages.get(m.passageId);
    if (!ini || ini.kind !== "INITIATIVE" || ini.isEvent || !passage) continue;
    const name = passage.text.slice(m.localStart, m.localEnd);
    const states = read.get(name) ?? statesClosing(name, finder, entities);
    read.set(name, states);
    const sentence = passage.sentences[m.sentenceIndex];
    if (states.length === 0 || !sentence) continue;
    for (const state of states) {
      if (state === ini.id) continue;
      const id = relationId("OPERATES_IN", ini.id, state);
      const rel = out.get(id) ?? { id, type: "OPERATES_IN" as const, sourceId: ini.id, targetId: state, year: null, role: null, confidence: 0.7, method: METHOD, evidence: [] };
      const evId = evidenceId(id, passage.id, sentence.start, sentence.end);
      if (!rel.evidence.some((e) => e.id === evId)) rel.evidence.push({ id: evId, relationId: id, passageId: passage.id, documentId: doc.id, section: passage.section, text: sentence.text, start: sentence.start, end: sentence.end, method: METHOD, confidence: 0.7 });
      out.set(id, rel);
    }
  }
  return [...out.values()];
}

/** The states that close a name as one list after "in", or the one state right after its capitalised words. */
function statesClosing(name: string, finder: NameFinder, entities: ReadonlyMap<string, EntityRecord>): string[] {
  if (!/\s[A-Z][\p{L}-]*$/u.test(name)) return [];
  const inside = finder.findAll(name).filter((x) => x.start > 0 && entities.get(x.entityId)?.kind === "COUNTRY").sort((a, b) => a.start - b.start);
  if (inside.length === 0 || inside.at(-1)!.end !== name.length) return [];
  // The states must close the name as one list: only separators between them.
  let first = inside.length - 1;
  while (first > 0 && SEPARATOR.test(name.slice(inside[first - 1]!.end, inside[first]!.start))) first--;
  const before = name.slice(0, inside[first]!.start);
  const listed = inside.slice(first);
  const afterIn = /\s+in\s+(?:the\s+)?$/.test(before);
  // A coined name closed by one state, "Harbour Net Ghana": no small word anywhere in it ("… in the Sahel and Lake Chad" names a lake).
  const closing = listed.length === 1 && /[A-Z][\p{L}-]*\s+$/u.test(before) && !/\s[a-z]/.test(before);
  return afterIn || closing ? [...new Set(listed.map((x) => x.entityId))] : [];
}
