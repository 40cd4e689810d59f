/**
 * While Neo4j cannot be reached, reads fail fast: after one read has used its short retry budget,
 * every read is refused at once and only a background probe touches the driver. No server is needed:
 * the driver points at a loopback port nobody listens on.
 */
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { Database, DatabaseUnavailableError } from "../../src/db/Database.js";

const closedPort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

describe("reads while Neo4j is unreachable", () => {
  let db: Database;
  afterAll(async () => db?.close());

  it("give SERVICE_UNAVAILABLE, then all fail at once while a background probe retries", async () => {
    db = new Database({ uri: `bolt://127.0.0.1:${await closedPort()}`, user: "neo4j", password: "whatever-pw" });
    expect(db.isUnreachable).toBe(false);
    const first = await db.read("RETURN 1 AS x").catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DatabaseUnavailableError);
    expect((first as DatabaseUnavailableError).code).toBe("SERVICE_UNAVAILABLE");
    expect(db.isUnreachable).toBe(true);

    const results = await Promise.all(Array.from({ length: 6 }, () => db.read("RETURN 1 AS x").catch((e: unknown) => e)));
    for (const r of results) expect(r).toBeInstanceOf(DatabaseUnavailableError);
    const refusedAtOnce = results.filter((r) => /reconnection attempt is under way/.test((r as Error).message));
    expect(refusedAtOnce).toHaveLength(6);
    // The probe keeps failing against a closed port, so the circuit stays open.
    await new Promise((r) => setTimeout(r, 600));
    expect(db.isUnreachable).toBe(true);
  });
});
