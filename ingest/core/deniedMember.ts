import type { EntityRecord, StructuredDocument } from "./types.js";

/**
 * After a body's name, the page saying it is no member: "IOM is a partner of the network and not one of its members",
 * "Japan is not a member", "UNHCR, which is not among its members". The verb must follow the name (or its bracketed
 * acronym, or ", which"): in "IOM supports Ghana, which is not a member" the denial is Ghana's, not IOM's.
 */
const NOT_MEMBER = /^(?:\s*\([^()]{1,20}\))?\s*(?:,\s*which\s+)?(?:is|are|was|were|remains?|remained)\b[^.;:]{0,60}?\bnot\s+(?:(?:one\s+of|among)\s+(?:its|their|the)\s+(?:\w+\s+)?members\b|(?:a|an)\s+(?:full\s+)?member\b)/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether the page says the body is no member of what it speaks of: such a body is not the owner of the members list
 * that page prints with no owner written (listOwner.ts), whatever body a sentence before it happened to name last.
 */
export function deniedMember(doc: StructuredDocument, e: Pick<EntityRecord, "name" | "acronym" | "aliases"> | undefined): boolean {
  if (!e) return false;
  const names = [e.name, e.acronym, ...e.aliases].filter((n): n is string => !!n && n.length > 1);
  if (names.length === 0) return false;
  const at = new RegExp(`\\b(?:${names.map(escape).join("|")})\\b`, "g");
  for (const p of doc.passages) {
    if (!/\bnot\b/.test(p.text)) continue;
    for (const m of p.text.matchAll(at)) if (NOT_MEMBER.test(p.text.slice(m.index + m[0].length))) return true;
  }
  return false;
}
