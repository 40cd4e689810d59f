import { HEAD_NOUNS } from "./headNouns.js";

/**
 * Names no reader made an entity still stand as items of a list: a department or an advisory group written out in
 * full among acronyms and catalogued bodies. Without them the list reader sees a long lead before its first named
 * item, or a gap of words between two items, and reads no list, or half of it. Such an item is a capitalised name
 * that a body's or a group's head noun heads ("Department", "Office", "Group"), closed by a comma, so a remark or a
 * clause between two names still ends the list.
 */
const ACTOR_HEADS = new Set([...HEAD_NOUNS.words.ORGANIZATION, ...HEAD_NOUNS.words.FORUM].filter((w) => /^[A-Z]/.test(w)));

/**
 * One capitalised name: capitalised words, with the small words of a name between them, ending on a capitalised word.
 * The small words are those an office's or a group's full name joins its words with ("Office for the Protection of
 * X", "Group against Y"); a UN unit is often written with "UN" before its own name.
 */
const NAME = String.raw`(?:the\s+)?(?:UN\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:(?:of|for|on|to|the|in|and|against)\s+)*[A-Z][\p{L}’'.-]*)*`;

/** Items before the first named one: "the X Office, the Y Group, " then an optional "and", "the", "Government of". */
const LEAD = new RegExp(String.raw`^\s*((?:${NAME}\s*,\s*)+)(?:and\s+|as well as\s+)?(?:the\s+)?(?:UN\s+)?(?:Governments?\s+of\s+)?$`, "u");

/** Items between two named ones: ", the X Office, the Y Group, and the ". */
const BETWEEN = new RegExp(String.raw`^\s*,\s*((?:${NAME}\s*,\s*)+)(?:and\s+|as well as\s+)?(?:the\s+)?(?:UN\s+)?(?:Governments?\s+of\s+)?$`, "u");

/** A name's head: its last word before the first complement ("Department for X", "Advisory Group on Y"), as headNouns.ts reads it. */
const headOf = (name: string): string => name.split(/\s+(?:of|for|on|to|in|against)\s+/)[0]!.split(/\s+/).pop()!;

/** Whether a capitalised name is a body's or a group's by its head noun ("Office for Coastal Statistics", "Steering Group"). */
export function bodyHeaded(name: string): boolean {
  return ACTOR_HEADS.has(headOf(name.trim()));
}

function allBodies(items: string): boolean {
  const names = items.split(",").map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every(bodyHeaded);
}

/** The gap before a list's first named item holds only unnamed bodies, each closed by a comma. */
export function unnamedItemsLead(gap: string): boolean {
  const m = LEAD.exec(gap);
  return !!m && allBodies(m[1]!);
}

/** The gap between two named items holds only unnamed bodies, each closed by a comma. */
export function unnamedItemsBetween(gap: string): boolean {
  const m = BETWEEN.exec(gap);
  return !!m && allBodies(m[1]!);
}
