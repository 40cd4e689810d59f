/**
 * Provisioning of the local Neo4j: Maven fetches Neo4j Community's jars into .neo4j/lib, javac builds the
 * launcher, and (optionally) a class-data archive is dumped. Started by localNeo4j.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";

import { REPO_ROOT } from "../repoRoot.js";
import { buildClassArchive, classArchiveFresh } from "./classArchive.js";

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
