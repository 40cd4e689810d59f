import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import invariant from "tiny-invariant";

const here = dirname(fileURLToPath(import.meta.url));
const found = [resolve(here, ".."), resolve(here, "..", "..")].find((dir) => existsSync(join(dir, "package.json")));
invariant(found, `repository root (package.json) not found from ${here}`);

/**
 * The repository root, from `src/` (tsx) or `dist/src/` (compiled). Data files (cypher/, the ingest catalog, the
 * Neo4j launcher) are read from here, never from beside the running code: tsc does not copy them to dist/, and the
 * ingest fingerprint must not change with the way the code is run.
 */
export const REPO_ROOT: string = found;
