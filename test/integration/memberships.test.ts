/**
 * States belong to intergovernmental organizations as well as to forums: MEMBER_OF reaches an ORGANIZATION, and
 * the API shows it from both ends (Country.memberships, Organization.members, Initiative.members) with the passage
 * that states it. A network that counts members (an initiative) has them too.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import type { Database } from "../../src/db/Database.js";
import { runIngest } from "../../ingest/runIngest.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";
import { gql } from "../support/ingestedApi.js";

const PAGE = [
  "Regional bodies in East Africa",
  "",
  "Kenya is a member state of the Intergovernmental Authority on Development. Nepal is a member of the Colombo Process.",
  "",
  "IOM has offices in Kenya and Djibouti.",
  "",
  "KNOMAD was set up by the World Bank in 2013. Its members include IOM and UNHCR.",
].join("\n");

describe("memberships of organizations and forums", () => {
  let db: Database;
  let server: AppServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "memberships-"));
    writeFileSync(join(dir, "regional-bodies.txt"), PAGE);
    db = testDatabase();
    await resetDatabase(db);
    await runIngest({ paths: [join(dir, "regional-bodies.txt")], db, reset: true });
    server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it("lists a state's memberships of an organization, with the sentence that states it", async () => {
    const r = await gql(server, `{ entity(id: "ctry:ke") { ... on Country { memberships { type other { id } evidence(first: 1) { text } } } } }`);
    expect(r.errors).toBeUndefined();
    const m = r.data.entity.memberships as Array<{ type: string; other: { id: string }; evidence: Array<{ text: string }> }>;
    expect(m.map((x) => x.other.id)).toEqual(["org:igad"]);
    expect(m[0]!.type).toBe("MEMBER_OF");
    expect(m[0]!.evidence[0]!.text).toMatch(/Kenya is a member state of the Intergovernmental Authority on Development/);
  });

  it("lists an organization's members, and no member where the page only names an office", async () => {
    const r = await gql(server, `{ igad: entity(id: "org:igad") { ... on Organization { members { other { id } } } } iom: entity(id: "org:iom") { ... on Organization { members { other { id } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.igad.members.map((x: { other: { id: string } }) => x.other.id)).toEqual(["ctry:ke"]);
    expect(r.data.iom.members).toEqual([]);
  });

  it("lists the members of a network, apart from the body that set it up", async () => {
    const r = await gql(server, `{ entity(id: "ini:knomad") { ... on Initiative { members { type other { id } } } } }`);
    expect(r.errors).toBeUndefined();
    const members = r.data.entity.members as Array<{ type: string; other: { id: string } }>;
    expect(members.map((x) => x.other.id).sort()).toEqual(["org:iom", "org:unhcr"]);
    expect(new Set(members.map((x) => x.type))).toEqual(new Set(["MEMBER_OF"]));
  });

  it("keeps a state's forum memberships in the same list", async () => {
    const r = await gql(server, `{ entity(id: "ctry:np") { ... on Country { memberships { other { id } } } } }`);
    expect(r.data.entity.memberships.map((x: { other: { id: string } }) => x.other.id)).toEqual(["forum:colombo-process"]);
  });
});
