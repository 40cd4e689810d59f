/**
 * A class-data-sharing archive of the classes a Neo4j start loads, made once at install time.
 * Without it every start reads and verifies some 16,000 classes from 213 jars, which on a busy
 * 2-core machine was most of a restart after a crash. With `-XX:SharedArchiveFile` the JVM maps
 * them instead; a JVM that finds the archive stale (other jars, other JDK) ignores it and loads
 * classes the usual way, so a bad archive costs speed, never correctness.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { REPO_ROOT } from "../repoRoot.js";

export const CLASS_ARCHIVE = join(REPO_ROOT, ".neo4j", "neo4j.jsa");

/** The class list format refuses longer lines (some lambda-proxy entries); those classes load the usual way. */
const MAX_CLASS_LIST_LINE = 4000;

/** JVM flags that use the archive, or none when there is none. */
export function classArchiveFlags(): string[] {
  if (process.env.NEO4J_CLASS_ARCHIVE === "off" || !existsSync(CLASS_ARCHIVE)) return [];
  // Xshare:auto: a mismatch is not an error; its warnings are not ours to print.
  return [`-XX:SharedArchiveFile=${CLASS_ARCHIVE}`, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"];
}

export interface ClassArchiveInput {
  classPath: string;
  jvmFlags: string[];
  /** A loopback port free right now; the rehearsal start binds Bolt there for a moment. */
  boltPort: number;
  /** The archive is rebuilt when any of these files is newer than it. */
  inputs: string[];
  log: (line: string) => void;
}

/** True when the archive exists and is newer than every input. */
export function classArchiveFresh(inputs: string[]): boolean {
  if (!existsSync(CLASS_ARCHIVE)) return false;
  const made = statSync(CLASS_ARCHIVE).mtimeMs;
  return inputs.every((f) => !existsSync(f) || statSync(f).mtimeMs <= made);
}

/**
 * Starts Neo4j once on a throw-away store, recording the classes it loads, then dumps them into
 * the archive (written under a temporary name and renamed, so a JVM never maps half a file).
 * Returns false, with a log line, when the JVM could not make it: starts then work as before.
 */
export function buildClassArchive(input: ClassArchiveInput): boolean {
  if (process.env.NEO4J_CLASS_ARCHIVE === "off") return false;
  const began = Date.now();
  input.log("recording the classes Neo4j loads, for a class-data archive that makes later starts faster (once)…");
  const work = mkdtempSync(join(tmpdir(), "neo4j-cds-"));
  try {
    const list = join(work, "classes.lst");
    const rehearsal = spawnSync("java", ["-Xmx512m", ...input.jvmFlags, `-XX:DumpLoadedClassList=${list}`, "-cp", input.classPath, "Neo4jLauncher", join(work, "home"), String(input.boltPort), "64"], {
      env: { ...process.env, NEO4J_PASSWORD: "class-archive-rehearsal", NEO4J_LAUNCHER_EXIT_WHEN_READY: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (rehearsal.status !== 0 || !rehearsal.stdout.includes("BOLT_READY") || !existsSync(list)) {
      input.log(`no class-data archive: the rehearsal start failed (${rehearsal.error?.message ?? `exit ${rehearsal.status}`}); Neo4j starts without it`);
      return false;
    }
    const lines = readFileSync(list, "utf8").split("\n");
    writeFileSync(list, lines.filter((l) => l.length <= MAX_CLASS_LIST_LINE).join("\n"));
    const partial = `${CLASS_ARCHIVE}.${process.pid}.tmp`;
    const dump = spawnSync("java", ["-Xshare:dump", `-XX:SharedClassListFile=${list}`, `-XX:SharedArchiveFile=${partial}`, "-Xmx1g", ...input.jvmFlags, "-cp", input.classPath], {
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (dump.status !== 0 || !existsSync(partial)) {
      rmSync(partial, { force: true });
      input.log(`no class-data archive: the dump failed (${dump.error?.message ?? `exit ${dump.status}`}); Neo4j starts without it`);
      return false;
    }
    renameSync(partial, CLASS_ARCHIVE);
    input.log(`class-data archive of ${lines.length} classes written to ${CLASS_ARCHIVE} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
