import { describe, expect, it } from "vitest";
import { defaultStartTimeoutMs } from "../../src/neo4j/localNeo4j.js";

describe("defaultStartTimeoutMs: how long a first local Neo4j start may take", () => {
  it("waits five minutes when NEO4J_START_TIMEOUT_S is not set", () => {
    expect(defaultStartTimeoutMs({})).toBe(300_000);
    expect(defaultStartTimeoutMs({ NEO4J_START_TIMEOUT_S: "" })).toBe(300_000);
  });

  it("takes the number of seconds NEO4J_START_TIMEOUT_S gives", () => {
    expect(defaultStartTimeoutMs({ NEO4J_START_TIMEOUT_S: "45" })).toBe(45_000);
    expect(defaultStartTimeoutMs({ NEO4J_START_TIMEOUT_S: "1.5" })).toBe(1_500);
  });

  it("names the variable and the bad value instead of waiting forever or not at all", () => {
    expect(() => defaultStartTimeoutMs({ NEO4J_START_TIMEOUT_S: "soon" })).toThrow(/NEO4J_START_TIMEOUT_S.*"soon"/);
    expect(() => defaultStartTimeoutMs({ NEO4J_START_TIMEOUT_S: "0" })).toThrow(/positive/);
    expect(() => defaultStartTimeoutMs({ NEO4J_START_TIMEOUT_S: "-3" })).toThrow(/positive/);
  });
});
