import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Mention } from "./types.js";

/**
 * The treaty a page's opening passage is about: the one treaty it names, else the one its first line opens on. A
 * treaty's own page starts with its name, and a protocol's or an amendment's name holds its parent's ("Protocol No. 4
 * to the European Convention on Human Rights: ratification status"), so a line naming two is still about the first.
 * A line that opens on anything else ("The Refugee Convention and its Protocol …" opens on "The") names no topic.
 */
export function openingTreatyId(text: string, mentions: readonly Mention[], kindOf: (entityId: string) => EntityKind | undefined): string | null {
  const treaties = mentions.filter((m) => m.entityId && kindOf(m.entityId) === "CONVENTION");
  const ids = new Set(treaties.map((m) => m.entityId!));
  if (ids.size === 1) return [...ids][0]!;
  if (ids.size === 0) return null;
  const lead = text.length - text.trimStart().length;
  const opening = treaties.find((m) => m.localStart === lead);
  if (!opening) return null;
  // "Protocol No. 4 to the European Convention …", "Amendment of the X Convention": the name runs on through its parent's.
  const parent = treaties.find((m) => m.localStart > opening.localEnd && /^\s+(?:to|of|amending)\s+(?:the\s+)?$/.test(text.slice(opening.localEnd, m.localStart)));
  const end = (parent ?? opening).localEnd;
  // The name must be the line's subject as a title gives it: the whole line, or the name then a colon, dash or bracket
  // ("…: ratification status", "… (ETS No. 46)"), not a sentence going on about it ("… was amended by a protocol").
  const firstLine = text.slice(lead).split("\n")[0]!;
  return end - lead <= firstLine.length && /^\s*(?:[:—–(]|-\s|$)/.test(firstLine.slice(end - lead)) ? opening.entityId! : null;
}
