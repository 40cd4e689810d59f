import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../src/repoRoot.js";

let cached: string | undefined;

/**
 * A hash of the extraction code and the reference catalog. A document is
 * skipped on reload only when both its bytes and this fingerprint are
 * unchanged, so upgrading the extractor refreshes the graph without --reset.
 */
export function pipelineFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const folder of ["core", "catalog"]) {
    const dir = join(REPO_ROOT, "ingest", folder);
    for (const name of readdirSync(dir).sort()) {
      if (/\.(ts|json)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}
