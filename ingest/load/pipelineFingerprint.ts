import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../src/repoRoot.js";

/**
 * What decides the stored graph of a document besides its bytes: reading, extraction with its rules and catalog,
 * the load statements, and the ontology. Folders are walked whole, so a rule file in a subfolder counts too.
 */
export const PIPELINE_SOURCES = ["ingest/read", "ingest/core", "ingest/catalog", "ingest/load", "src/ontology", "cypher"] as const;

let cached: string | undefined;

/**
 * A hash of the pipeline's sources. A document is skipped on reload only when both its bytes and this
 * fingerprint are unchanged, so upgrading the extractor (or how its graph is written) refreshes the graph
 * without --reset.
 */
export function pipelineFingerprint(): string {
  cached ??= fingerprintOf(REPO_ROOT, PIPELINE_SOURCES);
  return cached;
}

/** The hash of every .ts, .json and .cypher file under the given folders of root, by relative path and content. */
export function fingerprintOf(root: string, folders: readonly string[]): string {
  const hash = createHash("sha256");
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|cypher)$/.test(entry.name)) hash.update(path).update("\0").update(readFileSync(join(root, path)));
    }
  };
  for (const folder of folders) walk(folder);
  return hash.digest("hex").slice(0, 16);
}
