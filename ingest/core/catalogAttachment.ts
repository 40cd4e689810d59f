import type { Catalog, CatalogEntity } from "../catalog/catalog.js";
import { foldWords } from "./fold.js";
import { HEAD_OF_LONGER_NAME, INSIDE_LONGER_NAME, OWNED_UNIT } from "./identityRules.js";
import { NAME_PREFIX } from "./nameRules.js";
import type { Match } from "./Matcher.js";
import type { PassageScan } from "./PassageScan.js";

const UNIT_HEADS = new Set(OWNED_UNIT.words);
const OPENERS = new Set(INSIDE_LONGER_NAME.words);
const PREFIXES = new Set(NAME_PREFIX.words);
const SMALL_WORDS = new Set(["the", "and", "of", "for", "on", "in", "to", "&"]);
/** The capitalised word right before a match, joined to it by a space or a hyphen on the same line. */
const WORD_BEFORE = /([A-Z][\p{L}\p{N}’'\-]*)(?: |-)$/u;
const WORD_AFTER = /^ ([A-Z][\p{L}\p{N}\-]*)/u;
const COMPLEMENT = new RegExp(`^\\s+(?:${HEAD_OF_LONGER_NAME.words.join("|")})\\s+`);
/** The capitalised words of a complement, with the small words that join them ("on Migration and Development"). */
const TITLED = /^(?:(?:the|and|of|for|on|in|&)\s+)*[A-Z][\p{L}\p{N}’'\-]*(?:\s+(?:(?:the|and|of|for|on|in|&)\s+)*[A-Z][\p{L}\p{N}’'\-]*)*/u;
/** "www.x.org/…", "http://…", "x.org/…": letters inside an address spell words but name nothing (NO_NAME_IN_ADDRESS). */
/** A slash followed by a space and another path segment: an address broken across a line ("www.x.org/en/ development/…"). */
const ADDRESS = /(?:https?:\/\/|www\.)(?:\/ (?=[\w.-]+\/)|\S)+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|int|com|net|edu|gov)\/(?:\/ (?=[\w.-]+\/)|\S)*/gi;

/** Fold "UN" like "United Nations", so "of the UN" agrees with "of the United Nations". */
const content = (words: string[]) => words.flatMap((w) => (w === "un" ? ["united", "nations"] : [w]));

