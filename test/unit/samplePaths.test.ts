import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { samplePaths } from "../../bench/lib/samplePaths.js";

const manifest = JSON.parse(readFileSync("test/fixtures/unseen/manifest.json", "utf8")) as { documents: Array<{ file: string; sealed?: string }> };

describe("samplePaths: what a judged sample may be drawn from", () => {
  it("leaves a dev set's sealed pages out, and keeps its other pages", () => {
    const { paths, sealedLeftOut } = samplePaths(["test/fixtures/unseen"]);
    const sealed = manifest.documents.filter((d) => d.sealed);
    expect(sealedLeftOut).toBe(sealed.length);
    for (const d of sealed) expect(paths).not.toContain(`test/fixtures/unseen/${d.file}`);
    expect(paths).toContain("test/fixtures/unseen/u01-gmg-profile.txt");
    expect(paths.every((p) => !p.endsWith(".json"))).toBe(true);
  });

  it("draws from sealed pages only when asked, and keeps other paths as given", () => {
    expect(samplePaths(["test/fixtures/unseen"], true).paths).toHaveLength(manifest.documents.length);
    expect(samplePaths(["data/corpus"])).toEqual({ paths: ["data/corpus"], sealedLeftOut: 0 });
  });
});
