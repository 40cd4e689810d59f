import { evidenceId, relationId } from "../../src/ontology/ids.js";
import type { NameFinder } from "./placesInOwnName.js";
import { stateStyleSource } from "./stateStyle.js";
import type { EntityRecord, Mention, RelationRecord, StructuredDocument } from "./types.js";

/**
 * PARTIES_IN_TREATY_NAME: a treaty named by its parties ("the Agreement between the Government of A and the Government
 * of B on X", "the Protocol concerning X between A, B and C", TREATY_PARTIES) says in its own name which states are
 * bound by it: each state in the list after "between" is a party, RATIFIED as the ontology reads a party, wherever the
 * name is written. Only the list right after "between", up to the treaty's subject, is read, and only where nothing but
 * the parties and the words that join them stand there: a state named in the subject ("… on Workers of Ghana") is
 * what the treaty is about, not who signed it, and a body among the parties (UNHCR in a host country agreement) is
 * no state that ratifies.
 */
export const PARTIES_IN_TREATY_NAME_EXAMPLES = {
  positive: [
    { text: "The first step was the Protocol concerning the Abolition of Visas for Ferry Crews between Denmark, Finland and Sweden, signed in 1952.", expect: ["RATIFIED", "Finland", "Protocol concerning the Abolition of Visas for Ferry Crews between Denmark, Finland and Sweden"] },
    { text: "The Agreement between the Government of Kenya and the Government of Uganda on Seasonal Workers entered into force in 2005.", expect: ["RATIFIED", "Uganda", "Agreement between the Government of Kenya and the Government of Uganda on Seasonal Workers"] },
    // Any state's style may stand before a party, and a state named with its style ("the Republic of Korea") is one party.
    { text: "The Agreement between the Republic of Korea and the Kingdom of Cambodia on Seasonal Workers entered into force in 2005.", expect: ["RATIFIED", "Republic of Korea", "Agreement between the Republic of Korea and the Kingdom of Cambodia on Seasonal Workers"] },
    { text: "The Agreement between the Republic of Korea and the Kingdom of Cambodia on Seasonal Workers entered into force in 2005.", expect: ["RATIFIED", "Cambodia", "Agreement between the Republic of Korea and the Kingdom of Cambodia on Seasonal Workers"] },
    { text: "The Memorandum of Understanding between the Federal Government of Nigeria and the Kingdom of Jordan on Labour Migration was signed in 2010.", expect: ["RATIFIED", "Jordan", "Memorandum of Understanding between the Federal Government of Nigeria and the Kingdom of Jordan on Labour Migration"] },
  ],
  negative: [
    // A body among the parties ratifies nothing.
    { text: "Parliament approved the Host Country Agreement between Chile and UNHCR in 2018.", expect: ["RATIFIED", "Office of the United Nations High Commissioner for Refugees", "Host Country Agreement between Chile and UNHCR"] },
    // A state in the subject is what the treaty is about.
    { text: "The Agreement between Kenya and Uganda on Fishers of Tanzania entered into force in 2005.", expect: ["RATIFIED", "Tanzania", "Agreement between Kenya and Uganda on Fishers of Tanzania"] },
  ],
} as const;

const METHOD = "parties-in-treaty-name";
/** Two names joined by a dash opening a treaty's title, as far as the space after them (DASHED_PARTY_TREATIES). */
const DASHED_PAIR = /^[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*[-–—][\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*?(?=\s)/u;
/** The parties' list: after "between", up to the subject the title closes on. */
const PARTIES = /\sbetween\s+(.*?)(?=\s+(?:on|concerning|regarding|for|relating\s+to)\s|$)/;
/** What may stand between two parties: commas, "and", "the", a state's style ("the Government(s) of (the)", "the Kingdom of"). */
const GLUE = new RegExp(`^(?:,?\\s*(?:and\\s+)?)?(?:the\\s+)?(?:${stateStyleSource()})?$`);

/** RATIFIED links read from the parties named in treaties' own titles in one document's mentions. */
export function partiesInTreatyName(doc: StructuredDocument, mentions: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>, finder: NameFinder): RelationRecord[] {
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const out = new Map<string, RelationRecord>();
  const read = new Map<string, string[]>();
  for (const m of mentions) {
    const treaty = m.entityId ? entities.get(m.entityId) : undefined;
    const passage = passages.get(m.passageId);
    if (!treaty || treaty.kind !== "CONVENTION" || !passage) continue;
    const name = passage.text.slice(m.localStart, m.localEnd);
    if (!name.includes(" between ") && !DASHED_PAIR.test(name)) continue;
    const states = read.get(name) ?? statesParty(name, finder, entities);
    read.set(name, states);
    const sentence = passage.sentences[m.sentenceIndex];
    if (states.length === 0 || !sentence) continue;
    for (const state of states) {
      const id = relationId("RATIFIED", state, treaty.id);
      const rel = out.get(id) ?? { id, type: "RATIFIED" as const, sourceId: state, targetId: treaty.id, year: null, role: null, confidence: 0.7, method: METHOD, evidence: [] };
      const evId = evidenceId(id, passage.id, sentence.start, sentence.end);
      if (!rel.evidence.some((e) => e.id === evId)) rel.evidence.push({ id: evId, relationId: id, passageId: passage.id, documentId: doc.id, section: passage.section, text: sentence.text, start: sentence.start, end: sentence.end, method: METHOD, confidence: 0.7 });
      out.set(id, rel);
    }
  }
  return [...out.values()];
}

/** The states in a treaty title's list of parties, where the list holds nothing but parties and the words joining them. */
function statesParty(name: string, finder: NameFinder, entities: ReadonlyMap<string, EntityRecord>): string[] {
  const pair = DASHED_PAIR.exec(name);
  if (pair) {
    // "Greece–Turkey readmission agreement": the two names the dash joins, opening the title, are its parties.
    const found = finder.findAll(pair[0]).sort((a, b) => a.start - b.start);
    const [a, b] = found;
    if (found.length !== 2 || a!.start !== 0 || b!.end !== pair[0].length || !/^[-–—]$/.test(pair[0].slice(a!.end, b!.start))) return [];
    return [a!.entityId, b!.entityId].filter((id) => entities.get(id)?.kind === "COUNTRY");
  }
  const list = PARTIES.exec(name);
  if (!list) return [];
  const text = list[1]!;
  const found = finder.findAll(text).sort((a, b) => a.start - b.start);
  if (found.length < 2) return [];
  let at = 0;
  for (const f of found) {
    if (f.start < at || !GLUE.test(text.slice(at, f.start))) return [];
    at = f.end;
  }
  if (at !== text.length) return [];
  return [...new Set(found.map((f) => f.entityId).filter((id) => entities.get(id)?.kind === "COUNTRY"))];
}
