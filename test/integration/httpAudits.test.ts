import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/Database.js";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";

describe("GraphQL over HTTP (graphql-http serverAudits)", () => {
  let db: Database;
  let server: AppServer;
  const results: Array<{ name: string; status: string; reason?: string }> = [];
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
    for (const audit of serverAudits({ url: () => server.url, fetchFn: fetch })) {
      const r = await audit.fn();
      results.push({ name: audit.name, status: r.status, reason: r.status === "ok" ? undefined : r.reason });
    }
    const notOk = results.filter((r) => r.status !== "ok");
    process.stderr.write(`graphql-http audits: ${results.length - notOk.length}/${results.length} ok\n${notOk.map((r) => `  ${r.status}: ${r.name} — ${r.reason}`).join("\n")}\n`);
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it("passes every MUST", () => {
    const failedMusts = results.filter((r) => r.name.startsWith("MUST") && r.status !== "ok");
    expect(failedMusts).toEqual([]);
  });

  it("runs the full audit list", () => {
    expect(results.length).toBeGreaterThan(20);
  });
});
