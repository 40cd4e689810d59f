import { describe, expect, it } from "vitest";
import type { ExitInfo, LocalNeo4j, LocalNeo4jOptions } from "../../src/neo4j/localNeo4j.js";
import { superviseLocalNeo4j, type SupervisorEvent } from "../../src/neo4j/superviseLocalNeo4j.js";

/** A stand-in for the launcher: each start either fails or yields a server the test can crash. */
function fakeLauncher(script: Array<"ok" | "fail">, reused = false) {
  const servers: Array<{ crash(): void; stopped: boolean }> = [];
  let launches = 0;
  const launch = async (options: LocalNeo4jOptions): Promise<LocalNeo4j> => {
    const step = script[launches++] ?? "ok";
    await new Promise((r) => setTimeout(r, 1));
    if (step === "fail") throw new Error("Neo4j exited during start-up (code 1).\nstack…");
    let exit!: (info: ExitInfo) => void;
    const exited = new Promise<ExitInfo>((done) => (exit = done));
    const server = { stopped: false, crash: () => exit({ code: null, signal: "SIGKILL", stderrTail: "" }) };
    servers.push(server);
    const stop = async () => {
      server.stopped = true;
      exit({ code: 0, signal: null, stderrTail: "" });
    };
    options.signal?.addEventListener("abort", () => void stop());
    return { uri: `bolt://127.0.0.1:${options.boltPort}`, reused, startMs: 1, pid: 1000 + launches, exited, stop };
  };
  return { launch, servers, launches: () => launches };
}

const base = { boltPort: 1, dataDir: "x", heap: "1g", password: "p", minBackoffMs: 5, maxBackoffMs: 20 };
const until = async (ok: () => boolean) => {
  while (!ok()) await new Promise((r) => setTimeout(r, 2));
};

describe("the local Neo4j supervisor", () => {
  it("restarts a server that died, doubling the wait while restarts fail, up to the cap", async () => {
    const fake = fakeLauncher(["ok", "fail", "fail", "fail", "ok"]);
    const events: SupervisorEvent[] = [];
    const neo4j = await superviseLocalNeo4j({ ...base, launch: fake.launch, onEvent: (e) => events.push(e) });
    expect(neo4j.pid).toBe(1001);
    fake.servers[0]!.crash();
    await until(() => neo4j.restarts === 1);
    expect(events.map((e) => e.type)).toEqual(["exited", "restart-failed", "restart-failed", "restart-failed", "restarted"]);
    expect(events[0]).toMatchObject({ signal: "SIGKILL", restartInMs: 5 });
    expect(events.filter((e) => e.type === "restart-failed").map((e) => (e as { retryInMs: number }).retryInMs)).toEqual([10, 20, 20]);
    expect(events[1]).toMatchObject({ error: "Neo4j exited during start-up (code 1)." });
    expect(events[4]).toMatchObject({ attempt: 4, pid: 1005 });
    expect(neo4j.pid).toBe(1005);
    await neo4j.stop();
    expect(fake.servers[1]!.stopped).toBe(true);
  });

  it("restarts at once a server that had been up past stableMs, then backs off if restarts fail", async () => {
    const fake = fakeLauncher(["ok", "fail", "ok"]);
    const events: SupervisorEvent[] = [];
    const neo4j = await superviseLocalNeo4j({ ...base, stableMs: 0, launch: fake.launch, onEvent: (e) => events.push(e) });
    fake.servers[0]!.crash();
    await until(() => neo4j.restarts === 1);
    expect(events.map((e) => e.type)).toEqual(["exited", "restart-failed", "restarted"]);
    expect(events[0]).toMatchObject({ restartInMs: 0 });
    expect(events[1]).toMatchObject({ retryInMs: 5 });
    await neo4j.stop();
  });

  it("does not restart a server it was asked to stop, even while waiting to restart one", async () => {
    const fake = fakeLauncher(["ok"]);
    const neo4j = await superviseLocalNeo4j({ ...base, minBackoffMs: 60_000, launch: fake.launch });
    fake.servers[0]!.crash();
    await new Promise((r) => setTimeout(r, 10));
    expect(neo4j.pid).toBeUndefined();
    await neo4j.stop();
    expect(fake.launches()).toBe(1);

    const other = fakeLauncher(["ok"]);
    const second = await superviseLocalNeo4j({ ...base, launch: other.launch });
    await second.stop();
    expect(other.servers[0]!.stopped).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(other.launches()).toBe(1);
  });

  it("leaves a server it did not start alone", async () => {
    const fake = fakeLauncher(["ok"], true);
    const neo4j = await superviseLocalNeo4j({ ...base, launch: fake.launch });
    expect(neo4j.reused).toBe(true);
    await neo4j.stop();
    expect(fake.launches()).toBe(1);
  });
});
