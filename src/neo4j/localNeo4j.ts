/**
 * The one place that provisions and starts a local Neo4j Community server
 * without Docker: Maven fetches the jars, javac builds a tiny launcher, and a
 * JVM child serves Bolt on 127.0.0.1. Used by `npm start`, `npm run neo4j`,
 * the tests and the benchmarks.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join, resolve } from "node:path";

import { REPO_ROOT } from "../repoRoot.js";
import { classArchiveFlags } from "./classArchive.js";
import { ensureNeo4jInstalled, LAUNCHER_CLASS_PATH, LAUNCHER_JVM_FLAGS } from "./ensureNeo4jInstalled.js";

export { ensureNeo4jInstalled, Neo4jSetupError, type InstallReport } from "./ensureNeo4jInstalled.js";

/** Children still running, so a signal during start-up can stop them too. */
const running = new Set<() => Promise<void>>();

/** Stops every Neo4j this process started (including one still starting). */
export async function stopAllLocalNeo4j(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

export interface LocalNeo4jOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  password: string;
  pageCacheMb?: number;
  /** Default true: C1-only JIT, faster to start and warm; false for a long-lived server. */
  quickStart?: boolean;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** Aborting stops the child, also while it is still starting (start-up then rejects). */
  signal?: AbortSignal;
  /** How long `stop()` waits for a clean shutdown before SIGKILL (default 8 s: Ctrl-C must end within 10 s). */
  stopGraceMs?: number;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The child's last stderr lines, for the log when it dies unexpectedly. */
  stderrTail: string;
}

export interface LocalNeo4j {
  uri: string;
  /** True when a server was already answering on the port and we did not start one. */
  reused: boolean;
  startMs: number;
  /** The launcher JVM's pid (undefined when reused). Also written to `<dataDir>/launcher.pid`. */
  pid?: number;
  /** Resolves when the child exits, for whatever reason (never, when reused). */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

/** Where the pid of the launcher serving `dataDir` is written, so tools (`npm run soak`) can find it. */
export function pidFileOf(dataDir: string): string {
  return join(resolve(REPO_ROOT, dataDir), "launcher.pid");
}

/** The pid in `dataDir`'s pid file, when the file exists. */
export function readPidFile(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFileOf(dataDir), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves true when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

/**
 * Starts Neo4j (or reuses one already on the port) and resolves once Bolt answers.
 * `stop()` closes the child's stdin, which the launcher treats as "shut down cleanly".
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const began = Date.now();
  if (await portAnswers(options.boltPort)) {
    log(`Neo4j already answering at ${uri}; reusing it`);
    return { uri, reused: true, startMs: 0, exited: new Promise(() => {}), stop: async () => {} };
  }
  ensureNeo4jInstalled(log, options.boltPort);
  const home = resolve(REPO_ROOT, options.dataDir);
  mkdirSync(home, { recursive: true });

  const child = spawn(
    "java",
    [
      `-Xmx${options.heap}`,
      ...LAUNCHER_JVM_FLAGS,
      // Quick start (C1 JIT only): for servers that live for one ingest, test or bench run,
      // where C2 compile time on 2 cores costs more than it returns. `npm start` asks for peak speed.
      ...(options.quickStart === false ? [] : ["-XX:TieredStopAtLevel=1"]),
      // Neo4j's classes mapped from the archive made at install time (classArchive.ts) rather than read
      // from 213 jars and verified; a JVM that finds it stale or missing loads them the usual way.
      ...classArchiveFlags(),
      "-cp",
      LAUNCHER_CLASS_PATH,
      "Neo4jLauncher",
      home,
      String(options.boltPort),
      String(options.pageCacheMb ?? 256),
    ],
    { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NEO4J_PASSWORD: options.password } },
  );
  const pidFile = pidFileOf(options.dataDir);
  if (child.pid) writeFileSync(pidFile, `${child.pid}\n`);
  const stderrTail: string[] = [];
  const exited = new Promise<ExitInfo>((done) =>
    child.once("exit", (code, signal) => {
      // Only our own pid file: a restarted child may already have written its pid.
      if (readPidFile(options.dataDir) === child.pid) rmSync(pidFile, { force: true });
      done({ code, signal, stderrTail: stderrTail.join("").slice(-4000) });
    }),
  );
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, exited, options.stopGraceMs ?? 8_000).finally(() => running.delete(stop)));
  running.add(stop);
  const onAbort = () => void stop();
  if (options.signal?.aborted) void stop();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  void exited.then(() => options.signal?.removeEventListener("abort", onAbort));
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  try {
    await waitForReady(child, options.startTimeoutMs ?? defaultStartTimeoutMs(), stderrTail);
    // The launcher prints BOLT_READY after Bolt is bound, but confirm from our side too.
    while (!(await portAnswers(options.boltPort))) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Neo4j exited during start-up (${child.signalCode ?? child.exitCode}).`);
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const startMs = Date.now() - began;
  log(`Neo4j started at ${uri} in ${(startMs / 1000).toFixed(1)} s (data in ${home})`);

  return { uri, reused: false, startMs, pid: child.pid, exited, stop };
}

/**
 * A first start on a busy machine (JIT cold, the class archive just written) can take minutes, so the default is
 * generous; NEO4J_START_TIMEOUT_S overrides it.
 */
export function defaultStartTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEO4J_START_TIMEOUT_S;
  if (raw === undefined || raw === "") return 300_000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`NEO4J_START_TIMEOUT_S must be a positive number of seconds, not "${raw}".`);
  return seconds * 1000;
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<void> {
  return new Promise((done, fail) => {
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`Neo4j did not start within ${timeoutMs / 1000}s (NEO4J_START_TIMEOUT_S sets how long to wait).\n${stderrTail.join("")}`));
    }, timeoutMs);
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      buffer += chunk;
      if (buffer.includes("BOLT_READY")) {
        clearTimeout(timer);
        done();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Neo4j exited during start-up (code ${code}).\n${stderrTail.join("").slice(-4000)}`));
    });
  });
}

/**
 * Clean shutdown (stdin EOF and SIGTERM both run the launcher's shutdown hook: Bolt stops, each
 * database checkpoints), then SIGKILL after `graceMs` as a last resort. A killed store is
 * recovered from the transaction log on the next start, so nothing committed is lost.
 */
async function stopChild(child: ChildProcess, exited: Promise<ExitInfo>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin!.end();
  // While still starting, the launcher is not reading stdin yet; SIGTERM runs its shutdown hook.
  child.kill("SIGTERM");
  const hardKiller = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(hardKiller);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
