import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// vitest emits no decorator metadata, so type-graphql's per-call copy of a class-typed root (see
// src/api/resolvers/Plain.ts) never happens under test; it happens only in the tsc build `npm start` runs.
// The type annotation is what decides it, so the sources are what this checks.
describe("resolver roots", () => {
  const dir = "src/api/resolvers";
  const roots = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/@Root\(\)\s*(\w+)\s*:\s*([^,)]+)/g)].map((m) => ({ file: f, param: m[1], type: m[2]!.trim() })));

  it("finds the @Root() parameters it checks", () => {
    // The typed relationship fields (relationFieldResolvers.ts) take their roots without a declared type at all.
    expect(roots.length).toBeGreaterThan(5);
  });

  it("types every @Root() parameter Plain<…>, so compiled builds pass roots through instead of copying them into class instances", () => {
    expect(roots.filter((r) => !r.type.startsWith("Plain<"))).toEqual([]);
  });
});
