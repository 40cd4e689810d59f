import { createHash } from "node:crypto";
import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from "./ontology.js";

/**
 * Ids are derived from natural keys (followthemoney-style), so the same input
 * always yields the same ids and a re-run ingest MERGEs onto existing nodes.
 *
 * Shape: `<prefix>:<slug>`, e.g. `org:iom`, `ctry:ph`, `forum:gfmd-2010`,
 * `doc:002-bbe8d57f18636fbc`, `psg:002-bbe8d57f18636fbc:1234`.
 */

const SUPPORT_PREFIXES = { DOCUMENT: "doc", PASSAGE: "psg", EVIDENCE: "ev", RELATION: "rel" } as const;
export type SupportKind = keyof typeof SUPPORT_PREFIXES;

const ENTITY_PREFIX_TO_KIND = new Map<string, EntityKind>(
  ENTITY_KIND_NAMES.map((k) => [ENTITY_KINDS[k].idPrefix, k]),
);

const ID_PATTERN = /^([a-z]+):([a-z0-9][a-z0-9:._-]{0,199})$/;

/** Lower-case ASCII slug; accents folded, everything else collapsed to '-'. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
}

export function entityId(kind: EntityKind, naturalKey: string): string {
  const slug = slugify(naturalKey);
  if (!slug) throw new Error(`cannot derive an id for ${kind} from an empty key ${JSON.stringify(naturalKey)}`);
  return `${ENTITY_KINDS[kind].idPrefix}:${slug}`;
}

export function documentId(naturalKey: string): string {
  return `${SUPPORT_PREFIXES.DOCUMENT}:${slugify(naturalKey)}`;
}

export function passageId(docId: string, start: number): string {
  return `${SUPPORT_PREFIXES.PASSAGE}:${docId.slice(SUPPORT_PREFIXES.DOCUMENT.length + 1)}:${start}`;
}

/**
 * Relation ids hash the natural key (type, source, target) to keep them short.
 * Types keyed by role (CHAIRED: one relation per stated period) add the role.
 */
export function relationId(type: string, sourceId: string, targetId: string, qualifier?: string | null): string {
  const key = qualifier ? `${type}|${sourceId}|${targetId}|${qualifier}` : `${type}|${sourceId}|${targetId}`;
  let id = relationIds.get(key);
  if (id === undefined) {
    id = `${SUPPORT_PREFIXES.RELATION}:${shortHash(key)}`;
    if (relationIds.size >= 100_000) relationIds.clear();
    relationIds.set(key, id);
  }
  return id;
}

/**
 * Relation ids already hashed, by natural key: every reader that states a pair in a sentence asks for its id, and a
 * pair stated in many sentences is asked for at each. Bounded (cleared when full), so memory stays flat on any input.
 */
const relationIds = new Map<string, string>();

export function evidenceId(relId: string, passage: string, start: number, end: number): string {
  return `${SUPPORT_PREFIXES.EVIDENCE}:${shortHash(`${relId}|${passage}|${start}|${end}`)}`;
}

export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export type ParsedId =
  | { family: "entity"; kind: EntityKind; slug: string }
  | { family: "support"; kind: SupportKind; slug: string };

/** Returns null for anything that is not a well-formed id of a known family. */
export function parseId(id: string): ParsedId | null {
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  const [, prefix, slug] = m as unknown as [string, string, string];
  const kind = ENTITY_PREFIX_TO_KIND.get(prefix);
  if (kind) return { family: "entity", kind, slug };
  const support = (Object.keys(SUPPORT_PREFIXES) as SupportKind[]).find((k) => SUPPORT_PREFIXES[k] === prefix);
  if (support) return { family: "support", kind: support, slug };
  return null;
}
