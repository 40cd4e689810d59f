import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.js";

describe("configuration from the environment", () => {
  it("has working defaults for a fresh machine", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_BOLT_PORT).toBe(7687);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "" }).NEO4J_URI).toBeUndefined();
  });

  it("names every bad variable in one error", () => {
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost:7474", NEO4J_HEAP: "lots" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/NEO4J_URI: must look like bolt/);
      expect(message).toMatch(/NEO4J_HEAP/);
    }
  });

  it("rejects a password Neo4j would refuse", () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: "short" })).toThrow(/NEO4J_PASSWORD/);
  });

  it("bounds every Neo4j read and every request in time, configurably", () => {
    expect(loadConfig({})).toMatchObject({ NEO4J_QUERY_TIMEOUT_MS: 5_000, REQUEST_TIMEOUT_MS: 10_000 });
    expect(loadConfig({ NEO4J_QUERY_TIMEOUT_MS: "2000", REQUEST_TIMEOUT_MS: "3000" })).toMatchObject({ NEO4J_QUERY_TIMEOUT_MS: 2_000, REQUEST_TIMEOUT_MS: 3_000 });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: "soon" })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: "0" })).toThrow(/NEO4J_QUERY_TIMEOUT_MS/);
  });
});
