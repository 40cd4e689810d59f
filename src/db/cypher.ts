/**
 * Cypher lives in `cypher/`, one file per unit of work, read once at start-up.
 * Labels and relationship types can't be parameters in Cypher, so the few
 * statements that need them use `{{placeholders}}` filled only from the
 * ontology's allow-list (see `withIdentifiers`). Reads whose shape follows the
 * GraphQL selection are built with @neo4j/cypher-builder in src/api/read/.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, basename } from "node:path";
import invariant from "tiny-invariant";
import { REPO_ROOT } from "../repoRoot.js";
import { ENTITY_LABELS, RELATION_TYPE_NAMES, ENTITY_LABEL, FORUM_EVENT_LABEL } from "../ontology/ontology.js";

export const CYPHER_DIR = join(REPO_ROOT, "cypher");

/** Entity node properties the API reads (see cypher/README.md for the stored model). */
export const ENTITY_PROPERTIES = ["id", "kind", "name", "acronym", "aliases", "mentionCount", "iso2", "iso3", "adoptedYear", "year", "isEvent"] as const;
/** Evidence node properties the API reads. */
export const EVIDENCE_PROPERTIES = ["documentId", "section", "text", "start", "end", "method", "confidence"] as const;
/** Relationship properties the API reads besides id and confidence, which every relation read returns. */
export const RELATION_PROPERTIES = ["year", "role", "method", "evidenceCount"] as const;

let cache: Map<string, string> | undefined;

function load(): Map<string, string> {
  const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith(".cypher"));
  // {{RELATION_TYPES}} is every entity-to-entity relation type of the ontology: naming them keeps
  // expansions off the thousands of Passage MENTIONS edges a well-known entity has.
  // {{ENTITY_PROPS}} is the map projection every entity read returns, kept in one place.
  const relationTypes = RELATION_TYPE_NAMES.join("|");
  const entityProps = `{${ENTITY_PROPERTIES.map((p) => `.${p}`).join(", ")}}`;
  return new Map(
    files.map((f) => [
      basename(f, ".cypher"),
      compact(readFileSync(join(CYPHER_DIR, f), "utf8")).replaceAll("{{RELATION_TYPES}}", relationTypes).replaceAll("{{ENTITY_PROPS}}", entityProps),
    ]),
  );
}

/**
 * Drops comment lines and indentation. The comments are for readers of cypher/; sent with every
 * statement they cost bytes, and a RUN message longer than the driver's 1,400-byte chunk buffer
 * leaves in two socket writes instead of one.
 */
function compact(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("//"))
    .join("\n");
}

/** The text of `cypher/<name>.cypher`. Throws for an unknown name, so a typo fails at first use. */
export function cypher(name: string): string {
  cache ??= load();
  const text = cache.get(name);
  if (text === undefined) throw new Error(`no cypher/${name}.cypher`);
  return text;
}

/** Splits a file of several `;`-terminated statements (constraints, indexes). */
export function statements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, "").trim())
    .filter(Boolean);
}

const ALLOWED_IDENTIFIERS = new Set<string>([...ENTITY_LABELS, ...RELATION_TYPE_NAMES, ENTITY_LABEL, FORUM_EVENT_LABEL]);

/** Fills `{{name}}` placeholders with labels/types from the ontology; anything else is refused. */
export function withIdentifiers(text: string, identifiers: Record<string, string | readonly string[]>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = identifiers[key];
    invariant(value !== undefined, `no value for placeholder {{${key}}}`);
    const parts = typeof value === "string" ? [value] : value;
    for (const part of parts) invariant(ALLOWED_IDENTIFIERS.has(part), `identifier ${part} is not in the ontology`);
    return parts.join("|");
  });
}
