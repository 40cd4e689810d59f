import { readFileSync } from "node:fs";
import { parse, print, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/api/createServer.js";
import { startIngestedApi } from "../support/ingestedApi.js";

const doc = parse(readFileSync("schema/examples.graphql", "utf8"));
const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");

describe("schema/examples.graphql", () => {
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ server, stop } = await startIngestedApi());
  });
  afterAll(async () => stop());

  for (const op of operations) {
    it(`runs ${op.name?.value} without errors and returns data`, async () => {
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: print(op) }) });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).some((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(true);
    });
  }
});
