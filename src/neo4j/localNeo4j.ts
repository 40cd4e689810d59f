/**
 * The one place that provisions and starts a local Neo4j Community server
 * without Docker: Maven fetches the jars, javac builds a tiny launcher, and a
 * JVM child serves Bolt on 127.0.0.1. Used by `npm start`, `npm run neo4j`,
 * the tests and the benchmarks.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";

import { REPO_ROOT } from "../repoRoot.js";
import { buildClassArchive, classArchiveFlags, classArchiveFresh } from "./classArchive.js";

const LAUNCHER_SRC = join(REPO_ROOT, "src", "neo4j", "launcher");
const CACHE_DIR = join(REPO_ROOT, ".neo4j");
const LIB_DIR = join(CACHE_DIR, "lib");
const CLASS_DIR = join(CACHE_DIR, "launcher");
/** The launcher class in a jar: a class-data archive accepts no directory on the class path. */
const LAUNCHER_JAR = join(CACHE_DIR, "launcher.jar");
/** Class path of every launcher JVM; the class-data archive is only used with this exact one. */
export const LAUNCHER_CLASS_PATH = `${LAUNCHER_JAR}:${join(LIB_DIR, "*")}`;
/** Flags every launcher JVM takes; the class-data archive is dumped with them too. */
export const LAUNCHER_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

export class Neo4jSetupError extends Error {
  constructor(problem: string) {
    super(
      `${problem}\n` +
        "Ways out:\n" +
        "  1. install Java 17+ (java, javac) and Maven (mvn), then run `npm run neo4j:install`;\n" +
        "  2. run `docker compose up` to get Neo4j and the app in containers;\n" +
        "  3. point NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) at a Neo4j 5 server you already have.",
    );
    this.name = "Neo4jSetupError";
  }
}

function toolVersion(cmd: string, args: string[]): string | undefined {
  const out = spawnSync(cmd, args, { encoding: "utf8" });
  if (out.error || out.status !== 0) return undefined;
  return `${out.stdout}${out.stderr}`;
}

function javaMajor(): number | undefined {
  const text = toolVersion("java", ["-version"]);
  const m = text?.match(/version "(\d+)(?:\.(\d+))?/);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

export interface InstallReport {
  downloaded: boolean;
  compiled: boolean;
  /** True when this call made the class-data archive. */
  archived: boolean;
  jarCount: number;
  libBytes: number;
  ms: number;
}

function libSize(): { count: number; bytes: number } {
  if (!existsSync(LIB_DIR)) return { count: 0, bytes: 0 };
  const jars = readdirSync(LIB_DIR).filter((f) => f.endsWith(".jar"));
  return { count: jars.length, bytes: jars.reduce((sum, f) => sum + statSync(join(LIB_DIR, f)).size, 0) };
}

/**
 * Makes sure the jars, the compiled launcher and (given a free `archivePort`) the class-data
 * archive are present. Idempotent: a second call with everything in place only checks timestamps.
 */
export function ensureNeo4jInstalled(log: (line: string) => void = () => {}, archivePort?: number): InstallReport {
  const began = Date.now();
  const major = javaMajor();
  if (major === undefined) throw new Neo4jSetupError("Java was not found on PATH; the local Neo4j needs Java 17+.");
  if (major < 17) throw new Neo4jSetupError(`Java ${major} found; Neo4j 5.26 needs Java 17+.`);

  let downloaded = false;
  const marker = join(LIB_DIR, ".complete");
  const pom = join(LAUNCHER_SRC, "pom.xml");
  if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(pom).mtimeMs) {
    if (!toolVersion("mvn", ["-v"])) throw new Neo4jSetupError("Maven (mvn) was not found on PATH; it fetches Neo4j's jars.");
    log("fetching Neo4j Community jars with Maven (first run only)…");
    // Maven's output is captured, not inherited: its console library writes colour resets ("ESC[0m") even with -q -B,
    // which showed up as stray escape codes in `npm start`. It is shown (plain) only when Maven fails.
    const mvn = spawnSync("mvn", ["-q", "-B", "-Dstyle.color=never", "-f", pom, "package"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (mvn.status !== 0) {
      const output = stripVTControlCharacters(`${mvn.stdout ?? ""}${mvn.stderr ?? ""}`).trim();
      throw new Neo4jSetupError(`Maven could not fetch Neo4j's jars (exit ${mvn.status}).${output ? `\n${output}` : ""}`);
    }
    mkdirSync(LIB_DIR, { recursive: true });
    spawnSync("touch", [marker]);
    downloaded = true;
  }

  let compiled = false;
  const source = join(LAUNCHER_SRC, "Neo4jLauncher.java");
  const cls = join(CLASS_DIR, "Neo4jLauncher.class");
  if (!existsSync(cls) || statSync(cls).mtimeMs < statSync(source).mtimeMs) {
    if (!toolVersion("javac", ["-version"])) throw new Neo4jSetupError("javac was not found; a full JDK 17+ is needed.");
    mkdirSync(CLASS_DIR, { recursive: true });
    const javac = spawnSync("javac", ["-d", CLASS_DIR, "-cp", join(LIB_DIR, "*"), source], { encoding: "utf8" });
    if (javac.status !== 0) throw new Neo4jSetupError(`Compiling the Neo4j launcher failed:\n${javac.stderr}`);
    compiled = true;
  }
  if (compiled || !existsSync(LAUNCHER_JAR) || statSync(LAUNCHER_JAR).mtimeMs < statSync(cls).mtimeMs) {
    const jar = spawnSync("jar", ["cf", LAUNCHER_JAR, "-C", CLASS_DIR, "."], { encoding: "utf8" });
    if (jar.status !== 0) throw new Neo4jSetupError(`Packing the Neo4j launcher failed (the JDK's \`jar\` tool):\n${jar.stderr ?? jar.error?.message}`);
  }
  let archived = false;
  const inputs = [LAUNCHER_JAR, marker];
  if (archivePort !== undefined && !classArchiveFresh(inputs)) archived = buildClassArchive({ classPath: LAUNCHER_CLASS_PATH, jvmFlags: LAUNCHER_JVM_FLAGS, boltPort: archivePort, inputs, log });
  const { count, bytes } = libSize();
  return { downloaded, compiled, archived, jarCount: count, libBytes: bytes, ms: Date.now() - began };
}

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
    await waitForReady(child, options.startTimeoutMs ?? 120_000, stderrTail);
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

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<void> {
  return new Promise((done, fail) => {
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`Neo4j did not start within ${timeoutMs / 1000}s.\n${stderrTail.join("")}`));
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
