import { readFileSync } from "node:fs";
import { parse, print, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/Database.js";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import { runIngest } from "../../ingest/runIngest.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";

const doc = parse(readFileSync("schema/examples.graphql", "utf8"));
const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");

describe("schema/examples.graphql", () => {
  let db: Database;
  let server: AppServer;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    await runIngest({ paths: ["data/corpus"], db, reset: true });
    server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  for (const op of operations) {
    it(`runs ${op.name?.value} without errors and returns data`, async () => {
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: print(op) }) });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).some((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(true);
    });
  }
});
