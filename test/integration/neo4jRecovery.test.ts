/**
 * The local Neo4j that the app starts heals itself: SIGKILL the launcher JVM and the API,
 * which answers SERVICE_UNAVAILABLE meanwhile, answers data again without anyone stepping in.
 * This file starts its own supervised Neo4j on a free port and its own data folder, so the
 * shared test Neo4j the other files use is never touched.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import { Database } from "../../src/db/Database.js";
import { readPidFile } from "../../src/neo4j/localNeo4j.js";
import { superviseLocalNeo4j, type SupervisedNeo4j, type SupervisorEvent } from "../../src/neo4j/superviseLocalNeo4j.js";

const DATA_DIR = ".neo4j/test-recovery";
const PASSWORD = "migration-graph-recovery";
const QUERY = "{ documents { title } }";

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function post(url: string): Promise<{ ms: number; body: any }> {
  const t0 = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) });
  return { body: await res.json(), ms: performance.now() - t0 };
}

describe("a local Neo4j killed with SIGKILL", () => {
  let neo4j: SupervisedNeo4j;
  let db: Database;
  let server: AppServer;
  const events: SupervisorEvent[] = [];

  beforeAll(async () => {
    neo4j = await superviseLocalNeo4j({ boltPort: await freePort(), dataDir: DATA_DIR, heap: "512m", pageCacheMb: 64, password: PASSWORD, onEvent: (e) => events.push(e) });
    db = new Database({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
    await db.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    await db.write("CREATE (:Document {id: 'doc:k', title: 'Written before the kill', source: 'k.txt', passageCount: 0, bytes: 1, hash: 'h'})");
    server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
  }, 240_000);

  afterAll(async () => {
    const pid = neo4j?.pid;
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    if (pid) expect(alive(pid)).toBe(false);
  }, 60_000);

  it("is restarted by the supervisor and the API answers data again by itself", async () => {
    expect((await post(server.url)).body.data.documents).toEqual([{ title: "Written before the kill" }]);
    const pid = readPidFile(DATA_DIR);
    expect(pid).toBe(neo4j.pid);

    const killedAt = performance.now();
    process.kill(pid!, "SIGKILL");
    const downAnswers: number[] = [];
    let answer: any;
    for (;;) {
      const { body, ms } = await post(server.url);
      if (body.data?.documents) {
        answer = body;
        break;
      }
      expect(body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
      downAnswers.push(ms);
      await new Promise((r) => setTimeout(r, 200));
    }
    const recoveredS = (performance.now() - killedAt) / 1000;
    // Figures for the report, not assertions: speed is measured, not asserted.
    const sorted = [...downAnswers].sort((a, b) => a - b);
    process.stderr.write(`[recovery] data again ${recoveredS.toFixed(1)} s after SIGKILL; ${downAnswers.length} SERVICE_UNAVAILABLE answers meanwhile, p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms\n`);

    // The API may answer a moment before the supervisor has confirmed Bolt from its side.
    while (neo4j.restarts === 0) await new Promise((r) => setTimeout(r, 100));
    // Committed data survived the kill (recovered from the transaction log).
    expect(answer.data.documents).toEqual([{ title: "Written before the kill" }]);
    expect(downAnswers.length).toBeGreaterThan(0);
    expect(neo4j.restarts).toBe(1);
    expect(neo4j.pid).not.toBe(pid);
    expect(readPidFile(DATA_DIR)).toBe(neo4j.pid);
    expect(alive(pid!)).toBe(false);
    expect(events.map((e) => e.type)).toEqual(["exited", "restarted"]);
    expect(events[0]).toMatchObject({ type: "exited", signal: "SIGKILL" });
    expect((await fetch(server.url.replace("/graphql", "/health"))).status).toBe(200);
  }, 300_000);
});