/** The spans of web addresses in a passage. */
export function addressSpans(text: string): Array<[number, number]> {
  // Every address has a slash or "www.": most passages have neither, and ADDRESS tries a word at every letter.
  if (!text.includes("/") && !/www\./i.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * What a catalog match names once the words around it are read: the entity's id, another
 * entity's id (a bare unit that the passage gives to another owner, when the catalog lists that
 * owner's unit), or null when the match is the head of a longer name or a unit of an owner the
 * catalog does not list (OWNED_UNIT, HEAD_OF_LONGER_NAME in identityRules.ts).
 */
export function catalogAttachment(scan: PassageScan, match: Match, entity: CatalogEntity): string | null {
  const { text } = scan;
  const { catalog, matcher } = scan.doc;
  const surface = text.slice(match.start, match.end);
  if (match.untitled && !ownComplementFollows(text, match, entity, surface)) return null;
  if (insideLongerName(scan, match, entity, surface)) return null;
  const after = text.slice(match.end, match.end + 200);
  const complement = COMPLEMENT.exec(after);
  const rest = complement ? after.slice(complement[0].length) : "";
  const lead = /^the\s+/.exec(rest)?.[0].length ?? 0;
  // The catalog entity the complement opens with: "Population Division of ECLAC".
  const complementOwner = complement ? matcher.findAll(rest).find((m) => m.start === lead)?.entityId : undefined;

  if (isBareUnit(entity, surface, catalog)) {
    const owner = ownerOf(scan, match, complementOwner);
    if (owner && !inLine(catalog, entity, owner)) return unitOf(catalog, owner, surface);
  }
  if (!complement) return entity.id;
  // The entity's longer names that begin with the matched words and go on with a complement: their complements' words.
  const head = foldWords(surface);
  const complements = entity.forms
    .map((f) => foldWords(f.text))
    .filter((g) => g.length > head.length + 1 && HEAD_OF_LONGER_NAME.words.includes(g[head.length]!) && head.every((w, i) => g[i] === w))
    .map((g) => new Set(content(g.slice(head.length))));
  if (complements.length === 0) return entity.id;
  // "the High-level Dialogue of the General Assembly": "of" and a catalog body that holds the meeting, not another name.
  if (complementOwner && (/^\s+of\s/.test(complement[0]) || inLine(catalog, entity, complementOwner))) return entity.id;
  // "the Global Forum for Migration and Development": the entity's own complement, written another way.
  const titled = TITLED.exec(rest)?.[0] ?? "";
  const words = content(foldWords(titled.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).join(" ")));
  if (words.length === 0) return entity.id;
  const own = complements.some((c) => words.every((w) => c.has(w)));
  return own ? entity.id : null;
}

/**
 * A lower-case generic form names its entity only when the content words of the entity's own complement follow
 * it ("devote a high-level dialogue to international migration and development"), in any case (GENERIC_FORM).
 */
function ownComplementFollows(text: string, match: Match, entity: CatalogEntity, surface: string): boolean {
  const head = foldWords(surface);
  const next = new Set(content(foldWords(text.slice(match.end, match.end + 80)).slice(0, 8)));
  return entity.forms.some((f) => {
    const g = foldWords(f.text);
    if (g.length <= head.length + 1 || !HEAD_OF_LONGER_NAME.words.includes(g[head.length]!) || !head.every((w, i) => g[i] === w)) return false;
    const own = content(g.slice(head.length + 1)).filter((w) => !SMALL_WORDS.has(w));
    return own.length >= 2 && own.every((w) => next.has(w));
  });
}

/** Capitalised words of another name on both sides: the match is that name's middle (INSIDE_LONGER_NAME). */
function insideLongerName(scan: PassageScan, match: Match, entity: CatalogEntity, surface: string): boolean {
  if (entity.kind === "COUNTRY" || !/\s/.test(surface) || PREFIXES.has(surface) || entity.acronym === surface) return false;
  const before = WORD_BEFORE.exec(scan.text.slice(Math.max(0, match.start - 40), match.start))?.[1];
  const after = WORD_AFTER.exec(scan.text.slice(match.end, match.end + 40))?.[1];
  if (!before || !after || OPENERS.has(before) || OPENERS.has(after)) return false;
  // A name right before is a list or an owner ("ESCAP Regional Office"), not one longer name.
  const prev = scan.hits[scan.hits.length - 1];
  return !(prev && /^[\s\-]*$/.test(scan.text.slice(prev.end, match.start)));
}

/** A catalog unit form that names no owner: a unit head after plain words ("Population Division"). */
function isBareUnit(entity: CatalogEntity, surface: string, catalog: Catalog): boolean {
  if (entity.kind !== "ORGANIZATION" || !entity.parentId) return false;
  const words = surface.split(/\s+/);
  if (words.length < 2 || !UNIT_HEADS.has(words[words.length - 1]!)) return false;
  if (words.some((w) => /^(?:[A-Z]{2,}|United|UN)$/.test(w))) return false;
  const parent = catalog.byId.get(entity.parentId);
  const lower = surface.toLowerCase();
  return !parent?.forms.some((f) => lower.includes(f.text.toLowerCase()));
}

/**
 * The body the passage gives a bare unit to: the name right before it ("ECLAC Population Division",
 * "ECLAC’s Population Division"), the body that "its" points back to in the sentence ("ECLAC, through its
 * Population Division"), or the name after "of" ("the Population Division of ECLAC").
 */
function ownerOf(scan: PassageScan, match: Match, complementOwner: string | undefined): string | undefined {
  const { text, hits, passage } = scan;
  const prev = hits[hits.length - 1];
  // A country owns a unit only with a possessive ("Ghana’s Population Division"): "in Ghana Population Division staff" is no owner.
  const gap = prev ? text.slice(prev.end, match.start) : "";
  if (prev && (/^[’']s\s+$/.test(gap) || (prev.kind !== "COUNTRY" && /^\s+$/.test(gap)))) return prev.id;
  if (/\b(?:its|their)\s+$/.test(text.slice(Math.max(0, match.start - 8), match.start))) {
    const sentence = passage.sentences.find((s) => match.start >= s.localStart && match.start < s.localEnd);
    const from = sentence?.localStart ?? 0;
    const body = [...hits].reverse().find((h) => h.end <= match.start && h.start >= from && h.kind === "ORGANIZATION");
    if (body) return body.id;
  }
  if (complementOwner && /^\s+of\s/.test(text.slice(match.end, match.end + 4))) return complementOwner;
  return undefined;
}

/** The owner is the unit itself or one of the bodies above it. */
function inLine(catalog: Catalog, entity: CatalogEntity, owner: string): boolean {
  for (let e: CatalogEntity | undefined = entity; e; e = e.parentId ? catalog.byId.get(e.parentId) : undefined) if (e.id === owner) return true;
  return false;
}

/** The owner's catalog unit whose names hold the bare unit's words ("CELADE-Population Division of ECLAC"), else null. */
function unitOf(catalog: Catalog, owner: string, surface: string): string | null {
  const want = foldWords(surface).join(" ");
  const unit = catalog.entities.find((e) => e.parentId === owner && e.forms.some((f) => ` ${foldWords(f.text).join(" ")} `.includes(` ${want} `)));
  return unit?.id ?? null;
}
