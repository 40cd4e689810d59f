import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface Manifest {
  documents: Array<{ file: string; sealed?: string }>;
}

/**
 * The documents a sample may be drawn from. A folder with a dev-set manifest (test/fixtures/unseen) gives its
 * documents, less those of sealed rounds unless `includeSealed`: a judge's notes on a sealed page would show the lead
 * what the extractor gets wrong there, and a sealed round is only worth its figure while nobody has seen that.
 * Any other path is kept as given.
 */
export function samplePaths(paths: readonly string[], includeSealed = false): { paths: string[]; sealedLeftOut: number } {
  const out: string[] = [];
  let sealedLeftOut = 0;
  for (const p of paths) {
    const manifest = join(p, "manifest.json");
    if (!existsSync(p) || !statSync(p).isDirectory() || !existsSync(manifest)) {
      out.push(p);
      continue;
    }
    for (const d of (JSON.parse(readFileSync(manifest, "utf8")) as Manifest).documents) {
      if (d.sealed && !includeSealed) sealedLeftOut++;
      else out.push(join(p, d.file));
    }
  }
  return { paths: out, sealedLeftOut };
}
