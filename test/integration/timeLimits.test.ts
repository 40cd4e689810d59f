import { describe, expect, it } from "vitest";
import { createAppServer } from "../../src/api/createServer.js";
import { DatabaseQueryError, type Database } from "../../src/db/Database.js";
import { runIngest } from "../../ingest/runIngest.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";

async function post(url: string, body: object): Promise<{ status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const codes = (a: Awaited<ReturnType<typeof post>>) => (a.body.errors ?? []).map((e) => e.extensions?.code);

describe("time limits", () => {
  it("answers REQUEST_TIMEOUT (504) when a request passes its deadline, and keeps serving", async () => {
    const db = testDatabase();
    await resetDatabase(db);
    await runIngest({ paths: ["test/fixtures/unseen/u01-gmg-profile.txt"], db, reset: true });
    const server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false, requestTimeoutMs: 1 });
    try {
      // Any request that reads Neo4j takes well over 1 ms.
      const slow = await post(server.url, { query: `{ neighborhood(id: "forum:gmg", depth: 3, limit: 1000) { nodes { id } } }` });
      expect(slow.status).toBe(504);
      expect(codes(slow)).toEqual(["REQUEST_TIMEOUT"]);
      expect(slow.body.errors![0]!.message).toMatch(/deadline of 1 ms/);
    } finally {
      await server.stop();
    }
    const normal = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
    try {
      expect((await post(normal.url, { query: `{ resolve(name: "GMG") { id } }` })).body.data.resolve.id).toBe("forum:gmg");
    } finally {
      await normal.stop();
      await db.close();
    }
  });

  it("aborts a Neo4j read that passes its transaction timeout", async () => {
    const target = testDatabase();
    const db = new (target.constructor as typeof Database)({ ...target.options, readTimeoutMs: 300 });
    await target.close();
    try {
      // A statement that runs for seconds unless Neo4j stops it.
      const error = await db.read("UNWIND range(1, 200000000) AS x RETURN sum(x) AS s").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseQueryError);
      expect((error as DatabaseQueryError).neo4jCode).toMatch(/TransactionTimedOut/);
    } finally {
      await db.close();
    }
  });
});
