import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { Database } from "../../src/db/Database.js";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";
import { tcpProxy } from "../support/tcpProxy.js";

const post = async (url: string, query: string) => (await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).json()) as any;

describe("when Neo4j goes away and comes back", () => {
  let proxy: Awaited<ReturnType<typeof tcpProxy>>;
  let db: Database;
  let server: AppServer;
  beforeAll(async () => {
    const admin = testDatabase();
    await resetDatabase(admin);
    await admin.write("CREATE (:Document {id: 'doc:r', title: 'R', source: 'r.txt', passageCount: 0, bytes: 1, hash: 'h'})");
    await admin.close();
    const target = inject("neo4j");
    proxy = await tcpProxy(Number(new URL(target.uri.replace("bolt://", "http://")).port));
    db = new Database({ uri: `bolt://127.0.0.1:${proxy.port}`, user: target.user, password: target.password, maxRetryMs: 1000, connectionTimeoutMs: 1000 });
    server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
    await proxy.close();
  });

  it("answers SERVICE_UNAVAILABLE, reports it on /health, and recovers by itself", async () => {
    expect((await post(server.url, "{ documents { title } }")).data.documents).toEqual([{ title: "R" }]);

    await proxy.cut();
    const down = await post(server.url, "{ documents { title } }");
    expect(down.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(down)).not.toMatch(/at .*\.ts|stacktrace/i);
    const health = await fetch(server.url.replace("/graphql", "/health"));
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ neo4j: "unavailable" });

    await proxy.restore();
    let body: any;
    for (let i = 0; i < 20; i++) {
      body = await post(server.url, "{ documents { title } }");
      if (!body.errors) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(body.data.documents).toEqual([{ title: "R" }]);
    expect((await fetch(server.url.replace("/graphql", "/health"))).status).toBe(200);
  });
});
