import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PIPELINE_SOURCES, fingerprintOf, pipelineFingerprint } from "../../ingest/load/pipelineFingerprint.js";

describe("pipelineFingerprint", () => {
  let root = "";
  const tree = (files: Record<string, string>) => {
    root = mkdtempSync(join(tmpdir(), "fingerprint-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("changes when a rule file in a subfolder changes", () => {
    const before = fingerprintOf(tree({ "core/a.ts": "a", "core/rules/r.ts": "one" }), ["core"]);
    writeFileSync(join(root, "core/rules/r.ts"), "two");
    expect(fingerprintOf(root, ["core"])).not.toBe(before);
  });

  it("changes when a load statement changes, and not for files it does not read", () => {
    const before = fingerprintOf(tree({ "cypher/upsert.cypher": "MERGE", "cypher/README.md": "x" }), ["cypher"]);
    writeFileSync(join(root, "cypher/README.md"), "y");
    expect(fingerprintOf(root, ["cypher"])).toBe(before);
    writeFileSync(join(root, "cypher/upsert.cypher"), "CREATE");
    expect(fingerprintOf(root, ["cypher"])).not.toBe(before);
  });

  it("tells a file moved to another folder from the same file left in place", () => {
    const before = fingerprintOf(tree({ "core/a.ts": "a" }), ["core"]);
    rmSync(join(root, "core/a.ts"));
    writeFileSync(join(root, "core/b.ts"), "a");
    expect(fingerprintOf(root, ["core"])).not.toBe(before);
  });

  it("covers the project's reading, extraction, catalog, load and ontology folders", () => {
    expect(PIPELINE_SOURCES).toEqual(expect.arrayContaining(["ingest/core", "ingest/catalog", "ingest/load", "ingest/read", "src/ontology"]));
    expect(pipelineFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});
