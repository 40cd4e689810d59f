import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import type { Database } from "../../src/db/Database.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

async function post(url: string, body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, contentType: res.headers.get("content-type"), text: await res.text() };
}

const QUERY = `query Q($name: String!, $n: Int!) { a: resolve(name: $name) { id name } b: search(text: $name, first: $n) { score } }`;

/**
 * The fast path for queries Apollo has answered cleanly before (src/api/knownOperations.ts) must answer
 * exactly as Apollo does: same status, media type and bytes, the same refusals, and a result with errors
 * formatted by Apollo without its statements running twice.
 */
describe("known operations answer as Apollo does", () => {
  let db: Database;
  let warm: AppServer;
  let cold: AppServer;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    warm = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
    // A second server that has never seen the query: every request it gets goes through Apollo.
    cold = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
    const first = await post(warm.url, { query: QUERY, variables: { name: "iom", n: 5 } });
    expect(first.status).toBe(200);
  });
  afterAll(async () => {
    await warm.stop();
    await cold.stop();
    await db.close();
  });

  /** The request sent to both servers, with the statements each one ran. */
  async function both(body: object, headers?: Record<string, string>) {
    const ran = { warm: [] as string[], cold: [] as string[] };
    let off = db.onQuery((c) => ran.warm.push(c));
    const fromWarm = await post(warm.url, body, headers);
    off();
    off = db.onQuery((c) => ran.cold.push(c));
    const fromCold = await post(cold.url, body, headers);
    off();
    return { fromWarm, fromCold, ran };
  }

  it("answers data with the same status, media type and body", async () => {
    for (const accept of [undefined, "*/*", "application/json"]) {
      const { fromWarm, fromCold, ran } = await both({ query: QUERY, variables: { name: "unhcr", n: 3 } }, accept ? { accept } : {});
      expect(fromWarm).toEqual(fromCold);
      expect(fromWarm.status).toBe(200);
      expect(JSON.parse(fromWarm.text).data).toEqual({ a: null, b: [] });
      expect(ran.warm).toEqual(ran.cold);
    }
  });

  it("refuses what the guard refuses, with the same code", async () => {
    const { fromWarm, fromCold, ran } = await both({ query: QUERY, variables: { name: "x".repeat(600), n: 3 } });
    expect(fromWarm).toEqual(fromCold);
    expect(JSON.parse(fromWarm.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(ran.warm).toEqual([]);
    const wrongType = await both({ query: QUERY, variables: { name: "iom", n: "ten" } });
    expect(wrongType.fromWarm).toEqual(wrongType.fromCold);
  });

  it("lets Apollo format a result with errors, without running its statements again", async () => {
    // search refuses first > 100 in its resolver, after resolve has read Neo4j.
    const { fromWarm, fromCold, ran } = await both({ query: QUERY, variables: { name: "iom", n: 101 } });
    expect(fromWarm).toEqual(fromCold);
    const answer = JSON.parse(fromWarm.text);
    expect(answer.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(ran.cold.length).toBe(1);
    expect(ran.warm).toEqual(ran.cold);
  });

  it("leaves other media types to Apollo", async () => {
    const { fromWarm, fromCold } = await both({ query: QUERY, variables: { name: "iom", n: 2 } }, { accept: "application/graphql-response+json" });
    expect(fromWarm).toEqual(fromCold);
    expect(fromWarm.contentType).toContain("application/graphql-response+json");
  });
});
