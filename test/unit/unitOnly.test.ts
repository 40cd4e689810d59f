import { describe, expect, it } from "vitest";
import { unitOnly } from "../support/unitOnly.js";

describe("unitOnly: which test runs need no database", () => {
  it("a run of test/unit alone is unit-only", () => {
    expect(unitOnly(["run", "test/unit"])).toBe(true);
  });
  it("an option's value is not a filter (--reporter verbose, -t name)", () => {
    expect(unitOnly(["run", "test/unit", "--reporter", "verbose"])).toBe(true);
    expect(unitOnly(["run", "-t", "graph", "test/unit/x.test.ts"])).toBe(true);
  });
  it("a bare word filter can match integration files, so the run is not unit-only", () => {
    expect(unitOnly(["run", "test/unit", "graph"])).toBe(false);
  });
  it("a run with no filter runs every suite", () => {
    expect(unitOnly(["run"])).toBe(false);
    expect(unitOnly(["run", "--reporter", "verbose"])).toBe(false);
  });
  it("an integration path is not unit-only", () => {
    expect(unitOnly(["run", "test/integration"])).toBe(false);
  });
});
