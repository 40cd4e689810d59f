import type { EntityKind } from "../../src/ontology/ontology.js";
import type { EntityRecord, Mention, StructuredDocument } from "./types.js";

/** "A, known as B", "A (B)", "A, which most people call B": a name and the name it goes by. */
const GOES_BY = /^\s*(?:,?\s*(?:(?:also|better|commonly|now|usually|often|generally)\s+)?(?:known as|called|referred to as)|\(|,?\s*(?:which|that)\s+(?:\w+\s+){0,2}calls?)\s+(?:the\s+)?$/i;

/**
 * Relations go to the name a body goes by: "the EU-Horn of Africa Migration Route Initiative (Khartoum Process)"
 * is one body, and what the page says of either is said of the forum. A name found only in this
 * document goes to the other one (the catalog's, or the forum's when the kinds differ).
 */
export function namesGoneBy(doc: StructuredDocument, byPassage: Map<string, Mention[]>, entities: ReadonlyMap<string, EntityRecord>): Map<string, string> {
  const out = new Map<string, string>();
  const bodies = new Set<EntityKind>(["FORUM", "INITIATIVE"]);
  for (const passage of doc.passages) {
    const ms = (byPassage.get(passage.id) ?? []).slice().sort((a, b) => a.localStart - b.localStart);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = entities.get(ms[i]!.entityId!);
      const b = entities.get(ms[i + 1]!.entityId!);
      if (!a || !b || a.id === b.id || !bodies.has(a.kind) || !bodies.has(b.kind) || a.isEvent || b.isEvent) continue;
      if (!GOES_BY.test(passage.text.slice(ms[i]!.localEnd, ms[i + 1]!.localStart))) continue;
      const discovered = (e: EntityRecord) => (e as { origin?: string }).origin === "discovered";
      if (!discovered(a) && !discovered(b)) continue;
      const [from, to] = discovered(a) !== discovered(b) ? (discovered(a) ? [a, b] : [b, a]) : a.kind !== b.kind ? (a.kind === "FORUM" ? [b, a] : [a, b]) : [a, b];
      if (!out.has(to.id)) out.set(from.id, to.id);
    }
  }
  return out;
}
