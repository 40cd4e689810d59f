import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import invariant from "tiny-invariant";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The ingest sources, whether this runs from `ingest/` (tsx) or `dist/ingest/` (compiled): tsc does not copy
 * reference.json, and the pipeline fingerprint must not change with the way the code is run.
 */
const found = [here, resolve(here, "..", "..", "ingest")].find((dir) => existsSync(join(dir, "catalog", "reference.json")));
invariant(found, `ingest sources (catalog/reference.json) not found from ${here}`);
export const INGEST_SOURCE_DIR: string = found;
